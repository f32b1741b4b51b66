// Every page route of the app, and every error state, shown in Chromium and
// scanned by axe (at full width and at 320 px) in Finnish and in English, as
// the person who may see it. The route coverage check after the suite
// (scripts/e2e.ts, tests/support/route-coverage.ts) fails for a page route
// that no spec has visited this way: a new page is added here, or to a
// journey that visits it in both languages.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import pg from "pg";
import { pdfBytes } from "../support/material-files";
import { E2E_AUTH_SECRET } from "./auth-secret";
import {
  BASE_URL,
  DEMO_URL,
  expect,
  expectAccessible,
  expectNotFound,
  query,
  signInWithSession,
  test,
  visit,
} from "./fixtures";

const LANGS = ["fi", "en"] as const;
type Lang = (typeof LANGS)[number];

const PEOPLE = {
  coordinator: "juli@tampere.fi",
  steering: "hanna@jkl.fi",
  staff: "marju@valkeakoski.fi",
  supervisor: "esihenkilo@muurame.fi",
  attendee: "informaatikko@jkl.fi",
  admin: "admin@tampere.fi",
} as const;

const main = (page: Page) => page.getByRole("main");

/** A fresh browser state: signed in as someone (or no one), in a language. */
async function as(page: Page, lang: Lang, email: string | null) {
  await page.context().clearCookies();
  await page
    .context()
    .addCookies(
      [BASE_URL, DEMO_URL].map((url) => ({ name: "pike-locale", value: lang, url, sameSite: "Lax" as const })),
    );
  if (email) await signInWithSession(page, email);
}

/** Opens a page, which must answer 200 at that address (no redirect) in the language asked, and scans it. */
async function show(page: Page, lang: Lang, path: string) {
  const response = await visit(page, path);
  expect(response?.status(), `${path} (${lang})`).toBe(200);
  const asked = new URL(path, BASE_URL);
  expect(new URL(page.url()).pathname, `${path} stays where it is`).toBe(asked.pathname);
  // In that language, or (a page made in both at once) with a section in it.
  await expect(page.locator(`html[lang="${lang}"], main [lang="${lang}"]:has(h1, h2, h3)`).first()).toBeAttached();
}

/** Ids of seeded rows, and of a meeting made here that may still be edited and deleted. */
type Ids = Awaited<ReturnType<typeof prepare>>;
let ids: Ids;

async function one(sql: string, params: unknown[] = []): Promise<string> {
  const rows = await query<{ id: string }>(sql, params);
  if (!rows[0]) throw new Error(`no row for: ${sql}`);
  return rows[0].id;
}

