// After the session, in Chromium with an axe scan of every page and state:
// a coordinator marks attendance for a past session (two confirmed, one on
// the waitlist, one cancelled), downloads the participant list as XLSX and
// CSV (opened here with exceljs and read byte by byte), the staff member who
// attended gives feedback once, and the coordinator sees the summary.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { BASE_URL, expect, expectAccessible, query, signInWithSession, test, visit } from "./fixtures";

const main = (page: Page) => page.getByRole("main");

async function signInAs(page: Page, email: string) {
  await page.context().clearCookies();
  await signInWithSession(page, email);
}

const enrol = (sessionId: string, email: string, status: string, position: number | null) =>
  query<{ id: string }>(
    `INSERT INTO "Enrolment" ("sessionId", "userId", status, "waitlistPosition", "cancelledAt", "createdAt")
     SELECT $1, id, $3::"EnrolmentStatus", $4::int,
            CASE WHEN $3 = 'CANCELLED' THEN now() - interval '3 days' END, now() - interval '10 days'
     FROM "User" WHERE email = $2 RETURNING id`,
    [sessionId, email, status, position],
  ).then((rows) => rows[0]!.id);

/** A published workshop whose only session was held two days ago, with its people. */
async function pastSession() {
  const id = randomUUID().slice(0, 8);
  const [menu] = await query<{ id: string }>(
    `INSERT INTO "TrainingMenu" (slug, title, "periodStart", "periodEnd", status, "publishedAt")
     VALUES ($1, $2, current_date - 30, current_date + 60, 'PUBLISHED', now() - interval '30 days') RETURNING id`,
    [`e2e-jalkeen-${id}`, `E2E-tarjotin ${id}`],
  );
  const slug = `e2e-palaute-${id}`;
  const title = `Palautteen testityöpaja ${id}`;
  const [offering] = await query<{ id: string }>(
    `INSERT INTO "Offering" ("menuId", slug, kind, title, summary)
     VALUES ($1, $2, 'WORKSHOP', $3, 'Pidetty työpaja.') RETURNING id`,
    [menu!.id, slug, title],
  );
  const [session] = await query<{ id: string; startsAt: Date }>(
    `INSERT INTO "TrainingSession" ("offeringId", title, "startsAt", "endsAt", place, capacity, "seatsTaken",
                                    "registrationOpensAt")
     VALUES ($1, 'Iltapäivä', now() - interval '2 days', now() - interval '2 days' + interval '3 hours',
             'Valkeakosken pääkirjasto', 2, 2, now() - interval '20 days') RETURNING id, "startsAt"`,
    [offering!.id],
  );
  const sessionId = session!.id;
  return {
    sessionId,
    offeringId: offering!.id,
    slug,
    title,
    day: new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Helsinki", dateStyle: "short" }).format(
      session!.startsAt,
    ),
    marju: await enrol(sessionId, "marju@valkeakoski.fi", "CONFIRMED", null),
    virkailija: await enrol(sessionId, "virkailija@valkeakoski.fi", "CONFIRMED", null),
    palokka: await enrol(sessionId, "palokka@jkl.fi", "WAITLISTED", 1),
    informaatikko: await enrol(sessionId, "informaatikko@jkl.fi", "CANCELLED", null),
  };
}

const HEADER = ["Nimi", "Sähköposti", "Kirjasto", "Tila", "Jonosija", "Ilmoittautunut"];

