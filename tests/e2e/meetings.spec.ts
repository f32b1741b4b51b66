import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { pdfBytes } from "../support/material-files";
import { expect, expectNotFound as expectNotFoundPage, query, signInWithSession, test, visit } from "./fixtures";

async function autumnMeetingId() {
  const rows = await query<{ id: string }>(
    `SELECT id FROM "Meeting" WHERE status = 'MINUTES_APPROVED' AND "startsAt" < '2023-10-01' ORDER BY "startsAt" DESC LIMIT 1`,
  );
  return rows[0]!.id;
}

test.describe("the autumn 2023 steering-group meeting", () => {
  test("a steering-group member reads agenda, minutes per item and the news round", async ({ page }) => {
    await signInWithSession(page, "hanna@jkl.fi");
    await visit(page, "/kokoukset");
    await page
      .getByRole("link", { name: /3\/2023/ })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`/kokoukset/${await autumnMeetingId()}$`));
    await visit(page, page.url());

    await expect(page.getByRole("heading", { level: 1 })).toContainText("Ohjausryhmän kokous");
    await expect(page.getByText("12.9.2023 klo 13.00–15.00").first()).toBeVisible();
    for (const title of [
      "Kuulumiskierros",
      "Aspa-ajokortti, pikeboksit ja visiotyö nyt",
      "Työn varjostus ja työelämävaihto alueella",
      "Seuraava kokous",
    ]) {
      await expect(page.getByRole("heading", { name: title }).first()).toBeVisible();
    }
    // The news round of each member library
    for (const library of ["Tamper", "Jyväskyl", "Valkeakos", "Muura"]) {
      await expect(page.getByRole("heading", { name: new RegExp(library) }).first()).toBeVisible();
    }
    await expect(page.getByText(/Halssila, Vesanka, Lohikoski ja auto Martti/).first()).toBeVisible();
    // Minutes and action items
    await expect(page.getByText(/Olemme tulevaisuuden kirjasto, joka rakentaa hyvää elämää/).first()).toBeVisible();
    await expect(page.getByText(/15\.9\.2023/).first()).toBeVisible();
  });

  test("does not exist for a signed-out visitor", async ({ page }) => {
    const id = await autumnMeetingId();
    const response = await visit(page, `/kokoukset/${id}`);
    await expectNotFoundPage(page, response);
    await expect(page.getByText("Halssila")).toHaveCount(0);

    await visit(page, "/kokoukset");
    await expect(page.getByRole("link", { name: /3\/2023/ })).toHaveCount(0);
    await expect(page.getByRole("main").getByRole("link", { name: /Kirjaudu/ })).toBeVisible();
  });

  test("staff see approved minutes but not a published agenda of the next meeting", async ({ page }) => {
    await signInWithSession(page, "marju@valkeakoski.fi");
    await visit(page, "/kokoukset");
    await expect(page.getByRole("link", { name: /3\/2023/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /4\/2023/ })).toHaveCount(0);
    const next = await query<{ id: string }>(`SELECT id FROM "Meeting" WHERE status = 'AGENDA_PUBLISHED' LIMIT 1`);
    await expectNotFoundPage(page, await visit(page, `/kokoukset/${next[0]!.id}`));
  });
});

/** A meeting in the given status with an agenda item, a file material and a minutes revision. */
async function meetingWithEverything(status: "PLANNED" | "AGENDA_PUBLISHED") {
  const title = `Näkymätön kokous ${randomUUID().slice(0, 6)}`;
  const [meeting] = await query<{ id: string }>(
    `INSERT INTO "Meeting" (title, "startsAt", "endsAt", location, status)
     VALUES ($1, '2027-09-15T10:00:00Z', '2027-09-15T12:00:00Z', 'Tampereen pääkirjasto Metso', $2::"MeetingStatus")
     RETURNING id`,
    [title, status],
  );
  const [item] = await query<{ id: string }>(
    `INSERT INTO "AgendaItem" ("meetingId", position, kind, title, minutes)
     VALUES ($1, 1, 'STANDARD', 'Salainen asia', 'Luonnos muistioksi.') RETURNING id`,
    [meeting!.id],
  );
  await query(
    `INSERT INTO "MinutesRevision" ("agendaItemId", minutes, "authorId")
     SELECT $1, 'Luonnos muistioksi.', id FROM "User" WHERE email = 'juli@tampere.fi'`,
    [item!.id],
  );
  const pdf = Buffer.from(pdfBytes());
  const [material] = await query<{ id: string }>(
    `INSERT INTO "Material" ("agendaItemId", kind, title, "fileName", "mimeType", "sizeBytes", content)
     VALUES ($1, 'FILE', 'Salainen liite', 'liite.pdf', 'application/pdf', $2, $3) RETURNING id`,
    [item!.id, pdf.length, pdf],
  );
  return {
    title,
    api: `/api/meetings/${meeting!.id}`,
    ics: `/api/meetings/${meeting!.id}/event.ics`,
    material: `/api/materials/${material!.id}`,
    history: `/kokoukset/${meeting!.id}/muistio/${item!.id}/historia`,
  };
}

async function expectNotFound(page: Page, path: string, who: string) {
  const response = await page.request.get(path);
  expect(response.status(), `${path} for ${who}`).toBe(404);
  expect(((await response.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
}

test.describe("direct requests for a meeting the user may not see", () => {
  for (const status of ["PLANNED", "AGENDA_PUBLISHED"] as const) {
    test(`${status}: the API, the .ics, the material and the revision history are 404 to staff and signed out`, async ({
      page,
    }) => {
      const meeting = await meetingWithEverything(status);
      // The same addresses answer a coordinator: the ids are real.
      await signInWithSession(page, "juli@tampere.fi");
      for (const path of [meeting.api, meeting.ics, meeting.material]) {
        expect((await page.request.get(path)).status(), `${path} for a coordinator`).toBe(200);
      }
      if (status === "AGENDA_PUBLISHED") {
        // (A planned meeting's minutes do not exist yet, for anyone.)
        expect((await visit(page, meeting.history))?.status()).toBe(200);
        await expect(page.getByText("Luonnos muistioksi.")).toBeVisible();
      }

      for (const who of ["marju@valkeakoski.fi", "signed out"]) {
        await page.context().clearCookies();
        if (who !== "signed out") await signInWithSession(page, who);
        for (const path of [meeting.api, meeting.ics, meeting.material]) await expectNotFound(page, path, who);
        const response = await visit(page, meeting.history);
        await expectNotFoundPage(page, response);
        await expect(page.getByText("Luonnos muistioksi.")).toHaveCount(0);
        await expect(page.getByText(meeting.title)).toHaveCount(0);
      }
    });
  }
});
