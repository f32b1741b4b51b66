// The long lists' later pages, with axe (issue 16: every page and state; issue
// 10: lists paginate). The demo data is too small to page, so this spec adds
// 60 libraries of a municipality of its own, 60 workshop orders and a person
// in each library marking an offering interesting straight into the database,
// reads the second page of the coverage dashboard's library table, of the
// order list and of the interest table, and removes them again (the specs run
// one at a time, and neither page is cached).
import type { Page } from "@playwright/test";
import { expect, expectAccessible, query, signInWithSession, test, visit } from "./fixtures";

const MUNICIPALITY = "Sivutuskylä";
const main = (page: Page) => page.getByRole("main");
const PEOPLE = "sivutus-%@example.fi";

test.beforeAll(async () => {
  await query(`DELETE FROM "User" WHERE "email" LIKE $1`, [PEOPLE]);
  await query(`DELETE FROM "Library" WHERE "municipality" = $1`, [MUNICIPALITY]);
  await query(
    `INSERT INTO "Library" ("slug", "name", "municipality", "region", "consortium")
     SELECT 'sivutus-' || n, 'Sivutuskirjasto ' || lpad(n::text, 2, '0'), $1, 'PIRKANMAA', 'OTHER'
       FROM generate_series(1, 60) n`,
    [MUNICIPALITY],
  );
  await query(
    `INSERT INTO "WorkshopOrder" ("offeringId", "libraryId", "status", "createdAt")
     SELECT (SELECT "id" FROM "Offering" ORDER BY "slug" LIMIT 1), l."id", 'SCHEDULED', now() - interval '400 days'
       FROM "Library" l WHERE l."municipality" = $1`,
    [MUNICIPALITY],
  );
  await query(
    `WITH people AS (
       INSERT INTO "User" ("email", "name", "libraryId")
       SELECT 'sivutus-' || l."slug" || '@example.fi', 'Sivutushenkilö ' || l."slug", l."id"
         FROM "Library" l WHERE l."municipality" = $1
       RETURNING "id")
     INSERT INTO "Interest" ("userId", "offeringId")
     SELECT p."id", (SELECT "id" FROM "Offering" ORDER BY "slug" LIMIT 1) FROM people p`,
    [MUNICIPALITY],
  );
});

test.afterAll(async () => {
  // The orders go with their libraries, the marks with their people.
  await query(`DELETE FROM "User" WHERE "email" LIKE $1`, [PEOPLE]);
  await query(`DELETE FROM "Library" WHERE "municipality" = $1`, [MUNICIPALITY]);
});

test("a coordinator pages through the coverage libraries, the workshop orders and the interest table", async ({
  page,
}) => {
  await signInWithSession(page, "juli@tampere.fi");
  const count = async (table: string) =>
    (await query<{ n: number }>(`SELECT count(*)::int AS "n" FROM "${table}"`))[0]!.n;
  const libraries = await count("Library");
  const orders = await count("WorkshopOrder");

  await visit(page, "/raportit");
  const table = main(page).getByRole("table", { name: /Luvut kirjastoittain/ });
  await expect(table).toContainText(`rivit 1–50, yhteensä ${libraries}`);
  const pager = main(page).getByRole("navigation", { name: "Kirjastotaulukon sivut" });
  await pager.getByRole("link", { name: "Seuraava sivu" }).click();
  await expect(page).toHaveURL(/[?&]kirjastot=2(&|#|$)/);
  await expect(table).toContainText(`rivit 51–${libraries}, yhteensä ${libraries}`);
  await expect(pager.getByText("Sivu 2")).toBeVisible();
  await expectAccessible(page);
  // Back by keyboard.
  await pager.getByRole("link", { name: "Edellinen sivu" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).not.toHaveURL(/kirjastot=/);
  await expect(table).toContainText("rivit 1–50");

  await visit(page, "/tilaukset");
  await expect(main(page)).toContainText(`Tilaukset 1–50, yhteensä ${orders}`);
  const orderPager = main(page).getByRole("navigation", { name: "Tilauslistan sivut" });
  await orderPager.getByRole("link", { name: "Seuraava sivu" }).click();
  await expect(page).toHaveURL(/[?&]sivu=2(&|#|$)/);
  await expect(main(page)).toContainText(`Tilaukset 51–${Math.min(100, orders)}, yhteensä ${orders}`);
  await expect(main(page).getByRole("region", { name: "Työpajatilaukset" })).toContainText("Sivutuskirjasto");
  await expectAccessible(page);

  // The interest table pages on its own, the order list's page kept.
  const interest = main(page).locator("section[aria-labelledby=kiinnostus]");
  await expect(interest).toContainText(/Rivit 1–50, yhteensä \d+; eniten kiinnostuneita ensin\./);
  const interestPager = main(page).getByRole("navigation", { name: "Kiinnostustaulukon sivut" });
  await interestPager.getByRole("link", { name: "Seuraava sivu" }).click();
  await expect(page).toHaveURL(/[?&]sivu=2&kiinnostus=2(#|$)/);
  await expect(interest).toContainText(/Rivit 51–\d+/);
  await expect(interest).toContainText("Sivutuskirjasto");
  await expect(main(page)).toContainText(`Tilaukset 51–${Math.min(100, orders)}`);
  await expectAccessible(page);
});
