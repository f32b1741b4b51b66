// The coordinators' side of the training menu in Chromium, with an axe scan
// of every page and state: a coordinator builds a menu, an offering and a
// session (one validation error shown inline on the way) and publishes it; a
// supervisor orders a workshop to their library and the coordinator schedules
// it; a staff member marks interest.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { mailsTo } from "../support/smtp";
import { expect, expectAccessible, expectNotFound, query, signInWithSession, test, visit } from "./fixtures";

const main = (page: Page) => page.getByRole("main");

async function signInAs(page: Page, email: string) {
  await page.context().clearCookies();
  await signInWithSession(page, email);
}

/** After a form's server action has redirected: wait for the new URL and scan it. */
async function arrivedAt(page: Page, url: RegExp) {
  await expect(page).toHaveURL(url);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
}

test("a coordinator creates a menu, an offering and a session, and publishes them", async ({ page }) => {
  const id = randomUUID().slice(0, 6);
  await signInAs(page, "juli@tampere.fi");
  await visit(page, "/");
  // The user menu leads to the management pages.
  await page.getByText("Juli", { exact: true }).click();
  await page.getByRole("link", { name: "Koulutusten hallinta" }).click();
  await arrivedAt(page, /\/koulutukset\/hallinta$/);

  // A new menu: a draft until published.
  await main(page).getByRole("link", { name: "Uusi tarjotin" }).click();
  await arrivedAt(page, /\/koulutukset\/hallinta\/tarjottimet\/uusi$/);
  await main(page).getByLabel(/^Nimi/).fill(`E2E-kesä ${id}`);
  await main(page)
    .getByLabel(/^Jakso alkaa/)
    .fill("2027-06-01");
  await main(page)
    .getByLabel(/^Jakso päättyy/)
    .fill("2027-08-31");
  await main(page).getByLabel("Esittely").fill("Kesän koulutukset.");
  await main(page).getByRole("button", { name: "Luo tarjotin" }).click();
  await arrivedAt(page, /\/koulutukset\/hallinta\/tarjottimet\/[0-9a-f-]{36}$/);
  const menuUrl = page.url();
  await expect(main(page).getByText("Luonnos").first()).toBeVisible();

  // An offering with a theme.
  await main(page).getByRole("link", { name: "Uusi koulutus tälle tarjottimelle" }).click();
  await arrivedAt(page, /\/uusi-koulutus$/);
  await main(page).getByLabel(/^Nimi/).fill(`Kesän digityöpaja ${id}`);
  await main(page)
    .getByLabel(/^Koulutustyyppi/)
    .selectOption({ label: "Työpaja" });
  await main(page).getByLabel("Tiivistelmä").fill("Digitaitoja kesäksi.");
  await main(page).getByRole("checkbox", { name: "Digiosaaminen" }).check();
  await main(page).getByRole("button", { name: "Luo koulutus" }).click();
  await arrivedAt(page, /\/koulutukset\/hallinta\/koulutukset\/[0-9a-f-]{36}$/);
  const slug = `kesan-digityopaja-${id}`;
  await expect(main(page).getByLabel(/^Osoitetunnus/)).toHaveValue(slug);

  // A session: first with an end before its start, shown inline.
  await main(page).getByRole("link", { name: "Uusi tilaisuus tälle koulutukselle" }).click();
  await arrivedAt(page, /\/uusi-tilaisuus$/);
  await main(page)
    .getByLabel(/^Alkaa/)
    .fill("2027-06-10T09:00");
  await main(page)
    .getByLabel(/^Päättyy/)
    .fill("2027-06-10T08:00");
  await main(page).getByLabel("Paikka tekstinä").fill("Valkeakosken pääkirjasto, Kauppilankatu 9");
  await main(page)
    .getByLabel(/^Paikkoja/)
    .fill("20");
  await main(page).getByRole("button", { name: "Lisää tilaisuus" }).click();
  const endsAt = main(page).getByLabel(/^Päättyy/);
  await expect(endsAt).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#endsAt-error")).toHaveText("Tilaisuuden on päätyttävä sen alkamisen jälkeen.");
  await expect(endsAt).toHaveAttribute("aria-describedby", /endsAt-error/);
  await expect(main(page).getByRole("alert")).toContainText("Lomakkeessa on virheitä");
  // What was typed is still there.
  await expect(main(page).getByLabel(/^Paikkoja/)).toHaveValue("20");
  await expectAccessible(page);

  await endsAt.fill("2027-06-10T12:00");
  await main(page).getByRole("button", { name: "Lisää tilaisuus" }).click();
  await arrivedAt(page, /\/koulutukset\/hallinta\/tilaisuudet\/[0-9a-f-]{36}\?uusi=1$/);
  const sessionUrl = page.url().replace(/\?.*$/, "");
  await expect(main(page).getByRole("status").filter({ hasText: "Tilaisuus on lisätty." })).toBeVisible();
  await expect(main(page).getByText("10.6.2027 klo 9.00–12.00").first()).toBeVisible();

  // Publish the menu: the session is on the public menu.
  await page.goto(menuUrl);
  await expectAccessible(page);
  await main(page).getByRole("button", { name: "Julkaise tarjotin" }).click();
  await expect(main(page).getByRole("status").filter({ hasText: "Tarjotin on julkaistu." })).toBeVisible();
  await expect(main(page).getByRole("button", { name: "Arkistoi tarjotin" })).toBeVisible();
  await expectAccessible(page);

  await visit(page, `/koulutukset/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Kesän digityöpaja ${id}`);
  await expect(main(page).getByText("10.6.2027 klo 9.00–12.00", { exact: true })).toBeVisible();
  await expect(main(page).getByText("Paikkoja jäljellä: 20")).toBeVisible();

  // Edit the published session, then cancel it after the confirmation step.
  await visit(page, sessionUrl);
  await main(page)
    .getByLabel(/^Paikkoja/)
    .fill("25");
  await main(page).getByRole("button", { name: "Tallenna muutokset" }).click();
  await expect(main(page).getByRole("status").filter({ hasText: "Muutokset on tallennettu." })).toBeVisible();
  await expectAccessible(page);
  await main(page).getByRole("link", { name: "Peru tilaisuus" }).click();
  await arrivedAt(page, /\/peru$/);
  await expect(main(page).getByText(/Haluatko varmasti perua tilaisuuden/)).toBeVisible();
  await main(page).getByRole("button", { name: "Kyllä, peru tilaisuus" }).click();
  await arrivedAt(page, /\?peruttu=1$/);
  await expect(main(page).getByText("Tilaisuus on peruttu, eikä sitä voi enää muokata.")).toBeVisible();

  // Themes are managed on a page of their own.
  await visit(page, "/koulutukset/hallinta/teemat");
  await main(page)
    .getByRole("link", { name: /Digiosaaminen/ })
    .click();
  await arrivedAt(page, /\/koulutukset\/hallinta\/teemat\/[0-9a-f-]{36}$/);

  // Staff cannot reach the management pages.
  await signInAs(page, "marju@valkeakoski.fi");
  await expectNotFound(page, await visit(page, "/koulutukset/hallinta"));
});

