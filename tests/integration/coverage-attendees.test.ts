// The distinct people of a period (lib/coverage/data.ts attendeesOf) read
// "CoverageAttendee" in two parts, by first and last day from an index and
// by the days themselves only for those who began before the period and
// ended after it (migration 1734020000000_coverage_attendee_span). Here it
// must give, for every period between a set of boundary days, exactly the
// people whose days overlap the period: the plain reading it replaced. The
// rows are written straight into the rollup, in 2093 and 2094 (no other data
// uses them), inside a transaction that is rolled back.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { attendeesOf } from "@/lib/coverage/data";

let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL, options: "-c TimeZone=UTC" });
  await client.connect();
});

afterAll(async () => {
  await client.end();
});

/** Deterministic pseudo-random days (a small LCG), so that a failure can be repeated. */
function* numbers(seed: number): Generator<number> {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    yield x / 2 ** 31;
  }
}

const day = (year: number, dayOfYear: number) => new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);

it("counts each person whose days overlap the period, for every period between the boundary days", async () => {
  const random = numbers(16);
  const libraries = [randomUUID(), randomUUID(), randomUUID()];
  const rows: { year: number; userId: string; libraryId: string; days: string[] }[] = [];
  for (let person = 0; person < 40; person++) {
    const userId = randomUUID();
    const libraryId = libraries[person % libraries.length]!;
    for (const year of [2093, 2094]) {
      if (random.next().value! < 0.3) continue;
      const count = 1 + Math.floor(random.next().value! * 4);
      const days = Array.from({ length: count }, () => day(year, Math.floor(random.next().value! * 365)));
      rows.push({ year, userId, libraryId, days });
    }
  }
  // Someone on the first and last day of the year, and someone with a long gap.
  rows.push({ year: 2093, userId: randomUUID(), libraryId: libraries[0]!, days: ["2093-01-01", "2093-12-31"] });
  rows.push({ year: 2093, userId: randomUUID(), libraryId: libraries[1]!, days: ["2093-02-01", "2093-11-30"] });
  // Boundaries: year edges, a term's, and some of the rows' own days and their neighbours.
  const bounds = new Set(["2093-01-01", "2093-06-30", "2093-07-01", "2093-12-31", "2094-01-01", "2094-12-31"]);
  for (const row of rows.slice(0, 12)) {
    const d = row.days[0]!;
    bounds.add(d);
    bounds.add(new Date(Date.parse(d) + 86_400_000).toISOString().slice(0, 10));
  }
  const sorted = [...bounds].sort();

  await client.query("BEGIN");
  try {
    for (const row of rows) {
      await client.query(
        `INSERT INTO "CoverageAttendee" ("year", "userId", "libraryId", "days")
         SELECT $1, $2, $3, range_agg(daterange(d, d, '[]')) FROM unnest($4::date[]) d`,
        [row.year, row.userId, row.libraryId, row.days],
      );
    }
    let compared = 0;
    let counted = 0;
    for (const from of sorted) {
      for (const to of sorted) {
        if (to < from) continue;
        const statement = attendeesOf({ from, to });
        const { rows: got } = await client.query<{ libraryId: string; people: number }>(
          `SELECT a."libraryId", count(DISTINCT a."userId")::int AS "people", count(*)::int AS "rows"
             FROM (${statement.text}) a WHERE a."libraryId" = ANY ($${statement.values.length + 1}::uuid[])
            GROUP BY 1 ORDER BY 1`,
          [...statement.values, libraries],
        );
        const { rows: expected } = await client.query<{ libraryId: string; people: number }>(
          `SELECT a."libraryId", count(DISTINCT a."userId")::int AS "people", count(*)::int AS "rows"
             FROM "CoverageAttendee" a
            WHERE a."libraryId" = ANY ($3::uuid[]) AND a."days" && daterange($1::date, $2::date, '[]')
            GROUP BY 1 ORDER BY 1`,
          [from, to, libraries],
        );
        expect(got, `${from} – ${to}`).toEqual(expected);
        compared++;
        counted += expected.reduce((sum, r) => sum + r.people, 0);
      }
    }
    // The comparison must have had people to count, and periods of both kinds.
    expect(compared).toBeGreaterThan(200);
    expect(counted).toBeGreaterThan(1000);
  } finally {
    await client.query("ROLLBACK");
  }
});
