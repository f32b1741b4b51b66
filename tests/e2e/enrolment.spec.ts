import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import ICAL from "ical.js";
import { BASE_URL, expect, expectAccessible, mailsTo, query, signInWithSession, test, visit } from "./fixtures";

/** A published menu with one workshop and one session of one seat, registration open. */
async function oneSeatSession(): Promise<{ slug: string; sessionId: string }> {
  const id = randomUUID().slice(0, 8);
  const [menu] = await query<{ id: string }>(
    `INSERT INTO "TrainingMenu" (slug, title, "periodStart", "periodEnd", status, "publishedAt")
     VALUES ($1, $2, current_date, current_date + 90, 'PUBLISHED', now()) RETURNING id`,
    [`e2e-tarjotin-${id}`, `E2E-tarjotin ${id}`],
  );
  const slug = `e2e-ilmoittautuminen-${id}`;
  const [offering] = await query<{ id: string }>(
    `INSERT INTO "Offering" ("menuId", slug, kind, title, summary)
     VALUES ($1, $2, 'WORKSHOP', 'Ilmoittautumisen testityöpaja', 'Yksi paikka, jonotuslista.') RETURNING id`,
    [menu!.id, slug],
  );
  const [session] = await query<{ id: string }>(
    `INSERT INTO "TrainingSession" ("offeringId", title, "startsAt", "endsAt", place, capacity, "registrationOpensAt")
     VALUES ($1, 'Ainoa tilaisuus', now() + interval '10 days', now() + interval '10 days 3 hours',
             'Valkeakosken pääkirjasto', 1, now() - interval '1 day') RETURNING id`,
    [offering!.id],
  );
  return { slug, sessionId: session!.id };
}

async function signInAs(page: Page, email: string) {
  await page.context().clearCookies();
  await signInWithSession(page, email);
}

const main = (page: Page) => page.getByRole("main");

