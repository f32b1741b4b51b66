import { expect, query, signInWithSession, test, visit } from "./fixtures";

async function autumnMeetingId() {
  const rows = await query<{ id: string }>(
    `SELECT id FROM "Meeting" WHERE status = 'MINUTES_APPROVED' AND "startsAt" < '2023-10-01' ORDER BY "startsAt" DESC LIMIT 1`,
  );
  return rows[0]!.id;
}

test.describe("the autumn 2023 steering-group meeting", () => {
  test("a steering-group member reads agenda, minutes per item and the news round", async ({ page }) => {
    await signInWithSession(page, "hanna@jkl.fi");
    await visit(page, "/kokoukset");
    await page
      .getByRole("link", { name: /3\/2023/ })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`/kokoukset/${await autumnMeetingId()}$`));
    await visit(page, page.url());

    await expect(page.getByRole("heading", { level: 1 })).toContainText("Ohjausryhmän kokous");
    await expect(page.getByText("12.9.2023 klo 13.00–15.00").first()).toBeVisible();
    for (const title of [
      "Kuulumiskierros",
      "Aspa-ajokortti, pikeboksit ja visiotyö nyt",
      "Työn varjostus ja työelämävaihto alueella",
      "Seuraava kokous",
    ]) {
      await expect(page.getByRole("heading", { name: title }).first()).toBeVisible();
    }
    // The news round of each member library
    for (const library of ["Tamper", "Jyväskyl", "Valkeakos", "Muura"]) {
      await expect(page.getByRole("heading", { name: new RegExp(library) }).first()).toBeVisible();
    }
    await expect(page.getByText(/Halssila, Vesanka, Lohikoski ja auto Martti/).first()).toBeVisible();
    // Minutes and action items
    await expect(page.getByText(/Olemme tulevaisuuden kirjasto, joka rakentaa hyvää elämää/).first()).toBeVisible();
    await expect(page.getByText(/15\.9\.2023/).first()).toBeVisible();
  });

  test("does not exist for a signed-out visitor", async ({ page }) => {
    const id = await autumnMeetingId();
    const response = await visit(page, `/kokoukset/${id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByText("Halssila")).toHaveCount(0);

    await visit(page, "/kokoukset");
    await expect(page.getByRole("link", { name: /3\/2023/ })).toHaveCount(0);
    await expect(page.getByRole("main").getByRole("link", { name: /Kirjaudu/ })).toBeVisible();
  });

  test("staff see approved minutes but not a published agenda of the next meeting", async ({ page }) => {
    await signInWithSession(page, "marju@valkeakoski.fi");
    await visit(page, "/kokoukset");
    await expect(page.getByRole("link", { name: /3\/2023/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /4\/2023/ })).toHaveCount(0);
    const next = await query<{ id: string }>(`SELECT id FROM "Meeting" WHERE status = 'AGENDA_PUBLISHED' LIMIT 1`);
    const response = await visit(page, `/kokoukset/${next[0]!.id}`);
    expect(response?.status()).toBe(404);
  });
});
