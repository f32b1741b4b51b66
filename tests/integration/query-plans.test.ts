// Every key page query is served by an index: on the seed:large generator's
// data at scale 0.02 (20,000 enrolments, vacuumed and analysed), the plan of
// each query below must have no Seq Scan on a big table. The queries are the
// SQL that Prisma generates for the page loaders (captured with log_statement
// on seed:large data), reduced to their FROM, WHERE and ORDER BY.
// Sequential scans are switched off for the planner: at this small scale a
// table of a few pages is rightly read whole, and the question here is
// whether an index exists that serves the query — a Seq Scan left in the plan
// means none does. At full scale the same indexes are what the planner picks
// (README, "Data at scale").
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { visibleMeetingStatuses, type Actor } from "@/lib/auth/policy";
import { searchStatement } from "@/lib/search/data";
import { seedLargeData } from "@/scripts/lib/seed-large";

const BIG_TABLES = new Set([
  "Enrolment",
  "User",
  "TrainingSession",
  "MinutesRevision",
  "AgendaItem",
  "ActionItem",
  "AuditEvent",
  "LibraryUpdate",
  "Decision",
  "Feedback",
  "MeetingAttendance",
]);

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Loops"?: number;
  Plans?: PlanNode[];
};

function seqScans(node: PlanNode): string[] {
  const own = node["Node Type"] === "Seq Scan" && node["Relation Name"] ? [node["Relation Name"]] : [];
  return [...own, ...(node.Plans ?? []).flatMap(seqScans)];
}

/** Each index the plan reads, with how many times it was read. */
function indexScans(node: PlanNode): [string, number | undefined][] {
  const own: [string, number | undefined][] = node["Index Name"] ? [[node["Index Name"], node["Actual Loops"]]] : [];
  return [...own, ...(node.Plans ?? []).flatMap(indexScans)];
}

let client: pg.Client;
/** Ids of one generated row of each kind, for realistic parameters. */
let ids: Record<"user" | "session" | "meeting" | "agendaItem" | "library", string>;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await seedLargeData(client, { scale: 0.02 });
  const { rows } = await client.query<typeof ids>(`
    SELECT (SELECT "userId" FROM "Enrolment" ORDER BY "id" LIMIT 1)::text AS "user",
           (SELECT "sessionId" FROM "Enrolment" ORDER BY "id" LIMIT 1)::text AS "session",
           (SELECT "id" FROM "Meeting" WHERE "status" = 'MINUTES_APPROVED' ORDER BY "startsAt" DESC LIMIT 1)::text AS "meeting",
           (SELECT "agendaItemId" FROM "MinutesRevision" ORDER BY "id" LIMIT 1)::text AS "agendaItem",
           (SELECT "libraryId" FROM "LibraryUpdate" ORDER BY "id" LIMIT 1)::text AS "library"`);
  ids = rows[0]!;
  await client.query("SET enable_seqscan = off");
}, 60_000);

afterAll(async () => {
  await client.end();
});

async function planOf(sql: string, params: unknown[] = [], options = "FORMAT JSON"): Promise<PlanNode> {
  const { rows } = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(`EXPLAIN (${options}) ${sql}`, params);
  return rows[0]!["QUERY PLAN"][0].Plan;
}

async function seqScansOf(sql: string, params: unknown[] = []): Promise<string[]> {
  return seqScans(await planOf(sql, params)).filter((table) => BIG_TABLES.has(table));
}

const NOW = "2026-12-04T08:00:00Z";

