import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { pickText } from "@/components/forms/pick-text";
import { InviteForm } from "@/components/users-admin/invite-form";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { getI18n } from "@/lib/i18n/server";
import { listOwnLibraryStaff, ownLibraryName } from "@/lib/users/admin/data";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("staff.title") };
}

const H2 = "mb-3 text-2xl font-bold text-brand-900";

/** SUPERVISOR: their own library's staff (read-only), and adding a new colleague by email. */
export default async function OwnStaffPage() {
  const actor = await getActor();
  if (!actor) redirect("/kirjaudu?callbackUrl=/henkilokunta");
  if (!can(actor, "staff.readOwnLibrary")) notFound();
  const [{ t }, staff, library] = await Promise.all([getI18n(), listOwnLibraryStaff(actor), ownLibraryName(actor)]);
  if (!library) {
    return (
      <>
        <PageHeader title={t("staff.title")} />
        <p>{t("staff.noLibrary")}</p>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t("staff.title")} lead={t("staff.lead", { library })} />
      {staff.length === 0 ? (
        <p className="mb-8">{t("staff.empty")}</p>
      ) : (
        <ScrollRegion label={t("staff.title")}>
          <table className="mb-8 w-full border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-gray-400">
                <th scope="col" className="py-2 pr-4">
                  {t("users.col.name")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("users.page.titleField")}
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
              {staff.map((person) => (
                <tr key={person.id} className="border-b border-gray-300">
                  <th scope="row" className="py-2 pr-4 font-semibold">
                    {person.name?.trim() || t("users.noName")}
                  </th>
                  <td className="py-2 pr-4">{person.title ?? "–"}</td>
                  <td className="py-2 pr-4">{person.roles.map((role) => t(`role.${role}`)).join(", ")}</td>
                  <td className="py-2">
                    {person.lastSignInAt
                      ? formatDate(person.lastSignInAt)
                      : person.invitedAt
                        ? `${t("users.never")} (${t("users.invited")})`
                        : t("users.never")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {can(actor, "staff.inviteOwnLibrary") ? (
        <section aria-labelledby="lisaa-kollega">
          <h2 id="lisaa-kollega" className={H2}>
            {t("staff.add.title")}
          </h2>
          <p className="mb-4 max-w-3xl">{t("staff.add.lead")}</p>
          <InviteForm
            colleague
            libraries={[]}
            roles={[]}
            locales={[
              { value: "fi", label: "suomi" },
              { value: "en", label: "English" },
            ]}
            text={pickText(t, ["users.", "staff."])}
          />
        </section>
      ) : null}
    </>
  );
}
