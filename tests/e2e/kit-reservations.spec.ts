// Choose dates first (issue 12): a staff member picks a range, sees which
// kits are free for all of it (shipping days included) as one form's radio
// group, reserves one for their library, and sees it taken for the next
// person; then cancels it after a confirmation step, and the days are free
// again. axe on every state.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, query, signInWithSession, test, visit } from "./fixtures";

const main = (page: Page) => page.getByRole("main");

/** A day `n` days from now as Finns write it. */
const fiDay = (n: number) => {
  const d = new Date(Date.now() + n * 86_400_000);
  return `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${d.getUTCFullYear()}`;
};

async function createKit(name: string) {
  const id = randomUUID().slice(0, 8);
  const [kit] = await query<{ id: string; slug: string }>(
    `INSERT INTO "Kit" (slug, name, "shippingDays", status) VALUES ($1, $2, 2, 'AVAILABLE') RETURNING id, slug`,
    [`e2e-boksi-${id}`, `${name} ${id}`],
  );
  return { ...kit!, name: `${name} ${id}` };
}

async function search(page: Page, from: string, to: string) {
  await main(page).getByLabel("Ensimmäinen päivä").fill(from);
  await main(page).getByLabel("Viimeinen päivä").fill(to);
  await main(page).getByRole("button", { name: "Näytä vapaat boksit" }).click();
  await page.waitForURL(/\/pike-boksit\/varaa\?alku=/);
}

test("pick dates → free kits → reserve; the kit is then taken for those days; cancel frees them", async ({ page }) => {
  const kit = await createKit("Päivämäärätestiboksi");
  try {
    await page.context().clearCookies();
    await signInWithSession(page, "marju@valkeakoski.fi");
    await visit(page, "/pike-boksit/varaa");

    // Bad input: the last day before the first, shown at the field.
    await search(page, fiDay(40), fiDay(38));
    await expect(main(page).getByRole("alert")).toContainText("Viimeinen päivä ei voi olla ennen ensimmäistä.");
    await expect(main(page).getByLabel("Viimeinen päivä")).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);

    await search(page, fiDay(40), fiDay(43));
    // One form: the free kits are a radio group, each with what to know before choosing.
    const choices = main(page).getByRole("group", { name: /Valitse boksi/ });
    const choice = choices.getByRole("radio", { name: kit.name, exact: true });
    await expect(choice).toBeVisible();
    await expect(choice).toHaveAccessibleDescription(/Lähetysaika 2 päivää.*Varaus vahvistuu heti\./);
    await expect(main(page).getByRole("button", { name: /^Varaa / })).toHaveCount(1);
    await expectAccessible(page);

    await choice.check();
    await main(page)
      .getByRole("button", { name: /^Varaa valittu boksi / })
      .click();
    await page.waitForURL(/\/pike-boksit\/varaukset\?varattu=/);
    await expect(
      main(page)
        .getByRole("status")
        .filter({ hasText: `Varattu: ${kit.name}` }),
    ).toBeVisible();
    await expectAccessible(page);
    const [row] = await query<{ status: string; shippingDays: number }>(
      `SELECT status, "shippingDays" FROM "KitReservation" WHERE "kitId" = $1`,
      [kit.id],
    );
    expect(row).toEqual({ status: "CONFIRMED", shippingDays: 2 });

    // The same days again (and the days touching its shipping days): the kit is no longer free.
    await visit(page, `/pike-boksit/varaa?alku=${fiDay(44)}&loppu=${fiDay(46)}`);
    await expect(main(page).getByRole("radio", { name: kit.name, exact: true })).toHaveCount(0);
    await expect(
      main(page)
        .getByRole("region", { name: "Varattuina samaan aikaan" })
        .getByRole("link", { name: kit.name, exact: true }),
    ).toBeVisible();
    await expectAccessible(page);

    // Cancel in the library's reservations, after a confirmation step.
    await visit(page, "/pike-boksit/varaukset");
    const reservation = main(page).getByRole("row").filter({ hasText: kit.name });
    await reservation.getByText("Peru varaus", { exact: true }).click();
    await expectAccessible(page);
    await reservation.getByRole("button", { name: "Kyllä, peru varaus" }).click();
    // The page is rendered again with the reservation as it now is.
    await expect(main(page).getByRole("row").filter({ hasText: kit.name })).toContainText("Peruttu");
    await expectAccessible(page);
    const [after] = await query<{ status: string }>(`SELECT status FROM "KitReservation" WHERE "kitId" = $1`, [kit.id]);
    expect(after!.status).toBe("CANCELLED");

    await visit(page, `/pike-boksit/varaa?alku=${fiDay(40)}&loppu=${fiDay(43)}`);
    await expect(main(page).getByRole("radio", { name: kit.name, exact: true })).toBeVisible();
  } finally {
    await query(
      `DELETE FROM "Job" WHERE "payload"->>'reservationId' IN (SELECT id::text FROM "KitReservation" WHERE "kitId" = $1)`,
      [kit.id],
    );
    await query(`DELETE FROM "Kit" WHERE id = $1`, [kit.id]);
  }
});