async function prepare() {
  const [meeting] = await query<{ id: string }>(
    `INSERT INTO "Meeting" (title, "startsAt", "endsAt", location, status)
     VALUES ($1, '2027-10-12T10:00:00Z', '2027-10-12T12:00:00Z', 'Jyväskylän pääkirjasto', 'PLANNED') RETURNING id`,
    [`Jokaisen sivun kokous ${randomUUID().slice(0, 6)}`],
  );
  const [item] = await query<{ id: string }>(
    `INSERT INTO "AgendaItem" ("meetingId", position, kind, title, minutes)
     VALUES ($1, 1, 'STANDARD', 'Ajankohtaista', 'Luonnos muistioksi.') RETURNING id`,
    [meeting!.id],
  );
  const pdf = Buffer.from(pdfBytes());
  const [material] = await query<{ id: string }>(
    `INSERT INTO "Material" ("agendaItemId", kind, title, "fileName", "mimeType", "sizeBytes", content)
     VALUES ($1, 'FILE', 'Esityslistan liite', 'liite.pdf', 'application/pdf', $2, $3) RETURNING id`,
    [item!.id, pdf.length, pdf],
  );
  const approvedMeeting = await one(
    `SELECT id FROM "Meeting" WHERE status = 'MINUTES_APPROVED' ORDER BY "startsAt" DESC LIMIT 1`,
  );
  return {
    meeting: meeting!.id,
    material: material!.id,
    approvedMeeting,
    approvedItem: await one(`SELECT id FROM "AgendaItem" WHERE "meetingId" = $1 ORDER BY position LIMIT 1`, [
      approvedMeeting,
    ]),
    poll: await one(`SELECT id FROM "SchedulingPoll" ORDER BY "createdAt" LIMIT 1`),
    menu: await one(`SELECT id FROM "TrainingMenu" WHERE status = 'PUBLISHED' ORDER BY "periodStart" DESC LIMIT 1`),
    offering: await one(
      `SELECT o.id FROM "Offering" o JOIN "TrainingSession" s ON s."offeringId" = o.id
       WHERE s.status = 'SCHEDULED' AND s."startsAt" > now() ORDER BY s."startsAt" LIMIT 1`,
    ),
    offeringSlug: await one(
      `SELECT o.slug AS id FROM "Offering" o JOIN "TrainingSession" s ON s."offeringId" = o.id
       JOIN "TrainingMenu" m ON m.id = o."menuId"
       WHERE s.status = 'SCHEDULED' AND s."startsAt" > now() AND m.status = 'PUBLISHED' ORDER BY s."startsAt" LIMIT 1`,
    ),
    session: await one(
      `SELECT id FROM "TrainingSession" WHERE status = 'SCHEDULED' AND "startsAt" > now() ORDER BY "startsAt" LIMIT 1`,
    ),
    theme: await one(`SELECT id FROM "Theme" ORDER BY "nameFi" LIMIT 1`),
    order: await one(`SELECT id FROM "WorkshopOrder" ORDER BY "createdAt" LIMIT 1`),
    enrolment: await one(
      `SELECT e.id FROM "Enrolment" e JOIN "User" u ON u.id = e."userId"
       WHERE u.email = $1 AND e.status = 'ATTENDED' LIMIT 1`,
      [PEOPLE.attendee],
    ),
    kit: await one(`SELECT slug AS id FROM "Kit" ORDER BY slug LIMIT 1`),
    kitReservation: await one(`SELECT id FROM "KitReservation" WHERE status = 'RECEIVED' ORDER BY "startDate" LIMIT 1`),
    programme: await one(`SELECT id FROM "Offering" WHERE slug = 'aspa-ajokortti'`),
    mentoring: await one(`SELECT id FROM "Offering" WHERE slug = 'mentorointiohjelma-2027'`),
    participation: await one(
      `SELECT p.id FROM "ProgrammeParticipation" p JOIN "Offering" o ON o.id = p."offeringId"
       WHERE o.slug = 'aspa-ajokortti' AND p.status = 'COMPLETED' ORDER BY p."completedAt" LIMIT 1`,
    ),
    network: await one(`SELECT slug AS id FROM "Network" ORDER BY slug LIMIT 1`),
    exchangeOffer: await one(
      `SELECT o.id FROM "ExchangeOffer" o JOIN "ExchangeRound" r ON r.id = o."roundId"
       WHERE r.status = 'OPEN' AND o."withdrawnAt" IS NULL ORDER BY r.year, o.title LIMIT 1`,
    ),
    // The round of that offer, for its figures (coordinators).
    exchangeRound: await one(
      `SELECT r.id FROM "ExchangeOffer" o JOIN "ExchangeRound" r ON r.id = o."roundId"
       WHERE r.status = 'OPEN' AND o."withdrawnAt" IS NULL ORDER BY r.year, o.title LIMIT 1`,
    ),
    servicePoint: await one(
      `SELECT p.id FROM "ServicePoint" p JOIN "Library" l ON l.id = p."libraryId" WHERE l.slug = 'tampere' ORDER BY p.name LIMIT 1`,
    ),
    // An application (by a staff member made here) to an open round's offer, with the host: a coordinator may decide it.
    exchangeApplication: (
      await query<{ id: string }>(
        `WITH applicant AS (
           INSERT INTO "User" (email, name, roles, "libraryId", "profileCompletedAt")
           VALUES ($1, 'Jokaisen sivun hakija', ARRAY['STAFF']::"Role"[],
             (SELECT id FROM "Library" WHERE slug = 'nokia'), now())
           RETURNING id, "libraryId")
         INSERT INTO "ExchangeApplication" ("offerId", "applicantId", "fromLibraryId", motivation, status,
           "preferredDates", "submittedAt")
         SELECT o.id, a.id, a."libraryId", 'Haluan oppia uutta.', 'SUBMITTED', ARRAY[o."startDate"], now()
           FROM "ExchangeOffer" o JOIN "ExchangeRound" r ON r.id = o."roundId", applicant a
          WHERE r.status = 'OPEN' AND o."withdrawnAt" IS NULL
          ORDER BY r.year, o.title LIMIT 1
         RETURNING id`,
        [`hakija-${randomUUID().slice(0, 8)}@nokia.fi`],
      )
    )[0]!.id,
    // An ended loan of the staff member's library, for its feedback form (ADR 27).
    kitLoan: (
      await query<{ id: string }>(
        `INSERT INTO "KitReservation" ("kitId", "libraryId", "startDate", "endDate", status)
         SELECT (SELECT id FROM "Kit" ORDER BY slug LIMIT 1), id, CURRENT_DATE - 12, CURRENT_DATE - 8, 'RETURNED'
           FROM "Library" WHERE slug = 'valkeakoski' RETURNING id`,
      )
    )[0]!.id,
  };
}

