// The kit reservation storm over HTTP against the production build (issue 12):
// many signed-in staff members of different libraries POST at once for
// overlapping ranges of one kit. Every range of a group contains the group's
// middle day, so each group is one conflicting set; the groups are far enough
// apart (shipping days included) not to touch each other. Exactly one request
// per group may win; the rest must be 409 naming the winner's period; nothing
// may be a 5xx; and SQL afterwards finds no two live reservations that hold
// the kit on the same day. The negative control runs the same storm with the
// exclusion constraint dropped, to show that the SQL check does catch an
// overlap (the application's own check before the insert races).
// No page is opened, so there is nothing to scan.
import { randomBytes, randomUUID } from "node:crypto";
import { BASE_URL, expect, query, test } from "./fixtures";

const USERS = 120;
const GROUPS = 6;
const SHIPPING_DAYS = 2;
/** Days between the groups' middle days: more than 2 × 3 days of spread + the shipping days. */
const GROUP_STEP = 15;

type Request = { libraryId: string; startDate: string; endDate: string; group: number };
type Created = { kitId: string; userIds: string[]; cookies: string[]; requests: Request[] };

const OVERLAPS_SQL = `
  SELECT a.id AS a, b.id AS b FROM "KitReservation" a JOIN "KitReservation" b
    ON a."kitId" = b."kitId" AND a.id < b.id
   WHERE a."kitId" = $1 AND a.status < 'CANCELLED' AND b.status < 'CANCELLED'
     AND daterange(a."startDate", a."endDate" + a."shippingDays", '[]')
      && daterange(b."startDate", b."endDate" + b."shippingDays", '[]')`;

