import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { NAV_ITEMS } from "@/components/shell/nav-items";
import { translator } from "@/lib/i18n/translate";
import { siteMetadata } from "@/lib/site/metadata";
import { configuredOrigin } from "@/lib/site/origin";
import "../globals.css";

// Prerendered pages that must answer even when the database is down (the
// accessibility statement). Finnish, with English in the page itself.
const t = translator("fi");

export const metadata: Metadata = {
  // Prerendered: the address configured at build time, if any.
  ...siteMetadata(t, configuredOrigin()),
  title: { default: t("app.name"), template: `%s – ${t("app.name")}` },
  description: t("app.description"),
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function StaticLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fi">
      <body className="flex min-h-screen flex-col">
        <a
          href="#sisalto"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-3 focus:text-brand-900"
        >
          {t("nav.skipToContent")}
        </a>
        <header role="banner" className="border-b border-gray-200 bg-brand-900 text-white">
          <div className="mx-auto flex w-full max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
            <Link href="/" className="text-xl font-bold text-white no-underline hover:text-brand-100">
              {t("app.name")}
            </Link>
            <Link
              href="/kirjaudu"
              className="rounded border border-white px-3 py-1.5 text-sm font-semibold text-white no-underline hover:bg-brand-800 hover:text-white"
            >
              {t("user.signIn")}
            </Link>
          </div>
          <nav aria-label={t("nav.label")} className="bg-brand-800">
            <ul className="mx-auto flex w-full max-w-5xl flex-wrap gap-1 px-2 py-1">
              {NAV_ITEMS.map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    className="block rounded px-3 py-2 text-sm font-medium text-white no-underline hover:bg-brand-700 hover:text-white"
                  >
                    {t(item.label)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="sisalto" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 focus:outline-none">
          {children}
        </main>
        <footer role="contentinfo" className="mt-12 border-t border-gray-200 bg-gray-50">
          <div className="mx-auto w-full max-w-5xl px-4 py-6 text-sm text-gray-800">
            <p className="max-w-xl">{t("footer.about")}</p>
            <p className="mt-3">
              <Link href="/tietosuoja">{t("privacy.link")}</Link>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