test("a supervisor orders a workshop to their library and the coordinator schedules it", async ({ page }) => {
  const offeringPath = "/koulutukset/digiopastuksen-rohkeus-kevat-2027";
  const message = `Toivomme työpajaa koko henkilökunnalle (${randomUUID().slice(0, 6)}).`;
  await signInAs(page, "esihenkilo@muurame.fi");
  await visit(page, offeringPath);
  await main(page).getByRole("link", { name: "Tilaa koulutus omaan kirjastoon" }).click();
  await arrivedAt(page, /\/tilaukset\/uusi\?koulutus=digiopastuksen-rohkeus-kevat-2027$/);
  await expect(main(page).getByLabel(/^Koulutus/)).toHaveValue(/[0-9a-f-]{36}/);

  // Too many participants first: the field says so.
  await main(page)
    .getByLabel(/^Toivotut ajankohdat/)
    .fill("Toukokuun 2027 tiistaiaamupäivät");
  await main(page)
    .getByLabel(/^Arvioitu osallistujamäärä/)
    .fill("900");
  await main(page).getByLabel("Viesti kehittämiskirjastolle").fill(message);
  await main(page).getByRole("button", { name: "Lähetä tilaus" }).click();
  await expect(page.locator("#expectedParticipants-error")).toHaveText(
    "Anna osallistujamäärä kokonaislukuna väliltä 1–500.",
  );
  await expectAccessible(page);
  await main(page)
    .getByLabel(/^Arvioitu osallistujamäärä/)
    .fill("12");
  await main(page).getByRole("button", { name: "Lähetä tilaus" }).click();
  await arrivedAt(page, /\/tilaukset\/[0-9a-f-]{36}\?uusi=1$/);
  const orderId = /\/tilaukset\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await expect(main(page).getByText("Odottaa käsittelyä")).toBeVisible();

  await visit(page, "/tilaukset");
  await expect(main(page).getByRole("heading", { name: "Kirjastosi tilaukset" })).toBeVisible();
  await expect(main(page).getByRole("heading", { name: "Henkilökunnan kiinnostus" })).toBeVisible();

  // The coordinator schedules it for Muurame's staff.
  await signInAs(page, "juli@tampere.fi");
  await visit(page, "/tilaukset");
  await main(page).getByRole("link", { name: "Digiopastuksen rohkeus -työpaja" }).first().waitFor();
  await visit(page, `/tilaukset/${orderId}`);
  await expect(main(page).getByText(message)).toBeVisible();
  const schedule = main(page)
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Luo tilaisuus ja aikatauluta" }) });
  await expect(schedule.getByLabel(/^Paikkoja/)).toHaveValue("12");
  await schedule.getByLabel(/^Tilaisuuden nimi/).fill("Muuramen tilaama digiopastustyöpaja");
  await schedule.getByLabel(/^Alkaa/).fill("2027-05-11T09:00");
  await schedule.getByLabel(/^Päättyy/).fill("2027-05-11T12:00");
  await schedule.getByRole("button", { name: "Luo tilaisuus ja aikatauluta" }).click();
  await arrivedAt(page, new RegExp(`/tilaukset/${orderId}\\?aikataulutettu=1$`));
  await expect(main(page).getByText(/^\W*Aikataulutettu$/)).toBeVisible();
  await expect(main(page).getByText("Vain kirjaston oman henkilökunnan ilmoittautumiset.")).toBeVisible();
  const [session] = await query<{ eligibility: string; library: string }>(
    `SELECT s.eligibility, l.slug AS library FROM "WorkshopOrder" o
       JOIN "TrainingSession" s ON s.id = o."sessionId" JOIN "Library" l ON l.id = s."restrictedLibraryId"
      WHERE o.id = $1`,
    [orderId],
  );
  expect(session).toEqual({ eligibility: "LIBRARY", library: "muurame" });

  // The supervisor is told by email and follows the status.
  await expect
    .poll(
      () =>
        mailsTo(process.env.E2E_MAIL_DIR ?? ".data/e2e-mail", "esihenkilo@muurame.fi").some(
          (mail) => mail.subject.includes("Digiopastuksen rohkeus") && mail.subject.includes("aikataulutettu"),
        ),
      { timeout: 15_000, message: "scheduling mail to the supervisor" },
    )
    .toBe(true);
  await signInAs(page, "esihenkilo@muurame.fi");
  await visit(page, `/tilaukset/${orderId}`);
  await expect(main(page).getByText(/^\W*Aikataulutettu$/)).toBeVisible();

  // Another library's supervisor, and staff, find no such order.
  const email = `esihenkilo-${randomUUID().slice(0, 6)}@valkeakoski.fi`;
  await query(
    `INSERT INTO "User" (email, name, roles, "libraryId", "profileCompletedAt")
     SELECT $1, 'Valkeakosken esihenkilö', ARRAY['SUPERVISOR']::"Role"[], id, now() FROM "Library" WHERE slug = 'valkeakoski'`,
    [email],
  );
  await signInAs(page, email);
  await expectNotFound(page, await visit(page, `/tilaukset/${orderId}`));
  await signInAs(page, "marju@valkeakoski.fi");
  await expectNotFound(page, await visit(page, `/tilaukset/${orderId}`));
});

test("a staff member marks interest in a workshop that is not open to them", async ({ page }) => {
  const offeringPath = "/koulutukset/kulttuurihyvinvointityopaja-kevat-2027";
  await signInAs(page, "virkailija@valkeakoski.fi");
  await visit(page, offeringPath);
  const section = main(page).getByRole("region", { name: "Kiinnostaako?" });
  // The demo data has Valkeakoski's interest already.
  await expect(section.getByText("Olet merkinnyt tämän koulutuksen kiinnostavaksi.")).toBeVisible();
  await section.getByRole("button", { name: "Poista kiinnostus" }).click();
  await expect(section.getByRole("status").filter({ hasText: "Kiinnostus on poistettu." })).toBeVisible();
  await expect(section.getByRole("button", { name: "Kiinnostaa" })).toBeVisible();
  await expectAccessible(page);
  await section.getByRole("button", { name: "Kiinnostaa" }).click();
  await expect(section.getByRole("status").filter({ hasText: "Merkitty: kiinnostaa." })).toBeVisible();
  await expect(section.getByRole("button", { name: "Poista kiinnostus" })).toBeVisible();
  await expectAccessible(page);
});
