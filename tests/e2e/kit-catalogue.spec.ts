// The kit catalogue in Chromium, with an axe scan of every page and state: a
// coordinator creates a kit with a contents list and a photo (a file that is
// not an image refused inline on the way); the public page, signed out,
// shows the photo, the contents and the availability calendar, whose months
// are reached by keyboard and whose booked periods are listed as text.
import path from "node:path";
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, query, signInWithSession, test, visit } from "./fixtures";

const main = (page: Page) => page.getByRole("main");
const PHOTO = path.join(process.cwd(), "public", "apple-touch-icon.png");

async function arrivedAt(page: Page, url: RegExp) {
  await expect(page).toHaveURL(url);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
}

/** "2027-03" of the month after this one. */
function nextMonth(): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().slice(0, 7);
}

test("a coordinator creates a kit with contents and a photo; the public page shows it and its calendar", async ({
  page,
}) => {
  const id = randomUUID().slice(0, 6);
  const name = `Testiboksi ${id}`;
  await page.context().clearCookies();
  await signInWithSession(page, "juli@tampere.fi");
  // The cached catalogue shows the coordinator the way in.
  await visit(page, "/pike-boksit");
  await main(page).getByRole("link", { name: "Lisää PiKe-boksi" }).click();
  await arrivedAt(page, /\/pike-boksit\/uusi$/);

  const form = main(page);
  await form.getByLabel(/^Nimi/).fill(name);
  await form.getByLabel(/^Kuvaus/).fill("Tabletteja ja ohjeita digiopastukseen.");
  await form.getByRole("textbox", { name: "Rivin 1 sisältö" }).fill("Tabletti");
  await form.getByRole("textbox", { name: "Rivin 1 määrä" }).fill("6");
  await form.getByRole("textbox", { name: "Rivin 2 sisältö" }).fill("Laturi");
  await form.getByRole("textbox", { name: "Rivin 2 määrä" }).fill("6");
  // A row more: the new row's first field takes the focus.
  const rowsBefore = await form.getByRole("textbox", { name: /^Rivin \d+ sisältö$/ }).count();
  await form.getByRole("button", { name: "Lisää rivi" }).click();
  const added = form.getByRole("textbox", { name: `Rivin ${rowsBefore + 1} sisältö` });
  await expect(added).toBeFocused();
  await added.fill("Ohjevihko");
  // …and one less.
  await form.getByRole("button", { name: "Poista rivi 3" }).click();
  await expect(form.getByRole("textbox", { name: /^Rivin \d+ sisältö$/ })).toHaveCount(rowsBefore);
  await form.getByLabel(/^Lähetykseen tarvittavat päivät/).fill("1");
  await form.getByLabel("Varaus vaatii kehittämiskirjaston hyväksynnän").check();
  await form.getByLabel(/^Käyttöohje/).fill("## Aloitus\n\n- Lataa tabletit\n- Kirjaudu **vierastunnuksella**");
  // Not an image: refused inline, nothing saved.
  await form
    .getByLabel(/^Kuva$/)
    .setInputFiles({ name: "boksi.png", mimeType: "image/png", buffer: Buffer.from("<html>ei kuva</html>") });
  await form.getByLabel(/^Kuvan tekstivastine/).fill("Sininen pahvilaatikko, jonka päällä PiKe-logo");
  await form.getByRole("button", { name: "Lisää boksi" }).click();
  await expect(form.getByLabel(/^Kuva$/)).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#photo-error")).toHaveText("Tiedosto ei ole JPEG-, PNG- tai WebP-kuva.");
  await expect(form.getByRole("textbox", { name: "Rivin 2 sisältö" })).toHaveValue("Laturi");
  await expectAccessible(page);
  expect(await query(`SELECT id FROM "Kit" WHERE name = $1`, [name])).toEqual([]);

  await form.getByLabel(/^Kuva$/).setInputFiles(PHOTO);
  await form.getByRole("button", { name: "Lisää boksi" }).click();
  await arrivedAt(page, new RegExp(`/pike-boksit/testiboksi-${id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  const slug = `testiboksi-${id}`;

  // A reservation next month (the flow of issue 12 part B writes these; here by SQL).
  const month = nextMonth();
  await query(
    `INSERT INTO "KitReservation" ("kitId", "libraryId", "startDate", "endDate", "shippingDays", status)
     SELECT k.id, l.id, $2::date, $3::date, 1, 'CONFIRMED' FROM "Kit" k, "Library" l WHERE k.slug = $1 AND l.slug = 'tampere'`,
    [slug, `${month}-10`, `${month}-14`],
  );

  // Signed out: the cached public page.
  await page.context().clearCookies();
  await visit(page, `/pike-boksit/${slug}`);
  await expect(main(page).getByRole("img", { name: "Sininen pahvilaatikko, jonka päällä PiKe-logo" })).toBeVisible();
  const contents = main(page)
    .getByRole("table")
    .filter({ has: page.getByRole("columnheader", { name: "Määrä" }) });
  await expect(contents.getByRole("row")).toHaveCount(4);
  await expect(contents.getByRole("row").nth(1)).toContainText("Tabletti6");
  await expect(contents.getByRole("row").nth(3)).toContainText("Ohjevihko–");
  await expect(main(page).getByRole("heading", { name: "Käyttöohje" })).toBeVisible();
  await expect(main(page).getByText("vierastunnuksella")).toHaveJSProperty("tagName", "STRONG");
  await expect(main(page).getByText("Varaukset vahvistaa kehittämiskirjasto.")).toBeVisible();
  const calendar = main(page).getByRole("table", { name: /^Saatavuus:/ });
  await expect(calendar.getByRole("columnheader")).toHaveCount(7);
  await expect(calendar.getByRole("columnheader").first()).toHaveText("ma");

  // The next month by keyboard: the link is reached with Tab and followed with Enter.
  const next = main(page).getByRole("link", { name: /^Seuraava kuukausi:/ });
  await next.focus();
  await page.keyboard.press("Enter");
  await arrivedAt(page, new RegExp(`/pike-boksit/${slug}/kalenteri/${month}$`));
  const cell = (day: number) => page.locator(`td[data-date="${month}-${String(day).padStart(2, "0")}"]`);
  await expect(cell(9)).toHaveAttribute("data-state", "shipping");
  await expect(cell(10)).toHaveAttribute("data-state", "booked");
  await expect(cell(14)).toHaveAttribute("data-state", "booked");
  await expect(cell(15)).toHaveAttribute("data-state", "shipping");
  await expect(cell(16)).toHaveAttribute("data-state", "free");
  await expect(cell(10)).toContainText("varattu");
  const [y, m] = month.split("-").map(Number) as [number, number];
  await expect(main(page).getByTestId("booked-periods")).toContainText(`10.${m}.${y}–14.${m}.${y}: Tampere`);
  await main(page)
    .getByRole("link", { name: /^Edellinen kuukausi:/ })
    .click();
  await expect(page).toHaveURL(/\/kalenteri\/\d{4}-\d{2}$/);
  await expectAccessible(page);

  // The catalogue lists it with its thumbnail.
  await visit(page, "/pike-boksit");
  const item = main(page)
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name }) });
  await expect(item.getByRole("img", { name: "Sininen pahvilaatikko, jonka päällä PiKe-logo" })).toHaveAttribute(
    "src",
    /\/thumbnail$/,
  );

  // In English.
  await visit(page, `/en/pike-boksit/${slug}`);
  await expect(main(page).getByRole("heading", { name: "Availability" })).toBeVisible();
  await expect(
    main(page)
      .getByRole("table", { name: /^Availability:/ })
      .getByRole("columnheader")
      .first(),
  ).toHaveText("Mon");
  await visit(page, `/en/pike-boksit/${slug}/kalenteri/${month}`);
  await expect(main(page).getByTestId("booked-periods")).toContainText(`10.${m}.${y}–14.${m}.${y}`);
});

test("a coordinator edits a kit; the English form", async ({ page }) => {
  await page.context().clearCookies();
  await signInWithSession(page, "juli@tampere.fi");
  const [kit] = await query<{ slug: string; name: string }>(
    `SELECT slug, name FROM "Kit" WHERE status <> 'RETIRED' ORDER BY slug LIMIT 1`,
  );
  await visit(page, `/pike-boksit/${kit!.slug}`);
  await main(page).getByRole("link", { name: "Muokkaa boksia" }).click();
  await arrivedAt(page, new RegExp(`/pike-boksit/${kit!.slug}/muokkaa$`));
  const guide = `Palauta laturit latautuneina ${randomUUID().slice(0, 6)}.`;
  // By role: during the soft navigation the kit page's "Käyttöohje" section can still be in the DOM.
  await main(page)
    .getByRole("textbox", { name: /^Käyttöohje/ })
    .fill(guide);
  await main(page).getByRole("button", { name: "Tallenna muutokset" }).click();
  await arrivedAt(page, new RegExp(`/pike-boksit/${kit!.slug}$`));
  // The cached page changed at once.
  await expect(main(page).getByText(guide)).toBeVisible();

  await visit(page, `/en/pike-boksit/${kit!.slug}/muokkaa`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit the box: ${kit!.name}`);
  await expect(main(page).getByRole("button", { name: "Add a row" })).toBeVisible();
  await visit(page, "/en/pike-boksit/uusi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New PiKe box");
});
