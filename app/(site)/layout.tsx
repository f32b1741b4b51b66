import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/shell/site-footer";
import { SiteHeader } from "@/components/shell/site-header";
import { getI18n } from "@/lib/i18n/server";
import { siteMetadata } from "@/lib/site/metadata";
import { siteOrigin } from "@/lib/site/origin";
import "../globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const [{ t }, origin] = await Promise.all([getI18n(), siteOrigin()]);
  return {
    ...siteMetadata(t, origin),
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
