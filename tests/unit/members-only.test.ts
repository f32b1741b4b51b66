// The members-only table (lib/auth/members-only.ts) against the pages on disk:
// a page that sends a signed-out visitor to sign in but is missing from the
// table would answer 200 with a streamed redirect instead of a real 307.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MEMBERS_ONLY_PAGES, returnAddressOf } from "@/lib/auth/members-only";

// next.config.ts's patterns are path-to-regexp 6, which Next carries.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pathToRegexp } = require("next/dist/compiled/path-to-regexp") as {
  pathToRegexp: (pattern: string) => RegExp;
};

const PAGES = path.join(process.cwd(), "app", "[locale]");
/** Pages that redirect to sign in themselves, on purpose (the table says why). */
const OWN_REDIRECT = new Set(["/tilaukset/uusi"]);

type Page = { route: string; sample: string; signInFirst: boolean };

function pages(dir = PAGES, route = ""): Page[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry): Page[] => {
    if (entry.isDirectory()) {
      const name = entry.name;
      // Route groups are not in the URL; a dynamic segment gets a sample value.
      const segment = /^\(.*\)$/.test(name) ? "" : `/${name}`;
      return pages(path.join(dir, name), route + segment);
    }
    if (entry.name !== "page.tsx") return [];
    const source = readFileSync(path.join(dir, entry.name), "utf8");
    return [
      {
        route: route || "/",
        sample: (route || "/").replace(/\[[^\]]+\]/g, "x1"),
        signInFirst: /redirect\(\s*[`"]\/kirjaudu\?callbackUrl=/.test(source),
      },
    ];
  });
}

const all = pages();
const patterns = MEMBERS_ONLY_PAGES.map((pattern) => ({ pattern, regexp: pathToRegexp(pattern) }));

describe("members-only pages", () => {
  it("lists every page that sends the signed-out to sign in", () => {
    const missing = all
      .filter((page) => page.signInFirst && !OWN_REDIRECT.has(page.route))
      .filter((page) => !patterns.some(({ regexp }) => regexp.test(page.sample)))
      .map((page) => page.route);
    expect(missing).toEqual([]);
    expect(all.filter((page) => page.signInFirst).length).toBeGreaterThan(10);
  });

  it("names only pages that exist", () => {
    const unmatched = patterns
      .filter(({ regexp }) => !all.some((page) => regexp.test(page.sample)))
      .map(({ pattern }) => pattern);
    expect(unmatched).toEqual([]);
  });

  it("leaves out what a signed-out visitor may see", () => {
    for (const open of ["/", "/koulutukset", "/koulutukset/x1", "/kokoukset", "/kirjaudu", "/tilaukset/uusi"]) {
      expect(
        patterns.filter(({ regexp }) => regexp.test(open)).map((p) => p.pattern),
        open,
      ).toEqual([]);
    }
  });

  it("returns to the page's own address after sign-in", () => {
    expect(returnAddressOf("/tilaukset/:order((?!uusi$)[^/]+)")).toBe("/tilaukset/:order");
    expect(returnAddressOf("/kokoukset/:id/:page(muokkaa|kuulumiset|materiaalit)")).toBe("/kokoukset/:id/:page");
    expect(returnAddressOf("/omat-tiedot")).toBe("/omat-tiedot");
  });
});
