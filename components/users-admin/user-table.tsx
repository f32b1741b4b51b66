import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatDate } from "@/lib/dates";
import type { Translate } from "@/lib/i18n/translate";
import type { UserRow } from "@/lib/users/admin/data";

/** The admins' users list: one row per person, linking to their page. */
export function UserTable({ users, t }: { users: UserRow[]; t: Translate }) {
  return (
    <ScrollRegion label={t("users.title")}>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="py-2 pr-4">
              {t("users.col.name")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("users.col.email")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("users.col.library")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("users.col.roles")}
            </th>
            <th scope="col" className="py-2">
              {t("users.col.lastSignIn")}
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-b border-gray-300">
              <th scope="row" className="py-2 pr-4 font-semibold">
                <Link href={`/kayttajat/${user.id}`}>{user.name?.trim() || t("users.noName")}</Link>
                {user.anonymizedAt ? (
                  <>
                    {" "}
                    <Badge tone="neutral">{t("users.removed")}</Badge>
                  </>
                ) : user.deactivatedAt ? (
                  <>
                    {" "}
                    <Badge tone="neutral">{t("users.deactivated")}</Badge>
                  </>
                ) : null}
              </th>
              <td className="py-2 pr-4 break-all">{user.email}</td>
              <td className="py-2 pr-4">{user.library?.name ?? "–"}</td>
              <td className="py-2 pr-4">{user.roles.map((role) => t(`role.${role}`)).join(", ")}</td>
              <td className="py-2">
                {user.lastSignInAt
                  ? formatDate(user.lastSignInAt)
                  : user.invitedAt
                    ? `${t("users.never")} (${t("users.invited")})`
                    : t("users.never")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
