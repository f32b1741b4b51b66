import { switchLocale } from "@/lib/i18n/switch";

/**
 * The language switch: a plain form post (works without JavaScript) that
 * answers 303 back to the page it came from, which the browser loads anew in
 * the other language (the locale is the page's root segment; ADR 17).
 */
export const POST = switchLocale;
