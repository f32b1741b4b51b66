// npm run seed:large [-- --scale=0.1] [-- --yes] — ten years of data at the
// network's full size (~300 libraries, 20,000 users, 8,000 sessions,
// 1,000,000 enrolments) on top of the demo data, for benchmarks and query
// plans. With DATABASE_URL it fills that database; otherwise the embedded dev
// one. It migrates, loads the demo seed (idempotent, so the demo personas can
// sign in), then generates (scripts/lib/seed-large.ts). It refuses a database
// that holds more than demo data, unless --yes; on a database it has already
// filled it does nothing.
import pg from "pg";
import { createPrismaClient } from "@/lib/db/client";
import { redactUrl } from "@/lib/log/redact";
import { seedDemoData } from "@/prisma/seed";
import { devDatabase } from "./lib/database";
import { migrate } from "./lib/migrate";
import { LARGE_SLUG_PREFIX, seedLargeData } from "./lib/seed-large";

/** The demo seed has a few dozen users; more than this is somebody's real data. */
const DEMO_USER_LIMIT = 200;

const args = process.argv.slice(2);
const force = args.includes("--yes");
const scaleArg = args.find((a) => a.startsWith("--scale="));
const scale = scaleArg ? Number(scaleArg.slice("--scale=".length)) : 1;
if (!(scale > 0 && scale <= 1)) {
  console.error("--scale must be a number in (0, 1]");
  process.exit(2);
}

const log = (line: string) => console.log(line);
const { server, url } = await devDatabase(log);
let exitCode = 0;
try {
  await migrate(url, () => {});
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ users: number; large: number }>(
      `SELECT (SELECT count(*)::int FROM "User") AS "users",
              (SELECT count(*)::int FROM "Library" WHERE "slug" LIKE $1) AS "large"`,
      [`${LARGE_SLUG_PREFIX}%`],
    );
    const { users, large } = rows[0]!;
    if (large > 0) {
      log(`${redactUrl(url)} already holds the large data set (${users} users); nothing to do.`);
    } else if (users > DEMO_USER_LIMIT && !force) {
      console.error(
        `${redactUrl(url)} has ${users} users: it does not look like an empty or demo database. ` +
          "Refusing to add generated data; pass --yes if you really mean it.",
      );
      exitCode = 1;
    } else {
      const db = createPrismaClient(url, { max: 2 });
      try {
        await seedDemoData(db);
      } finally {
        await db.$disconnect();
      }
      log(`generating the large data set (scale ${scale}) into ${redactUrl(url)}`);
      const report = await seedLargeData(client, { scale, log });
      const total = Object.values(report.rows).reduce((a, b) => a + b, 0);
      const { rows: size } = await client.query<{ size: string }>(
        "SELECT pg_size_pretty(pg_database_size(current_database())) AS size",
      );
      log(`seed:large done: ${total} rows in ${report.seconds.toFixed(1)} s; database size ${size[0]!.size}`);
    }
  } finally {
    await client.end();
  }
} finally {
  await server.stop();
}
process.exit(exitCode);
