// A programme end to end (issue 13): a staff member opens the programme's
// page, goes to their own progress, joins, marks the parts done with
// reflections (an empty one is refused at the field), completes the
// programme, downloads the certificate as a PDF and opens its public
// verification page, which says it is genuine; then a coordinator sees the
// completion in the programme's figures for the participant's library and
// downloads the figures (CSV and XLSX, opened here). axe on every state.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { expect, expectAccessible, query, signInWithSession, test, visit } from "./fixtures";

const main = (page: Page) => page.getByRole("main");

/** A published programme of two self-reported parts in the published spring menu. */
async function createProgramme() {
  const id = randomUUID().slice(0, 8);
  const title = `Testiajokortti ${id}`;
  const [offering] = await query<{ id: string; slug: string }>(
    `INSERT INTO "Offering" ("menuId", slug, kind, title, summary, deadline, "programmePublishedAt")
     SELECT id, $1, 'PROGRAMME', $2, 'Kaksiosainen testikokonaisuus.', '2027-12-31', now()
     FROM "TrainingMenu" WHERE slug = 'kevat-2027' RETURNING id, slug`,
    [`e2e-ohjelma-${id}`, title],
  );
  await query(
    `INSERT INTO "ProgrammeModule" ("offeringId", position, title, description, mode)
     VALUES ($1, 1, 'Kohtaaminen', 'Arvostava kohtaaminen.', 'SELF_REPORTED'),
            ($1, 2, 'Rajaaminen', 'Oman työn rajaaminen.', 'SELF_REPORTED')`,
    [offering!.id],
  );
  return { ...offering!, title };
}

/** Completed participations of the programme from one person's library. */
async function completedFromLibraryOf(offeringId: string, email: string) {
  const [row] = await query<{ completed: number; library: string }>(
    `SELECT l.name AS library,
            (SELECT count(*) FROM "ProgrammeParticipation" p JOIN "User" pu ON pu.id = p."userId"
              WHERE p."offeringId" = $1 AND p.status = 'COMPLETED' AND pu."libraryId" = l.id)::int AS completed
       FROM "User" u JOIN "Library" l ON l.id = u."libraryId" WHERE u.email = $2`,
    [offeringId, email],
  );
  return row!;
}

/** The figures table's cells of one row: started, completed, rate, median. */
const figureCells = async (row: Locator) => (await row.getByRole("cell").allInnerTexts()).map((t) => t.trim());

