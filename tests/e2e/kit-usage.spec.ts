// Use and feedback of PiKe boxes (issue 12 item 6, ADR 27), in Chromium with
// axe on every page and state: a library answers the feedback of an ended
// loan (inserted here by SQL; wrong input first), then the coordinator opens
// the usage figures, sees the loan's figures and comment, and downloads them
// as XLSX and CSV.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { expect, expectAccessible, expectNotFound, query, signInWithSession, test, visit } from "./fixtures";

const main = (page: Page) => page.getByRole("main");

async function endedLoan() {
  const id = randomUUID().slice(0, 8);
  const name = `Käyttötestiboksi ${id}`;
  const [kit] = await query<{ id: string }>(
    `INSERT INTO "Kit" (slug, name, "shippingDays", status) VALUES ($1, $2, 0, 'AVAILABLE') RETURNING id`,
    [`e2e-kaytto-${id}`, name],
  );
  const [loan] = await query<{ id: string; start: string; end: string }>(
    `INSERT INTO "KitReservation" ("kitId", "libraryId", "startDate", "endDate", status)
     SELECT $1, id, CURRENT_DATE - 9, CURRENT_DATE - 5, 'RETURNED' FROM "Library" WHERE slug = 'valkeakoski'
     RETURNING id, to_char("startDate", 'YYYY-MM-DD') AS start, to_char("endDate", 'YYYY-MM-DD') AS "end"`,
    [kit!.id],
  );
  return { kitId: kit!.id, name, ...loan! };
}

test("a library answers feedback for an ended loan; the coordinator sees the figures and exports them", async ({
  page,
}) => {
  const loan = await endedLoan();
  try {
    await page.context().clearCookies();
    await signInWithSession(page, "marju@valkeakoski.fi");
    await visit(page, "/pike-boksit/varaukset");
    const due = main(page).getByRole("region", { name: "Palautetta odottavat lainat" });
    await due.getByRole("link", { name: new RegExp(`Vastaa palautteeseen: ${loan.name}`) }).click();
    await page.waitForURL(new RegExp(`/pike-boksit/palaute/${loan.id}$`));
    await expect(main(page).getByRole("heading", { level: 1 })).toContainText(loan.name);

    // Wrong input first: no use chosen, a negative number. Field messages, nothing saved.
    await main(page).getByLabel("Kuinka monta ihmistä boksilla tavoitettiin?").fill("-4");
    await main(page).getByRole("button", { name: "Tallenna palaute" }).click();
    await expect(main(page).getByText("Valitse ainakin yksi käyttötapa.").first()).toBeVisible();
    await expect(main(page).getByText("Anna kokonaisluku väliltä 0–100 000.").first()).toBeVisible();
    await expectAccessible(page);
    expect(await query(`SELECT 1 FROM "KitLoanFeedback" WHERE "reservationId" = $1`, [loan.id])).toHaveLength(0);

    await main(page).getByLabel("Henkilökunnan koulutus").check();
    await main(page).getByLabel("Koulu- tai ryhmävierailu").check();
    await main(page).getByLabel("Kuinka monta ihmistä boksilla tavoitettiin?").fill("37");
    await main(page).getByLabel("Vapaa palaute").fill("Robotit olivat koululaisten suosikki.");
    await main(page).getByRole("button", { name: "Tallenna palaute" }).click();
    await expect(main(page).getByText("Palaute tallennettu. Kiitos!")).toBeVisible();
    await expectAccessible(page);
    const [saved] = await query<{ peopleReached: number; uses: string[] }>(
      `SELECT "peopleReached", uses FROM "KitLoanFeedback" WHERE "reservationId" = $1`,
      [loan.id],
    );
    expect(saved).toEqual({ peopleReached: 37, uses: ["STAFF_TRAINING", "GROUP_VISIT"] });

    // Staff do not see the usage figures.
    // (Next streams some not-found pages with 200: the error state and noindex say it.)
    await expectNotFound(page, await visit(page, "/pike-boksit/kaytto"));
    expect((await page.request.get("/api/exports/kits/usage.csv")).status()).toBe(403);

    // The coordinator: the figures of the loan's days.
    await page.context().clearCookies();
    await signInWithSession(page, "juli@tampere.fi");
    await visit(page, "/pike-boksit/varaukset");
    await main(page).getByRole("link", { name: "Käyttö ja palaute" }).click();
    await page.waitForURL(/\/pike-boksit\/kaytto$/);
    await main(page).getByLabel("Alkaen").fill(loan.start);
    await main(page).getByLabel("Päättyen").fill(loan.end);
    await main(page).getByRole("button", { name: "Näytä luvut" }).click();
    await page.waitForURL(/\/pike-boksit\/kaytto\?from=/);
    const byKit = main(page).getByRole("region", { name: "Boksikohtaisesti" }).first();
    const row = byKit.getByRole("row", { name: new RegExp(loan.name) });
    await expect(row.getByRole("cell")).toHaveText(["1", "5", "37", "1"]);
    await expect(main(page).getByText("Robotit olivat koululaisten suosikki.")).toBeVisible();
    await expectAccessible(page);

    // A bad period: the message at its field.
    await main(page).getByLabel("Päättyen").fill("1.1.2000");
    await main(page).getByRole("button", { name: "Näytä luvut" }).click();
    await expect(main(page).getByText("Viimeinen päivä ei voi olla ennen ensimmäistä.")).toBeVisible();
    await expectAccessible(page);
    await main(page).getByLabel("Päättyen").fill(loan.end);
    await main(page).getByRole("button", { name: "Näytä luvut" }).click();
    await expect(byKit).toBeVisible();

    // XLSX: downloaded from the page and opened with exceljs.
    const [xlsx] = await Promise.all([
      page.waitForEvent("download"),
      main(page).getByRole("link", { name: "Lataa Excel (XLSX)" }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe(`pike-boksien-kaytto-${loan.start}-${loan.end}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await xlsx.path());
    const sheet = workbook.worksheets[0]!;
    const rows: unknown[][] = [];
    sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(["Boksi", loan.name, 1, 5, 37, 1]);

    // CSV: downloaded, then the same by request to see its media type.
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      main(page).getByRole("link", { name: "Lataa CSV" }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe(`pike-boksien-kaytto-${loan.start}-${loan.end}.csv`);
    const text = (await readFile(await csv.path())).toString("utf8");
    expect(text).toContain(`Boksi;${loan.name};1;5;37;1\r\n`);
    const csvResponse = await page.request.get(`/api/exports/kits/usage.csv?from=${loan.start}&to=${loan.end}`);
    expect(csvResponse.headers()["content-type"]).toMatch(/^text\/csv/);
    const xlsxResponse = await page.request.get(`/api/exports/kits/usage.xlsx?from=${loan.start}&to=${loan.end}`);
    expect(xlsxResponse.headers()["content-type"]).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
  } finally {
    await query(`DELETE FROM "Kit" WHERE id = $1`, [loan.kitId]);
  }
});
