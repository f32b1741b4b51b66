import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/shell/site-footer";
import { SiteHeader } from "@/components/shell/site-header";
import { BUILD_PLACEHOLDER } from "@/lib/pages/placeholder";
import { getI18n } from "@/lib/i18n/server";
import { siteMetadata } from "@/lib/site/metadata";
import { configuredOrigin } from "@/lib/site/origin";
import "../globals.css";

// The locale is the root segment (next.config.ts's rewrites route unprefixed
// URLs here by the language cookie), so a page is rendered once per language
// and cached; the shell reads no cookie and no session. The build has no
// database, so it prerenders only a placeholder (not found): real pages are
// rendered on their first request and then served from the cache until a
// change invalidates their tags. See ADR 17.
export function generateStaticParams() {
  return [{ locale: BUILD_PLACEHOLDER }];
}

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return {
    // The configured public address (a request's own host is not known to a cached page).
    ...siteMetadata(t, configuredOrigin()),
    title: { default: t("app.name"), template: `%s – ${t("app.name")}` },
    description: t("app.description"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getI18n();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#sisalto"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-3 focus:text-brand-900"
        >
          {t("nav.skipToContent")}
        </a>
        <SiteHeader />
        <main id="sisalto" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
