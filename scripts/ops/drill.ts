// npm run ops:drill — issue 17's operations drills on one machine, loopback
// only, each bounded in time: a cluster of two `next start` instances and two
// workers on one PostgreSQL behind nginx (docs/deploy/nginx.conf), then
//   1. the proxy: compression, immutable static files, request ids, body limit, /api/metrics hidden;
//   2. consistency across instances: an enrolment storm holds capacity, a session is valid on both,
//      a change made on one is seen on the other within the caching design's bound, a rate limit
//      holds across both, two workers send every mail once;
//   3. a rolling restart of the instances and the workers under load: 0 failed, 0 × 5xx, no mail lost or doubled;
//   4. a new release's migration under load: it passes the migration lint, 0 failed, 0 × 5xx;
//   5. PostgreSQL stopped for OPS_OUTAGE_SECONDS (30) under load: health 503, pages the friendly
//      503 page (Finnish or English first), API calls 503 while down; recovery without restarts,
//      no half-written enrolment, mail queued before sent after.
// Prints the figures; exits 1 when a check fails. Uses the build in .next (builds it when missing).
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { mailsTo } from "@/tests/support/smtp";
import { migrate, migrationsDir } from "../lib/migrate";
import { lintMigration } from "../lib/migration-lint";
import { startCluster, type Cluster } from "./lib/cluster";
import { describe, figures, startLoad, type LoadRequest, type Outcome } from "./lib/load";

