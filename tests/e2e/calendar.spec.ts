// Calendar feeds in the built app: the personal feed's address on Omat
// tiedot works without a session cookie (as Outlook fetches it), and a new
// address revokes the old one; the public menu feed answers by theme.
import { request as playwrightRequest } from "@playwright/test";
import { parseCalendar } from "../support/ical";
import { BASE_URL, expect, expectAccessible, signInWithSession, test, visit } from "./fixtures";

test.describe("calendar feeds", () => {
  test("the personal feed URL works without a session and can be revoked", async ({ page }) => {
    await signInWithSession(page, "marju@valkeakoski.fi");
    await visit(page, "/omat-tiedot");
    await expect(page.getByRole("heading", { level: 2, name: "Koulutukset kalenteriisi" })).toBeVisible();
    const field = page.getByLabel("Henkilökohtainen kalenteriosoite");
    const first = await field.inputValue();
    expect(first).toMatch(new RegExp(`^${BASE_URL}/api/calendar/me/[A-Za-z0-9_-]{43}\\.ics$`));

    // Outlook fetches the feed without cookies: the token is the only key.
    const outlook = await playwrightRequest.newContext();
    try {
      const feed = await outlook.get(first);
      expect(feed.status()).toBe(200);
      expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
      expect(parseCalendar(await feed.text()).name).toBe("Oma PiKe-kalenteri");

      // The address stays the same between visits.
      await visit(page, "/omat-tiedot");
      await expect(field).toHaveValue(first);

      await page.getByRole("button", { name: "Luo uusi osoite" }).click();
      await expect(page.getByRole("button", { name: "Kyllä, luo uusi osoite" })).toBeFocused();
      await expectAccessible(page);
      await page.getByRole("button", { name: "Kyllä, luo uusi osoite" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Uusi osoite on luotu" })).toBeVisible();
      await expectAccessible(page);
      await expect(field).not.toHaveValue(first);
      const second = await field.inputValue();
      expect(second).toMatch(/\/api\/calendar\/me\/[A-Za-z0-9_-]{43}\.ics$/);

      expect((await outlook.get(first)).status()).toBe(404);
      expect((await outlook.get(second)).status()).toBe(200);
    } finally {
      await outlook.dispose();
    }
  });

  test("the menu feed is public, filters by theme, and refuses an unknown theme", async ({ request }) => {
    const all = await request.get("/api/calendar/trainings.ics");
    expect(all.status()).toBe(200);
    const calendar = parseCalendar(await all.text());
    expect(calendar.events.length).toBeGreaterThan(0);
    for (const event of calendar.events) expect(event.uid).toMatch(/^session-[0-9a-f-]{36}@pike-portaali$/);

    const themed = await request.get("/api/calendar/trainings.ics?theme=asiakaspalvelu");
    expect(themed.status()).toBe(200);
    expect(parseCalendar(await themed.text()).name).toBe("PiKe-koulutukset: Asiakaspalvelu");

    const unknown = await request.get("/api/calendar/trainings.ics?theme=ei-ole");
    expect(unknown.status()).toBe(422);
  });
});
