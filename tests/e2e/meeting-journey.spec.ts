// A steering-group meeting from start to finish in Chromium, with an axe
// scan of every page and state: a coordinator creates a meeting from the
// standard agenda (one validation error on the way), edits and reorders the
// agenda from the keyboard, uploads a material (and is refused a disguised
// one), publishes the agenda (mail with a valid .ics captured by the test
// SMTP server) and opens a scheduling poll; a steering member writes her
// library's news and answers the poll; the minutes are written, a decision
// and an action item added, the minutes approved; a staff member reads them
// and finds them by search; the meeting the poll turns into shows the open
// action item; the muistio prints.
import { randomUUID } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { framingProblems, parseCalendar } from "../support/ical";
import { htmlBytes, pdfBytes } from "../support/material-files";
import type { CapturedMail } from "../support/smtp";
import { expect, expectAccessible, expectNotFound, mailsTo, query, signInWithSession, test, visit } from "./fixtures";

// One journey in steps: each step needs the one before it.
test.describe.configure({ mode: "serial", timeout: 240_000 });

const main = (page: Page) => page.getByRole("main");

async function signInAs(page: Page, email: string) {
  await page.context().clearCookies();
  await signInWithSession(page, email);
}

/** After a form's server action has redirected, or a link was followed: wait for the new URL and scan it. */
async function arrivedAt(page: Page, url: RegExp) {
  await expect(page).toHaveURL(url);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
}

/** A saved form's status message (role=status), then a scan of the page in that state. */
async function saved(page: Page, text: string | RegExp) {
  await expect(main(page).getByRole("status").filter({ hasText: text })).toBeVisible();
  await expectAccessible(page);
}

/** The value of a select's option by (part of) its visible text. */
async function optionValue(select: Locator, text: string | RegExp): Promise<string> {
  const value = await select.locator("option", { hasText: text }).first().getAttribute("value");
  if (!value) throw new Error(`no option ${String(text)}`);
  return value;
}

async function waitForMailAbout(recipient: string, subjectPart: string): Promise<CapturedMail> {
  let found: CapturedMail | undefined;
  await expect
    .poll(() => (found = mailsTo(recipient).find((mail) => mail.subject.includes(subjectPart))) !== undefined, {
      timeout: 30_000,
      message: `a mail about ${subjectPart} to ${recipient}`,
    })
    .toBe(true);
  return found!;
}

const uuid = "[0-9a-f-]{36}";
const id = randomUUID().slice(0, 6);
const meetingTitle = `E2E-ohjausryhmä ${id}`;
const itemTitle = `Omatoimiaukiolojen laajentaminen ${id}`;
const actionTitle = `Selvitä omatoimiaukiolojen kustannukset ${id}`;
const nextTitle = `Seuraava E2E-kokous ${id}`;
const newsText = `Jyväskylän kuulumiset ${id}: Palokan kirjaston remontti valmistuu keväällä.`;
const STANDARD_TITLES = [
  "Kokouksen avaus",
  "Kuulumiskierros",
  "Edellisen kokouksen toimenpiteet",
  "Muut asiat",
  "Seuraava kokous",
  "Kokouksen päättäminen",
];

// Shared along the journey (serial tests).
let meetingId = "";
let itemId = "";
let materialPath = "";
let pollId = "";

