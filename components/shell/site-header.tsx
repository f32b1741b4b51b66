import Link from "next/link";
import { Suspense } from "react";
import { getI18n } from "@/lib/i18n/server";
import { HeaderUser } from "./header-user";
import { LanguageSwitch } from "./language-switch";
import { ACTION_ITEMS, NAV_ITEMS } from "./nav-items";
import { NavLinks, NavList } from "./nav-links";

/** The same for every visitor of a language (cached with the page); who is signed in comes from /api/me. */
export async function SiteHeader() {
  const { locale, t } = await getI18n();
  const items = NAV_ITEMS.map((item) => ({ href: item.href, label: t(item.label) }));
  const actionItems = { href: ACTION_ITEMS.href, label: t(ACTION_ITEMS.label) };
  return (
    <header role="banner" className="border-b border-gray-200 bg-brand-900 text-white">
      <div className="mx-auto flex w-full max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-white no-underline hover:text-brand-100">
          {t("app.name")}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <LanguageSwitch locale={locale} label={t("lang.switchTo")} />
          {/* Client parts that read the URL: a boundary for the build's placeholder shell. */}
          <Suspense fallback={<span aria-hidden="true" className="inline-block h-8 w-24" />}>
            <HeaderUser
              labels={{
                signIn: t("user.signIn"),
                menu: t("user.menu"),
                signedInAs: t("user.signedInAs", { name: "{name}" }),
                myTrainings: t("enrolments.myTrainings"),
                myData: t("user.myData"),
                signOut: t("user.signOut"),
                manageTrainings: t("user.manageTrainings"),
                orders: t("user.orders"),
                manageUsers: t("nav.users"),
                ownStaff: t("nav.ownStaff"),
                reports: t("coverage.nav"),
              }}
            />
          </Suspense>
        </div>
      </div>
      <nav aria-label={t("nav.label")} className="bg-brand-800">
        <Suspense fallback={<NavList items={items} pathname={null} />}>
          <NavLinks items={items} actionItems={actionItems} />
        </Suspense>
      </nav>
    </header>
  );
}
