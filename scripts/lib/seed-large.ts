// The generator behind `npm run seed:large`: ten years of a network of ~300
// libraries, in set-based SQL (INSERT … SELECT FROM generate_series), so that a
// million enrolments take seconds, not hours of row-by-row client calls.
// Deterministic: every id is md5 of a key, every choice hashtext of a key, and
// every date is counted from fixed dates, so two runs give the same rows.
// `scale` shrinks every count (tests/integration/query-plans.test.ts uses 0.02).
// Rows respect every constraint of the migrations: seatsTaken equals the seats
// held (CONFIRMED, ATTENDED, NO_SHOW) per session and never exceeds capacity,
// waitlist positions run 1..n per session, and the searchVector columns fill
// themselves (they are generated).
import type pg from "pg";

export type LargeSeedOptions = {
  scale?: number;
  /** The network's full 20,000 users whatever the scale (bench/users-list.ts): a list at full size, the rest small. */
  users?: number;
  /** Ten years whatever the scale (tests/integration/coverage-explain.test.ts): a year is then a tenth of each table. */
  years?: number;
  log?: (line: string) => void;
};
export type LargeSeedReport = { seconds: number; rows: Record<string, number> };

/** Libraries created by this generator have slugs starting with this. */
export const LARGE_SLUG_PREFIX = "x-kirjasto-";

/** Dates are counted from here, not from the clock, so that runs agree. */
const REFERENCE_DATE = "2026-12-01";

/**
 * Words of the demo seed's meeting, news-round and training texts, the most
 * frequent first (then the first generator's 40 library words), so that
 * searches meet realistic hit counts: `words` draws them log-uniformly (close
 * to Zipf's law), so "kirjasto" is in most texts and the last words in a few
 * percent. "peruskorjausiässä" is left out: it is only in the demo data.
 */
const WORDS = `
kirjasto kaupunginkirjasto sekä myös työn kirjastojen että tulee lukemisen oman alueen akepiken syksyn
osalta osaamisen loppuun kirjaston aspa asiakaspalvelun työntekijät tulossa kehittämisen esimerkiksi vuonna
vuoden ollut kevat ensi ajokortin rohkeus pohjalta olisi ohjausryhmän mukaan joka alla yhdessä visio
toimintasuunnitelman tarjotin ovat mitä kokouksen etänä ajokortti yhteensä valkeakoski tässä syksy paljon
käytännössä kokous kokemuksia tulokset seniori palvelujen kuulumiset kokeilu kirjastoissa
kehittämiskirjaston kautta informaatikko henkilöstö erityisesti edistaminen edelleen digiopastuksen
webinaari vielä varjostuksen tutustumaan tullut toimijoita siitä palvelut omatoimikirjastojen omaan
mietitään mentorointiohjelma materiaalit käynnissä kuntiin kunnan kulttuurihyvinvointityopaja kuin
kokoontuminen kokonaan kokeilun kohtaaminen kirjastot kirjastoalan järjestetään henkilöstön hankkeet blogiin
asti akepike yhdenvertaisuus verkoston verkosto varjostus vaikuttavuudesta uusista työpaja työelämävaihto
työelämävaihdon tyopaja tyhypäivät toteutustavoista toiminnan tilanne tervetuloa suoraan sitä rajaaminen
palvella omatoimikirjastoon nuorten mutta liittyen käyttösäännöt kyselyn kulttuurihyvinvointi koulutuspaiva
kortin kirjastoon kirjastomummit kirjailijavierailut kevään kehittämiskirjasto kanssa kaikki jäsen iloa
ikäisten haastavat esihenkilö digiopastuksessa boksien asiakkaisiin alueella voisi visiosta viimeinen
valmistelu valmista uusi työtä työpajarunko tuottaa tulevaisuus tulevaisuuden tukea toimisi toimenpiteet
tilassa tiimiorganisaatio teemojen tapahtumat talon syötettä suunniteltaessa seuraavaksi sanataidehankkeet
samassa rakentaa päällä pääkirjasto päivitetty puheenjohtajan pikeboksien paikan omatoimikirjastot olleet
niin niiden neuvontapiste museo mukaisesti muita miten mielestä marras mahdollista läpi lähitori
lainarajoitusten koulutuspäivä kontekstissa kokouksessa kokoaa kirjastossa kiinnostuksesta kerran
kehittämiskirjastotoiminnan kannalta joulukuu itseluottamus ilman ikäisille hyvää henkilöllisyystodistusten
hakeutuvien euroa esihenkilöiden elämää edistämisen edistäminen asiakaspalveluverkosto asiakaspalvelusta
asiakas alueellinen ajankohdat aikana ylläpidon yhteyshenkilöksi vähemmän vuosien vuokratilat vuodesta
voimaan visiotyöpajojen visiotyön vision visiokahvit virheitä viimeistään viikolla viedään vetää
veroprosenttia veroprosentti verkostot vastuuvyörytys vapaa valtakunnalliseen valmiit valaisukierroksella
vaikuttavia vaikka vahvistaa vahvaa vaatiessa uudet useamman täyttöluvissa työryhmä työpajatarjottimen
työpajat työllistävät tutkinto tuottavuushyödyn tuloksia tullessa toteuttamaan toiseen toimipistettä
toimipisteen toiminnallisen toimijoiden toimia toimenpiteiden tiukalla tilaisuus tila tekee tavoitellaan
taustalla tarpeen tarkoituksena tarkoittamaan tarkastelu tarjottimen tarjotinta tapahtumissa tapaamisiin
talousarviopalaveri talous säästöä säästön säästölistalla suunnittelija suunnitteilla sosiaalipolitiikan
seutukuljetukset samaten rohkeasti rinnalla raja rahoitusta rahoitus päättäjällekin päätettäväksi päätetty
päästömittauksessa pääsevät päivä päivitetään pystytään pyrkii pyritään putoamiset puolustaa puffaamiseksi
polttoaineet pois poikkeuksia poikkea pikeboksit pidetään perehdytystä pelikirjat parempaa
paikalliskirjailijoiden osana osallistumaan onnellisempiin omatoimikirjastoverkosto omatoimikirjastoaiheen
omatoimiasioinnin omatoimella olemassa olemaan olekaan oleellinen ohry ohjausryhmä näyttää näkyvät näkemänä
nostettua neljän neljä muttei mukanaolo missä mentorointiohjelmaan matkoja mahdollisuus lähikirjastoja
lähettää luoda lopullinen lomautusten linkki limittyy liittyä leikkausuhan lasten lakkauttamisella
lainauskielto käytännön käyttää käynnistetty kyselyaineistojen kysellään kustantaa kunnittain
kulttuurihyvinvointityöpaja kulkee kuitenkin kriittisiä koulutustarjotin koulutuksiin kortilla kokeiluun
kohtaamisen kirjoittaa kirjastoporukan kirjastoihin kirjastoauto kirjamessut kiitosta kiinnostuneet
kiinnostavaa kielikurssi keskusteluun kesken keräsi kehittämispäivän lukudiplomi digiopastus saavutettavuus
e-aineisto kokoelma budjetti hankerahoitus koulutus tapahtuma aukioloajat omatoimikirjasto yhteistyö
asiakaskysely tilastot strategia kehittäminen senioreiden maahanmuuttajien mediakasvatus pajatoiminta
pelikasvatus somekoulutus tiedonhaku kaukopalvelu kuljetus hankinnat remontti avajaiset kirjailijavierailu
satutunti lukupiiri toimintasuunnitelma
`
  .trim()
  .split(/\s+/);
