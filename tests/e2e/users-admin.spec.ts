// User administration (issue 11) in Chromium with axe: every new page in
// Finnish and English as the person who may see it; an admin invites a
// person, who signs in from the mail; the admin changes their role and
// deactivates them, and the invitee's open browser is signed out on its next
// request, and their link and magic link no longer work.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import {
  BASE_URL,
  DEMO_URL,
  expect,
  expectAccessible,
  linkIn,
  mailCount,
  query,
  signInWithSession,
  test,
  visit,
  waitForMail,
} from "./fixtures";

const ADMIN = "admin@tampere.fi";
const SUPERVISOR = "esihenkilo@muurame.fi";
const main = (page: Page) => page.getByRole("main");

async function as(page: Page, lang: "fi" | "en", email: string) {
  await page.context().clearCookies();
  await page
    .context()
    .addCookies(
      [BASE_URL, DEMO_URL].map((url) => ({ name: "pike-locale", value: lang, url, sameSite: "Lax" as const })),
    );
  await signInWithSession(page, email);
}

async function show(page: Page, path: string, heading: string) {
  const response = await visit(page, path);
  expect(response?.status(), path).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
}

for (const [lang, text] of [
  ["fi", { users: "Käyttäjät", invite: "Kutsu käyttäjä", staff: "Kirjastosi henkilökunta" }],
  ["en", { users: "Users", invite: "Invite a user", staff: "Your library's staff" }],
] as const) {
  test(`the users pages and the staff page (${lang})`, async ({ page }) => {
    const [marju] = await query<{ id: string }>(`SELECT id FROM "User" WHERE email = 'marju@valkeakoski.fi'`);
    await as(page, lang, ADMIN);
    await show(page, "/kayttajat", text.users);
    await show(page, "/kayttajat?q=marju&role=STAFF&active=true", text.users);
    await expect(main(page).getByRole("link", { name: "Marju" })).toBeVisible();
    await show(page, "/kayttajat/kutsu", text.invite);
    await show(page, `/kayttajat/${marju!.id}`, "Marju");
    await as(page, lang, SUPERVISOR);
    await show(page, "/henkilokunta", text.staff);
  });
}

test("an admin invites a person, who signs in from the mail; a role change and deactivation sign them out", async ({
  page,
  browser,
}) => {
  // Two browsers, a mail and a dozen scans: longer than one page's journey on a busy machine.
  test.setTimeout(300_000);
  const email = `kutsuttu-${randomUUID().slice(0, 8)}@example.test`;
  await as(page, "fi", ADMIN);
  // The header's menu leads an admin to the users list.
  await visit(page, "/");
  await page.getByRole("banner").locator("summary").click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Käyttäjät" })).toBeVisible();
  // The seed's only admin cannot deactivate themselves.
  const [self] = await query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [ADMIN]);
  await show(page, `/kayttajat/${self!.id}`, "Ylläpitäjä (demo)");
  await main(page).getByRole("button", { name: "Poista käytöstä" }).click();
  await expect(main(page).getByRole("alert")).toContainText("Olet ainoa käytössä oleva ylläpitäjä");
  await expectAccessible(page);
  await show(page, "/kayttajat/kutsu", "Kutsu käyttäjä");
  await main(page)
    .getByRole("textbox", { name: /Sähköposti/ })
    .fill(email);
  await main(page).getByRole("textbox", { name: /Nimi/ }).fill("Kutsuttu Kollega");
  await main(page)
    .getByRole("combobox", { name: /Kirjasto/ })
    .selectOption({ label: "Valkeakosken kaupunginkirjasto" });
  await main(page).getByRole("button", { name: "Lähetä kutsu" }).click();
  await expect(page).toHaveURL(/\/kayttajat\/[0-9a-f-]{36}\?kutsuttu=1$/);
  await expect(main(page).getByRole("status").first()).toContainText(`Kutsu lähetetty osoitteeseen ${email}`);
  await expectAccessible(page);
  const userPage = new URL(page.url()).pathname;

  // The invitee's own browser: the link from the mail, prefetch-safe, then confirmed.
  const mail = await waitForMail(email);
  expect(mail.text).toContain("7 päivää");
  const link = linkIn(mail);
  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  expect((await invitee.request.get(link)).status()).toBe(200);
  await visit(invitee, link);
  await invitee.getByRole("button", { name: "Kirjaudu sisään" }).click();
  // An invitation is a first sign-in: they confirm the profile the admin began (name, library) and give the rest.
  await expect(invitee).toHaveURL(/\/tervetuloa/);
  await expect(invitee.getByRole("banner").getByText("Kutsuttu Kollega", { exact: true })).toBeVisible();
  await expect(invitee.getByRole("main").getByRole("textbox", { name: /^Nimi \(/ })).toHaveValue("Kutsuttu Kollega");
  await expectAccessible(invitee);
  await invitee.getByRole("main").getByRole("button", { name: "Tallenna ja jatka" }).click();
  await expect(invitee).not.toHaveURL(/\/tervetuloa/);
  // Auth.js's signIn event records the sign-in for the admins' list.
  const [signedIn] = await query<{ at: Date | null }>(`SELECT "lastSignInAt" AS at FROM "User" WHERE email = $1`, [
    email,
  ]);
  expect(signedIn!.at).not.toBeNull();
  // Used once: the same link again is refused.
  await visit(invitee, link);
  await invitee.getByRole("button", { name: "Kirjaudu sisään" }).click();
  await expect(invitee).toHaveURL(/\/kirjaudu\/virhe/);
  await expectAccessible(invitee);
  await visit(invitee, "/omat-tiedot");

  // The admin makes them a supervisor too, then deactivates them.
  await visit(page, userPage);
  await main(page).getByRole("checkbox", { name: "Esihenkilö" }).check();
  await main(page).getByRole("button", { name: "Tallenna roolit" }).click();
  await expect(main(page).getByText("Roolit tallennettu.")).toBeVisible();
  await page.reload();
  await expect(main(page).getByText(/Roolit muutettu: Henkilökunta → Esihenkilö, Henkilökunta/)).toBeVisible();
  await expectAccessible(page);
  await main(page).getByRole("button", { name: "Poista käytöstä" }).click();
  await expect(main(page).getByText("Tili poistettu käytöstä.")).toBeVisible();
  await page.reload();
  await expect(main(page).getByText(/Tili on poistettu käytöstä/)).toBeVisible();
  await expect(main(page).getByText(/Poistettu käytöstä: Käytössä → Poistettu käytöstä/)).toBeVisible();
  await expectAccessible(page);

  // The invitee's open browser: its next request is a signed-out one.
  await invitee.reload();
  await expect(invitee).toHaveURL(/\/kirjaudu/);
  await expectAccessible(invitee);
  await expect(invitee.getByRole("banner").getByRole("link", { name: "Kirjaudu sisään" })).toBeVisible();
  const sessions = await query<{ n: string }>(
    `SELECT count(*)::text AS n FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE u.email = $1`,
    [email],
  );
  expect(sessions[0]!.n).toBe("0");
  // Nor can they ask for a new link: the page answers as for anyone, and no mail goes out.
  const mailsBefore = mailCount(email);
  await visit(invitee, "/kirjaudu");
  await invitee.getByLabel("Työsähköposti").fill(email);
  await invitee.getByRole("button", { name: "Lähetä kirjautumislinkki" }).click();
  await expect(invitee.getByRole("main").getByRole("status")).toContainText("kirjautumislinkki on matkalla");
  await expectAccessible(invitee);
  expect(mailCount(email)).toBe(mailsBefore);
  await inviteeContext.close();
});
