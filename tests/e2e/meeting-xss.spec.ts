// The XSS corpus in everything users write about a meeting — minutes,
// agenda item descriptions and news-round entries — written through the
// forms (minutes with their preview, a description, a news entry) and
// straight into the database (as an import or an older version might have
// stored them), then shown on every page that renders them. No dialog may
// open, and no script, iframe, event handler or javascript: URL may reach
// the page; each page is scanned by axe.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, query, signInWithSession, test, visit } from "./fixtures";

const main = (page: Page) => page.getByRole("main");

async function signInAs(page: Page, email: string) {
  await page.context().clearCookies();
  await signInWithSession(page, email);
}

/** Letters only, so that the search parser sees one word. */
const tag = Array.from(randomBytes(6), (b) => String.fromCharCode(97 + (b % 26))).join("");
const marker = `haittakoe${tag}`;

const PAYLOADS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  "[x](javascript:alert(1))",
  '<iframe src="javascript:alert(1)">',
  '<a href="jAvAsCrIpT:alert(1)">x</a>',
  "[y](&#106;avascript:alert(1))",
  "<details open ontoggle=alert(1)>",
  // A few more of the same families.
  "![kuva](javascript:alert(1))",
  "<javascript:alert(1)>",
  "[z]( JaVaScRiPt:alert(1))",
  "[d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  '<a href="#" onclick="alert(1)">klikkaa</a>',
  "<style>body{display:none}</style>",
];

/** The corpus as one text: each payload in a paragraph of its own, and in the middle of a sentence. */
const corpus = (label: string) =>
  [
    `${label}: ${marker}.`,
    ...PAYLOADS,
    `Lauseen keskellä ${PAYLOADS.join(" ja ")} loppuu.`,
    "Tavallinen [linkki](https://www.example.com/ok) toimii.",
  ].join("\n\n");

/**
 * Nothing executable in the page's main content: no script, iframe, object
 * or embed, no on* attribute, no URL other than http(s), mailto or the page's own.
 */
async function expectInert(page: Page) {
  const root = main(page);
  for (const tagName of ["script", "iframe", "object", "embed", "style"]) {
    await expect(root.locator(tagName), `<${tagName}> in main on ${page.url()}`).toHaveCount(0);
  }
  const problems = await root.evaluate((element) => {
    const found: string[] = [];
    for (const node of [element, ...Array.from(element.querySelectorAll("*"))]) {
      for (const name of node.getAttributeNames()) {
        if (name.toLowerCase().startsWith("on")) found.push(`${node.tagName} ${name}`);
        if (!["href", "src", "action", "formaction", "xlink:href", "srcdoc", "data"].includes(name.toLowerCase()))
          continue;
        const value = node.getAttribute(name) ?? "";
        let protocol = "invalid:";
        try {
          protocol = new URL(value, document.baseURI).protocol;
        } catch {
          // an unparsable URL is reported below
        }
        if (!["http:", "https:", "mailto:"].includes(protocol)) found.push(`${node.tagName} ${name}="${value}"`);
      }
    }
    return found;
  });
  expect(problems, `executable markup in main on ${page.url()}`).toEqual([]);
}

/** Scan, check, and see the payloads as text. */
async function checkPage(page: Page, { payloadText = true }: { payloadText?: boolean } = {}) {
  await expectAccessible(page);
  await expectInert(page);
  if (payloadText) {
    // Shown as text (textareas holding the same text are not what is looked for).
    await expect(main(page).getByText(marker).filter({ visible: true }).first()).toBeVisible();
    await expect(main(page).getByText("<script>alert(1)</script>").filter({ visible: true }).first()).toBeVisible();
  }
}

test.describe.configure({ timeout: 240_000 });

