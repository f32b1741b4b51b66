// The request's locale. Pages and layouts take it from the path's root
// segment (app/[locale], which next.config.ts's rewrites route unprefixed
// URLs to by the language cookie), so a cached page is keyed by it and never
// reads a cookie itself. Server actions and route handlers cannot read root
// params: they take the cookie the rewrite went by. See ADR 17.
import "server-only";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { locale as rootLocale } from "next/root-params";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "./config";
import { translator, type Translate } from "./translate";

// `next typegen` finds no root params where a second root layout (app/(static))
// has none, so the getter is typed here: the segment's value, or undefined there.
const readRootLocale = rootLocale as unknown as () => Promise<string | undefined>;

/**
 * In a page, layout or server component: the path's locale. Any other first
 * segment (the build's placeholder, a typed /xx/…) is not found.
 */
export async function getLocale(): Promise<Locale> {
  const value = await readRootLocale();
  if (!isLocale(value)) notFound();
  return value;
}

export async function getI18n(): Promise<{ locale: Locale; t: Translate }> {
  const locale = await getLocale();
  return { locale, t: translator(locale) };
}

/** In a server action or route handler: the language cookie (what the page was routed by). */
export async function getRequestLocale(): Promise<Locale> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
