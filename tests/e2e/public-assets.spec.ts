// public/ as browsers and crawlers fetch it from the production build, and
// the privacy notice in both languages, reached from the footer and the
// sign-in page.
import { BASE_URL, expect, expectAccessible, test, visit } from "./fixtures";

const DAY_CACHE = /^public, max-age=86400\b/;

test.describe("public files", () => {
  test("icons, manifest and social image have their types and a day's cache", async ({ request }) => {
    const files: [string, string][] = [
      ["/favicon.ico", "image/x-icon"],
      ["/icon.svg", "image/svg+xml"],
      ["/apple-touch-icon.png", "image/png"],
      ["/icon-512.png", "image/png"],
      ["/social-preview.png", "image/png"],
      ["/manifest.webmanifest", "application/manifest+json"],
    ];
    for (const [path, type] of files) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"], path).toBe(type);
      expect(response.headers()["cache-control"], path).toMatch(DAY_CACHE);
      expect(response.headers()["cache-control"], path).not.toContain("immutable");
      expect((await response.body()).length, path).toBeGreaterThan(100);
    }

    const manifest = (await (await request.get("/manifest.webmanifest")).json()) as {
      name: string;
      icons: { src: string }[];
    };
    expect(manifest.name).toBe("PiKe-portaali");
    for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
  });

  test("robots.txt keeps crawlers out of sign-in, own pages and the API", async ({ request }) => {
    const response = await request.get("/robots.txt");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^User-Agent: \*$/m);
    expect(text).toMatch(/^Allow: \/$/m);
    for (const path of ["/api/", "/kirjaudu", "/omat-tiedot", "/omat-koulutukset", "/kokoukset"]) {
      expect(text).toContain(`Disallow: ${path}\n`);
    }
    expect(text).toContain(`Sitemap: ${BASE_URL}/sitemap.xml`);
  });

  test("the sitemap lists public pages by absolute address and nothing behind sign-in", async ({ request }) => {
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^application\/xml/);
    const locs = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    for (const loc of locs) expect(loc.startsWith(`${BASE_URL}/`), loc).toBe(true);
    for (const path of ["/", "/koulutukset", "/koulutukset/aspa-ajokortti", "/pike-boksit/digiboksi-vr-lasit"]) {
      expect(locs).toContain(`${BASE_URL}${path}`);
    }
    expect(locs).toContain(`${BASE_URL}/verkostot/asiakaspalveluverkosto`);
    expect(locs).toContain(`${BASE_URL}/kirjastot/jyvaskyla`);
    expect(locs).toContain(`${BASE_URL}/tietosuoja`);
    expect(locs.filter((loc) => /\/(kirjaudu|omat-|kokoukset|toimenpiteet|tilaukset|api\/)/.test(loc))).toEqual([]);
  });

  test("pages name the icons, the manifest and the social image; built scripts are immutable", async ({ page }) => {
    await visit(page, "/");
    const head = page.locator("head");
    await expect(head.locator('link[rel="icon"][href="/favicon.ico"]')).toHaveCount(1);
    await expect(head.locator('link[rel="icon"][href="/icon.svg"]')).toHaveCount(1);
    await expect(head.locator('link[rel="apple-touch-icon"][href="/apple-touch-icon.png"]')).toHaveCount(1);
    await expect(head.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
    await expect(head.locator('meta[property="og:image"]')).toHaveAttribute(
      "content",
      `${BASE_URL}/social-preview.png`,
    );
    // Hashed build output: Next marks it immutable itself.
    const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute("src");
    const built = await page.request.get(script!);
    expect(built.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  });
});

test.describe("privacy notice", () => {
  test("in Finnish, from the footer and from the sign-in page", async ({ page }) => {
    await visit(page, "/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Tietosuojaseloste" }).click();
    await expect(page).toHaveURL(`${BASE_URL}/tietosuoja`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tietosuojaseloste");
    await expectAccessible(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "fi");

    const main = page.getByRole("main");
    for (const heading of ["Rekisterinpitäjä", "Mitä tietoja käsittelemme", "Kuinka kauan tietoja säilytetään"]) {
      await expect(main.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    }
    await expect(main.getByRole("heading", { level: 2, name: "Oikeutesi", exact: true })).toBeVisible();
    // The demo's configured controller and data-protection contact.
    await expect(main.getByText(/Tampereen kaupunginkirjasto/).first()).toBeVisible();
    await expect(main.getByRole("link", { name: "tietosuoja@pike-portaali.fi" }).first()).toHaveAttribute(
      "href",
      "mailto:tietosuoja@pike-portaali.fi",
    );
    await expect(main.getByText(/tietosuojavaltuutetun toimistolle/)).toBeVisible();
    await expect(main.getByText(/30 päivän kuluttua viimeisestä käyttökerrasta/)).toBeVisible();

    await visit(page, "/kirjaudu");
    await page.getByRole("main").getByRole("link", { name: "Tietosuojaseloste" }).click();
    await expect(page).toHaveURL(`${BASE_URL}/tietosuoja`);
    await expectAccessible(page);
  });

  test("in English under the same address, and it reflows at 320 px", async ({ page }) => {
    await page.context().addCookies([{ name: "pike-locale", value: "en", url: BASE_URL }]);
    await visit(page, "/kirjaudu");
    await page.getByRole("main").getByRole("link", { name: "Privacy notice" }).click();
    await expect(page).toHaveURL(`${BASE_URL}/tietosuoja`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy notice");
    await expectAccessible(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");

    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 2, name: "Controller" })).toBeVisible();
    await expect(main.getByRole("heading", { level: 2, name: "Your rights", exact: true })).toBeVisible();
    await expect(main.getByText(/Office of the Data Protection Ombudsman/)).toBeVisible();
    await expect(page.getByRole("contentinfo").getByRole("link", { name: "Privacy notice" })).toBeVisible();

    await page.setViewportSize({ width: 320, height: 800 });
    await visit(page, "/tietosuoja");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