const PAGE_QUERIES: [string, string, () => unknown[]][] = [
  [
    "menu: upcoming sessions of published menus",
    `SELECT s."id" FROM "TrainingSession" s
       JOIN "Offering" o ON o."id" = s."offeringId" JOIN "TrainingMenu" m ON m."id" = o."menuId"
     WHERE s."status" = 'SCHEDULED' AND s."startsAt" >= $1 AND m."status" = 'PUBLISHED'
     ORDER BY s."startsAt", s."id"`,
    () => [NOW],
  ],
  [
    "menu calendar feed: sessions ending from a month ago",
    `SELECT s."id" FROM "TrainingSession" s
       JOIN "Offering" o ON o."id" = s."offeringId" JOIN "TrainingMenu" m ON m."id" = o."menuId"
     WHERE s."endsAt" >= $1::timestamptz - interval '30 days' AND m."status" = 'PUBLISHED'
     ORDER BY s."startsAt", s."id" LIMIT 1000`,
    () => [NOW],
  ],
  [
    "my trainings: a user's enrolments",
    `SELECT e."id" FROM "Enrolment" e JOIN "TrainingSession" s ON s."id" = e."sessionId"
     WHERE e."userId" = $1 ORDER BY s."startsAt", e."id"`,
    () => [ids.user],
  ],
  [
    "enrol panel: the actor's enrolment in the offering's sessions",
    `SELECT e."id" FROM "Enrolment" e WHERE e."sessionId" = ANY($1::uuid[]) AND e."userId" = $2 AND e."status" <> 'CANCELLED'`,
    () => [[ids.session], ids.user],
  ],
  [
    "participants of a session",
    `SELECT e."id", u."name" FROM "Enrolment" e JOIN "User" u ON u."id" = e."userId"
     WHERE e."sessionId" = $1 ORDER BY e."createdAt"`,
    () => [ids.session],
  ],
  [
    "offering admin: waitlisted per session (Prisma's _count shape)",
    `SELECT "sessionId", count(*) FROM "Enrolment" WHERE "status" = 'WAITLISTED' GROUP BY "sessionId"`,
    () => [],
  ],
  [
    "session admin: active enrolments of one session",
    `SELECT count(*) FROM "Enrolment" WHERE "sessionId" = $1 AND "status" IN ('CONFIRMED', 'WAITLISTED')`,
    () => [ids.session],
  ],
  [
    "personal calendar feed: a user's seats",
    `SELECT e."id" FROM "Enrolment" e WHERE e."userId" = $1 AND e."status" IN ('CONFIRMED', 'ATTENDED')`,
    () => [ids.user],
  ],
  [
    "meeting page: agenda items",
    `SELECT "id" FROM "AgendaItem" WHERE "meetingId" = $1 ORDER BY "position"`,
    () => [ids.meeting],
  ],
  [
    "meeting page: decisions and action items",
    `SELECT d."id" FROM "Decision" d WHERE d."meetingId" = $1
     UNION ALL SELECT a."id" FROM "ActionItem" a WHERE a."originMeetingId" = $1`,
    () => [ids.meeting],
  ],
  [
    "meeting page: attendees",
    `SELECT a."userId" FROM "MeetingAttendance" a JOIN "User" u ON u."id" = a."userId" WHERE a."meetingId" = $1`,
    () => [ids.meeting],
  ],
  [
    "action items: open ones, soonest due first",
    `SELECT "id" FROM "ActionItem" WHERE "status" = 'OPEN' ORDER BY "status", "dueDate" NULLS LAST LIMIT 50`,
    () => [],
  ],
  [
    "minutes history: an agenda item's revisions",
    `SELECT "id" FROM "MinutesRevision" WHERE "agendaItemId" = $1 ORDER BY "createdAt" DESC, "id" DESC LIMIT 10`,
    () => [ids.agendaItem],
  ],
  [
    "library page: its news-round entries",
    `SELECT u."id" FROM "LibraryUpdate" u JOIN "Meeting" m ON m."id" = u."meetingId"
     WHERE u."libraryId" = $1 AND u."submittedAt" IS NOT NULL ORDER BY m."startsAt" DESC LIMIT 40`,
    () => [ids.library],
  ],
  [
    "meeting history: audit events of one meeting",
    `SELECT "id" FROM "AuditEvent" WHERE "entityType" = 'Meeting' AND "entityId" = $1 ORDER BY "createdAt"`,
    () => [ids.meeting],
  ],
  ["sign-in: user by e-mail", `SELECT "id" FROM "User" WHERE "email" = $1`, () => ["kayttaja7@kirjasto8.example.fi"]],
  [
    "search: every searched table by its searchVector",
    `SELECT "id" FROM "AgendaItem" WHERE "searchVector" @@ websearch_to_tsquery('finnish', $1)
     UNION ALL SELECT "id" FROM "Decision" WHERE "searchVector" @@ websearch_to_tsquery('finnish', $1)
     UNION ALL SELECT "id" FROM "ActionItem" WHERE "searchVector" @@ websearch_to_tsquery('finnish', $1)
     UNION ALL SELECT "id" FROM "LibraryUpdate" WHERE "searchVector" @@ websearch_to_tsquery('finnish', $1)`,
    () => ["kirjastoauto"],
  ],
];

