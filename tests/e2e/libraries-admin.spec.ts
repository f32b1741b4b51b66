// Member libraries in Chromium, with an axe scan of every page and state: an
// admin creates a library (one validation error shown inline on the way); a
// coordinator changes a service point's status with a note, and the change
// shows on the library's public page.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, signInWithSession, test, visit } from "./fixtures";

const main = (page: Page) => page.getByRole("main");

async function signInAs(page: Page, email: string) {
  await page.context().clearCookies();
  await signInWithSession(page, email);
}

async function arrivedAt(page: Page, url: RegExp) {
  await expect(page).toHaveURL(url);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
}

test("an admin creates a library", async ({ page }) => {
  const id = randomUUID().slice(0, 6);
  await signInAs(page, "admin@tampere.fi");
  // The cached directory shows the admin (and only the admin) the way in.
  await visit(page, "/kirjastot");
  await main(page).getByRole("link", { name: "Lisää kirjasto" }).click();
  await arrivedAt(page, /\/kirjastot\/uusi$/);
  await main(page).getByLabel(/^Nimi/).fill(`Testilän kirjasto ${id}`);
  await main(page)
    .getByLabel(/^Kunta/)
    .fill("Testilä");
  await main(page)
    .getByLabel(/^Henkilökunnan sähköpostiverkkotunnukset/)
    .fill("testila.fi\n*.huono");
  await main(page).getByRole("button", { name: "Lisää kirjasto" }).click();
  await expect(main(page).getByLabel(/^Henkilökunnan sähköpostiverkkotunnukset/)).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expect(page.locator("#emailDomains-error")).toHaveText(
    "Jokin verkkotunnuksista ei ole kelvollinen (esimerkiksi tampere.fi).",
  );
  await expectAccessible(page);

  await main(page)
    .getByLabel(/^Henkilökunnan sähköpostiverkkotunnukset/)
    .fill("testila.fi");
  await main(page)
    .getByLabel(/^Toimitusosoite/)
    .fill("Testilän kirjasto\nKirjastotie 1\n99999 Testilä");
  await main(page).getByRole("button", { name: "Lisää kirjasto" }).click();
  await arrivedAt(page, new RegExp(`/kirjastot/testilan-kirjasto-${id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Testilän kirjasto ${id}`);
  await expect(main(page).getByText("Kirjastotie 1")).toBeVisible();

  // The cached directory shows it at once.
  await visit(page, "/kirjastot");
  await expect(main(page).getByRole("link", { name: `Testilän kirjasto ${id}` })).toBeVisible();
});

test("a coordinator changes a service point's status with a note, shown on the library page", async ({ page }) => {
  const note = `Lakkautusuhan alla, päätös syksyllä ${randomUUID().slice(0, 6)}`;
  // The public page first, so that its cached version exists before the change.
  await visit(page, "/kirjastot/muurame");
  await signInAs(page, "juli@tampere.fi");
  await visit(page, "/kirjastot/muurame");
  const firstEdit = main(page)
    .getByRole("link", { name: /^Muokkaa:/ })
    .first();
  const pointName = ((await firstEdit.getAttribute("aria-label")) ?? "").replace(/^Muokkaa:\s*/, "");
  await firstEdit.click();
  await arrivedAt(page, /\/kirjastot\/muurame\/toimipisteet\/[0-9a-f-]{36}$/);

  const status = main(page).getByLabel(/^Uusi tila/);
  const current = await status.inputValue();
  await status.selectOption(current === "UNDER_REVIEW" ? "RENOVATION" : "UNDER_REVIEW");
  const chosen = await status.locator("option:checked").textContent();
  await main(page)
    .getByLabel(/^Voimassa alkaen/)
    .fill("2027-02-01");
  await main(page).getByLabel("Selite").fill(note);
  await main(page).getByRole("button", { name: "Muuta tila" }).click();
  await expect(main(page).getByRole("region", { name: "Muuta tilaa" }).getByRole("status")).toHaveText(
    "Tila muutettu.",
  );
  await expectAccessible(page);

  // Signed out: the public page shows the new status and the note in the history.
  await page.context().clearCookies();
  await visit(page, "/kirjastot/muurame");
  const item = main(page)
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: pointName }) });
  await expect(item.getByTestId("status-history")).toContainText(note);
  await expect(item.getByTestId("status-history")).toContainText(`1.2.2027: ${chosen}`);
});

test("the library pages in English", async ({ page }) => {
  await signInAs(page, "admin@tampere.fi");
  await visit(page, "/en/kirjastot/uusi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New library");
  await visit(page, "/en/kirjastot/muurame/muokkaa");
  await expect(main(page).getByLabel(/^Staff email domains/)).toBeVisible();
});
