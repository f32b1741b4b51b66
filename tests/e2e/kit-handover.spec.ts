// A kit's journey (issue 12, ADRs 25–27): a new kit (inserted by SQL) is with
// Muurame. Valkeakoski picks dates, sees the kit free, and reserves it for the
// loan after Muurame's; its reservation page says where the kit comes from;
// Muurame marks it sent on; Valkeakoski records its receipt with a missing
// item; the coordinator sees the report, moves the kit to maintenance and
// opens the usage export of those weeks. axe on every page and state.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, query, signInWithSession, test, visit } from "./fixtures";

const main = (page: Page) => page.getByRole("main");
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
/** The same day as Finns write it (what the date fields take). */
const fiDay = (n: number) => {
  const [y, m, d] = day(n).split("-");
  return `${Number(d)}.${Number(m)}.${y}`;
};

async function as(page: Page, email: string) {
  await page.context().clearCookies();
  await signInWithSession(page, email);
}

test("pick dates → reserve → where it comes from → sent → received with a missing item → the report → the usage export", async ({
  page,
}) => {
  const id = randomUUID().slice(0, 8);
  const name = `Luovutusboksi ${id}`;
  const [kit] = await query<{ id: string }>(
    `INSERT INTO "Kit" (slug, name, "shippingDays", status, contents)
     VALUES ($1, $2, 2, 'AVAILABLE', $3::jsonb) RETURNING id`,
    [`e2e-luovutus-${id}`, name, JSON.stringify([{ item: "Tabletti", count: 3 }, { item: "Ohjekansio" }])],
  );
  const libraries = await query<{ id: string; slug: string; name: string }>(
    `SELECT id, slug, name FROM "Library" WHERE slug IN ('muurame', 'valkeakoski')`,
  );
  const muurame = libraries.find((l) => l.slug === "muurame")!;
  const valkeakoski = libraries.find((l) => l.slug === "valkeakoski")!;
  const [first] = await query<{ id: string }>(
    `INSERT INTO "KitReservation" ("kitId", "libraryId", "startDate", "endDate", "shippingDays", status)
     VALUES ($1, $2, $3::date, $4::date, 2, 'RECEIVED') RETURNING id`,
    [kit!.id, muurame.id, day(30), day(32)],
  );
  try {
    // Valkeakoski picks the dates and sees the kit free for all of them.
    await as(page, "marju@valkeakoski.fi");
    await visit(page, "/pike-boksit/varaa");
    await main(page).getByLabel("Ensimmäinen päivä").fill(fiDay(40));
    await main(page).getByLabel("Viimeinen päivä").fill(fiDay(42));
    await main(page).getByRole("button", { name: "Näytä vapaat boksit" }).click();
    await page.waitForURL(/\/pike-boksit\/varaa\?alku=/);
    const choice = main(page)
      .getByRole("group", { name: /Valitse boksi/ })
      .getByRole("radio", { name, exact: true });
    await expect(choice).toBeVisible();
    await expectAccessible(page);
    // It reserves it: no approval needed, so confirmed at once.
    await choice.check();
    await main(page)
      .getByRole("button", { name: /^Varaa valittu boksi / })
      .click();
    await page.waitForURL(/\/pike-boksit\/varaukset\?varattu=/);
    await expect(
      main(page)
        .getByRole("status")
        .filter({ hasText: `Varattu: ${name}` }),
    ).toBeVisible();
    await expectAccessible(page);
    const [second] = await query<{ id: string; status: string; library: string }>(
      `SELECT id, status, "libraryId" AS library FROM "KitReservation" WHERE "kitId" = $1 AND "startDate" = $2::date`,
      [kit!.id, day(40)],
    );
    expect(second).toMatchObject({ status: "CONFIRMED", library: valkeakoski.id });

    // Its reservation page says where the kit comes from.
    await visit(page, `/pike-boksit/varaukset/${second!.id}`);
    await expect(main(page).getByRole("heading", { level: 1 })).toContainText(name);
    await expect(main(page)).toContainText(`Edelliseltä lainaajalta: ${muurame.name}`);
    await expect(main(page).getByRole("button", { name: "Merkitse lähetetyksi" })).toHaveCount(0);
    await expectAccessible(page);

    // Muurame holds it and sends it on to Valkeakoski.
    await as(page, "esihenkilo@muurame.fi");
    await visit(page, `/pike-boksit/varaukset/${first!.id}`);
    await expect(main(page)).toContainText(`Seuraavalle lainaajalle: ${valkeakoski.name}`);
    await expectAccessible(page);
    await main(page).getByRole("button", { name: "Merkitse lähetetyksi" }).click();
    // Back on the same page with a notice, the loan as it now is: passed on, the form gone.
    await page.waitForURL(new RegExp(`/pike-boksit/varaukset/${first!.id}\\?tehty=lahetetty$`));
    await expect(main(page).getByRole("status").filter({ hasText: "Boksi on merkitty lähetetyksi." })).toBeVisible();
    await expect(main(page).getByRole("definition").filter({ hasText: "Lähetetty seuraavalle" })).toBeVisible();
    await expect(main(page).getByRole("button", { name: "Merkitse lähetetyksi" })).toHaveCount(0);
    await expectAccessible(page);
    const statuses = await query<{ id: string; status: string }>(
      `SELECT id, status FROM "KitReservation" WHERE "kitId" = $1 ORDER BY "startDate"`,
      [kit!.id],
    );
    expect(statuses.map((s) => s.status)).toEqual(["PASSED_ON", "SENT"]);

    // Valkeakoski records the receipt: one tablet missing.
    await as(page, "marju@valkeakoski.fi");
    await visit(page, `/pike-boksit/varaukset/${second!.id}`);
    await main(page).getByLabel("Tabletti (3): tila").selectOption("missing");
    await main(page).getByLabel("Tabletti (3): huomautus").fill("Yksi tabletti puuttuu");
    await main(page).getByLabel("Boksin kunto (vapaaehtoinen)").fill("Kansi naarmuilla");
    await expectAccessible(page);
    await main(page).getByRole("button", { name: "Merkitse vastaanotetuksi" }).click();
    await page.waitForURL(/\?tehty=vastaanotettu$/);
    await expect(
      main(page).getByRole("status").filter({ hasText: "Vastaanotto ja luovutusraportti on tallennettu." }),
    ).toBeVisible();
    await expect(main(page).getByRole("definition").filter({ hasText: "Vastaanotettu" })).toBeVisible();
    await expect(main(page).getByRole("button", { name: "Merkitse vastaanotetuksi" })).toHaveCount(0);
    await expectAccessible(page);
    const [handover] = await query<{ checklist: unknown; from: string; to: string }>(
      `SELECT checklist, "fromLibraryId" AS from, "toLibraryId" AS to FROM "KitHandover" WHERE "reservationId" = $1`,
      [second!.id],
    );
    expect(handover).toEqual({
      checklist: [
        { item: "Tabletti", count: 3, state: "missing", note: "Yksi tabletti puuttuu" },
        { item: "Ohjekansio", state: "ok" },
      ],
      from: muurame.id,
      to: valkeakoski.id,
    });
    const [job] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Job" WHERE name = 'email.kitHandoverIssues' AND payload->>'handoverId' IN
         (SELECT id::text FROM "KitHandover" WHERE "reservationId" = $1)`,
      [second!.id],
    );
    expect(job!.n).toBe(1);

    // The coordinator sees the report on the detail page.
    await as(page, "juli@tampere.fi");
    await visit(page, `/pike-boksit/varaukset/${second!.id}`);
    const report = main(page).getByRole("region", { name: "Viimeisin luovutusraportti" });
    await expect(report).toContainText("Tabletti (3): puuttuu – Yksi tabletti puuttuu");
    await expect(report).toContainText("Kunto: Kansi naarmuilla");
    await expectAccessible(page);

    // The coordinator moves the kit to maintenance: its maintenance page says so.
    await main(page).getByRole("button", { name: "Siirrä boksi huoltoon" }).click();
    await page.waitForURL(/\/huolto\?tehty=huolto$/);
    await expect(main(page).getByRole("status").filter({ hasText: "Boksi on siirretty huoltoon." })).toBeVisible();
    await expectAccessible(page);

    // Nobody follows: Valkeakoski returns it home.
    await as(page, "marju@valkeakoski.fi");
    await visit(page, `/pike-boksit/varaukset/${second!.id}`);
    await main(page).getByRole("button", { name: "Merkitse palautetuksi" }).click();
    await page.waitForURL(/\?tehty=palautettu$/);
    await expect(main(page).getByRole("status").filter({ hasText: "Boksi on merkitty palautetuksi." })).toBeVisible();
    await expectAccessible(page);

    // The coordinator opens the usage figures of those weeks and their export: both loans are in it.
    await as(page, "juli@tampere.fi");
    await visit(page, "/pike-boksit/kaytto");
    await main(page).getByLabel("Alkaen").fill(fiDay(30));
    await main(page).getByLabel("Päättyen").fill(fiDay(42));
    await main(page).getByRole("button", { name: "Näytä luvut" }).click();
    await page.waitForURL(/\/pike-boksit\/kaytto\?from=/);
    await expect(
      main(page)
        .getByRole("region", { name: "Boksikohtaisesti" })
        .first()
        .getByRole("row", { name: new RegExp(name) }),
    ).toBeVisible();
    await expectAccessible(page);
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      main(page).getByRole("link", { name: "Lataa CSV" }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe(`pike-boksien-kaytto-${day(30)}-${day(42)}.csv`);
    // Two loans of three days each.
    expect((await readFile(await csv.path())).toString("utf8")).toContain(`Boksi;${name};2;6;`);
  } finally {
    await query(
      `DELETE FROM "Job" WHERE "payload"->>'reservationId' IN (SELECT id::text FROM "KitReservation" WHERE "kitId" = $1)`,
      [kit!.id],
    );
    await query(`DELETE FROM "Kit" WHERE id = $1`, [kit!.id]);
  }
});
