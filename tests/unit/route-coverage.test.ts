import { describe, expect, it } from "vitest";
import { matchesRoute, missingScans, pageRoutes, routeFor, type Scan } from "@/tests/support/route-coverage";

describe("pageRoutes", () => {
  it("keeps pages, drops route handlers (API, icons, robots, sitemap)", () => {
    const manifest = {
      "/[locale]/kokoukset/(list)/page": "/[locale]/kokoukset",
      "/[locale]/kokoukset/[id]/muokkaa/poista/page": "/[locale]/kokoukset/[id]/muokkaa/poista",
      "/(static)/saavutettavuusseloste/page": "/saavutettavuusseloste",
      "/_not-found/page": "/_not-found",
      "/api/meetings/[id]/route": "/api/meetings/[id]",
      "/icon.svg/route": "/icon.svg",
      "/robots.txt/route": "/robots.txt",
      "/sitemap.xml/route": "/sitemap.xml",
    };
    expect(pageRoutes(manifest)).toEqual([
      "/_not-found",
      "/kokoukset",
      "/kokoukset/[id]/muokkaa/poista",
      "/saavutettavuusseloste",
    ]);
  });
});

describe("matchesRoute", () => {
  it("matches static segments exactly and a parameter to one segment", () => {
    expect(matchesRoute("/", "/")).toBe(true);
    expect(matchesRoute("/", "/kokoukset")).toBe(false);
    expect(matchesRoute("/kokoukset", "/kokoukset")).toBe(true);
    expect(matchesRoute("/kokoukset", "/kokoukset/")).toBe(true);
    expect(matchesRoute("/kokoukset", "/koulutukset")).toBe(false);
    expect(matchesRoute("/kokoukset/[id]", "/kokoukset/abc")).toBe(true);
    expect(matchesRoute("/kokoukset/[id]", "/kokoukset")).toBe(false);
    expect(matchesRoute("/kokoukset/[id]", "/kokoukset/abc/muokkaa")).toBe(false);
    expect(matchesRoute("/kokoukset/[id]/materiaalit/[materialId]/poista", "/kokoukset/a/materiaalit/b/poista")).toBe(
      true,
    );
    expect(matchesRoute("/kokoukset/[id]/materiaalit/[materialId]/poista", "/kokoukset/a/materiaalit/b")).toBe(false);
  });

  it("decodes segments", () => {
    expect(matchesRoute("/kirjastot/jyväskylä", "/kirjastot/jyv%C3%A4skyl%C3%A4")).toBe(true);
  });

  it("matches catch-alls to one or more segments, optional ones to none too", () => {
    expect(matchesRoute("/ohje/[...polku]", "/ohje")).toBe(false);
    expect(matchesRoute("/ohje/[...polku]", "/ohje/a")).toBe(true);
    expect(matchesRoute("/ohje/[...polku]", "/ohje/a/b/c")).toBe(true);
    expect(matchesRoute("/ohje/[[...polku]]", "/ohje")).toBe(true);
    expect(matchesRoute("/ohje/[[...polku]]", "/ohje/a/b")).toBe(true);
    expect(matchesRoute("/ohje/[[...polku]]", "/muu")).toBe(false);
  });
});

describe("routeFor", () => {
  const routes = ["/kokoukset", "/kokoukset/[id]", "/kokoukset/haku", "/kokoukset/[id]/muokkaa", "/ohje/[...polku]"];

  it("prefers a static segment to a parameter, as Next does", () => {
    expect(routeFor(routes, "/kokoukset/haku")).toBe("/kokoukset/haku");
    expect(routeFor(routes, "/kokoukset/123")).toBe("/kokoukset/[id]");
    expect(routeFor(routes, "/kokoukset/123/muokkaa")).toBe("/kokoukset/[id]/muokkaa");
    expect(routeFor(["/ohje/[...polku]", "/ohje/[osa]"], "/ohje/a")).toBe("/ohje/[osa]");
  });

  it("finds no route for a URL no page serves", () => {
    expect(routeFor(routes, "/ei-ole-olemassa")).toBeNull();
    expect(routeFor(routes, "/kokoukset/1/2/3")).toBeNull();
  });
});

