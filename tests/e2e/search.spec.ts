import { expect, expectAccessible, signInWithSession, test, visit } from "./fixtures";

test.describe("meeting search", () => {
  test("a staff member finds the minutes by an inflected word and follows the hit to the item", async ({ page }) => {
    await signInWithSession(page, "marju@valkeakoski.fi");
    await visit(page, "/kokoukset");
    await page.getByRole("searchbox", { name: "Hae kokouksista" }).fill("omatoimikirjastoon");
    await page.getByRole("button", { name: "Hae", exact: true }).click();
    await expect(page).toHaveURL(/\/kokoukset\/haku\?q=omatoimikirjastoon$/);
    await expect(page.getByRole("status")).toContainText("Hakutuloksia");
    await expectAccessible(page);

    const hit = page.getByRole("listitem").filter({ hasText: "Pöytäkirja" }).first();
    await expect(hit.locator("mark").first()).toHaveText(/^omatoimikirjasto/i);
    const link = hit.getByRole("link");
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/kokoukset\/[0-9a-f-]{36}#kohta-\d+$/);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href!.replace("#", "\\#")}$`));
    await expect(page.locator(href!.slice(href!.indexOf("#")))).toBeVisible();
    await expectAccessible(page);
  });

  test("signed out, the search page asks to sign in", async ({ page }) => {
    await visit(page, "/kokoukset/haku?q=omatoimikirjastoon");
    await expect(page.getByText("Kirjaudu sisään, niin voit hakea kokousten sisällöstä.")).toBeVisible();
  });
});
