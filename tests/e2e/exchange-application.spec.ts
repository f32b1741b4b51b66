// A job-shadowing application end to end (issue 15 item 3), axe on every page
// and state: a staff member finds the offer, applies with a motivation and two
// days (a first try without days is refused) → their supervisor, by the
// consent mail's link, consents → the host sees it (not before), accepting
// without a day is refused, accepts one with a message → the applicant sees
// the agreed day and withdraws, which frees the place. After a visit (issue
// 15 item 4): both sides report (a first try without text is refused), the
// coordinators' mail, the coordinator completes, and the consented report is
// published under its theme while the other is not.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import {
  expect,
  expectAccessible,
  expectNotFound,
  query,
  signInWithSession,
  test,
  visit,
  waitForMail,
} from "./fixtures";

const main = (page: Page) => page.getByRole("main");

async function person(key: string, id: string, library: string, role = "STAFF") {
  const email = `vaihto-${key}-${id}@${library}.fi`;
  const name = `Vaihto ${key} ${id}`;
  const [row] = await query<{ id: string }>(
    `INSERT INTO "User" (email, name, roles, "libraryId", "profileCompletedAt")
     VALUES ($1, $2, ARRAY[$3]::"Role"[], (SELECT id FROM "Library" WHERE slug = $4), now()) RETURNING id`,
    [email, name, role, library],
  );
  return { id: row!.id, email, name };
}

async function as(page: Page, email: string) {
  await page.context().clearCookies();
  await signInWithSession(page, email);
}

