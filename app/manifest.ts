import type { MetadataRoute } from "next";
import { translator } from "@/lib/i18n/translate";

// Finnish, the interface's first language; built once.
const t = translator("fi");

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: t("app.name"),
    short_name: "PiKe",
    description: t("app.description"),
    lang: "fi",
    start_url: "/",
    scope: "/",
    display: "browser",
    background_color: "#ffffff",
    theme_color: "#08364a",
    icons: [
      { src: "/favicon.ico", sizes: "16x16 32x32 48x48", type: "image/x-icon" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/apple-touch-icon.png", sizes: "180x180", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
    ],
  };
}
