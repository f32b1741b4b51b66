import { expect, expectAccessible, expectNotFound, test, visit } from "./fixtures";

test.describe("app shell", () => {
  test("switches language to English and back", async ({ page }) => {
    await visit(page, "/");
    await expect(page.locator("html")).toHaveAttribute("lang", "fi");
    await expect(
      page.getByRole("navigation", { name: "Päävalikko" }).getByRole("link", { name: "Kokoukset" }),
    ).toBeVisible();

    await page.getByRole("button", { name: "In English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expectAccessible(page);
    const nav = page.getByRole("navigation", { name: "Main menu" });
    await expect(nav.getByRole("link", { name: "Meetings" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Trainings" })).toBeVisible();

    await visit(page, "/kirjastot");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");

    await page.getByRole("button", { name: "Suomeksi" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "fi");
    await expectAccessible(page);
  });

  test("the header works by keyboard alone, skip link first", async ({ page }) => {
    await visit(page, "/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Siirry sisältöön" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();

    // Tab through the header until the "Koulutukset" link has focus, then follow it.
    const target = page.getByRole("navigation", { name: "Päävalikko" }).getByRole("link", { name: "Koulutukset" });
    for (let i = 0; i < 15; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) break;
      await page.keyboard.press("Tab");
    }
    await expect(target).toBeFocused();
    // The focus ring is visible (an outline, not only a colour change).
    const outline = await target.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/koulutukset$/);
    await expectAccessible(page);
    await expect(
      page.getByRole("navigation", { name: "Päävalikko" }).getByRole("link", { name: "Koulutukset" }),
    ).toHaveAttribute("aria-current", "page");
  });

  test("works at 320 px wide without horizontal scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ["/", "/koulutukset", "/kirjastot", "/kirjaudu"]) {
      await visit(page, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
  });

  test("unknown pages answer not found with a helpful page", async ({ page }) => {
    const response = await visit(page, "/ei-ole-olemassa");
    await expectNotFound(page, response);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sivua ei löytynyt");
  });

  test("the check-your-email page says what happens next", async ({ page }) => {
    await visit(page, "/kirjaudu/tarkista");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tarkista sähköpostisi");
    await expect(page.getByText(/voimassa 10 minuuttia/)).toBeVisible();
  });

  test("the accessibility statement has a feedback contact", async ({ page }) => {
    await visit(page, "/saavutettavuusseloste");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Saavutettavuusseloste");
    await expect(page.getByRole("link", { name: /@/ }).first()).toHaveAttribute("href", /^mailto:/);
  });

  test("every response carries the security headers", async ({ request }) => {
    for (const path of ["/", "/saavutettavuusseloste", "/api/health"]) {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers["content-security-policy"]).toContain("object-src 'none'");
      expect(headers["content-security-policy"]).toContain("base-uri 'none'");
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["strict-transport-security"]).toBeUndefined();
    }
    const https = await request.get("/", { headers: { "X-Forwarded-Proto": "https" } });
    expect(https.headers()["strict-transport-security"]).toContain("max-age=");
  });

  test("health reports the database", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", db: "up" });
  });
});