test("consent → the host accepts a day → the applicant withdraws", async ({ page }) => {
  const id = randomUUID().slice(0, 8);
  const applicant = await person("hakija", id, "nokia");
  const supervisor = await person("esihenkilo", id, "nokia", "SUPERVISOR");
  const host = await person("vastaanottaja", id, "tampere");
  const [round] = await query<{ id: string }>(
    `INSERT INTO "ExchangeRound" (year, title, status, "offerOpensAt", "offerClosesAt", "applicationOpensAt",
       "applicationClosesAt", "visitStartsOn", "visitEndsOn")
     VALUES (2096, $1, 'OPEN', current_date - 30, current_date - 6, current_date - 5, current_date + 20,
       current_date + 30, current_date + 90) RETURNING id`,
    [`E2E-kierros ${id}`],
  );
  const [offer] = await query<{ id: string }>(
    `INSERT INTO "ExchangeOffer" ("roundId", "hostLibraryId", "hostPersonId", title, "startDate", "endDate", places)
     VALUES ($1, (SELECT id FROM "Library" WHERE slug = 'tampere'), $2, $3, current_date + 40, current_date + 45, 1)
     RETURNING id`,
    [round!.id, host.id, `E2E-vaihtopaikka ${id}`],
  );
  // Two weekdays of the offer's range (the form offers weekdays only).
  const weekdays = await query<{ day: string }>(
    `SELECT to_char(d, 'FMDD.FMMM.YYYY') AS day FROM generate_series(current_date + 41, current_date + 45, '1 day') d
      WHERE extract(isodow FROM d) < 6 ORDER BY d LIMIT 2`,
  );
  const days = { first: weekdays[0]!.day, second: weekdays[1]!.day };

  // The applicant finds the offer and applies: without days first, then with two.
  await as(page, applicant.email);
  await visit(page, "/tyon-varjostus/paikat");
  await main(page)
    .getByRole("link", { name: `E2E-vaihtopaikka ${id}` })
    .click();
  await expect(page).toHaveURL(new RegExp(`/tyon-varjostus/paikat/${offer!.id}$`));
  await expectAccessible(page);
  await main(page)
    .getByLabel(/^Perustelut/)
    .fill("Haluan nähdä tapahtumatuotannon.");
  await main(page).getByRole("button", { name: "Lähetä hakemus" }).click();
  await expect(main(page).getByRole("alert").first()).toContainText("Valitse vähintään yksi sopiva päivä.");
  await expectAccessible(page);
  await main(page).getByRole("checkbox", { name: days.first }).check();
  await main(page).getByRole("checkbox", { name: days.second }).check();
  await main(page).getByRole("button", { name: "Lähetä hakemus" }).click();
  await expect(page).toHaveURL(/\/tyon-varjostus\/hakemukset\/[0-9a-f-]{36}\?tehty=haettu$/);
  await expect(main(page)).toContainText("Odottaa esihenkilön lupaa");
  await expectAccessible(page);
  const path = new URL(page.url()).pathname;

  // The supervisor's mail leads to the application.
  const consentMail = await waitForMail(supervisor.email);
  expect(consentMail.text).toContain(path);

  // The host does not see it before the supervisor's consent.
  await as(page, host.email);
  await expectNotFound(page, await visit(page, path));

  // The supervisor consents.
  await as(page, supervisor.email);
  await visit(page, path);
  await expect(main(page)).toContainText("Odottaa esihenkilön lupaa");
  await expect(main(page)).toContainText("Haluan nähdä tapahtumatuotannon.");
  await expectAccessible(page);
  await main(page).getByRole("button", { name: "Annan luvan" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}\\?tehty=lupa$`));
  await expect(main(page).getByRole("status").filter({ hasText: "Lupa annettu." })).toBeVisible();
  await expect(main(page)).toContainText("Vastaanottajalla");
  await expectAccessible(page);

  // The host: accepting without a day is refused with the field's message, then a day is chosen.
  await as(page, host.email);
  await visit(page, path);
  await expect(main(page).getByText("Yksi paikka vapaana.")).toBeVisible();
  await expectAccessible(page);
  await main(page).getByRole("button", { name: "Hyväksy hakemus" }).click();
  await expect(main(page).getByRole("alert").first()).toBeVisible();
  await expectAccessible(page);
  await main(page).getByRole("radio", { name: days.second }).check();
  await main(page)
    .getByLabel(/^Viesti hakijalle$/)
    .fill("Tervetuloa klo 9 pääovelle.");
  await main(page).getByRole("button", { name: "Hyväksy hakemus" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}\\?tehty=hyvaksytty$`));
  await expect(main(page)).toContainText("Hyväksytty");
  await expectAccessible(page);

  // The applicant sees the agreed day and the message, and withdraws; the place is free again.
  await as(page, applicant.email);
  await visit(page, path);
  await expect(main(page)).toContainText(days.second);
  await expect(main(page)).toContainText("Tervetuloa klo 9 pääovelle.");
  await expectAccessible(page);
  await main(page).getByRole("button", { name: "Peru hakemus" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}\\?tehty=peruttu$`));
  await expect(main(page)).toContainText("Peruttu");
  await expectAccessible(page);
  const [state] = await query<{ placesTaken: number }>(`SELECT "placesTaken" FROM "ExchangeOffer" WHERE id = $1`, [
    offer!.id,
  ]);
  expect(state?.placesTaken).toBe(0);
});

test("after the visit: both reports → the coordinator completes → the consented report is published", async ({
  page,
}) => {
  const id = randomUUID().slice(0, 8);
  const visitor = await person("vierailija", id, "nokia");
  const host = await person("isanta", id, "tampere");
  const coordinator = await person("koordinaattori", id, "tampere", "COORDINATOR");
  const reader = await person("lukija", id, "muurame");
  const [round] = await query<{ id: string }>(
    `INSERT INTO "ExchangeRound" (year, title, status, "offerOpensAt", "offerClosesAt", "applicationOpensAt",
       "applicationClosesAt", "visitStartsOn", "visitEndsOn")
     VALUES (2095, $1, 'OPEN', current_date - 60, current_date - 50, current_date - 45, current_date - 30,
       current_date - 20, current_date + 20) RETURNING id`,
    [`E2E-raporttikierros ${id}`],
  );
  const [offer] = await query<{ id: string }>(
    `INSERT INTO "ExchangeOffer" ("roundId", "hostLibraryId", "hostPersonId", title, themes, "startDate", "endDate",
       places, "placesTaken")
     VALUES ($1, (SELECT id FROM "Library" WHERE slug = 'tampere'), $2, $3, ARRAY['asiakaspalvelu'],
       current_date - 5, current_date - 1, 2, 1)
     RETURNING id`,
    [round!.id, host.id, `E2E-raporttipaikka ${id}`],
  );
  const [application] = await query<{ id: string }>(
    `INSERT INTO "ExchangeApplication" ("offerId", "applicantId", "fromLibraryId", status, "preferredDates",
       "visitDate", "submittedAt", "decidedAt")
     VALUES ($1, $2, (SELECT id FROM "Library" WHERE slug = 'nokia'), 'ACCEPTED', ARRAY[current_date - 2],
       current_date - 2, now() - interval '40 days', now() - interval '35 days')
     RETURNING id`,
    [offer!.id, visitor.id],
  );
  const path = `/tyon-varjostus/hakemukset/${application!.id}`;
  const learned = `Palautekooste viikoittain ${id}`;
  const hostLearned = `Vierailija kysyi hyviä kysymyksiä ${id}`;

  // The visitor: a report without text is refused; then written, with consent to publish.
  await as(page, visitor.email);
  await visit(page, path);
  await expectAccessible(page);
  const visitorForm = main(page).getByRole("region", { name: "Vierailijan raportti" });
  await visitorForm.getByRole("button", { name: "Tallenna raportti" }).click();
  await expect(main(page).getByRole("alert").first()).toBeVisible();
  await expectAccessible(page);
  await visitorForm.getByLabel(/^Mitä opin/).fill(learned);
  await visitorForm.getByLabel(/^Mitä vien kotiin/).fill("Kokeilemme koostetta omassa kirjastossa.");
  await visitorForm.getByRole("checkbox", { name: /saa julkaista/ }).check();
  await visitorForm.getByRole("button", { name: "Tallenna raportti" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}\\?tehty=raportti$`));
  await expect(main(page)).toContainText(learned);
  await expect(main(page)).toContainText("Julkaisulupa annettu");
  await expectAccessible(page);

  // The host writes theirs without consent; the coordinators hear that both are in.
  await as(page, host.email);
  await visit(page, path);
  const hostForm = main(page).getByRole("region", { name: "Vastaanottajan raportti" });
  await hostForm.getByLabel(/^Mitä opin/).fill(hostLearned);
  await hostForm.getByRole("button", { name: "Tallenna raportti" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}\\?tehty=raportti$`));
  await expect(main(page)).toContainText("Ei julkaisulupaa");
  await expectAccessible(page);
  const ready = await waitForMail(coordinator.email);
  expect(ready.text).toContain(path);

  // The coordinator completes it: the consented report is published, both sides are told.
  await as(page, coordinator.email);
  await visit(page, path);
  await expectAccessible(page);
  await main(page).getByRole("button", { name: "Merkitse toteutuneeksi" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}\\?tehty=toteutunut$`));
  await expect(main(page)).toContainText("Toteutunut");
  await expectAccessible(page);
  expect((await waitForMail(visitor.email)).subject).toContain("Vaihto toteutunut");

  // Any signed-in staff member reads it under its theme; the host's report stays unpublished.
  await as(page, reader.email);
  await visit(page, "/tyon-varjostus/raportit?teema=asiakaspalvelu");
  await expect(main(page)).toContainText(learned);
  await expect(main(page)).not.toContainText(hostLearned);
  await expectAccessible(page);
});
