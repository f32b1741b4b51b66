import type { Locale } from "@/lib/i18n/config";
import type { ThemeName } from "@/lib/trainings/data";

export function themeName(theme: ThemeName, locale: Locale): string {
  return locale === "en" ? theme.nameEn : theme.nameFi;
}
