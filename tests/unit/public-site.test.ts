// robots.txt, the sitemap's rules and the web app manifest, against the routes
// that exist in app/ and the files that exist in public/.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import manifest from "@/app/manifest";
import { APPLE_TOUCH_ICON, SOCIAL_IMAGE } from "@/lib/site/metadata";
import { DISALLOWED_PATHS, isDisallowed, PUBLIC_PAGES, robotsFor, sitemapFor } from "@/lib/site/rules";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DETAIL_SECTIONS = ["/koulutukset", "/pike-boksit", "/verkostot", "/kirjastot"];

/**
 * Every page route of the app, as a URL pattern: route groups dropped, `[param]`
 * kept, and the root `[locale]` segment dropped (visitors' URLs are unprefixed; ADR 17).
 */
function pageRoutes(dir = path.join(ROOT, "app"), segments: string[] = []): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      const invisible = /^\(.*\)$/.test(name) || (name === "[locale]" && segments.length === 0);
      return pageRoutes(full, invisible ? segments : [...segments, name]);
    }
    return name === "page.tsx" ? [`/${segments.join("/")}`] : [];
  });
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): string {
  const png = readFileSync(path.join(ROOT, "public", file));
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
}

describe("robots.txt", () => {
  const robots = robotsFor("https://pike.example.fi");
  const rules = Array.isArray(robots.rules) ? robots.rules : [robots.rules];

  it("lets every crawler read the site but not sign-in, own pages, the API or exports", () => {
    expect(rules).toHaveLength(1);
    expect(rules[0]!.userAgent).toBe("*");
    expect(rules[0]!.allow).toBe("/");
    const disallow = rules[0]!.disallow;
    for (const path of ["/kirjaudu", "/omat-tiedot", "/omat-koulutukset", "/api/", "/kokoukset", "/tilaukset"]) {
      expect(disallow).toContain(path);
    }
    for (const path of [
      "/kirjaudu/demo",
      "/api/exports/sessions/x/participants.csv",
      "/api/calendar/me/secret.ics",
      "/koulutukset/hallinta/teemat",
    ]) {
      expect(isDisallowed(path), path).toBe(true);
    }
  });

  it("names the sitemap by its absolute address", () => {
    expect(robots.sitemap).toBe("https://pike.example.fi/sitemap.xml");
  });

  it("covers every page route: each is public (listed or a public detail page) or disallowed", () => {
    const routes = pageRoutes();
    expect(routes).toContain("/tietosuoja");
    const listed = new Set<string>(PUBLIC_PAGES.map((p) => p.path));
    const uncovered = routes.filter(
      (route) => !listed.has(route) && !DETAIL_SECTIONS.some((s) => route === `${s}/[slug]`) && !isDisallowed(route),
    );
    expect(uncovered, "page routes neither in the sitemap nor disallowed in robots.txt").toEqual([]);
  });

  it("never disallows a page the sitemap lists", () => {
    for (const { path } of PUBLIC_PAGES) expect(isDisallowed(path), path).toBe(false);
    expect(DISALLOWED_PATHS.every((p) => p.startsWith("/"))).toBe(true);
  });
});

describe("sitemap rules", () => {
  it("turns slugs into absolute, encoded addresses and drops what robots.txt disallows", () => {
    const updatedAt = new Date("2026-11-01T10:00:00Z");
    const entries = sitemapFor("https://pike.example.fi/ignored/path", {
      "/koulutukset": [
        { slug: "aspa-ajokortti", updatedAt },
        { slug: "hallinta", updatedAt },
      ],
      "/pike-boksit": [{ slug: "ä b", updatedAt }],
      "/verkostot": [],
      "/kirjastot": [{ slug: "tampere", updatedAt }],
    });
    const urls = entries.map((e) => e.url);
    expect(urls).toContain("https://pike.example.fi/");
    expect(urls).toContain("https://pike.example.fi/tietosuoja");
    expect(urls).toContain("https://pike.example.fi/koulutukset/aspa-ajokortti");
    expect(urls).toContain("https://pike.example.fi/pike-boksit/%C3%A4%20b");
    expect(urls).not.toContain("https://pike.example.fi/koulutukset/hallinta");
    expect(entries.find((e) => e.url.endsWith("/kirjastot/tampere"))?.lastModified).toEqual(updatedAt);
  });
});

describe("web app manifest and icons", () => {
  const m = manifest();

  it("names the app in Finnish and starts at the front page", () => {
    expect(m.name).toBe("PiKe-portaali");
    expect(m.lang).toBe("fi");
    expect(m.start_url).toBe("/");
  });

  it("points at icons that exist in public/, with their true sizes", () => {
    expect(m.icons?.length).toBeGreaterThan(0);
    for (const icon of m.icons ?? []) {
      const file = icon.src.replace(/^\//, "");
      expect(statSync(path.join(ROOT, "public", file)).size, icon.src).toBeGreaterThan(0);
      if (icon.type === "image/png") expect(pngSize(file), icon.src).toBe(icon.sizes);
    }
    expect(m.icons?.some((i) => i.sizes === "512x512")).toBe(true);
  });

  it("has an ICO favicon holding PNG images, an apple-touch icon and a 1200×630 social image", () => {
    const ico = readFileSync(path.join(ROOT, "public/favicon.ico"));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => {
      const entry = 6 + 16 * i;
      const offset = ico.readUInt32LE(entry + 12);
      expect(ico.subarray(offset + 1, offset + 4).toString("latin1")).toBe("PNG");
      return ico.readUInt8(entry);
    });
    expect(sizes).toEqual([16, 32, 48]);
    expect(pngSize(APPLE_TOUCH_ICON.url.slice(1))).toBe(APPLE_TOUCH_ICON.sizes);
    expect(APPLE_TOUCH_ICON.sizes).toBe("180x180");
    expect(pngSize(SOCIAL_IMAGE.url.slice(1))).toBe(`${SOCIAL_IMAGE.width}x${SOCIAL_IMAGE.height}`);
  });
});