describe("query plans on seed:large data (scale 0.02)", () => {
  it("the generator keeps seats and waitlists consistent", async () => {
    const { rows } = await client.query<{ wrongSeats: number; gaps: number }>(`
      SELECT (SELECT count(*)::int FROM "TrainingSession" s
               WHERE s."seatsTaken" <> (SELECT count(*) FROM "Enrolment" e WHERE e."sessionId" = s."id"
                                          AND e."status" IN ('CONFIRMED', 'ATTENDED', 'NO_SHOW'))) AS "wrongSeats",
             (SELECT count(*)::int FROM (SELECT "sessionId" FROM "Enrolment" WHERE "status" = 'WAITLISTED'
                                          GROUP BY 1 HAVING max("waitlistPosition") <> count(*)) w) AS "gaps"`);
    expect(rows[0]).toEqual({ wrongSeats: 0, gaps: 0 });
  });

  it("sees a sequential scan where no index serves the filter", async () => {
    expect(await seqScansOf(`SELECT "id" FROM "Enrolment" WHERE "note" = 'x'`)).toEqual(["Enrolment"]);
  });

  it.each(PAGE_QUERIES)("%s: no sequential scan of a big table", async (_name, sql, params) => {
    expect(await seqScansOf(sql, params())).toEqual([]);
  });
});

// The statement searchMeetings runs (parameters bound as the app binds them),
// for each visibility that searches at all; signed out gets no query.
const SEARCHERS: [string, Actor][] = [
  ["staff", { id: "x", roles: ["STAFF"], libraryId: "x" }],
  ["steering group", { id: "x", roles: ["STEERING"], libraryId: "x" }],
  ["coordinator", { id: "x", roles: ["COORDINATOR"], libraryId: null }],
];
const SEARCH_WORDS = ["kirjasto", "kirjastoauto lukupiiri", "peruskorjausiässä", "-kirjasto lukupiiri"];

describe("search on seed:large data (scale 0.02)", () => {
  it("signed out searches nothing", () => {
    expect(visibleMeetingStatuses(null)).toEqual([]);
  });

  it.each(SEARCHERS.flatMap(([who, actor]) => SEARCH_WORDS.map((q) => [who, q, actor] as const)))(
    "%s searching %j: no sequential scan of a big table, each searched table read once through its GIN index",
    async (_who, q, actor) => {
      const statement = searchStatement(visibleMeetingStatuses(actor), q, 30);
      // Executed: the old shape's fault was an index read again for every visible meeting.
      const plan = await planOf(statement.text, statement.values, "ANALYZE, TIMING OFF, FORMAT JSON");
      expect(seqScans(plan).filter((table) => BIG_TABLES.has(table))).toEqual([]);
      const searchIndexScans = indexScans(plan).filter(([name]) => name.endsWith("_searchVector_idx"));
      // A word found everywhere must go through both GIN indexes. For rare words
      // the planner may as well start from the few visible meetings (its choice
      // tips with the tables' page counts), so only "never read again" holds.
      if (q === "kirjasto") {
        expect(searchIndexScans.map(([name]) => name)).toEqual(
          expect.arrayContaining(["AgendaItem_searchVector_idx", "LibraryUpdate_searchVector_idx"]),
        );
      }
      expect(searchIndexScans.filter(([, loops]) => loops !== 1)).toEqual([]);
    },
  );
});
