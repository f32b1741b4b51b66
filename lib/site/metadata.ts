// What every page's <head> shares: the icons in public/ and the default
// social preview. The web app manifest is app/manifest.ts (Next links it).
import type { Metadata } from "next";
import type { Translate } from "@/lib/i18n/translate";

export const SOCIAL_IMAGE = { url: "/social-preview.png", width: 1200, height: 630 } as const;

export const APPLE_TOUCH_ICON = { url: "/apple-touch-icon.png", sizes: "180x180" } as const;

export const ICONS: NonNullable<Metadata["icons"]> = {
  icon: [
    { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
    { url: "/icon.svg", type: "image/svg+xml" },
  ],
  apple: [APPLE_TOUCH_ICON],
};

/**
 * The shared part of a root layout's metadata. The social preview needs an
 * absolute address, so it is left out when the origin is unknown (a page
 * prerendered without APP_URL).
 */
export function siteMetadata(t: Translate, origin: string | null): Metadata {
  const images = origin ? [{ ...SOCIAL_IMAGE, alt: t("app.name") }] : undefined;
  return {
    ...(origin ? { metadataBase: new URL(origin) } : {}),
    applicationName: t("app.name"),
    icons: ICONS,
    openGraph: {
      type: "website",
      siteName: t("app.name"),
      title: t("app.name"),
      description: t("app.description"),
      locale: t.locale === "fi" ? "fi_FI" : "en_GB",
      ...(images ? { images } : {}),
    },
    twitter: { card: images ? "summary_large_image" : "summary" },
  };
}