const FIRST_NAMES = ["Aino", "Eero", "Helmi", "Ilmari", "Kaisa", "Lauri", "Mervi", "Niina", "Olli", "Sanna", "Timo"];
const LAST_NAMES = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen"];

const sqlArray = (items: readonly string[]) => `ARRAY[${items.map((w) => `'${w}'`).join(", ")}]`;

/** 0 ≤ result < mod, from a text key (an SQL expression). */
const pick = (key: string, mod: number) => `((hashtext(${key}) & 2147483647) % ${mod})`;

/** `count` words chosen by `key` (an SQL expression of the outer row), word i with probability ∝ ln((i + 1) / i). */
const words = (key: string, count: number | string) =>
  `(SELECT string_agg((${sqlArray(WORDS)})[floor(exp(((hashtext(${key} || ':' || w) & 2147483647) / 2147483648.0)
                                                   * ln(${WORDS.length + 1})))::int], ' ')
      FROM generate_series(1, ${count}) w)`;

/** A deterministic uuid (version 4 in form, as the app's z.uuid() checks demand) from a text key. */
const uuidOf = (key: string) => `overlay(overlay(md5(${key}) placing '4' from 13) placing '8' from 17)::uuid`;

/** 10:00 in Helsinki on a day (an SQL date expression), as timestamptz: the same whatever the session's zone. */
const helsinki = (day: string) => `((${day}) + time '10:00') AT TIME ZONE 'Europe/Helsinki'`;

/** A deterministic uuid for the n-th row of a kind. */
const uid = (kind: string, n: string) => uuidOf(`'pike-large:${kind}:' || ${n}`);

export function largeSeedCounts(scale = 1, years = Math.max(1, Math.round(10 * scale))) {
  const sessions = Math.max(20, Math.round(8_000 * scale));
  return {
    years,
    libraries: Math.max(4, Math.round(300 * scale)),
    users: Math.max(60, Math.round(20_000 * scale)),
    steering: 40,
    menus: 2 * years,
    offerings: Math.max(4, Math.round(sessions / 10)),
    sessions,
    meetings: 12 * years,
    agendaItemsPerMeeting: 20,
    revisionsPerItem: 4,
    // What the coverage report counts besides trainings (issue 16): per kit a
    // loan every 14 days (~20,000), half the users in a network (~10,000),
    // a programme a year with 600 participants (~3,000 completions), a
    // job-shadowing round a year (600 offers, ~1,500 applications), ~2,000
    // workshop orders.
    kits: Math.max(2, Math.round(80 * scale)),
    networks: Math.max(2, Math.round(12 * scale)),
    programmeParticipants: Math.max(10, Math.round(600 * scale)),
    exchangeOffersPerYear: Math.max(4, Math.round(60 * scale)),
    workshopOrders: Math.max(10, Math.round(2_000 * scale)),
  };
}