test("a coordinator creates a meeting from the standard agenda and reorders it from the keyboard", async ({ page }) => {
  await signInAs(page, "juli@tampere.fi");
  await visit(page, "/kokoukset");
  await main(page).getByRole("link", { name: "Uusi kokous" }).click();
  await arrivedAt(page, /\/kokoukset\/uusi$/);

  // The steering group is invited by default.
  await expect(main(page).getByRole("checkbox", { name: /^Hanna/ })).toBeChecked();

  // End before start: refused inline, what was typed kept.
  await main(page)
    .getByLabel(/^Otsikko/)
    .fill(meetingTitle);
  await main(page)
    .getByLabel(/^Alkaa/)
    .fill("2027-02-10T12:00");
  await main(page)
    .getByLabel(/^Päättyy/)
    .fill("2027-02-10T11:00");
  await main(page)
    .getByLabel(/^Paikka/)
    .fill("Jyväskylän pääkirjasto, Vapaudenkatu 39–41");
  await main(page)
    .getByLabel(/^Etäyhteyden linkki/)
    .fill(`https://teams.example.com/ohjausryhma-${id}`);
  const secretary = main(page).getByLabel(/^Sihteeri/);
  await secretary.selectOption(await optionValue(secretary, /^Juli/));
  await main(page).getByRole("button", { name: "Luo kokous" }).click();
  const endsAt = main(page).getByLabel(/^Päättyy/);
  await expect(endsAt).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#endsAt-error")).toHaveText("Päättymisajan pitää olla alkamisajan jälkeen.");
  await expect(endsAt).toHaveAttribute("aria-describedby", /endsAt-error/);
  await expect(main(page).getByRole("alert")).toContainText("Lomakkeessa on virheitä");
  await expect(main(page).getByLabel(/^Otsikko/)).toHaveValue(meetingTitle);
  await expectAccessible(page);

  await endsAt.fill("2027-02-10T14:00");
  await main(page).getByRole("button", { name: "Luo kokous" }).click();
  await arrivedAt(page, new RegExp(`/kokoukset/${uuid}/muokkaa\\?uusi=1$`));
  meetingId = new RegExp(`/kokoukset/(${uuid})/`).exec(page.url())![1]!;
  await expect(main(page).getByText("Kokous on luotu vakioasialistalla.", { exact: false })).toBeVisible();
  const [stored] = await query<{ status: string; startsAt: Date; endsAt: Date }>(
    `SELECT status, "startsAt", "endsAt" FROM "Meeting" WHERE id = $1`,
    [meetingId],
  );
  // Helsinki wall-clock time (EET in February) stored as the instant it is.
  expect(stored).toEqual({
    status: "PLANNED",
    startsAt: new Date("2027-02-10T10:00:00Z"),
    endsAt: new Date("2027-02-10T12:00:00Z"),
  });

  // The standard agenda.
  const agenda = main(page).getByRole("list", { name: "Asialista" });
  const headings = agenda.locator(":scope > li > h3");
  await expect(headings).toHaveText(STANDARD_TITLES.map((title, i) => `${i + 1}. ${title}`));

  // A new item lands before "Muut asiat".
  const addForm = main(page)
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Lisää kohta" }) });
  await addForm.getByLabel(/^Otsikko/).fill(itemTitle);
  await addForm.getByLabel(/^Kuvaus/).fill("Laajennetaanko omatoimiaukioloja kesällä? Esittely ja keskustelu.");
  await addForm.getByRole("button", { name: "Lisää kohta" }).click();
  await saved(page, `Kohta ”${itemTitle}” lisättiin kohdaksi 4.`);
  await expect(headings).toHaveCount(7);
  await expect(headings.nth(3)).toHaveText(`4. ${itemTitle}`);
  itemId = (await agenda.locator(":scope > li").nth(3).getAttribute("id"))!.replace(/^kohta-/, "");
  expect(itemId).toMatch(new RegExp(`^${uuid}$`));

  // Reorder from the keyboard: the focus stays on the moved item's button.
  const up = main(page).getByRole("button", { name: new RegExp(`^Siirrä ylös\\s*: ${itemTitle}$`) });
  const down = main(page).getByRole("button", { name: new RegExp(`^Siirrä alas\\s*: ${itemTitle}$`) });
  await up.focus();
  await page.keyboard.press("Enter");
  await saved(page, `Kohta ”${itemTitle}” on nyt kohta 3.`);
  await expect(headings.nth(2)).toHaveText(`3. ${itemTitle}`);
  await expect(headings.nth(3)).toHaveText("4. Edellisen kokouksen toimenpiteet");
  await expect(up).toBeFocused();
  await down.focus();
  await page.keyboard.press("Enter");
  await saved(page, `Kohta ”${itemTitle}” on nyt kohta 4.`);
  await expect(headings.nth(3)).toHaveText(`4. ${itemTitle}`);
  await expect(down).toBeFocused();
  await expect(headings).toHaveText([
    ...STANDARD_TITLES.slice(0, 3).map((title, i) => `${i + 1}. ${title}`),
    `4. ${itemTitle}`,
    ...STANDARD_TITLES.slice(3).map((title, i) => `${i + 5}. ${title}`),
  ]);
});

