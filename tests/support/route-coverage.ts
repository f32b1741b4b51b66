// Route coverage of the end-to-end suite: every page route of the build must
// have been shown in Chromium and scanned by axe in Finnish and in English,
// and so must the error states (404, 403, the error boundary, a refused
// sign-in link). `expectAccessible` (tests/e2e/fixtures.ts) records each scan;
// scripts/e2e.ts reads the routes from the build and checks after Playwright.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { withoutLocalePrefix } from "../../lib/i18n/config";

export type Scan = {
  path: string;
  search: string;
  /** `document.documentElement.lang` */
  lang: string;
  /**
   * Languages of headed sections in `main` with a `lang` of their own: a page
   * made in two languages at once (the accessibility statement) is shown in both.
   */
  sectionLangs?: string[];
  /** The document response's status; null after a client-side navigation. */
  status: number | null;
  /** A session cookie was set. */
  signedIn: boolean;
  /**
   * What the page says it is (`data-error-state`): with Cache Components a
   * page found missing or failing after its shell was sent keeps status 200
   * (with noindex), so the page itself tells (ADR 17).
   */
  errorState?: "not-found" | "error" | "unavailable" | null;
};

export const LANGUAGES = ["fi", "en"] as const;

export const scanDir = () => process.env.E2E_SCAN_DIR ?? path.join(process.cwd(), ".data", "e2e-scans");

export function readScans(dir = scanDir()): Scan[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".jsonl"))
    .flatMap((name) => readFileSync(path.join(dir, name), "utf8").split("\n"))
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Scan);
}

/**
 * The page routes of a build, from Next's `app-path-routes-manifest.json`
 * (entry point → route): entries ending in `/page` are pages, those ending
 * in `/route` are route handlers (the API, icons, robots, sitemap) and are
 * not pages. Route groups are already gone from the routes.
 */
export function pageRoutes(manifest: Record<string, string>): string[] {
  return (
    Object.entries(manifest)
      .filter(([entry]) => entry.endsWith("/page"))
      .map(([, route]) => withoutLocale(route))
      // The audiences' copies (ADR 23) have no address of their own: a visit to
      // /kokoukset/[id] or /toimenpiteet is scanned as that address, whichever copy answered.
      .filter((route) => !route.startsWith("/nakyma/"))
      .sort()
  );
}

/**
 * The site's pages live under app/[locale] (ADR 17): the route a visitor
 * sees has no locale segment (unprefixed URLs) or an explicit /en or /fi.
 */
function withoutLocale(route: string): string {
  return route.replace(/^\/\[locale\](?=\/|$)/, "") || "/";
}

export function readPageRoutes(distDir = path.join(process.cwd(), ".next")): string[] {
  const file = path.join(distDir, "app-path-routes-manifest.json");
  return pageRoutes(JSON.parse(readFileSync(file, "utf8")) as Record<string, string>);
}

type Segment =
  { kind: "static"; value: string } | { kind: "dynamic" } | { kind: "catchAll" } | { kind: "optionalCatchAll" };

function parse(route: string): Segment[] {
  return route
    .split("/")
    .filter(Boolean)
    .map((part): Segment => {
      if (/^\[\[\.\.\.[^\]]+\]\]$/.test(part)) return { kind: "optionalCatchAll" };
      if (/^\[\.\.\.[^\]]+\]$/.test(part)) return { kind: "catchAll" };
      if (/^\[[^\]]+\]$/.test(part)) return { kind: "dynamic" };
      return { kind: "static", value: part };
    });
}

/** Does a URL path fall under a route pattern such as `/kokoukset/[id]` or `/docs/[...slug]`? */
export function matchesRoute(route: string, pathname: string): boolean {
  const pattern = parse(route);
  const parts = withoutLocalePrefix(pathname)
    .split("/")
    .filter(Boolean)
    .map((part) => safeDecode(part));
  for (let i = 0; i < pattern.length; i++) {
    const segment = pattern[i]!;
    if (segment.kind === "catchAll") return parts.length > i;
    if (segment.kind === "optionalCatchAll") return true;
    const part = parts[i];
    if (part === undefined) return false;
    if (segment.kind === "static" && segment.value !== part) return false;
  }
  return parts.length === pattern.length;
}