test("the XSS corpus in minutes, descriptions and news entries runs nowhere", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });

  // A meeting with minutes in draft, holding the corpus as stored text.
  const [meeting] = await query<{ id: string }>(
    `INSERT INTO "Meeting" (title, "startsAt", "endsAt", location, status, "secretaryId")
     SELECT $1, '2027-06-02T10:00:00Z', '2027-06-02T12:00:00Z', 'Tampereen pääkirjasto Metso', 'MINUTES_DRAFT', id
       FROM "User" WHERE email = 'juli@tampere.fi'
     RETURNING id`,
    [`XSS-koekokous ${tag}`],
  );
  const meetingId = meeting!.id;
  const storedTitle = `Tallennetut syötteet ${tag}`;
  const formTitle = `Lomakkeella kirjoitetut ${tag}`;
  const items = await query<{ id: string; position: number }>(
    `INSERT INTO "AgendaItem" ("meetingId", position, kind, title, body, minutes) VALUES
       ($1, 1, 'OPENING', 'Kokouksen avaus', NULL, NULL),
       ($1, 2, 'NEWS_ROUND', 'Kuulumiskierros', $2, NULL),
       ($1, 3, 'STANDARD', $3, $4, $5),
       ($1, 4, 'STANDARD', $6, NULL, NULL)
     RETURNING id, position`,
    [meetingId, corpus("Kuulumisten kuvaus"), storedTitle, corpus("Kuvaus"), corpus("Muistio"), formTitle],
  );
  const storedItemId = items.find((item) => item.position === 3)!.id;
  const formItemId = items.find((item) => item.position === 4)!.id;
  await query(
    `INSERT INTO "MinutesRevision" ("agendaItemId", minutes, "authorId")
     SELECT $1, $2, id FROM "User" WHERE email = 'juli@tampere.fi'`,
    [storedItemId, corpus("Muistio")],
  );
  await query(
    `INSERT INTO "MeetingAttendance" ("meetingId", "userId")
     SELECT $1, id FROM "User" WHERE email IN ('juli@tampere.fi', 'hanna@jkl.fi')`,
    [meetingId],
  );
  await query(
    `INSERT INTO "LibraryUpdate" ("meetingId", "libraryId", "authorId", budget, staffing, projects, events, body, "submittedAt")
     SELECT $1, l.id, u.id, $2, $2, $2, $2, $2, now()
       FROM "Library" l, "User" u WHERE l.slug = 'tampere' AND u.email = 'juli@tampere.fi'`,
    [meetingId, corpus("Tampereen kuulumiset")],
  );

  // The steering member writes her library's entry with the corpus in every field.
  await signInAs(page, "hanna@jkl.fi");
  await visit(page, `/kokoukset/${meetingId}/kuulumiset`);
  for (const label of [/^Talous/, /^Henkilöstö/, /^Hankkeet/, /^Tapahtumat/, /^Muut kuulumiset/]) {
    await main(page).getByLabel(label).fill(corpus("Jyväskylän kuulumiset"));
  }
  await main(page).getByRole("button", { name: "Lähetä" }).click();
  await expect(main(page).getByRole("status").filter({ hasText: "Kuulumiset on lähetetty." })).toBeVisible();
  await checkPage(page, { payloadText: false });
  await visit(page, "/kirjastot/jyvaskyla");
  await expect(main(page).getByRole("heading", { name: `XSS-koekokous ${tag}` })).toBeVisible();
  await checkPage(page);

  // The coordinator writes a description through the agenda editor…
  await signInAs(page, "juli@tampere.fi");
  await visit(page, `/kokoukset/${meetingId}/muokkaa`);
  const edit = main(page)
    .locator("details")
    .filter({ has: page.locator("summary", { hasText: `Muokkaa kohtaa: ${formTitle}` }) });
  await edit.locator("summary").click();
  await edit.getByLabel(/^Kuvaus/).fill(corpus("Lomakkeen kuvaus"));
  await edit.getByRole("button", { name: "Tallenna" }).click();
  await expect(edit.getByRole("status").filter({ hasText: "Tallennettu." })).toBeVisible();
  await checkPage(page);

  // …and minutes with the preview, through the minutes editor.
  await visit(page, `/kokoukset/${meetingId}/muistio`);
  const stored = `3. ${storedTitle}`;
  await main(page)
    .getByRole("group", { name: `Näkymä: ${stored}` })
    .getByRole("button", { name: "Esikatsele" })
    .click();
  await expect(main(page).getByRole("region", { name: `Esikatselu: ${stored}` })).toContainText(marker);
  const written = `4. ${formTitle}`;
  await main(page)
    .getByLabel(new RegExp(`^Muistio\\s*: ${written}$`))
    .fill(corpus("Lomakkeen muistio"));
  await main(page)
    .getByRole("group", { name: `Näkymä: ${written}` })
    .getByRole("button", { name: "Esikatsele" })
    .click();
  const preview = main(page).getByRole("region", { name: `Esikatselu: ${written}` });
  await expect(preview).toContainText(marker);
  await expect(preview.getByText("<img src=x onerror=alert(1)>").first()).toBeVisible();
  await expect(preview.getByRole("link", { name: "linkki" })).toHaveAttribute("href", "https://www.example.com/ok");
  await checkPage(page);
  await main(page).getByRole("button", { name: "Tallenna kohta 4" }).click();
  await expect(main(page).getByRole("status").filter({ hasText: "Muistio tallennettu" })).toBeVisible();
  await checkPage(page, { payloadText: false });

  // The history of both items.
  for (const itemId of [storedItemId, formItemId]) {
    await visit(page, `/kokoukset/${meetingId}/muistio/${itemId}/historia`);
    await checkPage(page);
  }

  // Every page that shows them.
  await visit(page, `/kokoukset/${meetingId}`);
  await expect(main(page).getByText(`Lomakkeen muistio: ${marker}.`)).toBeVisible();
  await expect(main(page).getByText(`Lomakkeen kuvaus: ${marker}.`)).toBeVisible();
  await expect(main(page).getByText(`Jyväskylän kuulumiset: ${marker}.`).first()).toBeVisible();
  await checkPage(page);
  await visit(page, `/kokoukset/${meetingId}/tulosta`);
  await checkPage(page);
  await visit(page, `/kokoukset/${meetingId}/kuulumiset`);
  await checkPage(page, { payloadText: false });
  await visit(page, "/kirjastot/tampere");
  await checkPage(page);
  await visit(page, `/kokoukset/haku?q=${marker}`);
  await expect(main(page).getByRole("status")).toContainText("Hakutuloksia");
  await expect(main(page).locator("mark").first()).toHaveText(new RegExp(marker));
  await checkPage(page, { payloadText: false });

  expect(dialogs).toEqual([]);
});
