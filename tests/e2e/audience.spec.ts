// Members' pages per audience (ADR 23): a signed-in reader's meeting page is
// their audience's cached copy — the same for everyone of their roles, never
// holding what another audience may see — and the internal addresses of
// those copies cannot be asked for from outside.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import {
  BASE_URL,
  expect,
  expectAccessible,
  expectNotFound,
  expireTags,
  query,
  signInWithSession,
  test,
  visit,
} from "./fixtures";

const main = (page: Page) => page.getByRole("main");

type People = { coordinator: string; secretary: string; steering: string; staff: string };
type Fixture = { meetingId: string; itemTitle: string; secretMaterial: string; people: People };

/** A published agenda with a coordinators-only material, and one person of each kind (straight into the database). */
async function meetingWithReaders(): Promise<Fixture> {
  const id = randomUUID().slice(0, 8);
  const person = async (key: string, roles: string[], library: string | null) => {
    const email = `yleiso-${key}-${id}@tampere.fi`;
    await query(
      `INSERT INTO "User" (email, name, roles, "libraryId", "profileCompletedAt")
       VALUES ($1, $2, $3::"Role"[], (SELECT id FROM "Library" WHERE slug = $4), now())`,
      [email, `Yleisö ${key} ${id}`, roles, library],
    );
    return email;
  };
  const people: People = {
    coordinator: await person("koordinaattori", ["COORDINATOR"], null),
    secretary: await person("sihteeri", ["STEERING"], "tampere"),
    steering: await person("ohjausryhma", ["STEERING"], "muurame"),
    staff: await person("henkilokunta", ["STAFF"], "tampere"),
  };
  const [meeting] = await query<{ id: string }>(
    `INSERT INTO "Meeting" (title, "startsAt", "endsAt", location, status, "secretaryId")
     VALUES ($1, now() + interval '20 days', now() + interval '20 days 2 hours', 'Metso', 'AGENDA_PUBLISHED',
             (SELECT id FROM "User" WHERE email = $2))
     RETURNING id`,
    [`Yleisökokous ${id}`, people.secretary],
  );
  const itemTitle = `Talousarvio ${id}`;
  const [item] = await query<{ id: string }>(
    `INSERT INTO "AgendaItem" ("meetingId", position, kind, title, body) VALUES ($1, 1, 'STANDARD', $2, 'Keskustelu.')
     RETURNING id`,
    [meeting!.id, itemTitle],
  );
  const secretMaterial = `Budjettiluonnos ${id}`;
  await query(
    `INSERT INTO "Material" ("agendaItemId", kind, title, url, visibility)
     VALUES ($1, 'LINK', $2, 'https://example.com/luonnos', 'COORDINATORS')`,
    [item!.id, secretMaterial],
  );
  return { meetingId: meeting!.id, itemTitle, secretMaterial, people };
}

async function readAs(page: Page, email: string, path: string) {
  await page.context().clearCookies();
  await signInWithSession(page, email);
  return visit(page, path);
}

test("each audience gets its own copy of a meeting page, from the cache, with nothing of another's", async ({
  page,
}) => {
  const { meetingId, itemTitle, secretMaterial, people } = await meetingWithReaders();
  const path = `/kokoukset/${meetingId}`;

  // A coordinator first: the copy for coordinators has their material and their tabs.
  await readAs(page, people.coordinator, path);
  await expect(main(page).getByRole("heading", { name: itemTitle })).toBeVisible();
  await expect(main(page).getByText(secretMaterial)).toBeVisible();
  await expect(main(page).getByRole("link", { name: "Tiedot ja asialista" })).toBeVisible();
  await expectAccessible(page);
  const again = await page.request.get(path);
  expect(again.status()).toBe(200);
  expect(["HIT", "STALE"]).toContain(again.headers()["x-nextjs-cache"]);

  // Then a steering-group member of another library: the agenda, not the coordinators' material or tabs.
  await readAs(page, people.steering, path);
  await expect(main(page).getByRole("heading", { name: itemTitle })).toBeVisible();
  await expect(main(page).getByRole("link", { name: "Tiedot ja asialista" })).toHaveCount(0);
  await expectAccessible(page);
  const html = await (await page.request.get(path)).text();
  expect(html).toContain(itemTitle);
  expect(html).not.toContain(secretMaterial);
  expect(html).not.toContain("Yleisö koordinaattori");

  // Staff do not see a published agenda at all, cached or not.
  await expectNotFound(page, await readAs(page, people.staff, path));
  await expect(page.getByText(itemTitle)).toHaveCount(0);
  await expectAccessible(page);
});

