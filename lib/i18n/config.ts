export const LOCALES = ["fi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fi";
export const LOCALE_COOKIE = "pike-locale";

/** The locale's tag for Intl's number and date formats (1 234,5 / 1,234.5). */
export const intlLocale = (locale: Locale): string => (locale === "fi" ? "fi-FI" : "en-GB");

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The entry of a client form's text (pickText) that names its language, for plural forms. */
export const TEXT_LOCALE_KEY = "@locale";

const LOCALE_PREFIX = new RegExp(`^/(?:${LOCALES.join("|")})(?=/|$)`);

/** The reader's language: the path's /fi or /en, else the language cookie, else Finnish. */
export function requestLocale(pathname: string, cookieLocale: string | undefined): Locale {
  const prefix = LOCALE_PREFIX.exec(pathname)?.[0].slice(1);
  if (isLocale(prefix)) return prefix;
  return isLocale(cookieLocale) ? cookieLocale : DEFAULT_LOCALE;
}

/** A path without its explicit /en or /fi: the address the rewrites route by the cookie. */
export function withoutLocalePrefix(pathname: string): string {
  return pathname.replace(LOCALE_PREFIX, "") || "/";
}
