// Issue 11, parts 1 and 5, in Chromium with axe, in Finnish and English: a
// first sign-in through a member library's email domain gives a profile and
// goes on where it was going; Omat tiedot edits the profile; all one's data
// is shown and downloaded; a removal request is confirmed by an admin, after
// which the person is signed out and anonymised.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";
import {
  BASE_URL,
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

const LANGS = ["fi", "en"] as const;
type Lang = (typeof LANGS)[number];

const TEXT = {
  fi: {
    email: "Työsähköposti",
    send: "Lähetä kirjautumislinkki",
    confirm: "Kirjaudu sisään",
    welcome: "Tervetuloa PiKe-portaaliin",
    name: "Nimi",
    title: "Nimike",
    continue: "Tallenna ja jatka",
    save: "Tallenna tiedot",
    saved: "Tietosi on tallennettu.",
    allData: "Kaikki sinusta tallennetut tiedot",
    allDataTitle: "Kaikki tietosi",
    staffRole: "Henkilökunta",
    download: "Lataa tiedot (JSON)",
    removalLink: "Pyydä tilisi poistamista",
    request: "Pyydä tilin poistamista",
    requested: "Poistopyyntösi on lähetetty ylläpitäjälle.",
    cancel: "Peru poistopyyntö",
    cancelled: "Poistopyyntö on peruttu.",
    adminTitle: "Tilien poistopyynnöt",
    confirmRemoval: "Vahvista poisto",
    confirmed: "Tili on poistettu ja tiedot anonymisoitu.",
  },
  en: {
    email: "Work email",
    send: "Send sign-in link",
    confirm: "Sign in",
    welcome: "Welcome to the PiKe portal",
    name: "Name",
    title: "Title",
    continue: "Save and continue",
    save: "Save details",
    saved: "Your details have been saved.",
    allData: "Everything stored about you",
    allDataTitle: "All your data",
    staffRole: "Staff",
    download: "Download (JSON)",
    removalLink: "Ask for your account to be removed",
    request: "Ask for removal",
    requested: "Your request has been sent to the admins.",
    cancel: "Cancel the request",
    cancelled: "The request has been cancelled.",
    adminTitle: "Account removal requests",
    confirmRemoval: "Confirm removal",
    confirmed: "The account has been removed and anonymised.",
  },
} as const;

const main = (page: Page) => page.getByRole("main");

async function inLanguage(page: Page, lang: Lang) {
  await page.context().clearCookies();
  await page.context().addCookies([{ name: "pike-locale", value: lang, url: BASE_URL, sameSite: "Lax" }]);
}

/** A person of Muurame's staff made for one test: a given profile unless `pending`. */
async function newPerson(options: { pending?: boolean; roles?: string[]; locale?: Lang } = {}): Promise<string> {
  const email = `omat-${randomUUID().slice(0, 8)}@muurame.fi`;
  await query(
    `INSERT INTO "User" (email, name, roles, "libraryId", "profileCompletedAt", locale)
     SELECT $1, $2, $3::"Role"[], id, $4, $5::"Locale" FROM "Library" WHERE slug = 'muurame'`,
    [
      email,
      options.pending ? null : "Omat Testaaja",
      options.roles ?? ["STAFF"],
      options.pending ? null : new Date(),
      options.locale ?? "fi",
    ],
  );
  return email;
}

const userRow = async (email: string) =>
  (
    await query<{ id: string; name: string | null; title: string | null; profileCompletedAt: Date | null }>(
      `SELECT id, name, title, "profileCompletedAt" FROM "User" WHERE email = $1`,
      [email],
    )
  )[0];

test.describe("first sign-in", () => {
  test("a new address of a member library's domain signs in, gives a profile and goes on (Finnish)", async ({
    page,
  }) => {
    const t = TEXT.fi;
    await inLanguage(page, "fi");
    const email = `uusi-${randomUUID().slice(0, 8)}@muurame.fi`;
    const before = mailCount(email);
    await visit(page, `/kirjaudu?callbackUrl=${encodeURIComponent("/koulutukset")}`);
    await page.getByLabel(t.email).fill(email);
    await page.getByRole("button", { name: t.send }).click();
    await expect(main(page).getByRole("status")).toBeVisible();
    await expectAccessible(page);
    await visit(page, linkIn(await waitForMail(email, before + 1)));
    await main(page).getByRole("button", { name: t.confirm }).click();

    await expect(page).toHaveURL(`${BASE_URL}/tervetuloa?seuraava=${encodeURIComponent("/koulutukset")}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.welcome);
    await expectAccessible(page);
    // A field missing: the form says so, and the person is still here.
    await page.getByRole("button", { name: t.continue }).click();
    await expect(main(page).getByRole("alert")).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel(t.name, { exact: false }).first().fill("Uusi Kollega");
    await page.getByLabel(t.title, { exact: false }).first().fill("Kirjastovirkailija");
    await page.getByRole("button", { name: t.continue }).click();

    await expect(page).toHaveURL(`${BASE_URL}/koulutukset`);
    await expectAccessible(page);
    await expect(page.getByRole("banner").getByText("Uusi Kollega", { exact: true })).toBeVisible();
    const row = await userRow(email);
    expect(row).toMatchObject({ name: "Uusi Kollega", title: "Kirjastovirkailija" });
    expect(row?.profileCompletedAt).not.toBeNull();
  });

  test("a signed-in person without a profile is sent to it from any page, and back (English)", async ({ page }) => {
    const t = TEXT.en;
    await inLanguage(page, "en");
    const email = await newPerson({ pending: true });
    await signInWithSession(page, email);
    await page.goto("/verkostot");
    await expect(page).toHaveURL(`${BASE_URL}/tervetuloa?seuraava=${encodeURIComponent("/verkostot")}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.welcome);
    await expectAccessible(page);
    await page.getByLabel(t.name, { exact: false }).first().fill("New Colleague");
    await page.getByRole("button", { name: t.continue }).click();
    await expect(page).toHaveURL(`${BASE_URL}/verkostot`);
    await expectAccessible(page);
    expect((await userRow(email))?.profileCompletedAt).not.toBeNull();
  });
});

for (const lang of LANGS) {
  test(`own data: edit the profile, see everything, download it (${lang})`, async ({ page }) => {
    const t = TEXT[lang];
    await inLanguage(page, lang);
    const email = await newPerson();
    await signInWithSession(page, email);
    await visit(page, "/omat-tiedot");
    await page.getByLabel(t.title, { exact: false }).first().fill(`Informaatikko ${lang}`);
    await page.getByRole("button", { name: t.save }).click();
    await expect(main(page).getByRole("status")).toContainText(t.saved);
    await expectAccessible(page);
    expect((await userRow(email))?.title).toBe(`Informaatikko ${lang}`);

    await main(page).getByRole("link", { name: t.allData }).click();
    await expect(page).toHaveURL(`${BASE_URL}/omat-tiedot/kaikki-tiedot`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.allDataTitle);
    await expectAccessible(page);
    await expect(main(page).locator("dd.break-all", { hasText: email }).first()).toBeVisible();
    // Stored enum values are shown in words, not as stored (STAFF).
    await expect(main(page).locator("dd.break-all", { hasText: /^Henkilökunta$|^Staff$/ })).toHaveText(t.staffRole);
    await expect(main(page).locator("dd.break-all", { hasText: /^STAFF$/ })).toHaveCount(0);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      main(page).getByRole("link", { name: t.download }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^pike-omat-tiedot-\d{4}-\d{2}-\d{2}\.json$/);
    const body = JSON.parse(readFileSync(await download.path(), "utf8")) as {
      profile: { email: string; title: string };
      sessions: unknown[];
    };
    expect(body.profile).toMatchObject({ email, title: `Informaatikko ${lang}` });
    expect(body.sessions.length).toBeGreaterThan(0);
  });
}

/** The admin's browser, beside the person's own. */
async function adminPage(browser: Browser, lang: Lang): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await inLanguage(page, lang);
  await signInWithSession(page, "admin@tampere.fi");
  return page;
}

