// npm run bench:users — the admins' users list (issue 11) with 20,000 users:
// a throwaway database with the demo data plus scripts/lib/seed-large.ts at
// a small scale but the full 20,000 users, then listUsers (the loader behind
// /kayttajat and GET /api/users) timed for each search and filter in turn,
// BENCH_USERS_ROUNDS rounds (40) after 5 warm-ups; prints p50/p95 per case and
// over all, and the plan of the name search.
import pg from "pg";
import { migrate } from "@/scripts/lib/migrate";
import { freshTestDatabase } from "@/scripts/lib/database";
import { dropDatabase } from "@/scripts/lib/postgres";
import { seedLargeData } from "@/scripts/lib/seed-large";

const ROUNDS = Number(process.env.BENCH_USERS_ROUNDS ?? 40);
const USERS = 20_000;
const log = (line: string) => console.log(line);

const { server, url } = await freshTestDatabase(log, "pike_bench_users");
process.env.DATABASE_URL = url;
try {
  await migrate(url, () => {});
  const { createPrismaClient } = await import("@/lib/db/client");
  const { seedDemoData } = await import("@/prisma/seed");
  const seedDb = createPrismaClient(url, { max: 2 });
  await seedDemoData(seedDb);
  await seedDb.$disconnect();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const report = await seedLargeData(client, { scale: 0.02, users: USERS });
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "User"`);
  log(`seeded in ${report.seconds.toFixed(1)} s: ${rows[0]!.n} users`);

  const { listUsers } = await import("@/lib/users/admin/data");
  const admin = await client.query<{ id: string; libraryId: string | null }>(
    `SELECT id, "libraryId" FROM "User" WHERE 'ADMIN' = ANY(roles) LIMIT 1`,
  );
  const actor = { id: admin.rows[0]!.id, roles: ["ADMIN" as const], libraryId: null };
  const library = (
    await client.query<{ id: string }>(`SELECT id FROM "Library" WHERE slug LIKE 'x-kirjasto-%' LIMIT 1`)
  ).rows[0]!.id;
  const page3 = async () => {
    let cursor: string | undefined;
    for (let i = 0; i < 3; i++) cursor = (await listUsers(actor, { cursor })).nextCursor ?? undefined;
    return cursor;
  };
  const cursor = await page3();

  const cases: [string, Parameters<typeof listUsers>[1]][] = [
    ["first page, no filter", {}],
    ["page 4 (cursor)", { cursor }],
    ["search name 'virtanen'", { q: "virtanen" }],
    ["search address 'kirjasto12.'", { q: "kirjasto12." }],
    ["search 'xyz' (no match)", { q: "xyz" }],
    ["library + active", { library, active: "true" }],
    ["role SUPERVISOR + signed in within 30 days", { role: "SUPERVISOR", lastSignIn: "WITHIN_30_DAYS" }],
    ["never signed in + deactivated", { lastSignIn: "NEVER", active: "false" }],
    ["search 'kaisa' + role STAFF + active", { q: "kaisa", role: "STAFF", active: "true" }],
  ];
  const times = new Map<string, number[]>(cases.map(([name]) => [name, []]));
  for (const [, query] of cases) for (let i = 0; i < 5; i++) await listUsers(actor, query);
  // Round-robin, so drift on a shared machine falls on every case alike.
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, query] of cases) {
      const started = performance.now();
      await listUsers(actor, query);
      times.get(name)!.push(performance.now() - started);
    }
  }
  const pct = (values: number[], p: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  };
  const all: number[] = [];
  log(`\nlistUsers with ${rows[0]!.n} users, ${ROUNDS} rounds (ms):`);
  log(`${"case".padEnd(48)} ${"p50".padStart(7)} ${"p95".padStart(7)}`);
  for (const [name, values] of times) {
    all.push(...values);
    log(`${name.padEnd(48)} ${pct(values, 50).toFixed(1).padStart(7)} ${pct(values, 95).toFixed(1).padStart(7)}`);
  }
  log(`${"all".padEnd(48)} ${pct(all, 50).toFixed(1).padStart(7)} ${pct(all, 95).toFixed(1).padStart(7)}`);

  const plan = await client.query<{ "QUERY PLAN": string }>(
    `EXPLAIN SELECT id FROM "User" WHERE ("name" ILIKE '%virtanen%' OR "email" ILIKE '%virtanen%')
     ORDER BY email LIMIT 51`,
  );
  log(`\nplan of the name search:\n${plan.rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
  await client.end();
  const app = globalThis as unknown as { __pikeDb?: { $disconnect(): Promise<void> } };
  await app.__pikeDb?.$disconnect();
} finally {
  await dropDatabase(url);
  await server.stop();
}