test("the meeting's secretary gets the page that names them (per request), with the minutes tab", async ({ page }) => {
  const { meetingId, itemTitle, people } = await meetingWithReaders();
  const path = `/kokoukset/${meetingId}`;
  await readAs(page, people.steering, path);
  await expect(main(page).getByRole("link", { name: "Muistion kirjoitus" })).toHaveCount(0);

  await readAs(page, people.secretary, path);
  await expect(main(page).getByRole("heading", { name: itemTitle })).toBeVisible();
  await expect(main(page).getByRole("link", { name: "Muistion kirjoitus" })).toBeVisible();
  await expectAccessible(page);
});

test("the audiences' copies cannot be asked for from outside, signed in or not", async ({ page, request }) => {
  const { meetingId, people } = await meetingWithReaders();
  for (const path of [
    `/nakyma/coordinator/kokoukset/${meetingId}`,
    `/fi/nakyma/coordinator.AAAAAAAAAAAAAAAAAAAAAA/kokoukset/${meetingId}`,
    `/en/nakyma/staff-lib.AAAAAAAAAAAAAAAAAAAAAA/kokoukset/${meetingId}`,
  ]) {
    expect((await request.get(`${BASE_URL}${path}`)).status(), path).toBe(404);
    // A body's content type keeps a request off the members' page rewrite, not off this refusal.
    expect((await request.get(`${BASE_URL}${path}`, { headers: { "content-type": "text/plain" } })).status()).toBe(404);
  }
  await signInWithSession(page, people.coordinator);
  const response = await page.request.get(`/fi/nakyma/coordinator.AAAAAAAAAAAAAAAAAAAAAA/kokoukset/${meetingId}`);
  expect(response.status()).toBe(404);
});

test("the action items page comes from the audience's cache, and only an item's owner is offered to mark it done", async ({
  page,
}) => {
  const { meetingId, people } = await meetingWithReaders();
  const title = `Selvitä omatoimiaukiolot ${randomUUID().slice(0, 8)}`;
  // Due long ago: first on the list of open items.
  await query(
    `INSERT INTO "ActionItem" ("originMeetingId", title, "ownerUserId", "dueDate")
     VALUES ($1, $2, (SELECT id FROM "User" WHERE email = $3), '2000-01-01')`,
    [meetingId, title, people.steering],
  );
  // Written past the app (the header's links may have had the page cached already): tell the instances, as the worker does.
  await expireTags(["meetings"]);
  const row = (p: Page) => main(p).getByRole("row").filter({ hasText: title });
  const closeButton = (p: Page) => row(p).getByRole("button", { name: `Merkitse tehdyksi: ${title}` });

  // Another steering-group member sees the item, not a button for it.
  await readAs(page, people.secretary, "/toimenpiteet");
  await expect(row(page)).toBeVisible();
  await expect(main(page).getByText("Yleisö koordinaattori")).toHaveCount(0);
  await expect(closeButton(page)).toHaveCount(0);
  await expectAccessible(page);

  // The owner, of the same audience, gets the same cached page, and their island offers the button.
  await readAs(page, people.steering, "/toimenpiteet");
  const again = await page.request.get("/toimenpiteet");
  expect(["HIT", "STALE"]).toContain(again.headers()["x-nextjs-cache"]);
  await expect(closeButton(page)).toBeVisible();
  await expectAccessible(page);
  await closeButton(page).click();
  await expect(main(page).getByText("Toimenpide merkitty tehdyksi.")).toBeVisible();
  await expectAccessible(page);

  // Marked done: gone from the open items at once, on the cached page too.
  await visit(page, "/toimenpiteet");
  await expect(row(page)).toHaveCount(0);
  await visit(page, "/toimenpiteet?tila=tehdyt");
  await expect(row(page)).toBeVisible();
  await expectAccessible(page);
});
