// The enrolment storm over HTTP against the production build: many signed-in
// users POST at once to the enrolment API of one small session. What
// tests/integration/enrolment-concurrency.test.ts shows of enrol() must hold
// through the whole stack (Auth.js's database sessions, the route handler,
// the app's connection pool). No page is opened, so there is nothing to scan.
import { randomBytes, randomUUID } from "node:crypto";
import { BASE_URL, expect, query, test } from "./fixtures";

const USERS = 30;
const CAPACITY = 5;

type Created = { menuId: string; sessionId: string; userIds: string[]; cookies: string[] };

/** A published menu with one session of CAPACITY seats, registration open, and USERS signed-in staff. */
async function stormSetUp(): Promise<Created> {
  const id = randomUUID().slice(0, 8);
  const [menu] = await query<{ id: string }>(
    `INSERT INTO "TrainingMenu" (slug, title, "periodStart", "periodEnd", status, "publishedAt")
     VALUES ($1, $2, current_date, current_date + 90, 'PUBLISHED', now()) RETURNING id`,
    [`e2e-ryntays-${id}`, `E2E-ryntäys ${id}`],
  );
  const [offering] = await query<{ id: string }>(
    `INSERT INTO "Offering" ("menuId", slug, kind, title) VALUES ($1, $2, 'WORKSHOP', 'Ryntäystyöpaja') RETURNING id`,
    [menu!.id, `e2e-ryntays-${id}`],
  );
  const [session] = await query<{ id: string }>(
    `INSERT INTO "TrainingSession" ("offeringId", title, "startsAt", "endsAt", place, capacity, "registrationOpensAt")
     VALUES ($1, 'Ryntäys', now() + interval '20 days', now() + interval '20 days 3 hours', 'Testikirjasto', $2,
             now() - interval '1 day') RETURNING id`,
    [offering!.id, CAPACITY],
  );
  const users = await query<{ id: string }>(
    `INSERT INTO "User" (email, name, roles, "libraryId", "profileCompletedAt")
     SELECT 'ryntays-' || $1 || '-' || g || '@test.invalid', 'Ryntääjä ' || g, ARRAY['STAFF']::"Role"[], l.id, now()
       FROM generate_series(1, $2::int) g, "Library" l WHERE l.slug = 'valkeakoski'
     RETURNING id`,
    [id, USERS],
  );
  // A database session per user, as Auth.js stores it after the magic link.
  const tokens = users.map(() => randomBytes(32).toString("hex"));
  await query(
    `INSERT INTO "Session" ("sessionToken", "userId", expires)
     SELECT t, u, now() + interval '1 hour' FROM unnest($1::text[], $2::uuid[]) AS x(t, u)`,
    [tokens, users.map((u) => u.id)],
  );
  return {
    menuId: menu!.id,
    sessionId: session!.id,
    userIds: users.map((u) => u.id),
    cookies: tokens.map((t) => `authjs.session-token=${t}`),
  };
}

/** Takes away what the storm made, its queued mails included, so that later specs never meet it. */
async function remove(created: Created) {
  await query(
    `DELETE FROM "Job" WHERE "payload"->>'enrolmentId' IN
       (SELECT id::text FROM "Enrolment" WHERE "sessionId" = $1)`,
    [created.sessionId],
  );
  await query(`DELETE FROM "TrainingMenu" WHERE id = $1`, [created.menuId]);
  await query(`DELETE FROM "User" WHERE id = ANY($1::uuid[])`, [created.userIds]);
}

/** Every user POSTs at once, each with their own session cookie, from the app's own origin. */
async function storm(created: Created) {
  const url = `${BASE_URL}/api/trainings/${created.sessionId}/enrolments`;
  return Promise.all(
    created.cookies.map(async (cookie) => {
      const response = await fetch(url, { method: "POST", headers: { cookie, origin: BASE_URL } });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    }),
  );
}

test(`${USERS} signed-in users enrol at once for ${CAPACITY} seats: exactly ${CAPACITY} confirmed, the rest queue 1…${USERS - CAPACITY}`, async () => {
  const created = await stormSetUp();
  try {
    const answers = await storm(created);

    // Every request answered, none with a server error: all are new enrolments.
    expect(answers.map((a) => a.status)).toEqual(Array(USERS).fill(201));
    const confirmed = answers.filter((a) => a.body.status === "CONFIRMED");
    const waitlisted = answers.filter((a) => a.body.status === "WAITLISTED");
    expect(confirmed).toHaveLength(CAPACITY);
    expect(confirmed.every((a) => a.body.waitlistPosition === null)).toBe(true);
    expect(waitlisted.map((a) => a.body.waitlistPosition).sort((x, y) => Number(x) - Number(y))).toEqual(
      Array.from({ length: USERS - CAPACITY }, (_, i) => i + 1),
    );

    // The database agrees, row by row, with what each user was told.
    const [session] = await query<{ seatsTaken: number }>(`SELECT "seatsTaken" FROM "TrainingSession" WHERE id = $1`, [
      created.sessionId,
    ]);
    expect(session!.seatsTaken).toBe(CAPACITY);
    const rows = await query<{ id: string; userId: string; status: string; waitlistPosition: number | null }>(
      `SELECT id, "userId", status, "waitlistPosition" FROM "Enrolment" WHERE "sessionId" = $1`,
      [created.sessionId],
    );
    expect(rows.map((r) => r.userId).sort()).toEqual([...created.userIds].sort());
    const stored = new Map(rows.map((r) => [r.id, r]));
    for (const answer of answers) {
      expect(stored.get(String(answer.body.id))).toMatchObject({
        status: answer.body.status,
        waitlistPosition: answer.body.waitlistPosition,
      });
    }

    // The same storm again is a storm of double submits: each user gets 409
    // with their own enrolment, and nothing changes.
    const again = await storm(created);
    expect(again.map((a) => a.status)).toEqual(Array(USERS).fill(409));
    expect(again.map((a) => (a.body.error as { fields: { enrolmentId: string } }).fields.enrolmentId)).toEqual(
      answers.map((a) => a.body.id),
    );
    const after = await query<{ n: number }>(`SELECT count(*)::int AS n FROM "Enrolment" WHERE "sessionId" = $1`, [
      created.sessionId,
    ]);
    expect(after[0]!.n).toBe(USERS);
  } finally {
    await remove(created);
  }
});