test("two staff enrol in a one-seat session; the first cancels in Omat koulutukset; the second is promoted", async ({
  page,
}) => {
  const { slug, sessionId } = await oneSeatSession();
  const offeringPath = `/koulutukset/${slug}`;

  // Signed out: a way to sign in that comes back here.
  await visit(page, offeringPath);
  const signInLink = main(page).getByRole("link", { name: /^Kirjaudu ja ilmoittaudu/ });
  await expect(signInLink).toHaveAttribute("href", `/kirjaudu?callbackUrl=${encodeURIComponent(offeringPath)}`);
  await expect(main(page).getByText("Paikkoja jäljellä: 1")).toBeVisible();

  // Marju takes the only seat: one click, and the answer is on the page.
  await signInAs(page, "marju@valkeakoski.fi");
  await visit(page, offeringPath);
  await main(page)
    .getByRole("button", { name: /^Ilmoittaudu/ })
    .click();
  await expect(main(page).getByRole("status")).toHaveText("Ilmoittautuminen vahvistettu");
  await expect(main(page).getByRole("button", { name: /^Peru ilmoittautuminen/ })).toBeVisible();
  await expectAccessible(page);

  // The second staff member joins the waitlist.
  await signInAs(page, "virkailija@valkeakoski.fi");
  await visit(page, offeringPath);
  await expect(main(page).getByText("Täynnä – liity jonotuslistalle")).toBeVisible();
  await main(page)
    .getByRole("button", { name: /^Ilmoittaudu jonotuslistalle/ })
    .click();
  await expect(main(page).getByRole("status")).toHaveText("Olet jonotuslistalla sijalla 1");
  await expectAccessible(page);

  // Marju cancels from "Omat koulutukset", reached through the user menu.
  await signInAs(page, "marju@valkeakoski.fi");
  await visit(page, "/");
  await page.getByRole("banner").locator("summary").click();
  await page.getByRole("banner").getByRole("link", { name: "Omat koulutukset" }).click();
  await expect(page).toHaveURL(`${BASE_URL}/omat-koulutukset`);
  await expectAccessible(page);
  const item = main(page).getByRole("listitem").filter({ hasText: "Ilmoittautumisen testityöpaja" });
  await expect(item.getByRole("status")).toHaveText("Ilmoittautuminen vahvistettu");

  // The confirmation step, by keyboard: focus moves to the safe choice, and back.
  await item.getByRole("button", { name: /^Peru ilmoittautuminen/ }).focus();
  await page.keyboard.press("Enter");
  const question = item.getByRole("group", { name: /Haluatko varmasti perua/ });
  await expect(question).toBeVisible();
  await expect(question.getByRole("button", { name: "Älä peru" })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press("Enter");
  await expect(question).toHaveCount(0);
  await expect(item.getByRole("button", { name: /^Peru ilmoittautuminen/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await item.getByRole("button", { name: "Kyllä, peru ilmoittautuminen" }).click();
  await expect(item.getByRole("status")).toHaveText("Ilmoittautuminen peruttu");
  await expect(item.getByRole("status")).toBeFocused();
  await expect(item.getByRole("button")).toHaveCount(0);
  await expectAccessible(page);

  // The seat went to the waitlist in the same transaction.
  const rows = await query<{ email: string; status: string; waitlistPosition: number | null }>(
    `SELECT u.email, e.status, e."waitlistPosition" FROM "Enrolment" e JOIN "User" u ON u.id = e."userId"
     WHERE e."sessionId" = $1 ORDER BY u.email`,
    [sessionId],
  );
  expect(rows).toEqual([
    { email: "marju@valkeakoski.fi", status: "CANCELLED", waitlistPosition: null },
    { email: "virkailija@valkeakoski.fi", status: "CONFIRMED", waitlistPosition: null },
  ]);

  // The second staff member sees the confirmed seat, in "Omat koulutukset" and on the session.
  await signInAs(page, "virkailija@valkeakoski.fi");
  await visit(page, "/omat-koulutukset");
  const promoted = main(page).getByRole("listitem").filter({ hasText: "Ilmoittautumisen testityöpaja" });
  await expect(promoted.getByRole("status")).toHaveText("Ilmoittautuminen vahvistettu");
  await visit(page, offeringPath);
  await expect(main(page).getByRole("status")).toHaveText("Ilmoittautuminen vahvistettu");

  // The worker sends the promotion mail, with the session as a valid calendar event.
  let promotion: ReturnType<typeof mailsTo>[number] | undefined;
  await expect
    .poll(
      () =>
        (promotion = mailsTo("virkailija@valkeakoski.fi").find(
          (m) => m.subject.startsWith("Pääsit mukaan:") && m.subject.includes("Ilmoittautumisen testityöpaja"),
        )),
      { timeout: 20_000, message: "the waitlist promotion mail" },
    )
    .toBeTruthy();
  const ics = promotion!.attachments.find((a) => a.contentType === "text/calendar");
  expect(ics, "a calendar invitation").toBeTruthy();
  expect(ics!.method).toBe("REQUEST");
  const calendar = new ICAL.Component(ICAL.parse(ics!.content) as unknown[]);
  const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
  expect(event.uid).toBe(`session-${sessionId}@pike-portaali`);
  expect(event.summary).toContain("Ilmoittautumisen testityöpaja");
});

test("Omat koulutukset asks a signed-out visitor to sign in", async ({ page }) => {
  await visit(page, "/omat-koulutukset");
  await expect(page).toHaveURL(/\/kirjaudu\?callbackUrl=(%2F|\/)omat-koulutukset$/);
});

test("staff of another library are told why they cannot enrol in a restricted session", async ({ page }) => {
  const { slug, sessionId } = await oneSeatSession();
  await query(
    `UPDATE "TrainingSession" SET eligibility = 'LIBRARY',
       "restrictedLibraryId" = (SELECT id FROM "Library" WHERE slug = 'muurame') WHERE id = $1`,
    [sessionId],
  );
  await signInWithSession(page, "marju@valkeakoski.fi");
  await visit(page, `/koulutukset/${slug}`);
  await expect(main(page).getByText(/Ilmoittautuminen on vain kirjaston .*Muura.* henkilökunnalle\./)).toBeVisible();
  await expect(main(page).getByRole("button", { name: /^Ilmoittaudu/ })).toHaveCount(0);
});