test("the coordinator uploads a material and is refused a disguised file", async ({ page }) => {
  await signInAs(page, "juli@tampere.fi");
  await visit(page, `/kokoukset/${meetingId}/muokkaa`);
  await main(page)
    .getByRole("navigation", { name: "Kokouksen sivut" })
    .getByRole("link", { name: "Materiaalit" })
    .click();
  await arrivedAt(page, new RegExp(`/kokoukset/${meetingId}/materiaalit$`));
  const fileForm = main(page)
    .locator("details")
    .filter({
      has: page.locator("summary", { hasText: `Lisää tiedosto asiakohtaan 4. ${itemTitle}` }),
    });
  await fileForm.locator("summary").click();
  await expectAccessible(page);
  await fileForm.getByLabel(/^Tiedosto/).setInputFiles({
    name: "talousarvio.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(pdfBytes()),
  });
  await fileForm.getByLabel(/^Otsikko/).fill(`Talousarvioliite ${id}`);
  await fileForm.getByRole("button", { name: "Tallenna tiedosto" }).click();
  await saved(page, `Materiaali ”Talousarvioliite ${id}” lisätty.`);
  const materialLink = main(page).getByRole("link", { name: `Talousarvioliite ${id}`, exact: true });
  await expect(materialLink).toBeVisible();
  materialPath = (await materialLink.getAttribute("href"))!;
  expect(materialPath).toMatch(new RegExp(`^/api/materials/${uuid}$`));
  await expect(main(page).getByText(/PDF, .* · tiedosto talousarvio\.pdf/)).toBeVisible();

  const before = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Material" m
    JOIN "AgendaItem" i ON i.id = m."agendaItemId" WHERE i."meetingId" = $1`,
    [meetingId],
  );
  await fileForm.getByLabel(/^Tiedosto/).setInputFiles({
    name: "liite.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(htmlBytes()),
  });
  await fileForm.getByRole("button", { name: "Tallenna tiedosto" }).click();
  const fileInput = fileForm.getByLabel(/^Tiedosto/);
  await expect(fileInput).toHaveAttribute("aria-invalid", "true");
  await expect(fileForm.getByText(/^Tiedostotyyppi ei ole sallittu\./)).toBeVisible();
  await expect(fileForm.getByRole("alert")).toContainText("Lomakkeessa on virheitä");
  await expectAccessible(page);
  const after = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Material" m
    JOIN "AgendaItem" i ON i.id = m."agendaItemId" WHERE i."meetingId" = $1`,
    [meetingId],
  );
  expect(after).toEqual(before);
});

