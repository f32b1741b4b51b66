// The catalogue texts a client form needs, translated on the server: every
// key under the given prefixes. Forms then need no catalogue of their own.
import "server-only";
import { fi } from "@/lib/i18n/messages";
import type { MessageKey, Translate } from "@/lib/i18n/translate";

const FORM_PREFIXES = ["form.", "validation."];

export function pickText(t: Translate, prefixes: string[]): Record<string, string> {
  const all = [...FORM_PREFIXES, ...prefixes];
  const out: Record<string, string> = {};
  for (const key of Object.keys(fi) as MessageKey[]) {
    if (all.some((prefix) => key.startsWith(prefix))) out[key] = t(key);
  }
  return out;
}