test.beforeAll(async () => {
  ids = await prepare();
});

/** A kit calendar's month page: next month (well inside the calendar's reach). */
const NEXT_MONTH = (() => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().slice(0, 7);
})();

/** A day `n` days from now as Finns write it (the date search's own format). */
const daysAhead = (n: number) => {
  const d = new Date(Date.now() + n * 86_400_000);
  return `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${d.getUTCFullYear()}`;
};

/** Who sees which pages. Paths are functions: the ids exist only once the suite has begun. */
const PAGES: { who: string; email: string | null; paths: (ids: Ids) => string[] }[] = [
  {
    who: "a visitor",
    email: null,
    paths: ({ offeringSlug, kit, network, exchangeOffer }) => [
      "/",
      "/kirjastot",
      "/kirjastot/tampere",
      "/kirjaudu",
      "/kirjaudu/tarkista",
      "/koulutukset",
      "/koulutukset/haku?teema=asiakaspalvelu",
      `/koulutukset/${offeringSlug}`,
      "/pike-boksit",
      `/pike-boksit/${kit}`,
      `/pike-boksit/${kit}/kalenteri/${NEXT_MONTH}`,
      "/tyon-varjostus",
      // The offers, filtered, and with a filter that is no value (told, and all shown).
      "/tyon-varjostus/paikat",
      "/tyon-varjostus/paikat?teema=asiakaspalvelu&alue=PIRKANMAA",
      "/tyon-varjostus/paikat?alue=MARS",
      `/tyon-varjostus/paikat/${exchangeOffer}`,
      "/verkostot",
      `/verkostot/${network}`,
      `/verkostot/${network}/pelikirja/historia`,
      "/saavutettavuusseloste",
      // A programme's parts, and the certificates' public verification (a code that is no certificate's).
      "/koulutukset/aspa-ajokortti",
      "/koulutukset/mentorointiohjelma-2027",
      "/todistus",
      "/todistus/0000000000000000000000000Z",
    ],
  },
  {
    who: "the coordinator",
    email: PEOPLE.coordinator,
    paths: (i) => [
      "/kokoukset",
      "/kokoukset/uusi",
      "/kokoukset/haku?q=kokous",
      "/kokoukset/kyselyt",
      "/kokoukset/kyselyt/uusi",
      `/kokoukset/kyselyt/${i.poll}`,
      `/kokoukset/${i.approvedMeeting}`,
      `/kokoukset/${i.approvedMeeting}/kuulumiset`,
      `/kokoukset/${i.approvedMeeting}/muistio`,
      `/kokoukset/${i.approvedMeeting}/paatokset`,
      `/kokoukset/${i.approvedMeeting}/tulosta`,
      `/kokoukset/${i.meeting}`,
      `/kokoukset/${i.meeting}/muokkaa`,
      `/kokoukset/${i.meeting}/muokkaa/poista`,
      `/kokoukset/${i.meeting}/materiaalit`,
      `/kokoukset/${i.meeting}/materiaalit/${i.material}/poista`,
      `/kokoukset/${i.approvedMeeting}/muistio/${i.approvedItem}/historia`,
    ],
  },
  {
    // Groups of a dozen pages or fewer: one test stays well inside its time on a busy machine.
    who: "the coordinator, on orders and own pages",
    email: PEOPLE.coordinator,
    paths: (i) => ["/tilaukset", `/tilaukset/${i.order}`, "/toimenpiteet", "/omat-tiedot"],
  },
  {
    // The training administration on its own: one test stays well inside its time on a busy machine.
    who: "the coordinator, on training pages",
    email: PEOPLE.coordinator,
    paths: (i) => [
      "/koulutukset/hallinta",
      "/koulutukset/hallinta/tarjottimet/uusi",
      `/koulutukset/hallinta/tarjottimet/${i.menu}`,
      `/koulutukset/hallinta/tarjottimet/${i.menu}/uusi-koulutus`,
      `/koulutukset/hallinta/koulutukset/${i.offering}`,
      `/koulutukset/hallinta/koulutukset/${i.offering}/uusi-tilaisuus`,
      // A programme's administration: its parts editor.
      `/koulutukset/hallinta/koulutukset/${i.programme}`,
      // A mentoring offering's applications, filtered.
      `/koulutukset/hallinta/koulutukset/${i.mentoring}?rooli=MENTEE`,
      `/koulutukset/hallinta/tilaisuudet/${i.session}`,
      `/koulutukset/hallinta/tilaisuudet/${i.session}/peru`,
      "/koulutukset/hallinta/teemat",
      `/koulutukset/hallinta/teemat/${i.theme}`,
    ],
  },
  {
    who: "the coordinator, on library pages",
    email: PEOPLE.coordinator,
    paths: (i) => [
      "/kirjastot/tampere",
      "/kirjastot/tampere/muokkaa",
      "/kirjastot/tampere/toimipisteet/uusi",
      `/kirjastot/tampere/toimipisteet/${i.servicePoint}`,
    ],
  },
  {
    who: "the coordinator, on a programme's progress",
    email: PEOPLE.coordinator,
    paths: (i) => [
      `/koulutukset/hallinta/ohjelmat/${i.programme}/eteneminen`,
      `/koulutukset/hallinta/ohjelmat/${i.programme}/eteneminen?stuck=1&region=PIRKANMAA`,
      `/koulutukset/hallinta/ohjelmat/${i.programme}/eteneminen/muistutus?deadlineSoon=1`,
      // One participant: parts to confirm, the certificate to revoke.
      `/koulutukset/hallinta/ohjelmat/${i.programme}/osallistujat/${i.participation}`,
    ],
  },
  {
    who: "the coordinator, on kit pages",
    email: PEOPLE.coordinator,
    paths: (i) => [
      "/pike-boksit/uusi",
      `/pike-boksit/${i.kit}/muokkaa`,
      "/pike-boksit/varaukset",
      // One loan's handover chain, and a kit's maintenance with the reservations it affects.
      `/pike-boksit/varaukset/${i.kitReservation}`,
      `/pike-boksit/${i.kit}/huolto`,
      // A network chair's form for a new network event (a coordinator may chair every network).
      `/verkostot/${i.network}/tapahtumat/uusi`,
      `/verkostot/${i.network}/tiedotteet/uusi`,
      `/verkostot/${i.network}/muokkaa`,
      // Every network's health, a new network, one network's members (coordinators).
      "/verkostot/tilanne",
      "/verkostot/uusi",
      `/verkostot/${i.network}/hallinta`,
      // The job-shadowing rounds and a new round (coordinators).
      "/tyon-varjostus/kierrokset",
      "/tyon-varjostus/kierrokset/uusi",
      // One round's figures and their downloads.
      `/tyon-varjostus/kierrokset/${i.exchangeRound}`,
      "/tyon-varjostus/paikat/uusi",
      // An application with the host: the coordinator's decision forms.
      `/tyon-varjostus/hakemukset/${i.exchangeApplication}`,
      // Exchanges waiting to be completed.
      "/tyon-varjostus/omat",
      // The usage figures (ADR 27), and with an error (a day that does not exist).
      "/pike-boksit/kaytto",
      "/pike-boksit/kaytto?from=31.2.2027",
    ],
  },
  {
    who: "the coordinator, on report pages",
    email: PEOPLE.coordinator,
    paths: (i) => [
      // The coverage dashboard: this year, one region's spring, a custom range, and a range the wrong way round.
      "/raportit",
      "/raportit?jakso=2025-syksy&alue=PIRKANMAA",
      "/raportit?jakso=oma&alku=2021-01-01&loppu=2026-06-30",
      "/raportit?jakso=oma&alku=2026-06-30&loppu=2026-01-01",
      // The network's annual figures: this year and the first year of the demo data.
      "/raportit/vuosi/2026",
      "/raportit/vuosi/2023",
      // Feedback across offerings: this year, a year with one theme, a year without feedback,
      // a bad year (the notice and this year's report), and a page of comments past the end.
      "/raportit/palaute",
      `/raportit/palaute?year=2025&theme=${i.theme}`,
      "/raportit/palaute?year=2024",
      "/raportit/palaute?year=abc",
      "/raportit/palaute?year=2025&comments=2",
    ],
  },
  { who: "an admin", email: PEOPLE.admin, paths: () => ["/kirjastot/uusi", "/kirjastot/tampere/muokkaa"] },
  {
    who: "a steering-group member",
    email: PEOPLE.steering,
    // The coverage dashboard shows the steering group the totals only.
    paths: () => ["/toimenpiteet", "/kokoukset", "/raportit", "/raportit/vuosi/2025"],
  },
  {
    who: "a staff member",
    email: PEOPLE.staff,
    paths: (i) => [
      "/omat-koulutukset",
      "/omat-tiedot",
      "/toimenpiteet",
      "/koulutukset/aspa-ajokortti/eteneminen",
      "/koulutukset/mentorointiohjelma-2027/ilmoittautuminen",
      "/pike-boksit/varaa",
      // The date search with its results, and with an error (a range far beyond two years).
      `/pike-boksit/varaa?alku=${daysAhead(30)}&loppu=${daysAhead(34)}`,
      "/pike-boksit/varaa?alku=1.2.2099&loppu=3.2.2099",
      "/pike-boksit/varaukset",
      // The networks list with "Verkostot sinulle", asked for the signed-in reader.
      "/verkostot",
      // The offers with how far each is from the reader's library, and one to apply to.
      "/tyon-varjostus/paikat",
      `/tyon-varjostus/paikat/${i.exchangeOffer}`,
      // The published exchange reports per theme, one theme's, and a theme without reports.
      "/tyon-varjostus/raportit",
      "/tyon-varjostus/raportit?teema=asiakaspalvelu",
      "/tyon-varjostus/raportit?teema=ei-teemaa",
      // One's own applications.
      "/tyon-varjostus/omat",
    ],
  },
  {
    who: "a supervisor",
    email: PEOPLE.supervisor,
    paths: (i) => [
      "/tilaukset/uusi",
      `/koulutukset/hallinta/ohjelmat/${i.programme}/eteneminen`,
      // Their own library's job-shadowing offer, and applications waiting for their consent.
      "/tyon-varjostus/paikat/uusi",
      "/tyon-varjostus/omat",
      // Their own library's column of the coverage dashboard.
      "/raportit",
    ],
  },
  {
    who: "a staff member, after a kit loan",
    email: PEOPLE.staff,
    paths: (i) => [`/pike-boksit/palaute/${i.kitLoan}`],
  },
  { who: "an attendee", email: PEOPLE.attendee, paths: (i) => [`/omat-koulutukset/palaute/${i.enrolment}`] },
];