const iso = (base: Date, days: number) => new Date(base.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** A kit, USERS staff members spread over the member libraries, each with a session and a range. */
async function setUp(): Promise<Created> {
  const id = randomUUID().slice(0, 8);
  const [kit] = await query<{ id: string }>(
    `INSERT INTO "Kit" (slug, name, "shippingDays", status) VALUES ($1, $2, $3, 'AVAILABLE') RETURNING id`,
    [`e2e-ryntays-${id}`, `Ryntäysboksi ${id}`, SHIPPING_DAYS],
  );
  const users = await query<{ id: string; libraryId: string }>(
    `WITH libs AS (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS n, count(*) OVER () AS total FROM "Library")
     INSERT INTO "User" (email, name, roles, "libraryId", "profileCompletedAt")
     SELECT 'boksiryntays-' || $1 || '-' || g || '@test.invalid', 'Varaaja ' || g, ARRAY['STAFF']::"Role"[], libs.id, now()
       FROM generate_series(0, $2::int - 1) g JOIN libs ON libs.n = g % libs.total
     RETURNING id, "libraryId"`,
    [id, USERS],
  );
  const tokens = users.map(() => randomBytes(32).toString("hex"));
  await query(
    `INSERT INTO "Session" ("sessionToken", "userId", expires)
     SELECT t, u, now() + interval '1 hour' FROM unnest($1::text[], $2::uuid[]) AS x(t, u)`,
    [tokens, users.map((u) => u.id)],
  );
  // Days from 30 days ahead: the middle day of group g, and a spread of 0–3 days either side.
  const base = new Date(Date.now() + 30 * 86_400_000);
  const requests = users.map((user, i) => {
    const group = i % GROUPS;
    const middle = group * GROUP_STEP;
    return {
      libraryId: user.libraryId,
      startDate: iso(base, middle - (i % 4)),
      endDate: iso(base, middle + ((i * 7) % 4)),
      group,
    };
  });
  return {
    kitId: kit!.id,
    userIds: users.map((u) => u.id),
    cookies: tokens.map((t) => `authjs.session-token=${t}`),
    requests,
  };
}

async function remove(created: Created) {
  await query(
    `DELETE FROM "Job" WHERE "payload"->>'reservationId' IN (SELECT id::text FROM "KitReservation" WHERE "kitId" = $1)`,
    [created.kitId],
  );
  await query(`DELETE FROM "AuditEvent" WHERE "entityType" = 'KitReservation' AND "actorId" = ANY($1::uuid[])`, [
    created.userIds,
  ]);
  await query(`DELETE FROM "Kit" WHERE id = $1`, [created.kitId]);
  await query(`DELETE FROM "User" WHERE id = ANY($1::uuid[])`, [created.userIds]);
}

type Answer = { status: number; body: Record<string, unknown>; request: Request; ms: number };

/** Every user POSTs at once, each with their own session cookie, from the app's own origin. */
async function storm(created: Created): Promise<Answer[]> {
  const url = `${BASE_URL}/api/kits/${created.kitId}/reservations`;
  return Promise.all(
    created.cookies.map(async (cookie, i) => {
      const request = created.requests[i]!;
      const started = performance.now();
      const response = await fetch(url, {
        method: "POST",
        headers: { cookie, origin: BASE_URL, "content-type": "application/json" },
        body: JSON.stringify({ libraryId: request.libraryId, startDate: request.startDate, endDate: request.endDate }),
      });
      const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      return { status: response.status, body, request, ms: performance.now() - started };
    }),
  );
}

const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? 0;

test(`${USERS} staff members reserve one kit at once in ${GROUPS} conflicting sets: one winner per set, the rest 409 naming it`, async () => {
  test.setTimeout(120_000);
  const created = await setUp();
  try {
    const started = performance.now();
    const answers = await storm(created);
    const wall = performance.now() - started;

    expect(answers.filter((a) => a.status >= 500).map((a) => a.body)).toEqual([]);
    expect(answers.every((a) => a.status === 201 || a.status === 409)).toBe(true);
    for (let group = 0; group < GROUPS; group++) {
      const inGroup = answers.filter((a) => a.request.group === group);
      const winners = inGroup.filter((a) => a.status === 201);
      expect(winners, `group ${group}`).toHaveLength(1);
      const winner = winners[0]!.body as { startDate: string; endDate: string; status: string };
      expect(winner.status).toBe("CONFIRMED");
      for (const loser of inGroup.filter((a) => a.status === 409)) {
        const error = loser.body.error as {
          code: string;
          message: string;
          conflict: { startDate: string; endDate: string };
        };
        expect(error.code).toBe("CONFLICT");
        expect(error.conflict).toEqual({ startDate: winner.startDate, endDate: winner.endDate });
        expect(error.message).toMatch(/already reserved for \d/);
      }
    }

    // The database agrees: one live reservation per group, none overlapping another.
    const rows = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "KitReservation" WHERE "kitId" = $1 AND status < 'CANCELLED'`,
      [created.kitId],
    );
    expect(rows[0]!.n).toBe(GROUPS);
    expect(await query(OVERLAPS_SQL, [created.kitId])).toEqual([]);
    console.log(
      `kit storm: ${USERS} requests, ${GROUPS} × 201, ${answers.filter((a) => a.status === 409).length} × 409, ` +
        `0 × 5xx; wall ${Math.round(wall)} ms, p95 ${Math.round(p95(answers.map((a) => a.ms)))} ms`,
    );
  } finally {
    await remove(created);
  }
});

test("negative control: without the exclusion constraint the same storm double-books, and the SQL check sees it", async () => {
  test.setTimeout(120_000);
  const created = await setUp();
  await query(`ALTER TABLE "KitReservation" DROP CONSTRAINT "KitReservation_no_overlap"`);
  try {
    const answers = await storm(created);
    expect(answers.filter((a) => a.status >= 500).map((a) => a.body)).toEqual([]);
    const racedIn = answers.filter((a) => a.status === 201).length;
    // The check before the insert races; whatever it let through, one overlapping pair more makes the control certain.
    const first = created.requests[0]!;
    await query(
      `INSERT INTO "KitReservation" ("kitId", "libraryId", "startDate", "endDate", "shippingDays", status)
       VALUES ($1, $2, $3::date, $4::date, $5, 'CONFIRMED')`,
      [created.kitId, first.libraryId, first.startDate, first.endDate, SHIPPING_DAYS],
    );
    const overlaps = await query(OVERLAPS_SQL, [created.kitId]);
    expect(overlaps.length).toBeGreaterThan(0);
    console.log(
      `kit storm without the constraint: ${racedIn} × 201 for ${GROUPS} sets; ${overlaps.length} overlapping pairs found`,
    );
  } finally {
    await query(`DELETE FROM "KitReservation" WHERE "kitId" = $1`, [created.kitId]);
    await query(
      `ALTER TABLE "KitReservation" ADD CONSTRAINT "KitReservation_no_overlap"
         EXCLUDE USING gist ("kitId" WITH =, daterange("startDate", "endDate" + "shippingDays", '[]') WITH &&)
         WHERE ("status" < 'CANCELLED')`,
    );
    await remove(created);
  }
});