test("join → parts done → certificate PDF → genuine → the coordinator sees it in the library figures and exports them", async ({
  page,
}) => {
  const programme = await createProgramme();
  try {
    const before = await completedFromLibraryOf(programme.id, "marju@valkeakoski.fi");
    await page.context().clearCookies();
    await signInWithSession(page, "marju@valkeakoski.fi");

    await visit(page, `/koulutukset/${programme.slug}`);
    await expect(main(page).getByRole("heading", { name: "Kohtaaminen" })).toBeVisible();
    await expect(main(page)).toContainText("Suoritettava viimeistään 31.12.2027");
    await expectAccessible(page);
    await main(page).getByRole("link", { name: "Oma eteneminen" }).click();
    await page.waitForURL(new RegExp(`/koulutukset/${programme.slug}/eteneminen$`));
    await expect(main(page)).toContainText("Et ole vielä mukana");
    await expectAccessible(page);

    await main(page).getByRole("button", { name: "Liity mukaan" }).click();
    await expect(main(page).getByRole("button", { name: "Merkitse tehdyksi: Kohtaaminen" })).toBeVisible();
    await expect(main(page)).toContainText("0 / 2 pakollisesta osiosta tehty");
    await expectAccessible(page);

    // An empty reflection is refused at its field, and nothing is written.
    await main(page).getByRole("button", { name: "Merkitse tehdyksi: Kohtaaminen" }).click();
    await expect(main(page).getByRole("alert")).toContainText("Pohdinta");
    await expect(
      main(page)
        .getByRole("textbox", { name: /Pohdinta/ })
        .first(),
    ).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);

    await main(page)
      .getByRole("textbox", { name: /Pohdinta/ })
      .first()
      .fill("Tervehdin jokaista asiakasta.");
    await main(page).getByRole("button", { name: "Merkitse tehdyksi: Kohtaaminen" }).click();
    await expect(main(page)).toContainText("1 / 2 pakollisesta osiosta tehty");
    await expect(main(page)).toContainText("Seuraavaksi: Rajaaminen");
    await expectAccessible(page);

    await main(page)
      .getByRole("textbox", { name: /Pohdinta/ })
      .fill("Kerron rauhallisesti, mitä voin tehdä.");
    await main(page).getByRole("button", { name: "Merkitse tehdyksi: Rajaaminen" }).click();
    await expect(main(page).getByRole("heading", { name: "Todistus" })).toBeVisible();
    await expect(main(page)).toContainText("2 / 2 pakollisesta osiosta tehty");
    await expectAccessible(page);

    const [row] = await query<{ status: string; code: string }>(
      `SELECT p.status, c.code FROM "ProgrammeParticipation" p JOIN "ProgrammeCertificate" c ON c."participationId" = p.id
       WHERE p."offeringId" = $1`,
      [programme.id],
    );
    expect(row?.status).toBe("COMPLETED");

    // The certificate downloads as a PDF.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      main(page).getByRole("link", { name: "Lataa todistus suomeksi (PDF)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`todistus-${programme.slug}.pdf`);
    expect((await readFile(await download.path())).subarray(0, 5).toString()).toBe("%PDF-");

    // "Omat koulutukset" lists it as completed.
    await visit(page, "/omat-koulutukset");
    await expect(main(page).getByRole("listitem").filter({ hasText: programme.title })).toContainText("Suoritettu");
    await expectAccessible(page);

    // The public verification page, signed out.
    await page.context().clearCookies();
    await visit(page, `/todistus/${row!.code}`);
    await expect(main(page).getByRole("status")).toContainText("Todistus on aito ja voimassa.");
    await expect(main(page)).toContainText(programme.title);
    await expect(main(page)).toContainText("Rajaaminen");
    await expectAccessible(page);

    // A mistyped code, through the form.
    await main(page).getByLabel("Tarkistuskoodi").fill(row!.code.slice(0, -1));
    await main(page).getByRole("button", { name: "Tarkista" }).click();
    await expect(main(page).getByRole("alert")).toContainText("Tällä koodilla ei löydy todistusta");
    await expectAccessible(page);

    // The coordinator: the completion counts in Marju's library's figures.
    await signInWithSession(page, "juli@tampere.fi");
    await visit(page, `/koulutukset/hallinta/ohjelmat/${programme.id}/eteneminen`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Eteneminen: ${programme.title}`);
    await expectAccessible(page);
    const libraries = main(page).getByRole("table", { name: "Kirjastoittain" });
    const libraryRow = libraries.getByRole("row", { name: new RegExp(before.library) });
    // Started, completed, rate (%), median days (completed the day they joined).
    await expect.poll(() => figureCells(libraryRow)).toEqual(["1", String(before.completed + 1), "100", "0"]);
    expect((await completedFromLibraryOf(programme.id, "marju@valkeakoski.fi")).completed).toBe(before.completed + 1);
    await expect(main(page).getByRole("row", { name: /Marju/ })).toContainText("Suoritettu");

    // The figures open as CSV for Finnish Excel and as a workbook.
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      main(page).getByRole("link", { name: "CSV (Excel)" }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe(`luvut-${programme.slug}.csv`);
    const lines = (await readFile(await csv.path()))
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(lines[0]).toBe("Taso;Kirjasto;Alue;Aloittaneet;Suorittaneet;Suoritusosuus (%);Mediaani (pv)");
    expect(lines).toContain(`Kirjasto;${before.library};Pirkanmaa;1;${before.completed + 1};100;0`);
    expect(lines).toContain(`Yhteensä;;;1;1;100;0`);
    const [xlsx] = await Promise.all([
      page.waitForEvent("download"),
      main(page).getByRole("link", { name: "XLSX" }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe(`luvut-${programme.slug}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await xlsx.path());
    const sheet = workbook.getWorksheet("Luvut")!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(lines[0]!.split(";"));
    const rows = Array.from({ length: sheet.rowCount }, (_, i) => (sheet.getRow(i + 1).values as unknown[]).slice(1));
    expect(rows).toContainEqual(["Kirjasto", before.library, "Pirkanmaa", 1, before.completed + 1, 100, 0]);
  } finally {
    await query(`DELETE FROM "Offering" WHERE id = $1`, [programme.id]);
  }
});
