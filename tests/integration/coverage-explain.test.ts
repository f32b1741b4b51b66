// The coverage report's statements (lib/coverage/data.ts) read a period
// through indexes, never a whole big table: on ten years of the seed:large
// generator's data at scale 0.05 (400 sessions, 50,000 enrolments, 1,000 kit
// loans, …, so that a year is a tenth of each table; vacuumed and analysed),
// the plans of a year's report (coordinator), the previous year's, a
// supervisor's municipality, a month's (its 12-month window) and the five-year
// trend line.
// - Left to the planner, the attended facts read Enrolment through an index
//   (at full size the Seq Scan there read 1,000,000 rows for one year).
// - With sequential scans switched off (as tests/integration/query-plans.test.ts:
//   at this scale a table of a few pages is rightly read whole; the question is
//   whether an index serves the period filter), executed: no period-filtered
//   table is read by a Seq Scan, and no scan of one reads more than the
//   window's share of it (a full index scan would pass the first check).
//   User (people mapped to their library) and NetworkMembership (a snapshot,
//   not bound to the period) are read whole by design and not checked.
// - Executed, the latest-contact lookups before the window run once per library
//   without contact in it, not once per library.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coverageStatement, yearsStatement } from "@/lib/coverage/data";
import type { Prisma } from "@/lib/db/generated/client";
import { seedLargeData } from "@/scripts/lib/seed-large";

/** The tables the statements filter by a period. */
const PERIOD_TABLES = new Set([
  "TrainingSession",
  "Enrolment",
  "KitReservation",
  "ExchangeApplication",
  "WorkshopOrder",
  "ProgrammeParticipation",
  // The rollups of taking part (ADR 33): by day and by month.
  "CoverageDay",
  "CoverageMonth",
]);

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Parent Relationship"?: string;
  "Subplan Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  "Rows Removed by Index Recheck"?: number;
  Plans?: PlanNode[];
};

const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)];
/**
 * Each scan of a period-filtered table with the share of the table it read
 * (rows kept or filtered out, over all its loops); not the lookups before the
 * window (CTE earlier), which the last test bounds.
 */
function sharesRead(plan: PlanNode, tableRows: Map<string, number>): { table: string; share: number }[] {
  const window = (node: PlanNode): PlanNode[] =>
    node["Subplan Name"] === "CTE earlier" ? [] : [node, ...(node.Plans ?? []).flatMap(window)];
  return window(plan)
    .filter((n) => n["Relation Name"] && PERIOD_TABLES.has(n["Relation Name"]))
    .map((n) => {
      const rows =
        (n["Actual Rows"] ?? 0) + (n["Rows Removed by Filter"] ?? 0) + (n["Rows Removed by Index Recheck"] ?? 0);
      const share = (rows * (n["Actual Loops"] ?? 1)) / tableRows.get(n["Relation Name"]!)!;
      return { table: n["Relation Name"]!, share: Math.round(share * 100) / 100 };
    });
}

const seqScans = (plan: PlanNode) =>
  nodes(plan)
    .filter((n) => n["Node Type"] === "Seq Scan" && n["Relation Name"] && PERIOD_TABLES.has(n["Relation Name"]))
    .map((n) => n["Relation Name"]!);

const YEAR = { from: "2026-01-01", to: "2026-12-31" };
const ALL = { region: null, municipalityOf: null };
const A_YEAR = "a year, every library";
const STATEMENTS = [
  A_YEAR,
  "the year before",
  "a year, a supervisor's municipality",
  "a month (its 12-month window)",
  "the five-year trend line",
] as const;
/** Half the table and more: the trend line may rightly read Enrolment whole. */
const WIDE = "the five-year trend line";

/** The share of each period-filtered table a statement's window may read (a year is a tenth of the data). */
const MAX_SHARE: Record<(typeof STATEMENTS)[number], number> = {
  [A_YEAR]: 0.2,
  "the year before": 0.2,
  "a year, a supervisor's municipality": 0.2,
  "a month (its 12-month window)": 0.2,
  "the five-year trend line": 0.6,
};

