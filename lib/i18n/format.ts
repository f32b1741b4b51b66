// Fills in a catalogue message: `{name}` placeholders and a small subset of
// ICU MessageFormat plurals, `{count, plural, =0 {…} one {# item} other {# items}}`,
// whose form is chosen by Intl.PluralRules for the language. Pure and
// client-safe: the server's translator and the client forms' translateWith
// both come here. See docs/decisions/0004-i18n.md (amendment: plurals).
import type { Locale } from "./config";

export type Vars = Record<string, string | number>;

type Block = { start: number; end: number; body: string };

/** The `{…}` block that opens at `start`, with nested braces counted; null when it is never closed. */
function blockAt(text: string, start: number): Block | null {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return { start, end: i + 1, body: text.slice(start + 1, i) };
  }
  return null;
}

const PLURAL_HEAD = /^\s*(\w+)\s*,\s*plural\s*,/;

export type PluralBlock = { variable: string; forms: Map<string, string> };

/** `count, plural, one {…} other {…}` → its variable and its forms; null when the body is not a plural. */
export function parsePlural(body: string): PluralBlock | null {
  const head = PLURAL_HEAD.exec(body);
  if (!head) return null;
  const forms = new Map<string, string>();
  let rest = body.slice(head[0].length);
  while (rest.trim()) {
    const selector = /^\s*(=\d+|[a-z]+)\s*/.exec(rest);
    if (!selector || rest[selector[0].length] !== "{") return null;
    const form = blockAt(rest, selector[0].length);
    if (!form) return null;
    forms.set(selector[1]!, form.body);
    rest = rest.slice(form.end);
  }
  return { variable: head[1]!, forms };
}

const rulesCache = new Map<Locale, Intl.PluralRules>();

function pluralRules(locale: Locale): Intl.PluralRules {
  let rules = rulesCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesCache.set(locale, rules);
  }
  return rules;
}

/** The plural categories a language's messages must give (Finnish and English: one, other). */
export function pluralCategories(locale: Locale): readonly string[] {
  return pluralRules(locale).resolvedOptions().pluralCategories;
}

/** An exact `=n` form first, then the language's category, then `other`. */
function chooseForm(plural: PluralBlock, value: number, locale: Locale): string | undefined {
  return (
    plural.forms.get(`=${value}`) ?? plural.forms.get(pluralRules(locale).select(value)) ?? plural.forms.get("other")
  );
}

/**
 * The message with its variables filled in. A missing variable leaves its
 * placeholder (or its whole plural block) as written, so a message can be
 * passed on untranslated and formatted later (pickText → translateWith).
 * `#` in a chosen form is the number.
 */
export function formatMessage(text: string, vars: Vars | undefined, locale: Locale, hash?: number): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === "#" && hash !== undefined) {
      out += String(hash);
      i++;
      continue;
    }
    if (char !== "{") {
      out += char;
      i++;
      continue;
    }
    const block = blockAt(text, i);
    if (!block) {
      out += text.slice(i);
      break;
    }
    out += formatBlock(block.body, text.slice(block.start, block.end), vars, locale);
    i = block.end;
  }
  return out;
}

function formatBlock(body: string, raw: string, vars: Vars | undefined, locale: Locale): string {
  const simple = /^(\w+)$/.exec(body);
  if (simple) {
    const name = simple[1]!;
    return vars && name in vars ? String(vars[name]) : raw;
  }
  const plural = parsePlural(body);
  if (!plural) return raw;
  const value = Number(vars?.[plural.variable]);
  if (!vars || !(plural.variable in vars) || !Number.isFinite(value)) return raw;
  const form = chooseForm(plural, value, locale);
  return form === undefined ? raw : formatMessage(form, vars, locale, value);
}

/** Every plural block of a message, nested ones included (for the catalogue test). */
export function pluralBlocks(text: string): PluralBlock[] {
  const found: PluralBlock[] = [];
  for (let i = text.indexOf("{"); i !== -1;) {
    const block = blockAt(text, i);
    if (!block) break;
    const plural = parsePlural(block.body);
    if (plural) {
      found.push(plural);
      for (const form of plural.forms.values()) found.push(...pluralBlocks(form));
    }
    i = text.indexOf("{", block.end);
  }
  return found;
}

/** The variables a message uses, plain and plural, sorted (both languages must use the same). */
export function messageVariables(text: string): string[] {
  const names = new Set<string>();
  const walk = (part: string) => {
    for (let i = part.indexOf("{"); i !== -1;) {
      const block = blockAt(part, i);
      if (!block) break;
      const simple = /^(\w+)$/.exec(block.body);
      const plural = simple ? null : parsePlural(block.body);
      if (simple) names.add(simple[1]!);
      if (plural) {
        names.add(plural.variable);
        for (const form of plural.forms.values()) walk(form);
      }
      i = part.indexOf("{", block.end);
    }
  };
  walk(text);
  return [...names].sort();
}
