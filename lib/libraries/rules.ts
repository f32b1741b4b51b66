// Pure rules of member libraries: which fields are whose to edit, and what a
// staff email domain may look like. Client-safe; unit-tested.

/** A domain as sign-in compares it (lib/auth/data.ts): lower case, no "@", at least one dot, no wildcard. */
const DOMAIN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export type DomainListResult = { ok: true; domains: string[] } | { ok: false; invalid: string };

/**
 * The email domains typed in a form (one per line, or separated by commas or
 * spaces; "@jkl.fi" and "JKL.fi" alike) → lower-case unique domains in the
 * order given, or the first one that is not a domain.
 */
export function parseEmailDomains(text: string): DomainListResult {
  const domains: string[] = [];
  for (const raw of text.split(/[\s,;]+/)) {
    const domain = raw.trim().toLowerCase().replace(/^@/, "");
    if (domain === "") continue;
    if (!DOMAIN.test(domain)) return { ok: false, invalid: raw.trim() };
    if (!domains.includes(domain)) domains.push(domain);
  }
  return { ok: true, domains };
}

/** Lower case, dashes for spaces and Finnish letters simplified: "Hämeenkyrö" → "hameenkyro". */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Addresses under /kirjastot that are pages of their own, not libraries. */
export const RESERVED_SLUGS: readonly string[] = ["uusi"];
