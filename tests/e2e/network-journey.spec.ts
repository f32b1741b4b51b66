// A PiKe network end to end (issue 14), axe on every page and state: a new
// staff member finds "Verkostot sinulle" on the list and asks to join → the
// chair gets the mail and approves → the new member gets theirs; the chair
// adds a network event (a bad first try shows the field messages); the member
// finds it on the network page, in the network's calendar feed, and enrols
// through the usual enrolment; the chair edits the playbook twice and the
// history shows both versions; the chair's announcement reaches the member by
// mail and on the page; the roster export opens.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { expect, expectAccessible, mailsTo, query, signInWithSession, test, visit, waitForMail } from "./fixtures";

const main = (page: Page) => page.getByRole("main");

async function person(key: string, id: string, roles = "STAFF"): Promise<{ email: string; name: string }> {
  const email = `verkosto-${key}-${id}@valkeakoski.fi`;
  const name = `Verkosto ${key} ${id}`;
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

/** A Helsinki wall-clock day `n` days ahead, as a datetime-local field takes it. */
function dayAhead(n: number): string {
  const day = new Date(Date.now() + n * 86_400_000).toLocaleDateString("sv-SE", { timeZone: "Europe/Helsinki" });
  return day;
}

test("the network journey: ask → chair's mail → approve → event → enrol → playbook twice → announcement → roster", async ({
  page,
}) => {
  const id = randomUUID().slice(0, 8);
  const chair = await person("pj", id);
  const member = await person("jasen", id);
  const slug = `e2e-verkosto-${id}`;
  const [network] = await query<{ id: string }>(
    `INSERT INTO "Network" (slug, name, description) VALUES ($1, $2, 'Verkosto päästä päähän -testille.') RETURNING id`,
    [slug, `E2E-verkosto ${id}`],
  );
  await query(
    `INSERT INTO "NetworkMembership" ("networkId", "userId", role, status, "joinedAt")
     SELECT $1, id, 'CHAIR', 'ACTIVE', now() FROM "User" WHERE email = $2`,
    [network!.id, chair.email],
  );
  // A published menu whose period holds the event's day (the demo menus do not cover the coming weeks).
  await query(
    `INSERT INTO "TrainingMenu" (slug, title, "periodStart", "periodEnd", status, "publishedAt")
     VALUES ($1, $2, current_date, current_date + 60, 'PUBLISHED', now())`,
    [`e2e-verkostokausi-${id}`, `E2E-kausi ${id}`],
  );
  const networkPath = `/verkostot/${slug}`;

  // A new employee opens the list: networks that fit their region are suggested (asked by the cached page).
  await as(page, member.email);
  await visit(page, "/verkostot");
  const forYou = main(page).getByRole("region", { name: "Verkostot sinulle" });
  await expect(forYou.getByRole("link").first()).toBeVisible();
  await expect(forYou).toContainText("alueeltasi (Pirkanmaa)");
  await expectAccessible(page);

  // The member asks to join, with a message.
  await visit(page, networkPath);
  await main(page)
    .getByLabel(/^Viesti puheenjohtajalle/)
    .fill("Aloitin asiakaspalvelussa, haluaisin mukaan.");
  await main(page).getByRole("button", { name: "Pyydä liittyä verkostoon" }).click();
  await expect(page).toHaveURL(new RegExp(`${networkPath}\\?tehty=pyydetty`));
  await expect(main(page).getByRole("status").filter({ hasText: "Pyyntösi on lähetetty." })).toBeVisible();
  await expect(main(page).getByText(/^Olet pyytänyt liittyä verkostoon/)).toBeVisible();
  await expectAccessible(page);

  // The chair gets a mail with the way to the network page, and approves there.
  const request = await waitForMail(chair.email);
  expect(request.subject).toBe(`Liittymispyyntö verkostoon E2E-verkosto ${id}`);
  expect(request.text).toContain(networkPath);
  await as(page, chair.email);
  await visit(page, networkPath);
  await main(page)
    .getByRole("button", { name: `Hyväksy: ${member.name}` })
    .click();
  await expect(main(page).getByRole("status").filter({ hasText: "Pyyntö on hyväksytty." })).toBeVisible();
  await expect(main(page).getByText("Uusia liittymispyyntöjä ei ole.")).toBeVisible();
  await expectAccessible(page);
  const welcome = await waitForMail(member.email);
  expect(welcome.subject).toBe(`Tervetuloa verkostoon E2E-verkosto ${id}`);

  // The chair adds an event: first without a place, then as it should be.
  await main(page).getByRole("link", { name: "Uusi tapahtuma" }).click();
  await expect(page).toHaveURL(new RegExp(`${networkPath}/tapahtumat/uusi$`));
  await expectAccessible(page);
  const day = dayAhead(10);
  await main(page)
    .getByLabel(/^Tapahtuman nimi/)
    .fill("Joulukahvit verkostolle");
  await main(page)
    .getByLabel(/^Alkaa/)
    .fill(`${day}T13:00`);
  await main(page)
    .getByLabel(/^Päättyy/)
    .fill(`${day}T14:30`);
  await main(page).getByRole("button", { name: "Lisää tapahtuma" }).click();
  await expect(main(page).getByRole("alert")).toContainText("Anna paikka tai etäyhteyden linkki.");
  await expectAccessible(page);
  await main(page)
    .getByLabel(/^Paikka/)
    .fill("Valkeakosken pääkirjasto, Kulttuuritila");
  await main(page).getByRole("button", { name: "Lisää tapahtuma" }).click();
  await expect(page).toHaveURL(new RegExp(`${networkPath}\\?tehty=tapahtuma`));
  await expect(main(page).getByRole("status").filter({ hasText: "Tapahtuma lisätty." })).toBeVisible();
  await expectAccessible(page);

  // The member sees it on the network page — no limit on places — and in the network's feed.
  await as(page, member.email);
  await visit(page, networkPath);
  const events = main(page).getByRole("region", { name: "Tapahtumat" });
  const card = events.getByRole("listitem").filter({ hasText: "Joulukahvit verkostolle" });
  await expect(card).toContainText("Ei osallistujarajaa");
  const feed = await page.request.get(`${networkPath.replace("/verkostot", "/api/networks")}/events.ics`);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain("Joulukahvit verkostolle");

  // …and enrols as in any training.
  await card.getByRole("link").click();
  await expectAccessible(page);
  await main(page)
    .getByRole("button", { name: /^Ilmoittaudu/ })
    .first()
    .click();
  await expect(main(page).getByRole("status").filter({ hasText: "Ilmoittautuminen vahvistettu" })).toBeVisible();
  await expectAccessible(page);
  const [enrolment] = await query<{ status: string }>(
    `SELECT e.status FROM "Enrolment" e JOIN "User" u ON u.id = e."userId" WHERE u.email = $1`,
    [member.email],
  );
  expect(enrolment?.status).toBe("CONFIRMED");

  // The chair writes the playbook, then improves it; the history shows both versions, newest first.
  await as(page, chair.email);
  await visit(page, networkPath);
  await main(page).getByRole("link", { name: "Muokkaa kuvausta ja pelikirjaa" }).click();
  await expectAccessible(page);
  const playbook = main(page).getByRole("textbox", { name: "Pelikirja" });
  await playbook.fill("## Tapaamiset\nKerran kuussa etänä.");
  await main(page).getByRole("button", { name: "Tallenna" }).click();
  await expect(main(page).getByRole("status").filter({ hasText: "Pelikirja tallennettu." })).toBeVisible();
  await playbook.fill("## Tapaamiset\nKerran kuussa etänä, joulukuussa kahvit.");
  await main(page).getByRole("button", { name: "Tallenna" }).click();
  await expect(main(page).getByRole("status").filter({ hasText: "Pelikirja tallennettu." })).toBeVisible();
  await expectAccessible(page);
  await visit(page, `${networkPath}/pelikirja/historia`);
  const versions = main(page).getByRole("list", { name: "Versiot" }).locator(":scope > li");
  await expect(versions).toHaveCount(2);
  await expect(versions.first().locator("ins")).toHaveText(/joulukuussa kahvit/);
  await expect(versions.last()).toContainText(chair.name);
  await expectAccessible(page);

  // The chair sends an announcement: without a subject first, then as it should be.
  await visit(page, networkPath);
  await main(page).getByRole("link", { name: "Lähetä tiedote jäsenille" }).click();
  await expect(page).toHaveURL(new RegExp(`${networkPath}/tiedotteet/uusi$`));
  await expectAccessible(page);
  await main(page)
    .getByLabel(/^Teksti/)
    .fill("Joulukahvit ovat kymmenen päivän päästä.\nTervetuloa!");
  await main(page).getByRole("button", { name: "Lähetä tiedote" }).click();
  await expect(main(page).getByRole("alert")).toContainText("Otsikko");
  await expectAccessible(page);
  await main(page)
    .getByLabel(/^Otsikko/)
    .fill("Joulukahvit tulossa");
  await main(page).getByRole("button", { name: "Lähetä tiedote" }).click();
  await expect(page).toHaveURL(new RegExp(`${networkPath}\\?tehty=tiedote`));
  await expect(
    main(page).getByRole("status").filter({ hasText: "Tiedote on lähetetty verkoston jäsenille." }),
  ).toBeVisible();
  await expectAccessible(page);
  const subject = `E2E-verkosto ${id}: Joulukahvit tulossa`;
  await expect
    .poll(() => mailsTo(member.email).find((mail) => mail.subject === subject)?.text ?? "", { timeout: 15_000 })
    .toContain("Joulukahvit ovat kymmenen päivän päästä.");
  expect(mailsTo(chair.email).some((mail) => mail.subject === subject)).toBe(false);

  // The member reads it on the network page too.
  await as(page, member.email);
  await visit(page, networkPath);
  const announcements = main(page).getByRole("region", { name: "Tiedotteet" });
  await expect(announcements.getByRole("heading", { name: "Joulukahvit tulossa" })).toBeVisible();
  await expect(announcements).toContainText(chair.name);

  // The chair's roster export opens: the chair first, then the new member.
  await as(page, chair.email);
  await visit(page, `${networkPath}/hallinta`);
  await expectAccessible(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    main(page).getByRole("region", { name: "Jäsenluettelo" }).getByRole("link", { name: /XLSX/ }).click(),
  ]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0]!;
  const names = [2, 3].map((n) => (sheet.getRow(n).values as unknown[])[1]);
  expect(names).toEqual([chair.name, member.name]);
});

