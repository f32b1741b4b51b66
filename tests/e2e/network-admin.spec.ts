// The networks' admin pages end to end (issue 14 item 2), axe on every page
// and state: a coordinator creates a network with its first chair → manages
// its members (appoints a chair, releases one, is refused releasing the last,
// removes a member with a reason) → downloads the roster; a chair of another
// network finds no admin page.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, expectNotFound, query, signInWithSession, test, visit } from "./fixtures";

const main = (page: Page) => page.getByRole("main");

async function person(key: string, id: string, roles = "STAFF"): Promise<{ email: string; name: string }> {
  const email = `hallinta-${key}-${id}@valkeakoski.fi`;
  const name = `Hallinta ${key} ${id}`;
  await query(
    `INSERT INTO "User" (email, name, roles, "libraryId", "profileCompletedAt")
     VALUES ($1, $2, ARRAY[$3]::"Role"[], (SELECT id FROM "Library" WHERE slug = 'valkeakoski'), now())`,
    [email, name, roles],
  );
  return { email, name };
}

async function as(page: Page, email: string) {
  await page.context().clearCookies();
  await signInWithSession(page, email);
}

test("a coordinator creates a network, manages its chairs and members, and downloads the roster", async ({ page }) => {
  const id = randomUUID().slice(0, 8);
  const coordinator = await person("koord", id, "COORDINATOR");
  const chair = await person("pj", id);
  const member = await person("jasen", id);
  const outsider = await person("muu", id);
  const name = `Hallintaverkosto ${id}`;

  await as(page, coordinator.email);
  await visit(page, "/verkostot");
  await main(page).getByRole("link", { name: "Uusi verkosto" }).click();
  await expect(page).toHaveURL(/\/verkostot\/uusi$/);
  await expectAccessible(page);
  // Without a chair first: the form says what is missing.
  await main(page).getByLabel(/^Nimi/).fill(name);
  await main(page).getByRole("button", { name: "Luo verkosto" }).click();
  await expect(main(page).getByRole("alert")).toBeVisible();
  await expectAccessible(page);
  await main(page)
    .getByLabel(/^Ensimmäinen puheenjohtaja/)
    .selectOption({ label: chair.name });
  await main(page).getByRole("button", { name: "Luo verkosto" }).click();
  const slug = `hallintaverkosto-${id}`;
  await expect(page).toHaveURL(new RegExp(`/verkostot/${slug}\\?tehty=luotu$`));
  await expect(main(page).getByRole("status").filter({ hasText: "Verkosto on luotu." })).toBeVisible();
  await expectAccessible(page);

  // A member joins (as approved earlier); the coordinator opens the members' page.
  await query(
    `INSERT INTO "NetworkMembership" ("networkId", "userId", role, status, "joinedAt")
     SELECT n.id, u.id, 'MEMBER', 'ACTIVE', now() FROM "Network" n, "User" u WHERE n.slug = $1 AND u.email = $2`,
    [slug, member.email],
  );
  await main(page).getByRole("link", { name: "Jäsenten hallinta" }).click();
  await expect(page).toHaveURL(new RegExp(`/verkostot/${slug}/hallinta$`));
  await expectAccessible(page);

  // The last chair cannot be released.
  await main(page)
    .getByRole("button", { name: `Päätä puheenjohtajuus: ${chair.name}` })
    .click();
  await expect(main(page).getByRole("alert")).toContainText("puheenjohtaja");
  await expectAccessible(page);
  // Appoint the member, release them again.
  await main(page)
    .getByRole("button", { name: `Nimeä puheenjohtajaksi: ${member.name}` })
    .click();
  await expect(page).toHaveURL(/\?tehty=nimetty$/);
  await expect(main(page).getByRole("status").filter({ hasText: "Puheenjohtaja on nimetty." })).toBeVisible();
  await expectAccessible(page);
  await main(page)
    .getByRole("button", { name: `Päätä puheenjohtajuus: ${member.name}` })
    .click();
  await expect(page).toHaveURL(/\?tehty=vapautettu$/);
  await expectAccessible(page);

  // The roster: both, the chair first.
  const csv = await page.request.get(`/api/exports/networks/${slug}/roster.csv`);
  expect(csv.status()).toBe(200);
  const lines = (await csv.text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines[0]).toBe("Nimi;Sähköposti;Kirjasto;Kunta;Rooli;Liittynyt");
  expect(lines[1]).toContain(`${chair.name};${chair.email}`);
  expect(lines[2]).toContain(`${member.name};${member.email}`);
  const xlsx = await page.request.get(`/api/exports/networks/${slug}/roster.xlsx`);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");

  // The chair removes the member, with a reason.
  await as(page, chair.email);
  await visit(page, `/verkostot/${slug}/hallinta`);
  await expect(main(page).getByRole("button", { name: /^Nimeä puheenjohtajaksi/ })).toHaveCount(0);
  // The reason is asked in a disclosure under the member's row.
  await main(page)
    .locator("summary", { hasText: `Poista ${member.name} verkostosta` })
    .click();
  await expectAccessible(page);
  await main(page)
    .getByRole("button", { name: `Poista ${member.name} verkostosta` })
    .click();
  await expect(main(page).getByRole("alert")).toBeVisible();
  await main(page)
    .getByLabel(/^Perustelu poistolle/)
    .fill("Siirtyi toiseen kirjastoon");
  await main(page)
    .getByRole("button", { name: `Poista ${member.name} verkostosta` })
    .click();
  await expect(page).toHaveURL(/\?tehty=poistettu$/);
  await expect(main(page).getByRole("status").filter({ hasText: "Jäsen on poistettu verkostosta." })).toBeVisible();
  await expect(main(page).getByRole("rowheader", { name: member.name })).toHaveCount(0);
  await expectAccessible(page);

  // Anyone else: no such page.
  await as(page, outsider.email);
  await expectNotFound(page, await page.goto(`/verkostot/${slug}/hallinta`));
});
