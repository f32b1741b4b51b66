// A programme's progress for those who lead (issue 13), in Chromium with an
// axe scan of every page and state: the coordinator opens the progress view,
// narrows it to the stuck with the filter form, sees the figures table and
// the chart, downloads the figures as CSV and XLSX (opened here), and sends
// the stuck a reminder after the confirmation step. The data is inserted
// with SQL: a programme of its own and three participants.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { expect, expectAccessible, query, signInWithSession, test, visit } from "./fixtures";

const main = (page: Page) => page.getByRole("main");

// "45 pv sitten" counts calendar days in Helsinki: noon there 45 days ago
// stays 45 days ago whatever the hour of the run (now() - 45 days is 44
// calendar days when CI runs near midnight, across the October clock change).
const HELSINKI_NOON_45_DAYS_AGO = `((date_trunc('day', now() AT TIME ZONE 'Europe/Helsinki') - interval '45 days' + interval '12 hours') AT TIME ZONE 'Europe/Helsinki')`;

async function programmeWithPeople() {
  const id = randomUUID().slice(0, 8);
  const [menu] = await query<{ id: string }>(
    `INSERT INTO "TrainingMenu" (slug, title, "periodStart", "periodEnd", status, "publishedAt")
     VALUES ($1, $2, current_date - 300, current_date + 60, 'PUBLISHED', now() - interval '300 days') RETURNING id`,
    [`e2e-ohjelma-${id}`, `E2E-ohjelmat ${id}`],
  );
  const title = `Etenemisen testiohjelma ${id}`;
  const slug = `e2e-eteneminen-${id}`;
  const [programme] = await query<{ id: string }>(
    `INSERT INTO "Offering" ("menuId", slug, kind, title, summary, deadline, "programmePublishedAt")
     VALUES ($1, $2, 'PROGRAMME', $3, 'Monivaiheinen kokonaisuus.', current_date + 20, now() - interval '300 days')
     RETURNING id`,
    [menu!.id, slug, title],
  );
  const parts = await query<{ id: string }>(
    `INSERT INTO "ProgrammeModule" ("offeringId", position, title)
     VALUES ($1, 1, 'Asiakaspalvelun perusteet'), ($1, 2, 'Haastavat tilanteet') RETURNING id`,
    [programme!.id],
  );
  const person = async (name: string, library: string) =>
    (
      await query<{ id: string }>(
        `INSERT INTO "User" (email, name, roles, "libraryId", "profileCompletedAt")
         SELECT $1, $2, ARRAY['STAFF']::"Role"[], id, now() FROM "Library" WHERE slug = $3 RETURNING id`,
        [`${name.toLowerCase().replace(/\s/g, ".")}.${id}@test.invalid`, `${name} ${id}`, library],
      )
    )[0]!.id;
  const stuck = await person("Jumissa Oleva", "valkeakoski");
  const done = await person("Valmis Suorittaja", "valkeakoski");
  const moving = await person("Etenevä Osallistuja", "muurame");
  await query(
    `INSERT INTO "ProgrammeParticipation" ("offeringId", "userId", status, "joinedAt", "completedAt", "lastProgressAt")
     VALUES ($1, $2, 'ACTIVE', now() - interval '90 days', NULL, ${HELSINKI_NOON_45_DAYS_AGO}),
            ($1, $3, 'COMPLETED', now() - interval '80 days', now() - interval '68 days', now() - interval '68 days'),
            ($1, $4, 'ACTIVE', now() - interval '20 days', NULL, now() - interval '2 days')`,
    [programme!.id, stuck, done, moving],
  );
  await query(
    `INSERT INTO "ModuleCompletion" ("moduleId", "userId", "completedAt")
     VALUES ($1, $3, ${HELSINKI_NOON_45_DAYS_AGO}), ($1, $4, now() - interval '75 days'), ($2, $4, now() - interval '68 days')`,
    [parts[0]!.id, parts[1]!.id, stuck, done],
  );
  return { id: programme!.id, slug, title, suffix: id };
}