/** Generates the data in one transaction on `client`, then ANALYZEs. */
export async function seedLargeData(client: pg.Client, options: LargeSeedOptions = {}): Promise<LargeSeedReport> {
  const log = options.log ?? (() => {});
  const c = {
    ...largeSeedCounts(options.scale ?? 1, options.years),
    ...(options.users ? { users: options.users } : {}),
  };
  const started = performance.now();
  const firstMonth = `(date '2027-08-01' - interval '${c.years * 12} months')::date`;
  const steps: [string, string][] = [
    [
      "libraries",
      `INSERT INTO "Library" ("id", "slug", "name", "municipality", "region", "consortium", "website", "contactEmail",
                              "emailDomains", "sortOrder", "createdAt", "updatedAt")
       SELECT ${uid("library", "i")}, '${LARGE_SLUG_PREFIX}' || lpad(i::text, 4, '0'),
              'Testikirjasto ' || lpad(i::text, 4, '0'), 'Kunta ' || lpad(i::text, 4, '0'),
              (CASE WHEN i % 2 = 0 THEN 'PIRKANMAA' ELSE 'KESKI_SUOMI' END)::"Region",
              (CASE WHEN i % 2 = 0 THEN 'PIKI' ELSE 'KESKI' END)::"Consortium",
              'https://kirjasto' || i || '.example.fi', 'kirjasto@kirjasto' || i || '.example.fi',
              ARRAY['kirjasto' || i || '.example.fi'], 1000 + i, ${firstMonth}, ${firstMonth}
       FROM generate_series(1, ${c.libraries}) i`,
    ],
    [
      "service points",
      `INSERT INTO "ServicePoint" ("id", "libraryId", "name", "kind", "status", "address", "postalCode", "city",
                                   "sortOrder", "createdAt", "updatedAt")
       SELECT ${uid("servicepoint", "i || ':' || p")}, ${uid("library", "i")},
              CASE WHEN p = 0 THEN 'Pääkirjasto' WHEN p = 3 THEN 'Kirjastoauto' ELSE 'Lähikirjasto ' || p END,
              (CASE WHEN p = 0 THEN 'MAIN' WHEN p = 3 THEN 'BOOKMOBILE' ELSE 'BRANCH' END)::"ServicePointKind",
              (CASE WHEN ${pick("'sp' || i || ':' || p", 20)} = 0 THEN 'RENOVATION' ELSE 'OPEN' END)::"ServicePointStatus",
              'Kirjastokatu ' || (p + 1), lpad((33000 + i)::text, 5, '0'), 'Kunta ' || lpad(i::text, 4, '0'),
              p, ${firstMonth}, ${firstMonth}
       FROM generate_series(1, ${c.libraries}) i, generate_series(0, 3) p
       WHERE p <= i % 4`,
    ],
    [
      "users",
      // The first ${c.steering} are the steering group, the next five coordinators.
      // Every tenth has left (deactivated); most have signed in at some point in the last two years.
      `INSERT INTO "User" ("id", "name", "email", "title", "roles", "libraryId", "locale", "createdAt", "updatedAt",
                           "profileCompletedAt", "deactivatedAt", "lastSignInAt")
       SELECT ${uid("user", "i")},
              (${sqlArray(FIRST_NAMES)})[1 + i % ${FIRST_NAMES.length}] || ' ' ||
                (${sqlArray(LAST_NAMES)})[1 + (i / ${FIRST_NAMES.length}) % ${LAST_NAMES.length}] || ' ' || i,
              'kayttaja' || i || '@kirjasto' || (1 + i % ${c.libraries}) || '.example.fi',
              'Kirjastovirkailija',
              (CASE WHEN i <= ${c.steering} THEN ARRAY['STEERING']
                    WHEN i <= ${c.steering + 5} THEN ARRAY['COORDINATOR']
                    WHEN i % 50 = 0 THEN ARRAY['SUPERVISOR', 'STAFF']
                    ELSE ARRAY['STAFF'] END)::"Role"[],
              ${uid("library", "1 + i % " + c.libraries)},
              (CASE WHEN i % 10 = 0 THEN 'en' ELSE 'fi' END)::"Locale",
              ${firstMonth} + (i % 3000) * interval '1 hour', ${firstMonth} + (i % 3000) * interval '1 hour',
              ${firstMonth} + (i % 3000) * interval '1 hour',
              CASE WHEN i % 10 = 7 THEN ${firstMonth} + interval '2 years' + (i % 700) * interval '1 day' END,
              CASE WHEN i % 7 <> 3 THEN now() - (i % 730) * interval '1 day' END
       FROM generate_series(1, ${c.users}) i`,
    ],
    [
      "themes",
      `INSERT INTO "Theme" ("id", "slug", "nameFi", "nameEn", "sortOrder")
       SELECT ${uid("theme", "i")}, 'x-teema-' || i, 'Teema ' || i, 'Theme ' || i, 100 + i
       FROM generate_series(1, 8) i`,
    ],
    [
      "training menus",
      `INSERT INTO "TrainingMenu" ("id", "slug", "title", "periodStart", "periodEnd", "status", "intro", "publishedAt",
                                   "createdAt", "updatedAt")
       SELECT ${uid("menu", "m")}, 'x-tarjotin-' || m, 'Koulutustarjotin ' || to_char(start, 'MM/YYYY'),
              start, (start + interval '5 months' - interval '1 day')::date, 'PUBLISHED', ${words("'menu' || m", 20)},
              start - interval '1 month', start - interval '2 months', start - interval '1 month'
       FROM generate_series(0, ${c.menus - 1}) m,
            LATERAL (SELECT (${firstMonth} + m * interval '6 months')::date AS start) s`,
    ],
    [
      "offerings",
      `INSERT INTO "Offering" ("id", "menuId", "slug", "kind", "title", "summary", "description", "audience",
                               "trainerName", "sortOrder", "createdAt", "updatedAt")
       SELECT ${uid("offering", "o")}, ${uid("menu", `(o * ${c.menus}) / ${c.offerings}`)}, 'x-koulutus-' || o,
              (ARRAY['WORKSHOP', 'TRAINING_DAY', 'WEBINAR', 'WORKSHOP', 'EVENT'])[1 + o % 5]::"OfferingKind",
              initcap(${words("'offering' || o", 3)}) || ' ' || o, ${words("'summary' || o", 12)},
              ${words("'description' || o", 60)}, 'Kirjastojen henkilöstö', 'Kouluttaja ' || (o % 40),
              o, date '2017-01-01', date '2017-01-01'
       FROM generate_series(0, ${c.offerings - 1}) o`,
    ],
    [
      "offering themes",
      `INSERT INTO "OfferingTheme" ("offeringId", "themeId")
       SELECT DISTINCT ${uid("offering", "o")}, ${uid("theme", `1 + ${pick("'ot' || o || ':' || t", 8)}`)}
       FROM generate_series(0, ${c.offerings - 1}) o, generate_series(1, 2) t`,
    ],
    [
      "training sessions",
      // Session i belongs to offering i * offerings / sessions, on a day within its menu's period.
      `INSERT INTO "TrainingSession" ("id", "offeringId", "title", "startsAt", "endsAt", "servicePointId", "remoteUrl",
                                      "hostLibraryId", "capacity", "seatsTaken", "registrationOpensAt",
                                      "registrationClosesAt", "status", "createdAt", "updatedAt")
       SELECT ${uid("session", "i")}, ${uid("offering", "o")}, NULL, starts, starts + interval '3 hours',
              CASE WHEN webinar THEN NULL ELSE ${uid("servicepoint", `lib || ':0'`)} END,
              CASE WHEN webinar THEN 'https://meet.example.fi/' || i END,
              ${uid("library", "lib")}, 60 + ${pick("'cap' || i", 190)}, 0,
              starts - interval '60 days', starts - interval '7 days',
              (CASE WHEN ${pick("'cancel' || i", 40)} = 0 THEN 'CANCELLED' ELSE 'SCHEDULED' END)::"SessionStatus",
              starts - interval '90 days', starts - interval '90 days'
       FROM generate_series(0, ${c.sessions - 1}) i,
            LATERAL (SELECT (i::bigint * ${c.offerings}) / ${c.sessions} AS o) oo,
            LATERAL (SELECT (oo.o * ${c.menus}) / ${c.offerings} AS m, 1 + ${pick("'host' || i", c.libraries)} AS lib,
                            oo.o % 5 = 2 AS webinar) x,
            LATERAL (SELECT ((${firstMonth} + x.m * interval '6 months')::date + ${pick("'day' || i", 140)}
                             + time '09:00') AT TIME ZONE 'Europe/Helsinki' AS starts) t`,
    ],
    [
      "enrolments",
      // Candidate k of session i is user (offset + k) mod users: distinct per session.
      // One in twenty cancelled; of the rest, the first `capacity` hold a seat
      // (attended/no-show once past), the others queue 1..n.
      `INSERT INTO "Enrolment" ("id", "sessionId", "userId", "status", "waitlistPosition", "createdAt", "updatedAt",
                                "cancelledAt")
       SELECT ${uid("enrolment", "i || ':' || k")}, ${uid("session", "i")}, ${uid("user", "u")},
              (CASE WHEN cancelled THEN 'CANCELLED'
                    WHEN rank > capacity THEN 'WAITLISTED'
                    WHEN starts >= timestamptz '${REFERENCE_DATE}' THEN 'CONFIRMED'
                    WHEN ${pick("'show' || i || ':' || k", 12)} = 0 THEN 'NO_SHOW'
                    ELSE 'ATTENDED' END)::"EnrolmentStatus",
              CASE WHEN NOT cancelled AND rank > capacity THEN rank - capacity END,
              created, created, CASE WHEN cancelled THEN created + interval '3 days' END
       FROM (
         SELECT i, k, s."capacity", s."startsAt" AS starts, cand.u, cand.cancelled,
                s."startsAt" - interval '50 days' + k * interval '5 minutes' AS created,
                count(*) FILTER (WHERE NOT cand.cancelled) OVER (PARTITION BY i ORDER BY k) AS rank
         FROM generate_series(0, ${c.sessions - 1}) i
         JOIN "TrainingSession" s ON s."id" = ${uid("session", "i")}
         CROSS JOIN LATERAL generate_series(0, LEAST(${c.users - 1}, 50 + ${pick("'n' || i", 150)})) k
         CROSS JOIN LATERAL (
           SELECT 1 + (${pick("'offset' || i", c.users)} + k) % ${c.users} AS u,
                  ${pick("'c' || i || ':' || k", 20)} = 0 AS cancelled
         ) cand
       ) e`,
    ],
    [
      "seats taken",
      `UPDATE "TrainingSession" s SET "seatsTaken" = held.n
       FROM (SELECT "sessionId", count(*)::int AS n FROM "Enrolment"
             WHERE "status" IN ('CONFIRMED', 'ATTENDED', 'NO_SHOW') GROUP BY "sessionId") held
       WHERE held."sessionId" = s."id" AND s."id" IN (SELECT ${uid("session", "i")} FROM generate_series(0, ${c.sessions - 1}) i)`,
    ],
    [
      "feedback",
      `INSERT INTO "Feedback" ("id", "enrolmentId", "rating", "comment", "createdAt")
       SELECT ${uuidOf(`'pike-large:feedback:' || e."id"`)}, e."id", 1 + ${pick("e.id::text", 5)},
              ${words("e.id::text", 10)}, e."updatedAt" + interval '1 day'
       FROM "Enrolment" e JOIN "TrainingSession" s ON s."id" = e."sessionId" AND s."hostLibraryId" IN
              (SELECT ${uid("library", "i")} FROM generate_series(1, ${c.libraries}) i)
       WHERE e."status" = 'ATTENDED' AND ${pick("'fb' || e.id", 10)} = 0`,
    ],
    [
      "meetings",
      // Monthly; the one before the reference date has draft minutes, the next one a published agenda.
      `INSERT INTO "Meeting" ("id", "title", "startsAt", "endsAt", "location", "status", "chairId", "secretaryId",
                              "summary", "approvedAt", "createdAt", "updatedAt")
       SELECT ${uid("meeting", "j")}, 'Ohjausryhmän kokous ' || to_char(starts, 'MM/YYYY'),
              starts, starts + interval '3 hours', 'Teams ja Kunta ' || (1 + j % 20),
              (CASE WHEN starts >= timestamptz '${REFERENCE_DATE}' + interval '1 month' THEN 'PLANNED'
                    WHEN starts >= timestamptz '${REFERENCE_DATE}' THEN 'AGENDA_PUBLISHED'
                    WHEN starts >= timestamptz '${REFERENCE_DATE}' - interval '1 month' THEN 'MINUTES_DRAFT'
                    ELSE 'MINUTES_APPROVED' END)::"MeetingStatus",
              ${uid("user", "1 + j % 5")}, ${uid("user", "6 + j % 5")}, ${words("'meeting' || j", 25)},
              CASE WHEN starts < timestamptz '${REFERENCE_DATE}' - interval '1 month' THEN starts + interval '30 days' END,
              starts - interval '30 days', starts
       FROM generate_series(0, ${c.meetings - 1}) j,
            LATERAL (SELECT ((${firstMonth} + j * interval '1 month')::date + 14 + time '13:00')
                            AT TIME ZONE 'Europe/Helsinki' AS starts) t`,
    ],
    [
      "agenda items",
      `INSERT INTO "AgendaItem" ("id", "meetingId", "position", "kind", "title", "body", "minutes", "presenterId",
                                 "createdAt", "updatedAt")
       SELECT ${uid("agenda", "j || ':' || p")}, m."id", p,
              (CASE p WHEN 1 THEN 'OPENING' WHEN 2 THEN 'PREVIOUS_ACTIONS' WHEN 3 THEN 'NEWS_ROUND'
                      WHEN ${c.agendaItemsPerMeeting - 2} THEN 'OTHER_MATTERS'
                      WHEN ${c.agendaItemsPerMeeting - 1} THEN 'NEXT_MEETING'
                      WHEN ${c.agendaItemsPerMeeting} THEN 'CLOSING' ELSE 'STANDARD' END)::"AgendaItemKind",
              initcap(${words("'title' || j || ':' || p", 3)}), ${words("'body' || j || ':' || p", 40)},
              CASE WHEN m."status" IN ('MINUTES_DRAFT', 'MINUTES_APPROVED')
                   THEN ${words("'minutes' || j || ':' || p", 50)} END,
              ${uid("user", `1 + ${pick("'presenter' || j || ':' || p", c.steering)}`)},
              m."createdAt", m."startsAt"
       FROM generate_series(0, ${c.meetings - 1}) j
       JOIN "Meeting" m ON m."id" = ${uid("meeting", "j")}
       CROSS JOIN generate_series(1, ${c.agendaItemsPerMeeting}) p`,
    ],
    [
      "minutes revisions",
      `INSERT INTO "MinutesRevision" ("id", "agendaItemId", "minutes", "authorId", "createdAt")
       SELECT ${uuidOf(`'pike-large:revision:' || a."id" || ':' || r`)}, a."id",
              CASE WHEN r = ${c.revisionsPerItem} THEN a."minutes" ELSE ${words("a.id || ':' || r", 30)} END,
              ${uid("user", "6 + r % 5")}, a."updatedAt" + r * interval '1 hour'
       FROM "AgendaItem" a CROSS JOIN generate_series(1, ${c.revisionsPerItem}) r
       WHERE a."minutes" IS NOT NULL AND a."meetingId" IN (SELECT ${uid("meeting", "j")} FROM generate_series(0, ${c.meetings - 1}) j)`,
    ],
    [
      "attendances",
      `INSERT INTO "MeetingAttendance" ("meetingId", "userId", "status")
       SELECT m."id", ${uid("user", "u")},
              (CASE WHEN m."status" IN ('PLANNED', 'AGENDA_PUBLISHED') THEN 'INVITED'
                    ELSE (ARRAY['PRESENT', 'PRESENT', 'REMOTE', 'ABSENT'])[1 + ${pick("m.id || ':' || u", 4)}] END
              )::"AttendanceStatus"
       FROM generate_series(0, ${c.meetings - 1}) j
       JOIN "Meeting" m ON m."id" = ${uid("meeting", "j")}
       CROSS JOIN generate_series(1, ${c.steering}) u`,
    ],
    [
      "news-round entries",
      `INSERT INTO "LibraryUpdate" ("id", "meetingId", "libraryId", "authorId", "budget", "staffing", "projects",
                                    "events", "body", "submittedAt", "createdAt", "updatedAt")
       SELECT ${uuidOf(`'pike-large:update:' || j || ':' || l`)}, m."id", ${uid("library", "l")},
              ${uid("user", `CASE WHEN l = 1 THEN ${c.libraries} ELSE l - 1 END`)},
              ${words("'budget' || j || ':' || l", 8)}, ${words("'staffing' || j || ':' || l", 8)},
              ${words("'projects' || j || ':' || l", 20)}, ${words("'events' || j || ':' || l", 15)}, NULL,
              m."startsAt" - interval '3 days', m."startsAt" - interval '10 days', m."startsAt" - interval '3 days'
       FROM generate_series(0, ${c.meetings - 1}) j
       JOIN "Meeting" m ON m."id" = ${uid("meeting", "j")}
       CROSS JOIN generate_series(1, ${c.libraries}) l
       WHERE m."status" <> 'PLANNED' AND ${pick("'nr' || j || ':' || l", 10)} < 7`,
    ],
    [
      "decisions",
      `INSERT INTO "Decision" ("id", "meetingId", "agendaItemId", "text", "position", "createdAt")
       SELECT ${uid("decision", "j || ':' || p")}, m."id", ${uid("agenda", "j || ':' || p")},
              'Päätettiin: ' || ${words("'decision' || j || ':' || p", 15)}, p, m."startsAt"
       FROM generate_series(0, ${c.meetings - 1}) j
       JOIN "Meeting" m ON m."id" = ${uid("meeting", "j")} AND m."status" IN ('MINUTES_DRAFT', 'MINUTES_APPROVED')
       CROSS JOIN generate_series(4, 9) p`,
    ],
    [
      "action items",
      // Items older than three months were done in the next meeting; newer ones are open.
      `INSERT INTO "ActionItem" ("id", "originMeetingId", "agendaItemId", "title", "description", "ownerUserId",
                                 "ownerLibraryId", "dueDate", "status", "closedInMeetingId", "closedAt",
                                 "createdAt", "updatedAt")
       SELECT ${uid("action", "j || ':' || p")}, m."id", ${uid("agenda", "j || ':' || p")},
              initcap(${words("'action' || j || ':' || p", 5)}), ${words("'actiondesc' || j || ':' || p", 20)},
              CASE WHEN p % 2 = 0 THEN ${uid("user", `1 + ${pick("'owner' || j || ':' || p", c.steering)}`)} END,
              CASE WHEN p % 2 = 1 THEN ${uid("library", `1 + ${pick("'ownerlib' || j || ':' || p", c.libraries)}`)} END,
              (m."startsAt" + interval '60 days')::date,
              (CASE WHEN done THEN 'DONE' ELSE 'OPEN' END)::"ActionItemStatus",
              CASE WHEN done THEN ${uid("meeting", "j + 1")} END,
              CASE WHEN done THEN m."startsAt" + interval '1 month' END,
              m."startsAt", m."startsAt"
       FROM generate_series(0, ${c.meetings - 1}) j
       JOIN "Meeting" m ON m."id" = ${uid("meeting", "j")} AND m."status" IN ('MINUTES_DRAFT', 'MINUTES_APPROVED')
       CROSS JOIN generate_series(4, 11) p
       CROSS JOIN LATERAL (SELECT m."startsAt" < timestamptz '${REFERENCE_DATE}' - interval '3 months'
                                  AND ${pick("'done' || j || ':' || p", 10)} > 0 AS done) d`,
    ],
    [
      "action item reviews",
      `INSERT INTO "ActionItemReview" ("id", "actionItemId", "meetingId", "outcome", "reviewedById", "createdAt")
       SELECT ${uuidOf(`'pike-large:review:' || a."id"`)}, a."id", a."closedInMeetingId", 'DONE', ${uid("user", "6")},
              a."closedAt"
       FROM "ActionItem" a
       WHERE a."status" = 'DONE' AND a."originMeetingId" IN
             (SELECT ${uid("meeting", "j")} FROM generate_series(0, ${c.meetings - 1}) j)`,
    ],
    [
      "audit events",
      // One per fifth enrolment and per minutes revision: the log's real mix.
      `INSERT INTO "AuditEvent" ("id", "actorId", "action", "entityType", "entityId", "summary", "after", "createdAt")
       SELECT ${uuidOf(`'pike-large:audit:' || e."id"`)}, e."userId", 'enrolment.create', 'Enrolment', e."id"::text,
              NULL, jsonb_build_object('status', e."status", 'sessionId', e."sessionId"), e."createdAt"
       FROM "Enrolment" e
       WHERE ${pick("e.id::text", 5)} = 0 AND e."sessionId" IN
             (SELECT ${uid("session", "i")} FROM generate_series(0, ${c.sessions - 1}) i)
       UNION ALL
       SELECT ${uuidOf(`'pike-large:audit:' || r."id"`)}, r."authorId", 'minutes.save', 'AgendaItem',
              r."agendaItemId"::text, NULL, NULL, r."createdAt"
       FROM "MinutesRevision" r JOIN "AgendaItem" a ON a."id" = r."agendaItemId"
       WHERE a."meetingId" IN (SELECT ${uid("meeting", "j")} FROM generate_series(0, ${c.meetings - 1}) j)`,
    ],
    [
      "kits",
      `INSERT INTO "Kit" ("id", "slug", "name", "description", "homeLibraryId", "shippingDays", "status",
                          "createdAt", "updatedAt")
       SELECT ${uid("kit", "k")}, 'x-boksi-' || lpad(k::text, 3, '0'), 'Testiboksi ' || k, ${words("'kit' || k", 12)},
              ${uid("library", `1 + ${pick("'kithome' || k", c.libraries)}`)}, 2, 'AVAILABLE', ${helsinki(firstMonth)},
              ${helsinki(firstMonth)}
       FROM generate_series(1, ${c.kits}) k`,
    ],
    [
      "kit reservations",
      // Loan n of a kit starts 14n days after the first month and lasts 7–9
      // days, so with its 2 shipping days it never meets the next (the
      // exclusion constraint). Past ones were returned or passed on, coming
      // ones confirmed or requested; one in fifteen cancelled, one declined.
      `INSERT INTO "KitReservation" ("id", "kitId", "libraryId", "requestedById", "startDate", "endDate",
                                     "shippingDays", "status", "decidedAt", "cancelledAt", "createdAt", "updatedAt")
       SELECT ${uid("kitloan", "k || ':' || n")}, ${uid("kit", "k")}, ${uid("library", "lib")},
              ${uid("user", `lib - 1 + ${c.libraries} * (1 + n % 3)`)}, start, start + 6 + ${pick("'kitlen' || k || ':' || n", 3)}, 2,
              status::"KitReservationStatus",
              CASE WHEN status <> 'REQUESTED' THEN created + interval '1 day' END,
              CASE WHEN status = 'CANCELLED' THEN created + interval '5 days' END, created, created + interval '1 day'
       FROM generate_series(1, ${c.kits}) k, generate_series(0, ${c.years * 26 - 1}) n,
            LATERAL (SELECT ${firstMonth} + 14 * n + k % 7 AS start, 1 + ${pick("'kitlib' || k || ':' || n", c.libraries)} AS lib) x,
            LATERAL (SELECT ${helsinki("x.start - 30")} AS created,
                            CASE WHEN ${pick("'kitc' || k || ':' || n", 15)} = 0 THEN 'CANCELLED'
                                 WHEN x.start >= date '${REFERENCE_DATE}'
                                   THEN CASE WHEN ${pick("'kitr' || k || ':' || n", 3)} = 0 THEN 'REQUESTED' ELSE 'CONFIRMED' END
                                 WHEN ${pick("'kitc' || k || ':' || n", 15)} = 1 THEN 'DECLINED'
                                 WHEN ${pick("'kitp' || k || ':' || n", 4)} = 0 THEN 'PASSED_ON'
                                 ELSE 'RETURNED' END AS status) y`,
    ],
    [
      "networks",
      `INSERT INTO "Network" ("id", "slug", "name", "description", "sortOrder", "createdAt", "updatedAt")
       SELECT ${uid("network", "j")}, 'x-verkosto-' || j, 'Testiverkosto ' || j, ${words("'network' || j", 20)}, 100 + j,
              ${helsinki(firstMonth)}, ${helsinki(firstMonth)}
       FROM generate_series(1, ${c.networks}) j`,
    ],
    [
      "network memberships",
      // Every other user asked to join one network; most are members now.
      `INSERT INTO "NetworkMembership" ("networkId", "userId", "role", "status", "requestedAt", "decidedAt", "joinedAt",
                                        "leftAt", "createdAt", "updatedAt")
       SELECT ${uid("network", `1 + ${pick("'nw' || i", c.networks)}`)}, ${uid("user", "i")},
              (CASE WHEN status = 'ACTIVE' AND ${pick("'chair' || i", 100)} = 0 THEN 'CHAIR' ELSE 'MEMBER' END)::"MembershipRole",
              status::"MembershipStatus", requested,
              CASE WHEN status <> 'PENDING' THEN requested + interval '2 days' END,
              CASE WHEN status IN ('ACTIVE', 'LEFT') THEN requested + interval '2 days' END,
              CASE WHEN status = 'LEFT' THEN requested + interval '200 days' END, requested, requested
       FROM generate_series(1, ${c.users}) i,
            LATERAL (SELECT ${helsinki(`${firstMonth} + ${pick("'nmd' || i", c.years * 300)}`)} AS requested,
                            CASE ${pick("'nms' || i", 20)} WHEN 0 THEN 'LEFT' WHEN 1 THEN 'PENDING' WHEN 2 THEN 'DECLINED'
                                 ELSE 'ACTIVE' END AS status) x
       WHERE ${pick("'nm' || i", 2)} = 0`,
    ],
    [
      "programmes",
      // One a year, in the autumn menu: the aspa-ajokortti's like.
      `INSERT INTO "Offering" ("id", "menuId", "slug", "kind", "title", "summary", "description", "audience", "sortOrder",
                               "deadline", "programmePublishedAt", "createdAt", "updatedAt")
       SELECT ${uid("programme", "y")}, ${uid("menu", "2 * y")}, 'x-ohjelma-' || y, 'PROGRAMME', 'Testiohjelma ' || (y + 1),
              ${words("'programme' || y", 12)}, ${words("'programmedesc' || y", 60)}, 'Kaikki kirjastojen työntekijät',
              10000 + y, start + 730, ${helsinki("start")}, ${helsinki("start - 30")}, ${helsinki("start - 30")}
       FROM generate_series(0, ${c.years - 1}) y,
            LATERAL (SELECT (${firstMonth} + y * interval '1 year')::date AS start) s`,
    ],
    [
      "programme participations",
      // Participant k of year y's programme: half complete it 10–69 days after
      // joining (unless that is still to come), one in seven leaves.
      `INSERT INTO "ProgrammeParticipation" ("id", "offeringId", "userId", "status", "joinedAt", "leftAt", "completedAt",
                                             "lastProgressAt", "createdAt", "updatedAt")
       SELECT ${uid("participation", "y || ':' || k")}, ${uid("programme", "y")},
              ${uid("user", `1 + (${pick("'po' || y", c.users)} + k) % ${c.users}`)}, status::"ParticipationStatus", joined,
              CASE WHEN status = 'LEFT' THEN joined + (k % 90) * interval '1 day' END,
              CASE WHEN status = 'COMPLETED' THEN done END,
              CASE status WHEN 'COMPLETED' THEN done WHEN 'LEFT' THEN joined + (k % 90) * interval '1 day' ELSE joined END,
              joined, joined
       FROM generate_series(0, ${c.years - 1}) y, generate_series(0, ${c.programmeParticipants - 1}) k,
            LATERAL (SELECT ${helsinki(`(${firstMonth} + y * interval '1 year')::date + k % 150`)} AS joined) j,
            LATERAL (SELECT j.joined + (10 + ${pick("'pc' || y || ':' || k", 60)}) * interval '1 day' AS done) d,
            LATERAL (SELECT CASE WHEN k % 2 = 0 AND d.done < timestamptz '${REFERENCE_DATE}' THEN 'COMPLETED'
                                 WHEN k % 7 = 1 THEN 'LEFT' ELSE 'ACTIVE' END AS status) s`,
    ],
    [
      "exchange rounds",
      `INSERT INTO "ExchangeRound" ("id", "year", "title", "description", "status", "offerOpensAt", "offerClosesAt",
                                    "applicationOpensAt", "applicationClosesAt", "visitStartsOn", "visitEndsOn",
                                    "createdAt", "updatedAt")
       SELECT ${uid("round", "y")}, yr, 'Testikierros ' || yr, ${words("'round' || y", 20)},
              (CASE WHEN make_date(yr, 11, 30) < date '${REFERENCE_DATE}' THEN 'CLOSED' ELSE 'OPEN' END)::"ExchangeRoundStatus",
              make_date(yr, 5, 1), make_date(yr, 5, 31), make_date(yr, 6, 1), make_date(yr, 8, 15),
              make_date(yr, 8, 16), make_date(yr, 11, 30), ${helsinki("make_date(yr, 4, 15)")},
              ${helsinki("make_date(yr, 4, 15)")}
       FROM generate_series(0, ${c.years - 1}) y, LATERAL (SELECT extract(year FROM ${firstMonth})::int + y AS yr) r`,
    ],
    [
      "exchange offers",
      `INSERT INTO "ExchangeOffer" ("id", "roundId", "hostLibraryId", "title", "description", "startDate", "endDate",
                                    "places", "mode", "createdAt", "updatedAt")
       SELECT ${uid("exchangeoffer", "y || ':' || o")}, ${uid("round", "y")},
              ${uid("library", `1 + ${pick("'eoh' || y || ':' || o", c.libraries)}`)},
              initcap(${words("'eotitle' || y || ':' || o", 3)}), ${words("'eo' || y || ':' || o", 30)},
              make_date(yr, 8, 16) + o % 30, make_date(yr, 8, 16) + o % 30 + 60, 3, 'ONSITE',
              ${helsinki("make_date(yr, 5, 10)")}, ${helsinki("make_date(yr, 5, 10)")}
       FROM generate_series(0, ${c.years - 1}) y, generate_series(0, ${c.exchangeOffersPerYear - 1}) o,
            LATERAL (SELECT extract(year FROM ${firstMonth})::int + y AS yr) r`,
    ],
    [
      "exchange applications",
      // Two or three applicants per offer (at most its three places), visiting
      // in its first three weeks; one in eight declined, one withdrawn.
      `INSERT INTO "ExchangeApplication" ("id", "offerId", "applicantId", "fromLibraryId", "motivation", "status",
                                          "visitDate", "submittedAt", "decidedAt", "withdrawnAt", "completedAt",
                                          "createdAt", "updatedAt")
       SELECT ${uid("exchangeapplication", "y || ':' || o || ':' || a")}, ${uid("exchangeoffer", "y || ':' || o")},
              ${uid("user", "u")}, ${uid("library", `1 + u % ${c.libraries}`)}, ${words("'ea' || y || ':' || o || ':' || a", 15)},
              status::"ExchangeApplicationStatus", CASE WHEN status IN ('ACCEPTED', 'COMPLETED') THEN visit END, created,
              CASE WHEN status IN ('ACCEPTED', 'COMPLETED', 'DECLINED') THEN created + interval '5 days' END,
              CASE WHEN status = 'WITHDRAWN' THEN created + interval '3 days' END,
              CASE WHEN status = 'COMPLETED' THEN ${helsinki("visit + 1")} END, created, created
       FROM generate_series(0, ${c.years - 1}) y, generate_series(0, ${c.exchangeOffersPerYear - 1}) o,
            generate_series(0, 2) a,
            LATERAL (SELECT extract(year FROM ${firstMonth})::int + y AS yr) r,
            LATERAL (SELECT 1 + (${pick("'eau' || y || ':' || o", c.users)} + a) % ${c.users} AS u,
                            make_date(r.yr, 8, 16) + o % 30 + 7 * a + ${pick("'eav' || y || ':' || o || ':' || a", 7)} AS visit,
                            ${helsinki(`make_date(r.yr, 6, 1) + ${pick("'eac' || y || ':' || o || ':' || a", 60)}`)} AS created) x,
            LATERAL (SELECT CASE ${pick("'eas' || y || ':' || o || ':' || a", 8)} WHEN 0 THEN 'DECLINED' WHEN 1 THEN 'WITHDRAWN'
                                 ELSE CASE WHEN x.visit < date '${REFERENCE_DATE}' THEN 'COMPLETED' ELSE 'ACCEPTED' END
                            END AS status) s
       WHERE a < 2 + ${pick("'ean' || y || ':' || o", 2)}`,
    ],
    [
      "exchange places taken",
      `UPDATE "ExchangeOffer" o SET "placesTaken" = taken.n
       FROM (SELECT "offerId", count(*)::int AS n FROM "ExchangeApplication"
             WHERE "status" IN ('ACCEPTED', 'COMPLETED') GROUP BY "offerId") taken
       WHERE taken."offerId" = o."id" AND o."roundId" IN (SELECT ${uid("round", "y")} FROM generate_series(0, ${c.years - 1}) y)`,
    ],
    [
      "workshop orders",
      // Spread evenly over the years, for the workshops among the offerings;
      // those older than two months were decided.
      `INSERT INTO "WorkshopOrder" ("id", "offeringId", "libraryId", "requestedById", "preferredDates",
                                    "expectedParticipants", "message", "status", "declineReason", "createdAt", "updatedAt")
       SELECT ${uid("order", "w")}, ${uid("offering", `5 * ${pick("'woo' || w", Math.max(1, Math.floor(c.offerings / 5)))}`)},
              ${uid("library", "lib")}, ${uid("user", `lib - 1 + ${c.libraries} * (1 + w % 3)`)},
              'Tiistait tai torstait', 10 + ${pick("'wop' || w", 30)}, ${words("'wo' || w", 15)}, status::"WorkshopOrderStatus",
              CASE WHEN status = 'DECLINED' THEN 'Kouluttaja ei ole käytettävissä' END, created, created + interval '7 days'
       FROM generate_series(0, ${c.workshopOrders - 1}) w,
            LATERAL (SELECT 1 + ${pick("'wol' || w", c.libraries)} AS lib,
                            ${helsinki(`${firstMonth} + ((w::bigint * ${c.years * 365}) / ${c.workshopOrders})::int`)} AS created) x,
            LATERAL (SELECT CASE WHEN x.created >= timestamptz '${REFERENCE_DATE}' - interval '60 days' THEN 'REQUESTED'
                                 WHEN ${pick("'wos' || w", 6)} = 0 THEN 'DECLINED'
                                 WHEN ${pick("'wos' || w", 6)} = 1 THEN 'ACCEPTED'
                                 ELSE 'SCHEDULED' END AS status) s`,
    ],
  ];

  const rows: Record<string, number> = {};
  await client.query("BEGIN");
  try {
    // A big load in one transaction: its commit need not wait for the WAL flush.
    await client.query("SET LOCAL synchronous_commit = off");
    await client.query("SET LOCAL work_mem = '64MB'");
    // The coverage and feedback rollups' triggers would count per row and statement what one rebuild counts at the end.
    await client.query("SET LOCAL pike.coverage_rollup = 'off'");
    for (const [name, sql] of steps) {
      const t0 = performance.now();
      const result = await client.query(sql);
      rows[name] = result.rowCount ?? 0;
      log(
        `  ${name.padEnd(22)} ${String(rows[name]).padStart(9)} rows  ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
    }
    const t0 = performance.now();
    // The triggers were off: the cached coverage reports expire here (migration 1734040000000_coverage_cache_tag).
    await client.query("SELECT coverage_rebuild(), feedback_rollup_rebuild(), coverage_cache_expire_now()");
    log(`  ${"coverage rollups".padEnd(22)} ${"".padStart(9)}       ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  const t0 = performance.now();
  // VACUUM too: it sets the visibility map, as autovacuum would have, so index-only scans count.
  await client.query("VACUUM ANALYZE");
  log(`  ${"analyze".padEnd(22)} ${"".padStart(9)}       ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { seconds: (performance.now() - started) / 1000, rows };
}