for (const lang of LANGS) {
  test.describe(`every page in ${lang === "fi" ? "Finnish" : "English"}`, () => {
    for (const { who, email, paths } of PAGES) {
      test(`as ${who}`, async ({ page }) => {
        await as(page, lang, email);
        for (const path of paths(ids)) await show(page, lang, path);
      });
    }

    test("the demo sign-in, where DEMO_MODE is on", async ({ page }) => {
      await as(page, lang, null);
      await show(page, lang, `${DEMO_URL}/kirjaudu/demo`);
    });
  });
}

const TEXT = {
  fi: { notFound: "Sivua ei löytynyt", error: "Jokin meni vikaan", confirm: "Kirjaudu sisään", refused: /vanhentunut/ },
  en: { notFound: "Page not found", error: "Something went wrong", confirm: "Sign in", refused: /expired/ },
} as const;

/** A sign-in link as Auth.js mails it: the token stored hashed with the servers' secret. */
async function signInLink(email: string, expires: "past" | "future") {
  const token = randomBytes(32).toString("hex");
  const hashed = createHash("sha256").update(`${token}${E2E_AUTH_SECRET}`).digest("hex");
  await query(
    `INSERT INTO "VerificationToken" (identifier, token, expires)
     VALUES ($1, $2, now() + $3::interval)`,
    [email, hashed, expires === "past" ? "-1 minute" : "10 minutes"],
  );
  return `/kirjaudu/vahvista?${new URLSearchParams({ token, email })}`;
}