const OUTAGE_SECONDS = Number(process.env.OPS_OUTAGE_SECONDS ?? 30);
/** The rolling restart's pause between instances: the guide's `sleep 12`, past nginx's fail_timeout. */
const REJOIN_SECONDS = 12;
const log = (line: string) => console.log(`[ops] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const failures: string[] = [];
function check(ok: boolean, what: string) {
  console.log(`  ${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
}
let client: pg.Client;
const sql = async <T extends pg.QueryResultRow>(text: string, params: unknown[] = []) =>
  (await client.query<T>(text, params)).rows;

/** A published session of `capacity` seats, open for registration, and `users` signed-in staff members. */
async function sessionWithUsers(capacity: number, users: number) {
  const id = randomUUID().slice(0, 8);
  const [menu] = await sql<{ id: string }>(
    `INSERT INTO "TrainingMenu" (slug, title, "periodStart", "periodEnd", status, "publishedAt")
     VALUES ($1, $2, current_date, current_date + 90, 'PUBLISHED', now()) RETURNING id`,
    [`ops-${id}`, `Operointi ${id}`],
  );
  const slug = `ops-tyopaja-${id}`;
  const [offering] = await sql<{ id: string }>(
    `INSERT INTO "Offering" ("menuId", slug, kind, title) VALUES ($1, $2, 'WORKSHOP', $3) RETURNING id`,
    [menu!.id, slug, `Operointityöpaja ${id}`],
  );
  const [session] = await sql<{ id: string }>(
    `INSERT INTO "TrainingSession" ("offeringId", title, "startsAt", "endsAt", place, capacity, "registrationOpensAt")
     VALUES ($1, 'Operointi', now() + interval '20 days', now() + interval '20 days 3 hours', 'Testikirjasto', $2,
             now() - interval '1 day') RETURNING id`,
    [offering!.id, capacity],
  );
  const people = await sql<{ id: string; email: string }>(
    `INSERT INTO "User" (email, name, roles, "libraryId", "profileCompletedAt")
     SELECT 'ops-' || $1 || '-' || g || '@test.invalid', 'Operoija ' || g, ARRAY['STAFF']::"Role"[], l.id, now()
       FROM generate_series(1, $2::int) g, "Library" l WHERE l.slug = 'valkeakoski'
     RETURNING id, email`,
    [id, users],
  );
  const tokens = people.map(() => randomBytes(32).toString("hex"));
  await sql(
    `INSERT INTO "Session" ("sessionToken", "userId", expires)
     SELECT t, u, now() + interval '1 day' FROM unnest($1::text[], $2::uuid[]) AS x(t, u)`,
    [tokens, people.map((p) => p.id)],
  );
  return {
    sessionId: session!.id,
    slug,
    people: people.map((p, i) => ({ ...p, cookie: `authjs.session-token=${tokens[i]}` })),
  };
}

/**
 * POSTs an enrolment from the site's own origin. Straight to an instance (not through nginx),
 * the forwarding headers nginx would set come along: the instances run with TRUST_PROXY=1.
 */
const enrol = async (base: string, origin: string, sessionId: string, cookie: string) => {
  const forwarded: Record<string, string> =
    base === origin ? {} : { "x-forwarded-host": new URL(origin).host, "x-forwarded-proto": "http" };
  try {
    const response = await fetch(`${base}/api/trainings/${sessionId}/enrolments`, {
      method: "POST",
      headers: { cookie, origin, ...forwarded },
      signal: AbortSignal.timeout(30_000),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return null;
  }
};

/** Waits until every address has `count` mails (or the time runs out), then a moment more for doubles. */
async function mailsOnce(mailDir: string, emails: string[], timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && emails.some((e) => mailsTo(mailDir, e).length < 1)) await sleep(250);
  await sleep(2_000);
  const counts = emails.map((e) => mailsTo(mailDir, e).length);
  return { missing: counts.filter((c) => c === 0).length, doubled: counts.filter((c) => c > 1).length };
}

/** Which instance served each request of the access log, by upstream port. */
function servedBy(cluster: Cluster): Record<number, number> {
  const counts: Record<number, number> = Object.fromEntries(cluster.ports.map((p) => [p, 0]));
  for (const line of readFileSync(path.join(cluster.nginx.dir, "access.log"), "utf8").split("\n")) {
    for (const match of line.matchAll(/127\.0\.0\.1:(\d+)/g)) {
      const port = Number(match[1]);
      if (port in counts) counts[port]! += 1;
    }
  }
  return counts;
}

async function proxyChecks(cluster: Cluster) {
  console.log("\n== 1. nginx in front (docs/deploy/nginx.conf)");
  const home = await fetch(`${cluster.url}/`, { headers: { "accept-encoding": "gzip" } });
  const html = await home.text();
  check(home.status === 200, `the front page through nginx: ${home.status}`);
  check(
    home.headers.get("content-encoding") === "gzip",
    `compressed: content-encoding ${home.headers.get("content-encoding")}`,
  );
  check(
    /^[0-9a-f]{32}$/.test(home.headers.get("x-request-id") ?? ""),
    `a request id: ${home.headers.get("x-request-id")}`,
  );
  const script = /\/_next\/static\/[^"']+\.js/.exec(html)?.[0];
  const asset = script ? await fetch(`${cluster.url}${script}`) : undefined;
  check(
    asset?.headers.get("cache-control") === "public, max-age=31536000, immutable",
    `a built script kept a year: ${asset?.headers.get("cache-control")}`,
  );
  const metrics = await fetch(`${cluster.url}/api/metrics`);
  check(metrics.status === 404, `/api/metrics from outside: ${metrics.status}`);
  const big = await fetch(`${cluster.url}/api/trainings/x/enrolments`, {
    method: "POST",
    body: new Uint8Array(22 * 1024 * 1024),
  });
  check(big.status === 413, `a 22 MB body is refused by nginx: ${big.status}`);
  const health = await Promise.all(cluster.ports.map((p) => fetch(`http://127.0.0.1:${p}/api/health`)));
  check(
    health.every((r) => r.status === 200),
    `every instance's own /api/health: ${health.map((r) => r.status).join(", ")}`,
  );
}

async function consistencyChecks(cluster: Cluster) {
  console.log("\n== 2. consistency across instances");
  const USERS = 40;
  const CAPACITY = 6;
  const storm = await sessionWithUsers(CAPACITY, USERS);
  const before = servedBy(cluster);
  const statuses = await Promise.all(
    storm.people.map((p) => enrol(cluster.url, cluster.url, storm.sessionId, p.cookie)),
  );
  const after = servedBy(cluster);
  const [counts] = await sql<{ confirmed: number; waitlisted: number; positions: number }>(
    `SELECT count(*) FILTER (WHERE status = 'CONFIRMED')::int AS confirmed,
            count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted,
            count(DISTINCT "waitlistPosition") FILTER (WHERE status = 'WAITLISTED')::int AS positions
       FROM "Enrolment" WHERE "sessionId" = $1`,
    [storm.sessionId],
  );
  const perInstance = cluster.ports.map((p) => after[p]! - before[p]!);
  console.log(
    `  storm: ${USERS} POSTs through nginx (per instance ${perInstance.join(" + ")}), answers ${summarise(statuses)}`,
  );
  check(
    perInstance.every((n) => n > 0),
    "the storm reached every instance",
  );
  check(
    statuses.every((s) => s !== null && s < 500),
    "no enrolment failed or answered 5xx",
  );
  check(
    counts!.confirmed === CAPACITY && counts!.waitlisted === USERS - CAPACITY && counts!.positions === USERS - CAPACITY,
    `capacity held: ${counts!.confirmed} confirmed of ${CAPACITY}, ${counts!.waitlisted} waitlisted in ${counts!.positions} distinct places`,
  );

  const mail = await mailsOnce(
    cluster.mailDir,
    storm.people.map((p) => p.email),
  );
  check(
    mail.missing === 0 && mail.doubled === 0,
    `two workers, one mail each: ${mail.missing} missing, ${mail.doubled} doubled`,
  );

  // A real sign-in across instances: the link asked for on A, mailed by a worker, confirmed on B, used on A.
  const [a, b] = cluster.ports;
  const direct = (port: number) => `http://127.0.0.1:${port}`;
  const forwarded = {
    origin: cluster.url,
    "x-forwarded-host": new URL(cluster.url).host,
    "x-forwarded-proto": "http",
    "x-forwarded-for": "198.51.100.200",
  };
  const signer = "virkailija@valkeakoski.fi";
  const [signerRow] = await sql<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [signer]);
  const asked = await fetch(`${direct(a!)}/api/auth/magic-link`, {
    method: "POST",
    headers: { "content-type": "application/json", ...forwarded },
    body: JSON.stringify({ email: signer }),
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && mailsTo(cluster.mailDir, signer).length === 0) await sleep(200);
  const link = /https?:\/\/\S+\/kirjaudu\/vahvista\?\S+/.exec(mailsTo(cluster.mailDir, signer)[0]?.text ?? "")?.[0];
  const params = link ? new URL(link).searchParams : new URLSearchParams();
  const confirmed = await fetch(`${direct(b!)}/api/auth/confirm`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...forwarded },
    body: new URLSearchParams({ token: params.get("token") ?? "", email: params.get("email") ?? "" }),
    redirect: "manual",
  });
  const sessionCookie = confirmed.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.startsWith("authjs.session-token="));
  const me = await Promise.all(
    cluster.ports.map(async (port) => {
      const response = await fetch(`${direct(port)}/api/me`, { headers: { cookie: sessionCookie ?? "" } });
      return ((await response.json()) as { user: { id: string } | null }).user?.id ?? "signed out";
    }),
  );
  check(
    asked.status === 202 && Boolean(link) && sessionCookie !== undefined && me.every((id) => id === signerRow!.id),
    `a sign-in link asked on A (${asked.status}), confirmed on B (${confirmed.status}, ${sessionCookie ? "a session" : "no session"}), signed in on every instance: ${me.map((id) => (id === signerRow!.id ? "yes" : id)).join(", ")}`,
  );

  // A change made on one instance, seen on the other: seats left on the (cached) offering page.
  const seats = await sessionWithUsers(10, 1);
  const pageOnB = () => fetch(`http://127.0.0.1:${b}/koulutukset/${seats.slug}`).then((r) => r.text());
  check((await pageOnB()).includes("Paikkoja jäljellä: 10"), "instance B shows 10 seats left (and caches the page)");
  const enrolled = await enrol(`http://127.0.0.1:${a}`, cluster.url, seats.sessionId, seats.people[0]!.cookie);
  const changedAt = performance.now();
  let seenAfter: number | null = null;
  while (performance.now() - changedAt < 5_000) {
    if ((await pageOnB()).includes("Paikkoja jäljellä: 9")) {
      seenAfter = Math.round(performance.now() - changedAt);
      break;
    }
    await sleep(20);
  }
  check(
    enrolled === 201 && seenAfter !== null && seenAfter <= 1_000,
    `an enrolment on instance A (${enrolled}) is on instance B's page after ${seenAfter ?? "over 5000"} ms (bound 1 s, ADR 17)`,
  );

  // The per-address limit of sign-in links (5 per 15 min) counts across instances.
  const email = `raja-${randomUUID().slice(0, 8)}@tampere.fi`;
  const limitStatuses: number[] = [];
  for (let i = 0; i < 7; i++) {
    const port = cluster.ports[i % cluster.ports.length]!;
    const response = await fetch(`http://127.0.0.1:${port}/api/auth/magic-link`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: cluster.url,
        "x-forwarded-for": `198.51.100.${i + 1}`,
        "x-forwarded-host": new URL(cluster.url).host,
        "x-forwarded-proto": "http",
      },
      body: JSON.stringify({ email }),
    });
    await response.arrayBuffer();
    limitStatuses.push(response.status);
  }
  check(
    limitStatuses.slice(0, 5).every((s) => s < 300) && limitStatuses.slice(5).every((s) => s === 429),
    `sign-in links for one address, alternating instances: ${limitStatuses.join(", ")} (5 allowed, then 429)`,
  );
}