const RANK = { static: 0, dynamic: 1, catchAll: 2, optionalCatchAll: 3 } as const;

/**
 * The route that serves a URL path, as Next picks it: of the routes that
 * match, the one with a static segment where the others have a parameter
 * (`/kokoukset/haku` before `/kokoukset/[id]`), segment by segment.
 */
export function routeFor(routes: readonly string[], pathname: string): string | null {
  const candidates = routes.filter((route) => matchesRoute(route, pathname));
  candidates.sort((a, b) => {
    const [x, y] = [parse(a), parse(b)];
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
      // A shorter pattern ran out where the longer continues: only an
      // optional catch-all can match both, so the longer one is more specific.
      const rankX = x[i] ? RANK[x[i]!.kind] : 4;
      const rankY = y[i] ? RANK[y[i]!.kind] : 4;
      if (rankX !== rankY) return rankX - rankY;
    }
    return 0;
  });
  return candidates[0] ?? null;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * The states that are not routes of their own. Next lists the first two as
 * `/_not-found` and `/_global-error`; the others are shown by ordinary routes.
 * A signed-in user refused a page gets 404 here (what an actor may not see
 * does not exist for them, docs/architecture.md), or a 403 where one is used.
 */
export const ERROR_STATES: readonly { name: string; route?: string; shownBy: (scan: Scan) => boolean }[] = [
  { name: "404 (not found)", route: "/_not-found", shownBy: (s) => s.status === 404 || s.errorState === "not-found" },
  {
    name: "403 (a signed-in user refused a page)",
    shownBy: (s) => s.signedIn && (s.status === 403 || s.status === 404 || s.errorState === "not-found"),
  },
  {
    name: "the error boundary",
    route: "/_global-error",
    // The outage gate's 503 page is a state of its own, not the error boundary.
    shownBy: (s) =>
      (s.status !== null && s.status >= 500 && s.errorState !== "unavailable") || s.errorState === "error",
  },
  {
    name: "an expired or used sign-in link",
    shownBy: (s) => s.path === "/kirjaudu/virhe" && new URLSearchParams(s.search).get("error") === "Verification",
  },
  // lib/http/outage-page.ts, answered by the outage gate before Next (ADR 32).
  { name: "the outage page (503 while the database is away)", shownBy: (s) => s.errorState === "unavailable" },
];

const langsOf = (scan: Scan) => [scan.lang, ...(scan.sectionLangs ?? [])];
const shown = (scan: Scan) => (scan.status === null || (scan.status >= 200 && scan.status < 300)) && !scan.errorState;

/**
 * What has no scan in each language: page routes (a scan of a page that the
 * route showed, not an error in its place) and error states. Empty when all
 * is covered.
 */
export function missingScans(routes: readonly string[], scans: readonly Scan[]): string[] {
  const stateRoutes = new Set(ERROR_STATES.map((state) => state.route).filter(Boolean));
  const ordinary = routes.filter((route) => !stateRoutes.has(route));
  const covered = new Map<string, Set<string>>();
  const cover = (key: string, lang: string) => covered.set(key, (covered.get(key) ?? new Set()).add(lang));
  for (const scan of scans) {
    if (shown(scan)) {
      const route = routeFor(ordinary, scan.path);
      if (route) for (const lang of langsOf(scan)) cover(route, lang);
    }
    for (const state of ERROR_STATES) {
      if (state.shownBy(scan)) for (const lang of langsOf(scan)) cover(state.name, lang);
    }
  }
  const required = [...ordinary, ...ERROR_STATES.map((state) => state.name)];
  return required.flatMap((key) =>
    LANGUAGES.filter((lang) => !covered.get(key)?.has(lang)).map((lang) => `${key} (${lang})`),
  );
}
