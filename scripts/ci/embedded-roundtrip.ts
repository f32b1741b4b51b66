// Starts a throwaway embedded PostgreSQL, asks it one question, stops it and
// lets the process end by itself — the path on which every script that uses
// the embedded server (dev, seed, e2e, bench, tests) exits. It must exit 0
// with nothing on stderr (tests/integration/embedded-exit.test.ts).
import pg from "pg";
import { freshTestDatabase } from "../lib/database";
import { dropDatabase } from "../lib/postgres";

delete process.env.DATABASE_URL;
const { server, url } = await freshTestDatabase((line) => console.log(line), "pike_roundtrip");
try {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ answer: number }>("SELECT 1 + 1 AS answer");
  await client.end();
  console.log(`embedded PostgreSQL answered ${rows[0]?.answer}`);
  await dropDatabase(url);
} finally {
  await server.stop();
}