test("attendance, participant exports and feedback after a session", async ({ page }) => {
  const s = await pastSession();
  const sessionPath = `/koulutukset/hallinta/tilaisuudet/${s.sessionId}`;

  // The coordinator's session page: the seated, the waitlist with its position, the cancelled collapsed.
  await signInAs(page, "juli@tampere.fi");
  await visit(page, sessionPath);
  const list = main(page).getByRole("region", { name: "Osallistujat" });
  await expect(list.getByRole("heading", { name: "Paikan saaneet (2)" })).toBeVisible();
  await expect(list.getByRole("heading", { name: "Jonotuslista (1)" })).toBeVisible();
  await expect(list.getByRole("row").filter({ hasText: "palokka@jkl.fi" }).getByRole("cell").first()).toHaveText("1");
  await expect(list.getByText("informaatikko@jkl.fi")).toBeHidden();
  await list.getByText("Peruneet (1)").click();
  await expect(list.getByText("informaatikko@jkl.fi")).toBeVisible();
  await expectAccessible(page);

  // Saving with nothing chosen says what to do.
  const save = list.getByRole("button", { name: "Tallenna osallistuminen" });
  await save.click();
  await expect(list.getByRole("alert")).toContainText("Valitse ainakin yhden osallistujan kohdalta");
  await expect(list.getByRole("alert")).toBeFocused();
  await expectAccessible(page);

  // By keyboard: Marju attended; the other one did not come.
  const marju = list.getByRole("group", { name: "Marju" });
  await expect(marju).toHaveAccessibleDescription(/marju@valkeakoski\.fi · Valkeakosken kaupunginkirjasto/);
  await marju.getByRole("radio", { name: "Osallistui" }).focus();
  await page.keyboard.press("Space");
  await expect(marju.getByRole("radio", { name: "Osallistui" })).toBeChecked();
  const other = list.getByRole("group", { name: "Valkeakosken kirjastovirkailija (demo)" });
  await other.getByRole("radio", { name: "Osallistui" }).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowRight");
  await expect(other.getByRole("radio", { name: "Ei saapunut" })).toBeChecked();
  await save.focus();
  await page.keyboard.press("Enter");
  await expect(list.getByRole("status")).toHaveText(
    "Osallistuminen on tallennettu: osallistui 1, ei saapunut 1. Muuttuneita merkintöjä 2.",
  );
  await expectAccessible(page);
  const statuses = await query<{ id: string; status: string }>(
    `SELECT id, status FROM "Enrolment" WHERE "sessionId" = $1 ORDER BY status`,
    [s.sessionId],
  );
  expect(Object.fromEntries(statuses.map((r) => [r.id, r.status]))).toEqual({
    [s.marju]: "ATTENDED",
    [s.virkailija]: "NO_SHOW",
    [s.palokka]: "WAITLISTED",
    [s.informaatikko]: "CANCELLED",
  });
  const audits = await query<{ count: string }>(
    `SELECT count(*) FROM "AuditEvent" WHERE action = 'enrolment.attendance' AND "entityId" IN ($1, $2)`,
    [s.marju, s.virkailija],
  );
  expect(audits[0]!.count).toBe("2");

  // The participant list as an Excel workbook, opened with exceljs.
  const exports = main(page).getByRole("region", { name: "Osallistujalista tiedostona" });
  const [xlsx] = await Promise.all([
    page.waitForEvent("download"),
    exports.getByRole("link", { name: /Excel-tiedosto \(XLSX\)/ }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toBe(`osallistujat-${s.slug}-${s.day}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await xlsx.path());
  const sheet = workbook.getWorksheet("Osallistujat")!;
  expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
  const sheetRows = [2, 3, 4].map((n) => (sheet.getRow(n).values as unknown[]).slice(1));
  expect(sheetRows.map((r) => r.slice(0, 5))).toEqual([
    ["Marju", "marju@valkeakoski.fi", "Valkeakosken kaupunginkirjasto", "Osallistui", undefined],
    [
      "Valkeakosken kirjastovirkailija (demo)",
      "virkailija@valkeakoski.fi",
      "Valkeakosken kaupunginkirjasto",
      "Ei saapunut",
      undefined,
    ],
    [expect.stringContaining("(demo)"), "palokka@jkl.fi", expect.any(String), "Jonossa", 1],
  ]);
  expect(sheetRows[0]![5]).toBeInstanceOf(Date);
  expect(sheet.rowCount).toBe(4);

  // The same list as CSV for Finnish Excel: BOM, semicolons, CRLF.
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    exports.getByRole("link", { name: /CSV-tiedosto/ }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe(`osallistujat-${s.slug}-${s.day}.csv`);
  const bytes = await readFile(await csv.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").slice(1).split("\r\n");
  expect(lines.at(-1)).toBe("");
  expect(lines[0]).toBe(HEADER.join(";"));
  expect(lines.slice(1, -1).map((line) => line.split(";").slice(0, 5))).toEqual([
    ["Marju", "marju@valkeakoski.fi", "Valkeakosken kaupunginkirjasto", "Osallistui", ""],
    [
      "Valkeakosken kirjastovirkailija (demo)",
      "virkailija@valkeakoski.fi",
      "Valkeakosken kaupunginkirjasto",
      "Ei saapunut",
      "",
    ],
    [expect.stringContaining("(demo)"), "palokka@jkl.fi", expect.any(String), "Jonossa", "1"],
  ]);
  expect(lines[1]!.split(";")[5]).toMatch(/^\d{1,2}\.\d{1,2}\.\d{4} \d{1,2}\.\d{2}$/);
  expect(bytes.toString("utf8")).not.toContain("informaatikko@jkl.fi");

  // The one who did not come is not asked for feedback.
  await signInAs(page, "virkailija@valkeakoski.fi");
  await visit(page, "/omat-koulutukset");
  const missed = main(page).getByRole("listitem").filter({ hasText: s.title });
  await expect(missed.getByText("Et osallistunut")).toBeVisible();
  await expect(missed.getByRole("link", { name: /Anna palaute/ })).toHaveCount(0);

  // Marju attended: "Anna palaute" in Omat koulutukset leads to the form.
  await signInAs(page, "marju@valkeakoski.fi");
  await visit(page, "/omat-koulutukset");
  const attended = main(page).getByRole("listitem").filter({ hasText: s.title });
  await expect(attended.getByText("Osallistuit")).toBeVisible();
  await attended.getByRole("link", { name: `Anna palaute: ${s.title}` }).click();
  const feedbackPath = `/omat-koulutukset/palaute/${s.marju}`;
  await expect(page).toHaveURL(`${BASE_URL}${feedbackPath}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Palaute: ${s.title}`);
  await expectAccessible(page);

  // Without a rating: the message is beside the radio group.
  const comment = main(page).getByLabel("Kommentti");
  await comment.fill("Käytännöllisiä vinkkejä asiakaspalveluun.");
  await main(page).getByRole("button", { name: "Lähetä palaute" }).click();
  await expect(main(page).getByRole("alert")).toContainText("Arvosana: Valitse arvosana 1–5.");
  const rating = main(page).getByRole("group", { name: /^Arvosana/ });
  await expect(rating).toHaveAccessibleDescription(/Valitse arvosana 1–5\./);
  await expect(comment).toHaveValue("Käytännöllisiä vinkkejä asiakaspalveluun.");
  await expectAccessible(page);

  await rating.getByRole("radio", { name: "4 – hyvä" }).check();
  await main(page).getByRole("button", { name: "Lähetä palaute" }).click();
  await expect(page).toHaveURL(`${BASE_URL}${feedbackPath}?kiitos=1`);
  await expect(main(page).getByRole("status")).toHaveText("Kiitos palautteestasi!");
  await expect(main(page).getByText("4 – hyvä")).toBeVisible();
  await expect(main(page).getByRole("button", { name: "Lähetä palaute" })).toHaveCount(0);
  await expectAccessible(page);

  // Once: the page now shows what was given, and Omat koulutukset says so.
  await visit(page, feedbackPath);
  await expect(main(page).getByRole("heading", { name: "Antamasi palaute" })).toBeVisible();
  await expect(main(page).getByRole("radio")).toHaveCount(0);
  await visit(page, "/omat-koulutukset");
  await expect(attended.getByText("Olet antanut palautteen. Kiitos!")).toBeVisible();
  await expect(attended.getByRole("link", { name: /Anna palaute/ })).toHaveCount(0);
  const stored = await query<{ rating: number; comment: string }>(
    `SELECT rating, comment FROM "Feedback" WHERE "enrolmentId" = $1`,
    [s.marju],
  );
  expect(stored).toEqual([{ rating: 4, comment: "Käytännöllisiä vinkkejä asiakaspalveluun." }]);

  // The coordinator sees the summary on the offering's page, without names.
  await signInAs(page, "juli@tampere.fi");
  await visit(page, `/koulutukset/hallinta/koulutukset/${s.offeringId}`);
  const summary = main(page).getByRole("region", { name: "Palaute" });
  await expect(summary.getByText("1 palaute (1 tilaisuudesta)")).toBeVisible();
  await expect(summary.getByText("Keskiarvo 4,0 / 5")).toBeVisible();
  const distribution = summary.getByRole("table", { name: "Arvosanojen jakauma" });
  await expect(distribution.getByRole("row", { name: /4 – hyvä/ }).getByRole("cell")).toHaveText("1");
  await expect(distribution.getByRole("row", { name: /5 – erinomainen/ }).getByRole("cell")).toHaveText("0");
  await expect(summary.getByText("Käytännöllisiä vinkkejä asiakaspalveluun.")).toBeVisible();
  await expect(summary.getByText("Marju")).toHaveCount(0);
});

test("exports need a coordinator: a staff member gets 403, a signed-out visitor 401", async ({ page }) => {
  const s = await pastSession();
  const path = `/api/exports/sessions/${s.sessionId}/participants.csv`;
  expect((await page.request.get(path)).status()).toBe(401);
  await signInWithSession(page, "marju@valkeakoski.fi");
  const staff = await page.request.get(path);
  expect(staff.status()).toBe(403);
  expect(await staff.text()).not.toContain("marju@valkeakoski.fi");
});
