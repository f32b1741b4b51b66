// What crawlers may fetch and what the sitemap lists: the public pages only.
// Pure, so that a unit test can hold both to the policy table.
import type { MetadataRoute } from "next";

/** Pages anyone signed out may read, with how often their content changes. */
export const PUBLIC_PAGES = [
  { path: "/", changeFrequency: "daily", priority: 1 },
  { path: "/koulutukset", changeFrequency: "daily", priority: 0.9 },
  { path: "/pike-boksit", changeFrequency: "weekly", priority: 0.7 },
  { path: "/verkostot", changeFrequency: "weekly", priority: 0.7 },
  { path: "/tyon-varjostus", changeFrequency: "monthly", priority: 0.6 },
  // The open round's offers (its filtered views share the address; the offers' own pages are short-lived).
  { path: "/tyon-varjostus/paikat", changeFrequency: "weekly", priority: 0.5 },
  { path: "/kirjastot", changeFrequency: "monthly", priority: 0.6 },
  { path: "/tietosuoja", changeFrequency: "yearly", priority: 0.3 },
  { path: "/saavutettavuusseloste", changeFrequency: "yearly", priority: 0.3 },
] as const satisfies readonly {
  path: string;
  changeFrequency: NonNullable<MetadataRoute.Sitemap[number]["changeFrequency"]>;
  priority: number;
}[];

/** Sections whose detail pages are public, each under its list page. */
export type PublicDetailSection = "/koulutukset" | "/pike-boksit" | "/verkostot" | "/kirjastot";

export type PublicDetailPaths = Record<PublicDetailSection, readonly { slug: string; updatedAt: Date }[]>;

/**
 * What crawlers must not fetch: sign-in, a person's own pages, coordinators'
 * and supervisors' pages, meetings (members only), the API (JSON, exports,
 * calendar feeds with secret addresses) and search results.
 */
export const DISALLOWED_PATHS = [
  "/api/",
  "/kirjaudu",
  "/omat-tiedot",
  "/omat-koulutukset",
  "/tilaukset",
  "/toimenpiteet",
  "/kokoukset",
  "/koulutukset/hallinta",
  // A participant's own progress in a programme, and certificates (a holder's name per code).
  "/koulutukset/*/eteneminen",
  "/koulutukset/*/ilmoittautuminen",
  "/todistus",
  "/kayttajat",
  "/henkilokunta",
  "/tervetuloa",
  // Members' pages per audience (ADR 23): internal, answered 404 from outside.
  "/nakyma",
  // Member libraries' admin pages (the library pages themselves are public).
  "/kirjastot/uusi",
  "/kirjastot/*/muokkaa",
  "/kirjastot/*/toimipisteet/",
  // The kit catalogue's forms, and its calendar's month pages (navigation, not content:
  // each kit page shows this month's calendar and is in the sitemap).
  "/pike-boksit/uusi",
  "/pike-boksit/*/muokkaa",
  "/pike-boksit/*/huolto",
  "/pike-boksit/*/kalenteri/",
  // Reserving PiKe boxes (members only; the catalogue itself is public).
  "/pike-boksit/varaa",
  "/pike-boksit/varaukset",
  // A loan's feedback and the coordinators' usage figures.
  "/pike-boksit/kaytto",
  "/pike-boksit/palaute/",
  // A network chair's forms, and the coordinators' view of every network.
  "/verkostot/*/tapahtumat/",
  "/verkostot/*/tiedotteet/",
  "/verkostot/*/muokkaa",
  // A playbook's earlier versions: the network page has the current one.
  "/verkostot/*/pelikirja/",
  "/verkostot/tilanne",
  "/verkostot/uusi",
  "/verkostot/*/hallinta",
  // The coordinators' job-shadowing rounds (with each round's figures), and a library's new offer.
  "/tyon-varjostus/kierrokset",
  "/tyon-varjostus/paikat/",
  "/tyon-varjostus/hakemukset/",
  // The published exchange reports: for signed-in staff.
  "/tyon-varjostus/raportit",
  "/tyon-varjostus/omat",
  // The coverage reports: coordinators, supervisors and the steering group.
  "/raportit",
  // The filtered menu: search results (the unfiltered menu is in the sitemap).
  "/koulutukset/haku",
] as const;

export function robotsFor(origin: string): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: [...DISALLOWED_PATHS] },
    sitemap: new URL("/sitemap.xml", origin).toString(),
  };
}

/** A robots.txt rule as crawlers read it (RFC 9309): a prefix, where `*` stands for any characters. */
const ruleRegExp = (rule: string) => new RegExp(`^${rule.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}`);
const DISALLOWED_RULES = DISALLOWED_PATHS.map(ruleRegExp);

/** True when robots.txt keeps crawlers away from this path. */
export function isDisallowed(path: string): boolean {
  return DISALLOWED_RULES.some((rule) => rule.test(path));
}

export function sitemapFor(origin: string, details: PublicDetailPaths): MetadataRoute.Sitemap {
  const url = (path: string) => new URL(path, origin).toString();
  const pages: MetadataRoute.Sitemap = PUBLIC_PAGES.map(({ path, changeFrequency, priority }) => ({
    url: url(path),
    changeFrequency,
    priority,
  }));
  const detailPages = (Object.keys(details) as PublicDetailSection[]).flatMap((section) =>
    details[section].map(({ slug, updatedAt }) => ({
      url: url(`${section}/${encodeURIComponent(slug)}`),
      lastModified: updatedAt,
      changeFrequency: "weekly" as const,
      priority: 0.5,
    })),
  );
  return [...pages, ...detailPages].filter((entry) => !isDisallowed(new URL(entry.url).pathname));
}