function summarise(statuses: (number | null)[]) {
  const counts = new Map<string, number>();
  for (const s of statuses) counts.set(String(s ?? "no answer"), (counts.get(String(s ?? "no answer")) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${n} × ${s}`).join(", ");
}

/** Pages and API calls of every kind: cached public pages, a signed-in page, the API, health. */
function loadMix(cookie: string, slug: string): LoadRequest[] {
  const signedIn = { cookie };
  return [
    { path: "/" },
    { path: "/koulutukset" },
    { path: `/koulutukset/${slug}` },
    { path: "/kirjastot" },
    { path: "/api/health" },
    { path: "/omat-koulutukset", headers: signedIn },
    { path: "/api/me", headers: signedIn },
    { path: "/api/trainings" },
  ];
}

async function rollingRestart(cluster: Cluster) {
  console.log("\n== 3. rolling restart under load");
  const people = await sessionWithUsers(100, 30);
  const load = startLoad(cluster.url, loadMix(people.people[0]!.cookie, people.slug));
  await sleep(3_000);
  const codes: (number | null)[] = [];
  for (let i = 0; i < cluster.instances.length; i++) {
    const started = performance.now();
    codes.push(await cluster.restartInstance(i));
    log(`instance ${i + 1} restarted in ${Math.round(performance.now() - started)} ms`);
    // The guide's procedure (docs/deploy/README.md): nginx marked the stopped instance failed
    // for fail_timeout (10 s), so wait that out before the next one goes.
    await sleep(REJOIN_SECONDS * 1000);
  }
  await sleep(3_000);
  // The workers: mails are queued and both workers restarted while they work through them.
  const queued = people.people.slice(1);
  const enrolments = await Promise.all(queued.map((p) => enrol(cluster.url, cluster.url, people.sessionId, p.cookie)));
  for (let i = 0; i < cluster.workers.length; i++) codes.push(await cluster.restartWorker(i));
  const f = figures(await load.stop());
  console.log(`  load through nginx during the restarts: ${describe(f)}`);
  check(f.failed === 0 && f.serverErrors === 0, `no request failed (${f.failed}) or answered 5xx (${f.serverErrors})`);
  check(
    codes.slice(0, cluster.instances.length).every((c) => c === 143),
    `each instance drained and exited on SIGTERM (exit codes ${codes.join(", ")})`,
  );
  check(
    enrolments.every((s) => s === 201),
    `enrolments during the worker restarts: ${summarise(enrolments)}`,
  );
  const mail = await mailsOnce(
    cluster.mailDir,
    queued.map((p) => p.email),
  );
  check(
    mail.missing === 0 && mail.doubled === 0,
    `${queued.length} mails across the worker restarts: ${mail.missing} lost, ${mail.doubled} doubled`,
  );
  return f;
}

/** The next release's migration, expand-style: a nullable column and a new table with its index. */
const EXPAND_MIGRATION = `-- Up Migration
ALTER TABLE "Enrolment" ADD COLUMN "opsDrillNote" text;
CREATE TABLE "OpsDrillNote" (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  "enrolmentId" uuid NOT NULL REFERENCES "Enrolment"(id) ON DELETE CASCADE,
  note text NOT NULL
);
CREATE INDEX "OpsDrillNote_enrolmentId_idx" ON "OpsDrillNote" ("enrolmentId");

-- Down Migration
DROP TABLE "OpsDrillNote";
ALTER TABLE "Enrolment" DROP COLUMN "opsDrillNote";
`;

async function migrationUnderLoad(cluster: Cluster) {
  console.log("\n== 4. a new release's migration under load");
  const name = "1799999999999_ops_drill_expand.sql";
  check(lintMigration(name, EXPAND_MIGRATION).length === 0, "the expand-style migration passes the migration lint");
  const rewriting = lintMigration(name, `-- Up Migration\nALTER TABLE "Enrolment" ALTER COLUMN status TYPE text;\n`);
  check(rewriting.length > 0, `a table-rewriting one does not: ${rewriting[0]?.slice(0, 100)}…`);

  // The release's folder: every migration applied so far, then the new one.
  const dir = mkdtempSync(path.join(tmpdir(), "pike-release-"));
  for (const file of readdirSync(migrationsDir)) symlinkSync(path.join(migrationsDir, file), path.join(dir, file));
  writeFileSync(path.join(dir, name), EXPAND_MIGRATION);
  const people = await sessionWithUsers(100, 25);
  const load = startLoad(cluster.url, loadMix(people.people[0]!.cookie, people.slug));
  await sleep(2_000);
  // Writes to the table being altered keep coming while it migrates.
  const writes = (async () => {
    const statuses: (number | null)[] = [];
    for (const p of people.people.slice(1)) {
      statuses.push(await enrol(cluster.url, cluster.url, people.sessionId, p.cookie));
      await sleep(100);
    }
    return statuses;
  })();
  const started = performance.now();
  const applied = await migrate(cluster.databaseUrl);
  const withRelease = await migrate(cluster.databaseUrl, () => {}, { dir });
  const took = Math.round(performance.now() - started);
  const statuses = await writes;
  const f = figures(await load.stop());
  rmSync(dir, { recursive: true, force: true });
  console.log(`  migrated (${withRelease.join(", ")}) in ${took} ms under load: ${describe(f)}`);
  check(applied.length === 0 && withRelease.length === 1, "only the new release's migration ran");
  check(f.failed === 0 && f.serverErrors === 0, `no request failed (${f.failed}) or answered 5xx (${f.serverErrors})`);
  check(
    statuses.every((s) => s === 201),
    `enrolments during the migration: ${summarise(statuses)}`,
  );
  const [column] = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'Enrolment' AND column_name = 'opsDrillNote'`,
  );
  check(column!.n === 1, "the new column is there");
  return { took, load: f };
}

async function databaseOutage(cluster: Cluster) {
  console.log(`\n== 5. PostgreSQL stopped for ${OUTAGE_SECONDS} s under load`);
  const people = await sessionWithUsers(100, 12);
  const [first, ...attempts] = people.people;
  // A mail queued before the outage and due during it.
  const status = await enrol(cluster.url, cluster.url, people.sessionId, first!.cookie);
  const [enrolment] = await sql<{ id: string }>(`SELECT id FROM "Enrolment" WHERE "userId" = $1`, [first!.id]);
  await sql(
    `INSERT INTO "Job" (name, payload, "runAt") VALUES ('email.enrolmentConfirmed', $1, now() + interval '3 seconds')`,
    [{ enrolmentId: enrolment!.id }],
  );
  await client.end();

  const load = startLoad(cluster.url, loadMix(first!.cookie, people.slug));
  await sleep(3_000);
  // PostgreSQL's shutdown takes a moment: requests meanwhile belong to the outage, not to
  // "before"; the pages' check starts from when it is gone.
  const stopping = Date.now();
  await cluster.stopDatabase();
  const down = Date.now();
  log(`PostgreSQL stopped (${down - stopping} ms)`);
  await sleep(Math.min(5_000, (OUTAGE_SECONDS * 1000) / 3));
  const health = await Promise.all(
    cluster.ports.map((p) =>
      fetch(`http://127.0.0.1:${p}/api/health`).then(
        (r) => r.status,
        () => null,
      ),
    ),
  );
  const page = await fetch(`${cluster.url}/omat-koulutukset`, { headers: { cookie: first!.cookie } });
  const pageText = await page.text();
  const englishPage = await fetch(`${cluster.url}/en/omat-koulutukset`, { headers: { cookie: first!.cookie } });
  const englishText = await englishPage.text();
  // Enrolments tried while the database is away: each must be whole or absent afterwards.
  const tried = await Promise.all(attempts.map((p) => enrol(cluster.url, cluster.url, people.sessionId, p.cookie)));
  await sleep(Math.max(0, down + OUTAGE_SECONDS * 1000 - Date.now()));
  const up = Date.now();
  await cluster.startDatabase();
  log("PostgreSQL started again");
  let recovered: number | null = null;
  while (Date.now() - up < 60_000) {
    const answers = await Promise.all(
      cluster.ports.map((p) =>
        fetch(`http://127.0.0.1:${p}/omat-koulutukset`, { headers: { cookie: first!.cookie } }).then(
          (r) => r.status,
          () => null,
        ),
      ),
    );
    if (answers.every((s) => s === 200)) {
      recovered = Date.now() - up;
      break;
    }
    await sleep(100);
  }
  await sleep(5_000);
  const outcomes = await load.stop();
  const phase = (from: number, to: number) => outcomes.filter((o: Outcome) => o.at >= from && o.at < to);
  const during = figures(phase(stopping, up + (recovered ?? 0)));
  const afterRecovery = figures(phase(up + (recovered ?? 0) + 1_000, Infinity));
  const before = figures(phase(0, stopping));
  console.log(`  before: ${describe(before)}`);
  console.log(`  while down (and until recovered): ${describe(during)}`);
  console.log(`  after recovery: ${describe(afterRecovery)}`);
  console.log(
    `  recovered ${recovered === null ? "never (60 s)" : `${(recovered / 1000).toFixed(1)} s`} after PostgreSQL came back`,
  );

  check(before.failed === 0 && before.serverErrors === 0, "before the outage: no failures");
  check(
    health.every((s) => s === 503),
    `/api/health on each instance while down: ${health.join(", ")}`,
  );
  const pagesDown = phase(down + 2_000, up).filter((o) => !o.path.startsWith("/api/"));
  const pageStatuses = new Map<string, string>();
  for (const o of pagesDown) pageStatuses.set(o.path, `${pageStatuses.get(o.path) ?? ""} ${o.status}`);
  for (const [p, list] of pageStatuses) {
    const counts = summarise(list.trim().split(" ").map(Number));
    console.log(`  page ${p} while down: ${counts}`);
  }
  check(
    pagesDown.length > 0 && pagesDown.every((o) => o.status === 503),
    "from 2 s into the outage every page answers 503 (the outage gate), none a 500 or a signed-out 200",
  );
  check(
    page.status === 503 &&
      pageText.includes("Palvelu on tilapäisesti poissa käytöstä") &&
      /<html lang="fi">/.test(pageText),
    `a signed-in page while down: ${page.status}, the Finnish notice first`,
  );
  check(
    englishPage.status === 503 &&
      englishText.includes("The service is temporarily unavailable") &&
      /<html lang="en">/.test(englishText),
    `the English page while down: ${englishPage.status}, the English notice first`,
  );
  check(during.failed === 0, `no request went unanswered while down (${during.failed})`);
  check(recovered !== null && recovered <= 5_000, "every instance serves again within 5 s, without a restart");
  check(
    afterRecovery.failed === 0 && afterRecovery.serverErrors === 0,
    `after recovery: ${afterRecovery.failed} failed, ${afterRecovery.serverErrors} × 5xx`,
  );
  check(
    cluster.instances.every((i) => i.process.exitCode === null),
    "no instance exited",
  );

  client = new pg.Client({ connectionString: cluster.databaseUrl });
  await client.connect();
  const attemptIds = attempts.map((p) => p.id);
  const [whole] = await sql<{ enrolments: number; without_mail: number }>(
    `SELECT count(*)::int AS enrolments,
            count(*) FILTER (WHERE NOT EXISTS (
              SELECT 1 FROM "Job" j WHERE j.payload->>'enrolmentId' = e.id::text))::int AS without_mail
       FROM "Enrolment" e WHERE e."userId" = ANY($1::uuid[])`,
    [attemptIds],
  );
  console.log(`  enrolments tried while down: ${summarise(tried)}; in the database afterwards ${whole!.enrolments}`);
  check(
    tried.every((s) => s === 503),
    `enrolments tried while down answer 503: ${summarise(tried)}`,
  );
  check(whole!.without_mail === 0, `no half-written enrolment (${whole!.without_mail} without their mail job)`);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && mailsTo(cluster.mailDir, first!.email).length < 2) await sleep(250);
  check(
    status === 201 && mailsTo(cluster.mailDir, first!.email).length === 2,
    "the mail queued before the outage was sent after it",
  );
  return { during, afterRecovery, recovered };
}

const cluster = await startCluster({
  instances: 2,
  workers: 2,
  authSecret: randomBytes(32).toString("hex"),
  log,
});
log(`cluster up: nginx ${cluster.url} → instances ${cluster.ports.join(", ")}, 2 workers`);
client = new pg.Client({ connectionString: cluster.databaseUrl });
await client.connect();
try {
  await proxyChecks(cluster);
  await consistencyChecks(cluster);
  await rollingRestart(cluster);
  await migrationUnderLoad(cluster);
  await databaseOutage(cluster);
} catch (error) {
  failures.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
  console.error(error);
} finally {
  await client.end().catch(() => {});
  await cluster.stop();
}
console.log(failures.length ? `\nops drill FAILED:\n- ${failures.join("\n- ")}` : "\nops drill passed");
process.exit(failures.length ? 1 : 0);
