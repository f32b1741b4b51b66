// Calendar feeds in the built app: the personal feed's address is made on
// request (viewing Omat tiedot writes nothing), works without a session
// cookie (as Outlook fetches it), and a new address revokes the old one; the
// public menu feed answers by theme.
import { request as playwrightRequest } from "@playwright/test";
import { parseCalendar } from "../support/ical";
import { BASE_URL, expect, expectAccessible, query, signInWithSession, test, visit } from "./fixtures";

test.describe("calendar feeds", () => {
  test("viewing Omat tiedot writes nothing; the feed is made on request, works without a session and can be revoked", async ({
    page,
  }) => {
    const email = "marju@valkeakoski.fi";
    const tokenOf = async () =>
      (
        await query<{ calendarToken: string | null }>(`SELECT "calendarToken" FROM "User" WHERE email = $1`, [email])
      )[0]!.calendarToken;
    await query(`UPDATE "User" SET "calendarToken" = NULL WHERE email = $1`, [email]);
    await signInWithSession(page, email);
    await visit(page, "/omat-tiedot");
    await expect(page.getByRole("heading", { level: 2, name: "Koulutukset kalenteriisi" })).toBeVisible();
    // A GET of the page (twice) leaves the account as it was.
    await visit(page, "/omat-tiedot");
    expect(await tokenOf()).toBeNull();
    const field = page.getByLabel("Henkilökohtainen kalenteriosoite");
    await expect(field).toHaveCount(0);
    await expectAccessible(page);

    await page.getByRole("button", { name: "Luo oma kalenterisyöte" }).click();
    await expect(field).toBeFocused();
    await expect(page.getByRole("status").filter({ hasText: "Kalenterisyöte on luotu" })).toBeVisible();
    await expectAccessible(page);
    const first = await field.inputValue();
    expect(first).toMatch(new RegExp(`^${BASE_URL}/api/calendar/me/[A-Za-z0-9_-]{43}\\.ics$`));
    expect(first).toBe(`${BASE_URL}/api/calendar/me/${await tokenOf()}.ics`);

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
