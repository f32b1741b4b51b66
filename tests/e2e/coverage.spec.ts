// The coverage dashboard end to end (issue 16), axe on every page and state:
// a coordinator sees the map, the bars and the tables; a custom range the
// wrong way round is refused in the form and then shown; one region's
// figures; the print view without the form; the XLSX download. A supervisor
// sees their own library's column, the steering group the totals, and staff
// get the not-found page. The figures come from the cache, and a write made
// past the app shows on the next view (the database expires the report).
import type { Page } from "@playwright/test";
import { expect, expectAccessible, expectNotFound, query, signInWithSession, test, visit } from "./fixtures";

const main = (page: Page) => page.getByRole("main");

async function as(page: Page, email: string) {
  await page.context().clearCookies();
  await signInWithSession(page, email);
}

test("a coordinator reads the coverage of a period and a region, prints it and downloads it", async ({ page }) => {
  await as(page, "juli@tampere.fi");
  await visit(page, "/raportit");
  await expect(main(page).getByRole("heading", { level: 1, name: "Alueellinen kattavuus" })).toBeVisible();
  await expect(
    main(page)
      .getByRole("img", { name: /Osallistujat kunnittain/ })
      .first(),
  ).toBeVisible();
  await expect(
    main(page).getByRole("img", { name: /Tapahtumat, osallistujat ja tavoitetut työntekijät/ }),
  ).toBeVisible();
  await expect(main(page).getByRole("table", { name: /Luvut kunnittain/ })).toContainText("Tampere");
  await expect(main(page).getByRole("table", { name: /Luvut kirjastoittain/ })).toBeVisible();

  // A custom range the wrong way round: the form says so under the field, no figures.
  const form = main(page).getByRole("form", { name: "Jakso ja alue" });
  await form.getByLabel("Jakso").selectOption("oma");
  await form.getByLabel("Alkaen").fill("2026-06-30");
  await form.getByLabel("Päättyen").fill("2026-01-01");
  await form.getByRole("button", { name: "Näytä" }).click();
  await expect(page).toHaveURL(/jakso=oma/);
  await expectAccessible(page);
  await expect(form.getByLabel("Päättyen")).toHaveAttribute("aria-invalid", "true");
  await expect(main(page).getByRole("alert")).toContainText("Tarkista valinnat");
  await expect(main(page).getByRole("table", { name: /Luvut kunnittain/ })).toHaveCount(0);

  // Fixed, and only Central Finland.
  await form.getByLabel("Alkaen").fill("2021-01-01");
  await form.getByLabel("Päättyen").fill("2026-06-30");
  await form.getByLabel("Alue").selectOption("KESKI_SUOMI");
  await form.getByRole("button", { name: "Näytä" }).click();
  await expect(page).toHaveURL(/alue=KESKI_SUOMI/);
  await expectAccessible(page);
  await expect(main(page)).toContainText("Jakso 1.1.2021–30.6.2026");
  const municipalities = main(page).getByRole("table", { name: /Luvut kunnittain/ });
  await expect(municipalities).toContainText("Jyväskylä");
  await expect(municipalities).not.toContainText("Tampere");

  // The download is the same period and region.
  const xlsx = main(page).getByRole("link", { name: /Excel/ });
  await expect(xlsx).toHaveAttribute("href", /from=2021-01-01&to=2026-06-30&region=KESKI_SUOMI/);
  const download = await page.request.get((await xlsx.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toContain("spreadsheetml");

  // Printed: the figures without the form, the header or the downloads.
  await page.emulateMedia({ media: "print" });
  await expect(form).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(municipalities).toBeVisible();
  await expect(main(page).getByRole("img", { name: /Tapahtumat, osallistujat/ })).toBeVisible();
  await expectAccessible(page);
  await page.emulateMedia({ media: "screen" });

  // The annual figures, from the dashboard's link, printed too.
  await main(page).getByRole("link", { name: "Verkoston vuositilasto" }).click();
  await expect(page).toHaveURL(/\/raportit\/vuosi\/2026$/);
  await expectAccessible(page);
  await expect(main(page).getByRole("table").first()).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(main(page).getByRole("link", { name: /XLSX|Excel/ })).toBeHidden();
  await expect(main(page).getByRole("table").first()).toBeVisible();
  await expectAccessible(page);
  await page.emulateMedia({ media: "screen" });
});

test("the figures are cached, and a write made anywhere shows on the next view", async ({ page }) => {
  await as(page, "juli@tampere.fi");
  // A year of its own: no other test's figures are in it.
  const path = "/raportit?jakso=oma&alku=2088-01-01&loppu=2088-12-31";
  const orders = () =>
    main(page)
      .getByRole("table", { name: /Tunnusluvut/ })
      .getByRole("row", { name: /^Työpajatilaukset/ })
      .getByRole("cell")
      .first();
  await visit(page, path);
  await expect(orders()).toHaveText("0");
  await visit(page, path);
  await expect(orders()).toHaveText("0");

  // Written past the app (as an import or psql would): no mutation expires the
  // report's tag, the database does (migration 1734040000000_coverage_cache_tag).
  const [order] = await query<{ id: string }>(
    `INSERT INTO "WorkshopOrder" ("offeringId", "libraryId", "status", "createdAt")
     SELECT (SELECT "id" FROM "Offering" ORDER BY "slug" LIMIT 1), "id", 'REQUESTED', '2088-06-01T09:00:00Z'
       FROM "Library" WHERE "slug" = 'valkeakoski'
     RETURNING "id"`,
  );
  try {
    await visit(page, path);
    await expect(orders()).toHaveText("1");
  } finally {
    await query(`DELETE FROM "WorkshopOrder" WHERE "id" = $1`, [order!.id]);
  }
  await visit(page, path);
  await expect(orders()).toHaveText("0");
});

test("a supervisor sees their own library's column, the steering group the totals, staff nothing", async ({ page }) => {
  await as(page, "esihenkilo@muurame.fi");
  await visit(page, "/raportit");
  await expect(main(page).getByRole("table", { name: /Muurame/ })).toBeVisible();
  await expect(main(page).getByRole("table", { name: /Tunnusluvut/ })).toHaveCount(0);
  await expect(main(page).getByRole("table", { name: /Luvut kirjastoittain/ })).toHaveCount(0);

  await as(page, "hanna@jkl.fi");
  await visit(page, "/raportit");
  await expect(main(page).getByRole("table", { name: /Tunnusluvut/ })).toContainText("Osallistujat");
  await expect(main(page).getByRole("table", { name: /Luvut kirjastoittain/ })).toHaveCount(0);
  await expect(main(page).getByRole("img", { name: /Osallistujat kunnittain/ })).toHaveCount(0);

  await visit(page, "/raportit/vuosi/2026");
  await expect(main(page).getByRole("table").first()).toBeVisible();

  await as(page, "marju@valkeakoski.fi");
  await expectNotFound(page, await visit(page, "/raportit"));
  await expectNotFound(page, await visit(page, "/raportit/vuosi/2026"));
  await expectNotFound(page, await visit(page, "/raportit/palaute"));
});