test("the coordinator publishes the agenda: the steering group gets it by mail with a valid .ics", async ({ page }) => {
  await signInAs(page, "juli@tampere.fi");
  await visit(page, `/kokoukset/${meetingId}/materiaalit`);
  await main(page)
    .getByRole("navigation", { name: "Kokouksen sivut" })
    .getByRole("link", { name: "Tiedot ja asialista" })
    .click();
  await arrivedAt(page, new RegExp(`/kokoukset/${meetingId}/muokkaa$`));
  await main(page).getByText("Julkaise asialista", { exact: true }).click();
  const confirm = main(page).getByRole("button", { name: "Vahvista: Julkaise asialista" });
  await expect(confirm).toBeVisible();
  await expect(main(page).getByText(/Asialista tulee näkyviin ohjausryhmälle/)).toBeVisible();
  await expectAccessible(page);
  await confirm.click();
  await saved(
    page,
    /^Asialista on julkaistu\. Asialista ja kalenterikutsu lähtevät sähköpostilla \d+ kutsutulle; nimet ovat alla kohdassa Asialistan jakelu\.$/,
  );
  // Exactly who was mailed, by name: the steering group and the secretary.
  const mailing = main(page).getByRole("region", { name: /^Asialistan jakelu/ });
  await expect(mailing).toContainText(/Asialista ja kalenterikutsu lähetettiin sähköpostilla \d+ kutsutulle: /);
  await expect(mailing).toContainText("Hanna (Jyväskylän kaupunginkirjasto)");
  await expect(mailing).toContainText("Juli (Tampereen kaupunginkirjasto)");
  await expect(mailing).not.toContainText("@");
  expect((await query<{ status: string }>(`SELECT status FROM "Meeting" WHERE id = $1`, [meetingId]))[0]).toEqual({
    status: "AGENDA_PUBLISHED",
  });

  // The steering group's mail: the agenda in the text, a calendar invitation attached.
  const mail = await waitForMailAbout("hanna@jkl.fi", meetingTitle);
  // In Hanna's language (Finnish) and only that.
  expect(mail.subject).toBe(`Asialista: ${meetingTitle} 10.2.2027`);
  expect(mail.text).not.toContain("Agenda:");
  for (const title of [...STANDARD_TITLES, itemTitle]) expect(mail.text).toContain(title);
  expect(mail.text).toContain(`/kokoukset/${meetingId}`);
  // An iMIP invitation: a text/calendar part with method=REQUEST, and the same as an .ics file.
  const invitation = mail.attachments.find((a) => a.contentType === "text/calendar");
  expect(invitation?.method).toBe("REQUEST");
  const ics = mail.attachments.find((a) => a.filename?.endsWith(".ics"));
  expect(ics, "an .ics attachment").toBeDefined();
  expect(ics!.content).toBe(invitation!.content);
  expect(framingProblems(ics!.content)).toEqual([]);
  const calendar = parseCalendar(ics!.content);
  expect(calendar.method).toBe("REQUEST");
  expect(calendar.events).toHaveLength(1);
  const [event] = calendar.events;
  expect(event!.uid).toBe(`meeting-${meetingId}@pike-portaali`);
  expect(event!.summary).toBe(meetingTitle);
  expect(event!.start.toISOString()).toBe("2027-02-10T10:00:00.000Z");
  expect(event!.end.toISOString()).toBe("2027-02-10T12:00:00.000Z");
  expect(event!.location).toContain("Jyväskylän pääkirjasto");
  expect(event!.description).toContain(`https://teams.example.com/ohjausryhma-${id}`);
});

test("the coordinator opens a scheduling poll for the next meeting", async ({ page }) => {
  await signInAs(page, "juli@tampere.fi");
  await visit(page, "/kokoukset");
  await main(page).getByRole("link", { name: "Kokousajan kyselyt" }).click();
  await arrivedAt(page, /\/kokoukset\/kyselyt$/);
  await main(page).getByRole("link", { name: "Uusi kysely" }).click();
  await arrivedAt(page, /\/kokoukset\/kyselyt\/uusi$/);
  await main(page)
    .getByLabel(/^Kyselyn otsikko/)
    .fill(`Seuraavan kokouksen aika ${id}`);
  const forMeeting = main(page).getByLabel(/^Liittyy kokoukseen/);
  await forMeeting.selectOption(await optionValue(forMeeting, meetingTitle));
  for (const [n, date] of [
    [1, "2027-04-14"],
    [2, "2027-04-21"],
  ] as const) {
    const row = main(page).getByRole("group", { name: `Vaihtoehto ${n}`, exact: true });
    await row.getByLabel("Päivä").fill(date);
    await row.getByLabel("Alkaa").fill("12:00");
    await row.getByLabel("Päättyy").fill("14:00");
  }
  await main(page).getByRole("button", { name: "Luo kysely" }).click();
  await arrivedAt(page, new RegExp(`/kokoukset/kyselyt/${uuid}\\?uusi=1$`));
  pollId = new RegExp(`/kyselyt/(${uuid})`).exec(page.url())![1]!;
  await expect(main(page).getByRole("link", { name: meetingTitle })).toBeVisible();
});