for (const lang of LANGS) {
  test(`removal: the person asks, an admin confirms, the person is signed out and anonymised (${lang})`, async ({
    page,
    browser,
  }) => {
    const t = TEXT[lang];
    await inLanguage(page, lang);
    const email = await newPerson({ locale: lang });
    const { id } = (await userRow(email))!;
    await signInWithSession(page, email);
    await visit(page, "/omat-tiedot");
    await main(page).getByRole("link", { name: t.removalLink }).click();
    await expect(page).toHaveURL(`${BASE_URL}/omat-tiedot/poisto`);
    await expectAccessible(page);
    // Asked, taken back, asked again.
    await main(page).getByRole("button", { name: t.request }).click();
    await expect(main(page).getByRole("status")).toContainText(t.requested);
    await expectAccessible(page);
    await main(page).getByRole("button", { name: t.cancel }).click();
    await expect(main(page).getByRole("status")).toContainText(t.cancelled);
    await main(page).getByRole("button", { name: t.request }).click();
    await expect(main(page).getByRole("button", { name: t.cancel })).toBeVisible();

    const admin = await adminPage(browser, lang);
    await visit(admin, "/kayttajat/poistopyynnot");
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText(t.adminTitle);
    const item = admin.getByRole("listitem").filter({ hasText: email });
    await item.getByRole("button", { name: new RegExp(t.confirmRemoval) }).click();
    await expect(admin).toHaveURL(`${BASE_URL}/kayttajat/poistopyynnot?poistettu=1`);
    await expect(admin.getByRole("main").getByRole("status")).toContainText(t.confirmed);
    await expectAccessible(admin);
    await expect(admin.getByRole("main").getByText(email)).toHaveCount(0);
    await admin.context().close();

    const [row] = await query<{ name: string | null; email: string; anonymizedAt: Date | null; sessions: number }>(
      `SELECT name, email, "anonymizedAt", (SELECT count(*)::int FROM "Session" WHERE "userId" = u.id) AS sessions
       FROM "User" u WHERE id = $1`,
      [id],
    );
    expect(row).toMatchObject({ name: null, email: `removed-${id}@anonymized.invalid`, sessions: 0 });
    expect(row?.anonymizedAt).not.toBeNull();

    // Told at the address they had, through the outbox, in their language.
    const mail = await waitForMail(email);
    expect(mail.subject).toBe(
      lang === "fi" ? "PiKe-portaalin tilisi on poistettu" : "Your PiKe portal account has been removed",
    );

    // The person's open browser is signed out on its next request.
    await page.goto("/omat-tiedot");
    await expect(page).toHaveURL(/\/kirjaudu/);
    await expectAccessible(page);
  });
}

test("the removal requests page is not for others (404 for a coordinator)", async ({ page }) => {
  await inLanguage(page, "fi");
  await signInWithSession(page, "juli@tampere.fi");
  const response = await page.goto("/kayttajat/poistopyynnot");
  expect([200, 404]).toContain(response?.status());
  await expect(page.locator("[data-error-state]")).toHaveAttribute("data-error-state", "not-found");
  await expectAccessible(page);
});
