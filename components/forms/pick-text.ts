// The catalogue texts a client form needs, translated on the server: every
// key under the given prefixes. Forms then need no catalogue of their own.
// Placeholders and plurals stay as written (no variables are given here) and
// are filled in by translateWith, in the language named under TEXT_LOCALE_KEY.
import "server-only";
import { TEXT_LOCALE_KEY } from "@/lib/i18n/config";
import { fi } from "@/lib/i18n/messages";
import type { MessageKey, Translate } from "@/lib/i18n/translate";

const FORM_PREFIXES = ["form.", "validation."];

export function pickText(t: Translate, prefixes: string[]): Record<string, string> {
  const all = [...FORM_PREFIXES, ...prefixes];
  const out: Record<string, string> = { [TEXT_LOCALE_KEY]: t.locale };
  for (const key of Object.keys(fi) as MessageKey[]) {
    if (all.some((prefix) => key.startsWith(prefix))) out[key] = t(key);
  }
  return out;
}