test("the chair edits the playbook twice; the history shows both versions and what changed; a stale save is refused", async ({
  page,
  browser,
}) => {
  const id = randomUUID().slice(0, 8);
  const chair = await person("pj2", id);
  const slug = `e2e-pelikirja-${id}`;
  const [network] = await query<{ id: string }>(`INSERT INTO "Network" (slug, name) VALUES ($1, $2) RETURNING id`, [
    slug,
    `E2E-pelikirja ${id}`,
  ]);
  await query(
    `INSERT INTO "NetworkMembership" ("networkId", "userId", role, status, "joinedAt")
     SELECT $1, id, 'CHAIR', 'ACTIVE', now() FROM "User" WHERE email = $2`,
    [network!.id, chair.email],
  );
  await as(page, chair.email);
  await visit(page, `/verkostot/${slug}`);
  await main(page).getByRole("link", { name: "Muokkaa kuvausta ja pelikirjaa" }).click();
  await expect(page).toHaveURL(new RegExp(`/verkostot/${slug}/muokkaa$`));
  await expectAccessible(page);

  // A second tab opens the same form before the first save: its save will be stale.
  const other = await browser.newContext();
  const stale = await other.newPage();
  await other.addCookies(await page.context().cookies());
  await visit(stale, `/verkostot/${slug}/muokkaa`);

  const playbook = main(page).getByRole("textbox", { name: "Pelikirja" });
  await playbook.fill("## Tarkoitus\nJaetaan kokemuksia.\n## Kokoontumiset\nKerran kuussa.");
  await main(page).getByRole("button", { name: "Tallenna" }).click();
  await expect(main(page).getByRole("status").filter({ hasText: "Pelikirja tallennettu." })).toBeVisible();
  await playbook.fill("## Tarkoitus\nJaetaan kokemuksia ja ideoita.\n## Kokoontumiset\nKerran kuussa.");
  await main(page).getByRole("button", { name: "Tallenna" }).click();
  await expect(main(page).getByRole("status").filter({ hasText: "Pelikirja tallennettu." })).toBeVisible();
  await expectAccessible(page);

  await main(stale)
    .getByLabel(/^Pelikirja/)
    .fill("Vanhan välilehden teksti.");
  await main(stale).getByRole("button", { name: "Tallenna" }).click();
  await expect(main(stale).getByRole("alert")).toContainText("Joku muu tallensi pelikirjan sillä välin");
  await expectAccessible(stale);
  await other.close();

  // The network page shows the latest; the history both versions, newest first, with the change.
  await visit(page, `/verkostot/${slug}`);
  await expect(main(page).getByText("Jaetaan kokemuksia ja ideoita.")).toBeVisible();
  await main(page).getByRole("link", { name: "Pelikirjan versiohistoria" }).click();
  await expectAccessible(page);
  const versions = main(page).getByRole("list", { name: "Versiot" }).locator(":scope > li");
  await expect(versions).toHaveCount(2);
  await expect(versions.first()).toContainText(chair.name);
  await expect(versions.first()).toContainText("Muutokset edelliseen versioon: 1 rivi lisätty, 1 poistettu");
  await expect(versions.first().locator("ins")).toHaveText(/Jaetaan kokemuksia ja ideoita\./);
  await expect(versions.first().locator("del")).toHaveText(/Jaetaan kokemuksia\./);
});