test("the material is a download for the steering group and does not exist for staff", async ({ page }) => {
  await signInAs(page, "hanna@jkl.fi");
  await visit(page, `/kokoukset/${meetingId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(meetingTitle);
  const link = main(page).getByRole("link", { name: `Talousarvioliite ${id}`, exact: true });
  await expect(link).toHaveAttribute("href", materialPath);
  const download = await page.request.get(materialPath);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="talousarvio\.pdf"/);
  expect((await download.body()).subarray(0, 8).toString("latin1")).toBe("%PDF-1.4");

  await signInAs(page, "marju@valkeakoski.fi");
  const refused = await page.request.get(materialPath);
  expect(refused.status()).toBe(404);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
  await expectNotFound(page, await visit(page, `/kokoukset/${meetingId}`));
});

test("a steering member writes her library's news and answers the poll", async ({ page }) => {
  await signInAs(page, "hanna@jkl.fi");
  await visit(page, `/kokoukset/${meetingId}`);
  await main(page)
    .getByRole("navigation", { name: "Kokouksen sivut" })
    .getByRole("link", { name: "Kuulumiskierros" })
    .click();
  await arrivedAt(page, new RegExp(`/kokoukset/${meetingId}/kuulumiset$`));
  await expect(main(page).getByRole("heading", { name: "Jyväskylän kaupunginkirjasto: kuulumiset" })).toBeVisible();
  await main(page)
    .getByLabel(/^Talous/)
    .fill("Talousarvio pysyy ennallaan, ei leikkauksia.");
  await main(page)
    .getByLabel(/^Henkilöstö/)
    .fill("Kaksi uutta kirjastonhoitajaa aloittaa maaliskuussa.");
  await main(page)
    .getByLabel(/^Hankkeet/)
    .fill(newsText);
  await main(page).getByRole("button", { name: "Lähetä" }).click();
  await saved(page, "Kuulumiset on lähetetty.");
  await expect(main(page).getByRole("button", { name: "Tallenna muutokset" })).toBeVisible();

  await visit(page, `/kokoukset/${meetingId}`);
  const newsRound = main(page).getByRole("region", { name: "Kuulumiskierros" });
  await expect(newsRound.getByRole("heading", { name: "Jyväskylän kaupunginkirjasto" })).toBeVisible();
  await expect(newsRound.getByText(newsText)).toBeVisible();

  // The poll: answer, then change an answer.
  await visit(page, "/kokoukset/kyselyt");
  await main(page)
    .getByRole("link", { name: new RegExp(`Seuraavan kokouksen aika ${id}`) })
    .click();
  await arrivedAt(page, new RegExp(`/kokoukset/kyselyt/${pollId}$`));
  const first = main(page).getByRole("group", { name: /14\.4\.2027/ });
  const second = main(page).getByRole("group", { name: /21\.4\.2027/ });
  await first.getByRole("radio", { name: "Kyllä" }).check();
  await second.getByRole("radio", { name: "Ei" }).check();
  await main(page).getByRole("button", { name: "Tallenna vastaukset" }).click();
  await saved(page, "Vastauksesi on tallennettu.");
  await second.getByRole("radio", { name: "Tarvittaessa" }).check();
  await main(page).getByRole("button", { name: "Tallenna vastaukset" }).click();
  await expect(main(page).getByRole("status").filter({ hasText: "Vastauksesi on tallennettu." })).toBeVisible();
  await expect
    .poll(async () =>
      (
        await query<{ answer: string }>(
          `SELECT v.answer FROM "PollVote" v JOIN "PollOption" o ON o.id = v."optionId"
            JOIN "User" u ON u.id = v."userId" WHERE o."pollId" = $1 AND u.email = 'hanna@jkl.fi'
            ORDER BY o."startsAt"`,
          [pollId],
        )
      ).map((row) => row.answer),
    )
    .toEqual(["YES", "IF_NEED_BE"]);
  await visit(page, `/kokoukset/kyselyt/${pollId}`);
  await expect(first.getByRole("radio", { name: "Kyllä" })).toBeChecked();
  await expect(second.getByRole("radio", { name: "Tarvittaessa" })).toBeChecked();
  await expect(main(page).getByText(/^Paras vaihtoehto: .*14\.4\.2027/)).toBeVisible();
});

test("the minutes are started, written with a preview and saved as a revision", async ({ page }) => {
  await signInAs(page, "juli@tampere.fi");
  await visit(page, `/kokoukset/${meetingId}/muokkaa`);
  await main(page).getByText("Aloita muistio", { exact: true }).click();
  await expectAccessible(page);
  await main(page).getByRole("button", { name: "Vahvista: Aloita muistio" }).click();
  await saved(page, "Muistio on aloitettu.");

  await main(page)
    .getByRole("navigation", { name: "Kokouksen sivut" })
    .getByRole("link", { name: "Muistion kirjoitus" })
    .click();
  await arrivedAt(page, new RegExp(`/kokoukset/${meetingId}/muistio$`));
  const itemName = `4. ${itemTitle}`;
  const minutes = main(page).getByLabel(new RegExp(`^Muistio\\s*: ${itemName}$`));
  await minutes.fill(
    [
      "Keskusteltiin siitä, miten **omatoimikirjasto** palvelee kesällä.",
      "",
      "- Palokka aloittaa kokeilun",
      "- Kustannukset selvitetään",
    ].join("\n"),
  );
  await expect(main(page).getByText("Tallentamattomia muutoksia.")).toBeVisible();
  const modes = main(page).getByRole("group", { name: `Näkymä: ${itemName}` });
  await modes.getByRole("button", { name: "Esikatsele" }).click();
  await expect(modes.getByRole("button", { name: "Esikatsele" })).toHaveAttribute("aria-pressed", "true");
  const preview = main(page).getByRole("region", { name: `Esikatselu: ${itemName}` });
  await expect(preview.locator("strong")).toHaveText("omatoimikirjasto");
  await expect(preview.getByRole("listitem")).toHaveText(["Palokka aloittaa kokeilun", "Kustannukset selvitetään"]);
  await expect(minutes).toBeHidden();
  await expectAccessible(page);
  await main(page).getByRole("button", { name: "Tallenna kohta 4" }).click();
  await saved(page, /^Muistio tallennettu klo \d{1,2}\.\d{2}\.$/);
  await expect(main(page).getByText("Tallentamattomia muutoksia.")).toHaveCount(0);

  // Every save is a revision: the history lists it.
  await main(page).getByRole("link", { name: "Kohdan 4 versiohistoria (1)" }).click();
  await arrivedAt(page, new RegExp(`/kokoukset/${meetingId}/muistio/${itemId}/historia$`));
  await expect(main(page).getByText("Tallennettuja versioita: 1. Uusin ensin.")).toBeVisible();
  const revisions = main(page).getByRole("list", { name: "Versiot" }).locator(":scope > li");
  await expect(revisions).toHaveCount(1);
  await expect(revisions.first()).toContainText("Juli");
  await expect(revisions.first().locator("strong")).toHaveText("omatoimikirjasto");
});

test("a decision and an action item are added and the minutes approved", async ({ page }) => {
  await signInAs(page, "juli@tampere.fi");
  const itemName = `4. ${itemTitle}`;
  await visit(page, `/kokoukset/${meetingId}/paatokset`);
  const item = main(page).locator(`li#kohta-4`);
  await expect(item.getByRole("heading", { level: 2 })).toHaveText(itemName);
  await item.getByText(`Lisää päätös kohtaan ${itemTitle}`).click();
  await item.getByLabel(/^Päätös/).fill("Ohjausryhmä puoltaa omatoimiaukiolojen laajentamista kesäksi.");
  await item.getByRole("button", { name: "Lisää päätös" }).click();
  await saved(page, "Päätös lisätty.");
  await expect(
    item.locator("p", { hasText: "Ohjausryhmä puoltaa omatoimiaukiolojen laajentamista kesäksi." }),
  ).toBeVisible();

  await item.getByText(`Lisää toimenpide kohtaan ${itemTitle}`).click();
  const actionForm = item.locator("form").filter({ has: page.getByRole("button", { name: "Lisää toimenpide" }) });
  await actionForm.getByLabel(/^Toimenpide/).fill(actionTitle);
  const owner = actionForm.getByRole("combobox", { name: /^Vastuuhenkilö/ });
  await owner.selectOption(await optionValue(owner, /^Hanna/));
  await actionForm.getByLabel(/^Määräaika/).fill("2027-03-31");
  await expectAccessible(page);
  await actionForm.getByRole("button", { name: "Lisää toimenpide" }).click();
  await saved(page, "Toimenpide lisätty.");
  const [action] = await query<{ status: string; due: string; owner: string }>(
    `SELECT a.status, to_char(a."dueDate", 'YYYY-MM-DD') AS due, u.email AS owner FROM "ActionItem" a
       JOIN "User" u ON u.id = a."ownerUserId" WHERE a.title = $1`,
    [actionTitle],
  );
  expect(action).toEqual({ status: "OPEN", due: "2027-03-31", owner: "hanna@jkl.fi" });

  // Approve, after the confirmation step: locked.
  await visit(page, `/kokoukset/${meetingId}/muokkaa`);
  await main(page).getByText("Hyväksy muistio", { exact: true }).click();
  await expect(main(page).getByText(/Muistio lukitaan ja julkaistaan/)).toBeVisible();
  await expectAccessible(page);
  await main(page).getByRole("button", { name: "Vahvista: Hyväksy muistio" }).click();
  await saved(page, "Muistio on hyväksytty ja lukittu.");
  await expect(main(page).getByText(/kokouksen tiedot, osallistujat ja asialista on lukittu/)).toBeVisible();
  expect((await query<{ status: string }>(`SELECT status FROM "Meeting" WHERE id = $1`, [meetingId]))[0]).toEqual({
    status: "MINUTES_APPROVED",
  });
});

test("a staff member reads the approved minutes and finds them by an inflected word", async ({ page }) => {
  await signInAs(page, "marju@valkeakoski.fi");
  await visit(page, `/kokoukset/${meetingId}`);
  const item = main(page).locator("li#kohta-4");
  await expect(item.getByRole("heading", { level: 3 })).toHaveText(`4. ${itemTitle}`);
  await expect(item.locator("strong", { hasText: "omatoimikirjasto" })).toBeVisible();
  await expect(item.getByText("Ohjausryhmä puoltaa omatoimiaukiolojen laajentamista kesäksi.")).toBeVisible();
  await expect(item.getByText(actionTitle)).toBeVisible();
  await expect(main(page).getByText(newsText)).toBeVisible();
  // Staff read; they do not edit.
  await expect(main(page).getByRole("link", { name: "Tiedot ja asialista" })).toHaveCount(0);

  // A link to the item's revision history lands on the approved text and who approved it, not on the drafts.
  await visit(page, `/kokoukset/${meetingId}/muistio/${itemId}/historia`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Muistion teksti");
  await expect(main(page).getByText(/^Muistion hyväksyi Juli \d/)).toBeVisible();
  await expect(main(page).locator("strong", { hasText: "omatoimikirjasto" })).toBeVisible();
  await expect(main(page).getByRole("list", { name: "Versiot" })).toHaveCount(0);

  await visit(page, "/kokoukset");
  await page.getByRole("searchbox", { name: "Hae kokouksista" }).fill("omatoimikirjastoon");
  await page.getByRole("button", { name: "Hae", exact: true }).click();
  await arrivedAt(page, /\/kokoukset\/haku\?q=omatoimikirjastoon$/);
  const hit = main(page).getByRole("listitem").filter({ hasText: meetingTitle }).first();
  await expect(hit.locator("mark").first()).toHaveText(/^omatoimikirjasto/i);
  await hit.getByRole("link", { name: new RegExp(meetingTitle) }).click();
  await arrivedAt(page, new RegExp(`/kokoukset/${meetingId}#kohta-4$`));
  await expect(page.locator("#kohta-4")).toBeVisible();
});

test("the poll becomes the next meeting, which shows the open action item", async ({ page }) => {
  await signInAs(page, "juli@tampere.fi");
  await visit(page, `/kokoukset/kyselyt/${pollId}`);
  const convert = main(page).getByRole("region", { name: "Tee kokous valitusta ajankohdasta" });
  const option = convert.getByLabel(/^Ajankohta/);
  // The best option is chosen to begin with.
  await expect(option.locator("option:checked")).toHaveText(/14\.4\.2027.*\(paras vaihtoehto\)/);
  await convert.getByLabel(/^Kokouksen otsikko/).fill(nextTitle);
  await convert.getByLabel(/^Paikka/).fill("Tampereen pääkirjasto Metso");
  await convert.getByRole("button", { name: "Tee tästä kokous" }).click();
  await arrivedAt(page, new RegExp(`/kokoukset/${uuid}/muokkaa$`));
  const nextId = new RegExp(`/kokoukset/(${uuid})/`).exec(page.url())![1]!;
  expect(nextId).not.toBe(meetingId);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(nextTitle);
  await main(page).getByText("Julkaise asialista", { exact: true }).click();
  await main(page).getByRole("button", { name: "Vahvista: Julkaise asialista" }).click();
  await saved(page, /^Asialista on julkaistu\./);

  await signInAs(page, "hanna@jkl.fi");
  await visit(page, `/kokoukset/${nextId}`);
  await expect(main(page).getByText("14.4.2027 klo 12.00–14.00").first()).toBeVisible();
  const previous = main(page)
    .locator("li")
    .filter({ has: page.getByRole("heading", { level: 3, name: /^\d+\. Edellisen kokouksen toimenpiteet$/ }) });
  await expect(previous.getByText(actionTitle)).toBeVisible();
  await expect(previous.getByRole("link", { name: meetingTitle })).toBeVisible();
});

test("the approved muistio prints with its header", async ({ page }) => {
  await signInAs(page, "marju@valkeakoski.fi");
  await visit(page, `/kokoukset/${meetingId}/tulosta`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(meetingTitle);
  await expect(main(page).getByText("Muistio", { exact: true }).first()).toBeVisible();
  await expect(main(page).getByText("10.2.2027 klo 12.00–14.00")).toBeVisible();
  await expect(main(page).getByText("Jyväskylän pääkirjasto, Vapaudenkatu 39–41")).toBeVisible();
  await expect(main(page).getByRole("heading", { name: "Osallistujat" })).toBeVisible();
  await expect(
    main(page)
      .getByRole("region", { name: "Osallistujat" })
      .getByText(/Hanna \(Jyväskylän kaupunginkirjasto\)/),
  ).toBeVisible();
  await expect(main(page).getByRole("heading", { name: `4. ${itemTitle}` })).toBeVisible();
  await expect(main(page).locator("strong", { hasText: "omatoimikirjasto" })).toBeVisible();
  await expect(main(page).getByText(actionTitle)).toBeVisible();
  await expect(main(page).getByText(newsText)).toBeVisible();
  await expect(main(page).getByRole("button", { name: "Tulosta" })).toBeVisible();
});