let client: pg.Client;
let tableRows: Map<string, number>;
let statements: Record<(typeof STATEMENTS)[number], Prisma.Sql>;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await seedLargeData(client, { scale: 0.05, years: 10 });
  const { rows } = await client.query<{ id: string }>(
    `SELECT "id" FROM "Library" WHERE "slug" LIKE 'x-kirjasto-%' ORDER BY "slug" LIMIT 1`,
  );
  statements = {
    [A_YEAR]: coverageStatement(YEAR, ALL),
    "the year before": coverageStatement({ from: "2025-01-01", to: "2025-12-31" }, ALL),
    "a year, a supervisor's municipality": coverageStatement(YEAR, { region: null, municipalityOf: rows[0]!.id }),
    "a month (its 12-month window)": coverageStatement({ from: "2026-03-01", to: "2026-03-31" }, ALL),
    [WIDE]: yearsStatement(2022, 2026, ALL),
  };
  tableRows = new Map();
  for (const table of PERIOD_TABLES) {
    const counted = await client.query<{ n: number }>(`SELECT count(*)::int AS "n" FROM "${table}"`);
    tableRows.set(table, counted.rows[0]!.n);
  }
}, 120_000);

afterAll(async () => {
  await client.end();
});

async function planOf(statement: { text: string; values: unknown[] }, options = "FORMAT JSON"): Promise<PlanNode> {
  const { rows } = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(
    `EXPLAIN (${options}) ${statement.text}`,
    statement.values,
  );
  return rows[0]!["QUERY PLAN"][0].Plan;
}

/** With sequential scans switched off for the planner (see the file's header). */
async function withoutSeqScans<T>(run: () => Promise<T>): Promise<T> {
  await client.query("SET enable_seqscan = off");
  try {
    return await run();
  } finally {
    await client.query("RESET enable_seqscan");
  }
}

describe("the coverage statements on ten years of seed:large data (scale 0.05)", () => {
  it("the data spans ten years", async () => {
    const { rows } = await client.query<{ years: number; enrolments: number }>(
      `SELECT (SELECT count(DISTINCT extract(year FROM "startsAt"))::int FROM "TrainingSession") AS "years",
              (SELECT count(*)::int FROM "Enrolment") AS "enrolments"`,
    );
    expect(rows[0]!.years).toBeGreaterThanOrEqual(10);
    expect(rows[0]!.enrolments).toBeGreaterThan(40_000);
  });

  it("sees a sequential scan where no index serves the filter", async () => {
    const plan = await withoutSeqScans(() =>
      planOf({ text: `SELECT "id" FROM "Enrolment" WHERE "note" = 'x'`, values: [] }),
    );
    expect(seqScans(plan)).toEqual(["Enrolment"]);
  });

  it.each(STATEMENTS.filter((name) => name !== WIDE))(
    "%s: left to the planner, reads Enrolment through an index",
    async (name) => {
      expect(seqScans(await planOf(statements[name])).filter((table) => table === "Enrolment")).toEqual([]);
    },
  );

  it.each(STATEMENTS)("%s: an index serves every period filter (no Seq Scan, a window's share read)", async (name) => {
    const plan = await withoutSeqScans(() => planOf(statements[name], "ANALYZE, TIMING OFF, FORMAT JSON"));
    expect(seqScans(plan)).toEqual([]);
    const tooMuch = sharesRead(plan, tableRows).filter(({ share }) => share > MAX_SHARE[name]);
    expect(tooMuch).toEqual([]);
  });

  it("looks up the latest contact before the window once per library without contact in it", async () => {
    const statement = statements[A_YEAR];
    // The year's window starts at its 12-month cutoff, 31.12. of the year before.
    const { rows } = await client.query<{ quiet: number; libraries: number }>(
      `SELECT count(*) FILTER (WHERE r."lastContactAt" IS NULL OR r."lastContactAt" < date '2025-12-31')::int AS "quiet",
              count(*)::int AS "libraries"
         FROM (${statement.text}) r WHERE r."level" = 'library'`,
      statement.values,
    );
    const { quiet, libraries } = rows[0]!;
    expect(quiet).toBeGreaterThan(0);
    expect(quiet).toBeLessThan(libraries);

    const plan = await planOf(statement, "ANALYZE, TIMING OFF, FORMAT JSON");
    const earlier = nodes(plan).find((n) => n["Subplan Name"] === "CTE earlier");
    const lookups = nodes(earlier!).filter((n) => n["Parent Relationship"] === "SubPlan");
    expect(lookups.length).toBeGreaterThan(0);
    expect(lookups.map((n) => n["Actual Loops"])).toEqual(lookups.map(() => quiet));
  });
});
