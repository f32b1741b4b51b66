// Pure translation: usable on the server and, through props, in client components.
import type { Locale } from "./config";
import { en, fi, type MessageKey } from "./messages";

export type { MessageKey };
export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

export const catalogues: Record<Locale, Record<MessageKey, string>> = { fi, en };

export function translator(locale: Locale): Translate {
  const messages = catalogues[locale];
  return (key, vars) => {
    const text = messages[key] ?? key;
    if (!vars) return text;
    return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
  };
}

/** Translates a message key carried by an error (zod messages are keys). */
export function translateKey(t: Translate, key: string | undefined, fallback?: string): string | undefined {
  if (!key) return undefined;
  if (key in fi) return t(key as MessageKey);
  return fallback ?? t("validation.invalid");
}