describe("missingScans", () => {
  const scan = (path: string, lang: string, extra: Partial<Scan> = {}): Scan => ({
    path,
    search: "",
    lang,
    status: 200,
    signedIn: false,
    ...extra,
  });
  const errorStates = (lang: string) => [
    scan("/ei-ole", lang, { status: 404 }),
    scan("/kokoukset/uusi", lang, { status: 404, signedIn: true }),
    scan("/kokoukset", lang, { status: 500 }),
    scan("/kirjaudu/virhe", lang, { search: "?error=Verification" }),
    scan("/koulutukset", lang, { status: 503, errorState: "unavailable" }),
  ];
  const routes = ["/", "/_global-error", "/_not-found", "/kirjaudu/virhe", "/kokoukset", "/kokoukset/[id]"];

  it("is empty when every route and error state has a scan in Finnish and English", () => {
    const scans = ["fi", "en"].flatMap((lang) => [
      scan("/", lang),
      scan("/kokoukset", lang),
      scan("/kokoukset/abc", lang, { status: null }),
      ...errorStates(lang),
    ]);
    expect(missingScans(routes, scans)).toEqual([]);
  });

  it("names each route and state without a scan, per language", () => {
    const scans = [
      scan("/", "fi"),
      scan("/", "en"),
      scan("/kokoukset", "fi"),
      scan("/kokoukset/haku", "en"),
      ...errorStates("fi"),
    ];
    expect(missingScans([...routes, "/kokoukset/haku"], scans)).toEqual([
      "/kirjaudu/virhe (en)",
      "/kokoukset (en)",
      "/kokoukset/[id] (fi)",
      "/kokoukset/[id] (en)",
      "/kokoukset/haku (fi)",
      "404 (not found) (en)",
      "403 (a signed-in user refused a page) (en)",
      "the error boundary (en)",
      "an expired or used sign-in link (en)",
      "the outage page (503 while the database is away) (en)",
    ]);
  });

  it("does not count an error shown in a route's place as a visit of the route", () => {
    const scans = ["fi", "en"].flatMap((lang) => [
      scan("/", lang),
      scan("/kokoukset", lang),
      scan("/kokoukset/abc", lang, { status: 404 }),
      ...errorStates(lang),
    ]);
    expect(missingScans(routes, scans)).toEqual(["/kokoukset/[id] (fi)", "/kokoukset/[id] (en)"]);
  });

  it("does not count the outage page as the error boundary, nor as a visit of its route", () => {
    const scans = ["fi", "en"].flatMap((lang) => [
      scan("/", lang),
      scan("/kokoukset", lang),
      scan("/kokoukset/abc", lang),
      ...errorStates(lang).filter((s) => s.status !== 500),
      scan("/kokoukset/def", lang, { status: 503, errorState: "unavailable" }),
    ]);
    expect(missingScans([...routes, "/koulutukset"], scans)).toEqual([
      "/koulutukset (fi)",
      "/koulutukset (en)",
      "the error boundary (fi)",
      "the error boundary (en)",
    ]);
  });

  it("does not count a 404 for someone signed out as a refusal", () => {
    const scans = ["fi", "en"].flatMap((lang) => [
      scan("/", lang),
      scan("/kokoukset", lang),
      scan("/kokoukset/abc", lang),
      ...errorStates(lang).filter((s) => !s.signedIn),
    ]);
    expect(missingScans(routes, scans)).toEqual([
      "403 (a signed-in user refused a page) (fi)",
      "403 (a signed-in user refused a page) (en)",
    ]);
  });
});

describe("a page made in two languages at once", () => {
  it("is shown in the language of each headed section as well as the document's", () => {
    const statement: Scan = {
      path: "/saavutettavuusseloste",
      search: "",
      lang: "fi",
      sectionLangs: ["fi", "en"],
      status: 200,
      signedIn: false,
    };
    const missing = missingScans(["/saavutettavuusseloste"], [statement]);
    expect(missing.filter((m) => m.startsWith("/"))).toEqual([]);
    const finnishOnly = missingScans(["/saavutettavuusseloste"], [{ ...statement, sectionLangs: [] }]);
    expect(finnishOnly.filter((m) => m.startsWith("/"))).toEqual(["/saavutettavuusseloste (en)"]);
  });
});
