import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { listDemoUsers } from "@/lib/auth/data";
import type { Role } from "@/lib/db/enums";
import { env } from "@/lib/env";
import { getI18n } from "@/lib/i18n/server";
import { ScrollRegion } from "@/components/ui/scroll-region";

// Per request: DEMO_MODE and the demo accounts are the running server's.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("auth.demo.title") };
}

/**
 * Demo mode only: the demo accounts with their addresses, which are what one
 * signs in as here (the one page that lists other people's addresses on
 * purpose; these are made-up demo accounts, isDemo).
 */
export default async function DemoSignInPage() {
  await connection();
  if (!env().DEMO_MODE) notFound();
  const { t } = await getI18n();
  const users = await listDemoUsers();
  return (
    <>
      <PageHeader title={t("auth.demo.title")} lead={t("auth.demo.lead")} />
      <ScrollRegion label={t("auth.demo.title")}>
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b border-gray-400">
              <th scope="col" className="py-2 pr-4">
                {t("auth.demo.role")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("auth.demo.user")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("auth.demo.library")}
              </th>
              <th scope="col" className="py-2">
                <span className="sr-only">{t("user.signIn")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className="border-b border-gray-200">
                <td className="py-2 pr-4">{user.roles.map((r) => t(`role.${r as Role}`)).join(", ")}</td>
                <td className="py-2 pr-4">
                  {user.name}
                  <br />
                  <span className="text-sm text-gray-700">{user.email}</span>
                </td>
                <td className="py-2 pr-4">{user.libraryName}</td>
                <td className="py-2">
                  <form method="post" action="/api/auth/demo">
                    <input type="hidden" name="userId" value={user.id} />
                    <Button
                      type="submit"
                      variant="secondary"
                      aria-label={t("auth.demo.signInAs", { name: [user.name, user.email].filter(Boolean).join(", ") })}
                    >
                      {t("user.signIn")}
                    </Button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
