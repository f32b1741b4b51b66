// The sitemap lists what a signed-out reader can open, read from the real
// database: published menus' offerings, kits in circulation, every network and
// library, with absolute addresses, and nothing behind sign-in.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { loadPublicDetailPaths } from "@/lib/site/data";
import { isDisallowed, sitemapFor } from "@/lib/site/rules";

const ORIGIN = "https://pike.example.fi";

let db: Db;
const retiredKit = `poistettu-boksi-${randomUUID().slice(0, 8)}`;
let draftOfferings: string[] = [];
let publishedOfferings: string[] = [];

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
  await db.kit.create({ data: { slug: retiredKit, name: "Poistettu boksi", status: "RETIRED" } });
  const offerings = await db.offering.findMany({ select: { slug: true, menu: { select: { status: true } } } });
  draftOfferings = offerings.filter((o) => o.menu.status !== "PUBLISHED").map((o) => o.slug);
  publishedOfferings = offerings.filter((o) => o.menu.status === "PUBLISHED").map((o) => o.slug);
});

afterAll(async () => {
  await db.kit.deleteMany({ where: { slug: retiredKit } });
  await db.$disconnect();
});

describe("sitemap", () => {
  it("lists the public pages and every public detail page with absolute addresses", async () => {
    const entries = sitemapFor(ORIGIN, await loadPublicDetailPaths());
    const urls = entries.map((e) => e.url);
    for (const url of urls) expect(url.startsWith(`${ORIGIN}/`)).toBe(true);
    expect(new Set(urls).size).toBe(urls.length);

    for (const path of ["/", "/koulutukset", "/pike-boksit", "/verkostot", "/tyon-varjostus", "/kirjastot"]) {
      expect(urls).toContain(new URL(path, ORIGIN).toString());
    }
    expect(urls).toContain(`${ORIGIN}/tietosuoja`);
    expect(urls).toContain(`${ORIGIN}/saavutettavuusseloste`);
    expect(urls).toContain(`${ORIGIN}/koulutukset/aspa-ajokortti`);
    expect(urls).toContain(`${ORIGIN}/pike-boksit/digiboksi-vr-lasit`);
    expect(urls).toContain(`${ORIGIN}/verkostot/asiakaspalveluverkosto`);
    expect(urls).toContain(`${ORIGIN}/kirjastot/jyvaskyla`);

    expect(publishedOfferings.length).toBeGreaterThan(0);
    for (const slug of publishedOfferings) expect(urls).toContain(`${ORIGIN}/koulutukset/${slug}`);
    const libraries = await db.library.findMany({ select: { slug: true } });
    for (const { slug } of libraries) expect(urls).toContain(`${ORIGIN}/kirjastot/${slug}`);
  });

  it("leaves out drafts, retired kits and every page behind sign-in", async () => {
    const urls = sitemapFor(ORIGIN, await loadPublicDetailPaths()).map((e) => e.url);
    // The seed has offerings in draft menus; none may leak.
    expect(draftOfferings.length).toBeGreaterThan(0);
    for (const slug of draftOfferings) expect(urls).not.toContain(`${ORIGIN}/koulutukset/${slug}`);
    expect(urls).not.toContain(`${ORIGIN}/pike-boksit/${retiredKit}`);
    for (const url of urls) {
      const path = new URL(url).pathname;
      expect(isDisallowed(path), path).toBe(false);
      expect(path).not.toMatch(/^\/(kirjaudu|omat-|kokoukset|toimenpiteet|tilaukset|api\/|koulutukset\/hallinta)/);
    }
  });

  it("dates each detail page by its last change", async () => {
    const entries = sitemapFor(ORIGIN, await loadPublicDetailPaths());
    const kit = entries.find((e) => e.url === `${ORIGIN}/pike-boksit/digiboksi-vr-lasit`);
    const stored = await db.kit.findUniqueOrThrow({
      where: { slug: "digiboksi-vr-lasit" },
      select: { updatedAt: true },
    });
    expect(kit?.lastModified).toEqual(stored.updatedAt);
  });
});