/** Opens a link's confirmation page and presses its button. */
async function confirm(page: Page, lang: Lang, link: string) {
  await show(page, lang, link);
  await main(page).getByRole("button", { name: TEXT[lang].confirm }).click();
}

/**
 * The database refuses connections (an outage) while `during` runs: the
 * pages that read from it fail, the app's pool reconnects afterwards.
 */
async function databaseOutage(during: () => Promise<void>) {
  const url = new URL(process.env.E2E_DATABASE_URL!);
  const name = decodeURIComponent(url.pathname.slice(1));
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: maintenance.toString() });
  await admin.connect();
  const quoted = `"${name.replaceAll('"', '""')}"`;
  try {
    await admin.query(`ALTER DATABASE ${quoted} ALLOW_CONNECTIONS false`);
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
      [name],
    );
    await during();
  } finally {
    await admin.query(`ALTER DATABASE ${quoted} ALLOW_CONNECTIONS true`);
    await admin.end();
  }
}

for (const lang of LANGS) {
  test.describe(`error states in ${lang === "fi" ? "Finnish" : "English"}`, () => {
    test("404: an address no page serves, and a meeting that does not exist", async ({ page }) => {
      await as(page, lang, null);
      // Unmatched addresses get the static page in both languages (app/global-not-found.tsx).
      const unmatched = await visit(page, "/ei-ole-olemassa");
      await expectNotFound(page, unmatched);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT.fi.notFound);

      const missing = await visit(page, `/kokoukset/${randomUUID()}`);
      await expectNotFound(page, missing);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT[lang].notFound);
    });

    test("403: a staff member opens a page only coordinators may (it does not exist for them)", async ({ page }) => {
      await as(page, lang, PEOPLE.staff);
      for (const path of ["/kokoukset/uusi", "/koulutukset/hallinta"]) {
        const response = await visit(page, path);
        await expectNotFound(page, response);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT[lang].notFound);
      }
    });

    test("the error boundary: a page while the database is down", async ({ page }) => {
      await as(page, lang, null);
      await databaseOutage(async () => {
        // A page rendered per request, that reads the database for anyone (a cached one, such as
        // /verkostot, is still served from the cache). Its shell is already sent when the
        // database fails: 200, and the page says what it is (ADR 17).
        const response = await visit(page, "/koulutukset/haku?teema=asiakaspalvelu");
        expect([200, 500]).toContain(response?.status());
        await expect(page.locator("[data-error-state]")).toHaveAttribute("data-error-state", "error");
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await expect(main(page).getByRole("alert")).toContainText(TEXT[lang].error);
      });
      // Back by itself once the database is.
      await expect.poll(async () => (await page.request.get("/api/health")).status(), { timeout: 20_000 }).toBe(200);
    });

    test("an expired sign-in link, and a used one", async ({ page }) => {
      await as(page, lang, null);
      await confirm(page, lang, await signInLink(PEOPLE.steering, "past"));
      await expect(page).toHaveURL(/\/kirjaudu\/virhe\?error=Verification$/);
      await expectAccessible(page);
      await expect(main(page).getByRole("alert")).toContainText(TEXT[lang].refused);

      const link = await signInLink(PEOPLE.steering, "future");
      await confirm(page, lang, link);
      await expect(page).toHaveURL(`${BASE_URL}/`);
      await expectAccessible(page);
      await as(page, lang, null);
      await confirm(page, lang, link);
      await expect(page).toHaveURL(/\/kirjaudu\/virhe\?error=Verification$/);
      await expectAccessible(page);
      await expect(main(page).getByRole("alert")).toContainText(TEXT[lang].refused);
    });
  });
}
