import Link from "next/link";
import { can } from "@/lib/auth/policy";
import { getSessionUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { nameForSelf } from "@/lib/users/rules";
import { navItemsFor } from "./nav-items";
import { LanguageSwitch } from "./language-switch";
import { NavLinks } from "./nav-links";
import { UserMenu } from "./user-menu";

export async function SiteHeader() {
  const { locale, t } = await getI18n();
  const user = await getSessionUser();
  // The signed-in person themself: their own address may stand in for a missing name.
  const displayName = user ? nameForSelf(user) : null;
  return (
    <header role="banner" className="border-b border-gray-200 bg-brand-900 text-white">
      <div className="mx-auto flex w-full max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-white no-underline hover:text-brand-100">
          {t("app.name")}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <LanguageSwitch locale={locale} label={t("lang.switchTo")} />
          {displayName !== null ? (
            <UserMenu
              name={displayName}
              labels={{
                menu: t("user.menu"),
                signedInAs: t("user.signedInAs", { name: displayName }),
                myTrainings: t("enrolments.myTrainings"),
                myData: t("user.myData"),
                signOut: t("user.signOut"),
              }}
              links={[
                ...(can(user, "menu.manage")
                  ? [{ href: "/koulutukset/hallinta", label: t("user.manageTrainings") }]
                  : []),
                ...(can(user, "workshop.order") ? [{ href: "/tilaukset", label: t("user.orders") }] : []),
              ]}
            />
          ) : (
            <Link
              href="/kirjaudu"
              className="rounded border border-white px-3 py-1.5 text-sm font-semibold text-white no-underline hover:bg-brand-800 hover:text-white"
            >
              {t("user.signIn")}
            </Link>
          )}
        </div>
      </div>
      <nav aria-label={t("nav.label")} className="bg-brand-800">
        <NavLinks items={navItemsFor(user).map((item) => ({ href: item.href, label: t(item.label) }))} />
      </nav>
    </header>
  );
}
