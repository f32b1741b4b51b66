// Pure translation: usable on the server and, through props, in client components.
import type { Locale } from "./config";
import { formatMessage, type Vars } from "./format";
import { en, fi, type MessageKey } from "./messages";

export type { MessageKey, Vars };
/** A catalogue lookup in one language; `locale` says which (pickText passes it on to client forms). */
export type Translate = ((key: MessageKey, vars?: Vars) => string) & { readonly locale: Locale };

export const catalogues: Record<Locale, Record<MessageKey, string>> = { fi, en };

export function translator(locale: Locale): Translate {
  const messages = catalogues[locale];
  const t = (key: MessageKey, vars?: Vars) => formatMessage(messages[key] ?? key, vars, locale);
  return Object.assign(t, { locale });
}

/** Translates a message key carried by an error (zod messages are keys). */
export function translateKey(t: Translate, key: string | undefined, fallback?: string): string | undefined {
  if (!key) return undefined;
  if (key in fi) return t(key as MessageKey);
  return fallback ?? t("validation.invalid");
}
