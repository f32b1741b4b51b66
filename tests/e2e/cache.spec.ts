// Fast pages (ADR 17): public pages come from a cache shared by every
// visitor, never hold anything personal, and change at once when their data
// does — on this instance and on another one on the same database.
import { randomUUID } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import {
  AUTH_URL_URL,
  BASE_URL,
  expect,
  expectAccessible,
  expireTags,
  query,
  signInWithSession,
  test,
  visit,
} from "./fixtures";

/** A published menu with one workshop and one one-seat session, registration open (straight into the database). */
async function oneSeatSession(): Promise<{ slug: string; title: string }> {
  const id = randomUUID().slice(0, 8);
  const title = `Välimuistin testityöpaja ${id}`;
  const [menu] = await query<{ id: string }>(
    `INSERT INTO "TrainingMenu" (slug, title, "periodStart", "periodEnd", status, "publishedAt")
     VALUES ($1, $2, current_date, current_date + 90, 'PUBLISHED', now()) RETURNING id`,
    [`e2e-valimuisti-${id}`, `E2E-välimuisti ${id}`],
  );
  const slug = `e2e-valimuisti-${id}`;
  const [offering] = await query<{ id: string }>(
    `INSERT INTO "Offering" ("menuId", slug, kind, title, summary) VALUES ($1, $2, 'WORKSHOP', $3, 'Yksi paikka.') RETURNING id`,
    [menu!.id, slug, title],
  );
  await query(
    `INSERT INTO "TrainingSession" ("offeringId", title, "startsAt", "endsAt", place, capacity, "registrationOpensAt")
     VALUES ($1, 'Ainoa tilaisuus', now() + interval '12 days', now() + interval '12 days 3 hours',
             'Valkeakosken pääkirjasto', 1, now() - interval '1 day')`,
    [offering!.id],
  );
  // Written past the app, as a migration or an import would: tell every
  // instance the menu changed, as the job worker does.
  await expireTags(["menu"]);
  return { slug, title };
}

/** A page as a signed-out visitor gets it: no cookies at all. */
async function signedOut(request: APIRequestContext, url: string) {
  const response = await request.get(url, { headers: { cookie: "" } });
  expect(response.status(), url).toBe(200);
  return { html: await response.text(), cache: response.headers()["x-nextjs-cache"] };
}

const main = (page: Page) => page.getByRole("main");

/** The menu's card of one offering's session: from its title to the end of its list item. */
function cardOf(html: string, title: string): string {
  const start = html.indexOf(title);
  expect(start, `"${title}" on the menu`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf("</li>", start));
}

test("public pages hold nothing of the coordinator who was shown them first, and come from the cache", async ({
  page,
  playwright,
}) => {
  // A coordinator of her own, whose name is nowhere public (a trainer's name is).
  const id = randomUUID().slice(0, 8);
  const coordinator = { name: `Välimuistin Koordinaattori ${id}`, email: `valimuisti-${id}@tampere.fi` };
  await query(
    `INSERT INTO "User" (email, name, roles, "libraryId", "profileCompletedAt")
     SELECT $1, $2, ARRAY['COORDINATOR']::"Role"[], id, now() FROM "Library" WHERE slug = 'tampere'`,
    [coordinator.email, coordinator.name],
  );
  const [offering] = await query<{ slug: string }>(
    `SELECT o.slug FROM "Offering" o JOIN "TrainingMenu" m ON m.id = o."menuId"
     WHERE m.status = 'PUBLISHED' AND EXISTS (SELECT 1 FROM "TrainingSession" s WHERE s."offeringId" = o.id AND s."startsAt" > now())
     ORDER BY o.slug LIMIT 1`,
  );
  // Finnish first: an /en/… address makes English the browser's language.
  const cached = [
    "/",
    "/koulutukset",
    `/koulutukset/${offering!.slug}`,
    "/pike-boksit",
    "/pike-boksit/digiboksi-vr-lasit",
    "/verkostot",
    "/tyon-varjostus",
    "/kirjastot",
    "/tietosuoja",
    "/en",
    "/en/koulutukset",
  ];

  // The coordinator is shown each page first (and sees herself in the header).
  await signInWithSession(page, coordinator.email);
  for (const path of cached) {
    await visit(page, path);
    await expect(page.getByRole("banner").getByText(coordinator.name, { exact: true })).toBeVisible();
    await expectAccessible(page);
  }

  const anonymous = await playwright.request.newContext({ baseURL: BASE_URL });
  try {
    for (const path of cached) {
      const { html, cache } = await signedOut(anonymous, path);
      // STALE is the cache too (served while it refreshes): the run may outlast a page's cacheLife.
      expect(["HIT", "STALE"], `${path} from the cache`).toContain(cache);
      // Her name and address (the header's labels, "Kirjaudu ulos" and all, are in every page for the island to use).
      for (const personal of [coordinator.name, coordinator.email]) {
        expect(html.includes(personal), `${path} holds "${personal}"`).toBe(false);
      }
    }
    // Her own state is asked for by her browser, and never stored.
    const me = await anonymous.get("/api/me");
    expect(me.headers()["cache-control"]).toBe("private, no-store");
    expect(await me.json()).toEqual({ user: null });
  } finally {
    await anonymous.dispose();
  }
});

test("an enrolment shows at once on the cached menu and offering page, on this instance and on another", async ({
  page,
  playwright,
}) => {
  const { slug, title } = await oneSeatSession();
  const offeringPath = `/koulutukset/${slug}`;
  const here = await playwright.request.newContext({ baseURL: BASE_URL });
  const there = await playwright.request.newContext({ baseURL: AUTH_URL_URL });
  try {
    // Both instances cache the page with its one free seat.
    for (const instance of [here, there]) {
      await signedOut(instance, offeringPath);
      const { html } = await signedOut(instance, offeringPath);
      expect(html).toContain("Paikkoja jäljellä: 1");
      expect(cardOf((await signedOut(instance, "/koulutukset")).html, title)).toContain("Paikkoja jäljellä: 1");
    }

    // A staff member takes the seat on this instance.
    await signInWithSession(page, "marju@valkeakoski.fi");
    await visit(page, offeringPath);
    await main(page)
      .getByRole("button", { name: /^Ilmoittaudu/ })
      .click();
    await expect(main(page).getByRole("status")).toHaveText("Ilmoittautuminen vahvistettu");
    // Her next page shows her enrolment and the seat taken.
    await visit(page, offeringPath);
    await expect(main(page).getByRole("button", { name: /^Peru ilmoittautuminen/ })).toBeVisible();
    await expect(main(page).getByText("Täynnä – liity jonotuslistalle").first()).toBeVisible();
    await expectAccessible(page);

    // A signed-out visitor sees it at once here, and within a second on the other instance.
    expect((await signedOut(here, offeringPath)).html).not.toContain("Paikkoja jäljellä: 1");
    const started = Date.now();
    await expect
      .poll(async () => (await signedOut(there, offeringPath)).html.includes("Täynnä"), {
        timeout: 1_000,
        intervals: [50],
      })
      .toBe(true);
    expect(Date.now() - started).toBeLessThan(1_000);
    await expect
      .poll(async () => cardOf((await signedOut(there, "/koulutukset")).html, title).includes("Täynnä"), {
        timeout: 1_000,
        intervals: [50],
      })
      .toBe(true);
  } finally {
    await here.dispose();
    await there.dispose();
  }
});