test("the coordinator follows a programme's progress, its figures, downloads them and reminds the stuck", async ({
  page,
}) => {
  const p = await programmeWithPeople();
  await signInWithSession(page, "juli@tampere.fi");
  const path = `/koulutukset/hallinta/ohjelmat/${p.id}/eteneminen`;
  await visit(page, path);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Eteneminen: ${p.title}`);
  await expect(main(page).getByText("3 osallistujaa rajauksella.")).toBeVisible();

  // Narrow to the stuck with the filter form (a GET: the address is the list's state).
  await main(page).getByRole("checkbox", { name: "Ei edistymistä yli 30 päivään" }).check();
  await main(page).getByRole("button", { name: "Rajaa" }).click();
  // Empty choices travel too (library=&region=&…): the list reads them as "all".
  await expect(page).toHaveURL(/[?&]stuck=1$/);
  await expectAccessible(page);
  await expect(main(page).getByText("1 osallistujaa rajauksella.")).toBeVisible();
  const list = main(page).getByRole("region", { name: "Osallistujien eteneminen" });
  await expect(list.getByRole("row")).toHaveCount(2);
  const row = list.getByRole("row", { name: new RegExp(`Jumissa Oleva ${p.suffix}`) });
  await expect(row).toContainText("Valkeakosken kaupunginkirjasto");
  await expect(row).toContainText("1/2");
  await expect(row).toContainText("Haastavat tilanteet");
  await expect(row).toContainText("45 pv sitten");

  // The figures: a chart with its text alternative beside it.
  const chart = main(page).getByRole("img", { name: "Suoritusosuus kirjastoittain" });
  await expect(chart).toBeVisible();
  const libraries = main(page).getByRole("table", { name: "Kirjastoittain" });
  await expect(libraries.getByRole("row", { name: /Valkeakosken kaupunginkirjasto/ })).toContainText("2150");
  await expect(libraries.getByRole("row", { name: /Yhteensä/ })).toContainText("3133");
  await expect(
    main(page)
      .getByRole("table", { name: "Alueittain" })
      .getByRole("row", { name: /Keski-Suomi/ }),
  ).toBeVisible();

  // The figures as CSV for Finnish Excel, and as a workbook.
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    main(page).getByRole("link", { name: "CSV (Excel)" }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe(`luvut-${p.slug}.csv`);
  const bytes = await readFile(await csv.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").slice(1).split("\r\n");
  expect(lines[0]).toBe("Taso;Kirjasto;Alue;Aloittaneet;Suorittaneet;Suoritusosuus (%);Mediaani (pv)");
  expect(lines).toContain("Kirjasto;Valkeakosken kaupunginkirjasto;Pirkanmaa;2;1;50;12");
  expect(lines).toContain("Yhteensä;;;3;1;33;12");
  const [xlsx] = await Promise.all([
    page.waitForEvent("download"),
    main(page).getByRole("link", { name: "XLSX" }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toBe(`luvut-${p.slug}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await xlsx.path());
  const sheet = workbook.getWorksheet("Luvut")!;
  expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(lines[0]!.split(";"));
  expect(sheet.rowCount).toBe(lines.length - 1);

  // A reminder to the filtered group: the confirmation says how many, then one mail each goes to the queue.
  await main(page).getByRole("link", { name: "Lähetä muistutus rajatulle ryhmälle" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}/muistutus\\?stuck=1$`));
  await expect(main(page).getByText(/Lähetetäänkö muistutus 1 osallistujalle/)).toBeVisible();
  await expectAccessible(page);
  await main(page).getByRole("button", { name: "Lähetä muistutus" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}\\?stuck=1&muistutettu=1$`));
  await expect(main(page).getByText("Muistutus lähtee 1 osallistujalle.")).toBeVisible();
  await expectAccessible(page);
  const jobs = await query<{ count: string }>(
    `SELECT count(*) FROM "Job" j JOIN "ProgrammeParticipation" pp ON pp.id = (j.payload->>'participationId')::uuid
     WHERE j.name = 'email.programmeReminder' AND pp."offeringId" = $1`,
    [p.id],
  );
  expect(jobs[0]!.count).toBe("1");
});

test("a supervisor sees their own library's participants only", async ({ page }) => {
  const p = await programmeWithPeople();
  await signInWithSession(page, "esihenkilo@muurame.fi");
  await visit(page, `/koulutukset/hallinta/ohjelmat/${p.id}/eteneminen`);
  await expect(main(page).getByText("1 osallistujaa rajauksella.")).toBeVisible();
  await expect(main(page).getByText(`Etenevä Osallistuja ${p.suffix}`)).toBeVisible();
  await expect(main(page).getByText("Valkeakosken kaupunginkirjasto")).toHaveCount(0);
  await expect(main(page).getByRole("link", { name: "Lähetä muistutus rajatulle ryhmälle" })).toHaveCount(0);
});
