// The database expires the cached coverage reports (migration
// 1734040000000_coverage_cache_tag, lib/coverage/cached.ts): every committed
// write to a table the report counts marks the cache tag "coverage" in
// "CacheTag" and notifies every instance, once per transaction; a rolled-back
// write, a bulk load with the rollups off and a write to what the report does
// not count (a person's name) do not. The notification is the one the app's
// tag store understands: a store listening here learns the new expiry.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHANNEL, createTagStore, type TagStore } from "@/lib/cache/tag-store";
import { COVERAGE_TAG } from "@/lib/cache/tags";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { createSession, createUsers, removeCreated } from "./enrolment-fixtures";

/** The tables the report counts, each with a write that changes nothing but fires the trigger. */
const TOUCHES: [table: string, sql: string][] = [
  ["Enrolment", `UPDATE "Enrolment" SET "status" = "status" WHERE ctid = (SELECT ctid FROM "Enrolment" LIMIT 1)`],
  [
    "TrainingSession",
    `UPDATE "TrainingSession" SET "status" = "status" WHERE ctid = (SELECT ctid FROM "TrainingSession" LIMIT 1)`,
  ],
  [
    "ProgrammeParticipation",
    `UPDATE "ProgrammeParticipation" SET "status" = "status" WHERE ctid = (SELECT ctid FROM "ProgrammeParticipation" LIMIT 1)`,
  ],
  [
    "KitReservation",
    `UPDATE "KitReservation" SET "status" = "status" WHERE ctid = (SELECT ctid FROM "KitReservation" LIMIT 1)`,
  ],
  [
    "NetworkMembership",
    `UPDATE "NetworkMembership" SET "status" = "status" WHERE ctid = (SELECT ctid FROM "NetworkMembership" LIMIT 1)`,
  ],
  [
    "ExchangeApplication",
    `UPDATE "ExchangeApplication" SET "status" = "status" WHERE ctid = (SELECT ctid FROM "ExchangeApplication" LIMIT 1)`,
  ],
  [
    "ExchangeOffer",
    `UPDATE "ExchangeOffer" SET "hostLibraryId" = "hostLibraryId" WHERE ctid = (SELECT ctid FROM "ExchangeOffer" LIMIT 1)`,
  ],
  [
    "WorkshopOrder",
    `UPDATE "WorkshopOrder" SET "status" = "status" WHERE ctid = (SELECT ctid FROM "WorkshopOrder" LIMIT 1)`,
  ],
  ["User", `UPDATE "User" SET "libraryId" = "libraryId" WHERE ctid = (SELECT ctid FROM "User" LIMIT 1)`],
  ["Library", `UPDATE "Library" SET "staffCount" = "staffCount" WHERE ctid = (SELECT ctid FROM "Library" LIMIT 1)`],
];

let db: Db;
let writer: pg.Client;
let listener: pg.Client;
/** Every "coverage" expiry heard on the channel, in order. */
const heard: number[] = [];

async function connect() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL, options: "-c TimeZone=UTC" });
  await client.connect();
  return client;
}

async function tagExpiredAt(): Promise<number | null> {
  const { rows } = await writer.query<{ expiredAt: Date }>(`SELECT "expiredAt" FROM "CacheTag" WHERE "tag" = $1`, [
    COVERAGE_TAG,
  ]);
  return rows[0] ? rows[0].expiredAt.getTime() : null;
}

async function until(check: () => boolean, what: string, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Runs statements in one transaction and commits (or rolls back). */
async function transaction(statements: string[], end: "COMMIT" | "ROLLBACK" = "COMMIT", settings: string[] = []) {
  await writer.query("BEGIN");
  try {
    for (const setting of settings) await writer.query(setting);
    for (const sql of statements) await writer.query(sql);
  } catch (error) {
    await writer.query("ROLLBACK");
    throw error;
  }
  await writer.query(end);
}

/**
 * Commits a marker write and waits for its notification: the channel delivers
 * in commit order, so whatever was committed before it has been heard.
 */
async function settle(): Promise<void> {
  await transaction([TOUCHES[0]![1]]);
  const mark = await tagExpiredAt();
  await until(() => heard.includes(mark!), "the marker's notification");
}

/** How many expiries `act` causes (the writes before it settled first). */
async function expiriesOf(act: () => Promise<void>): Promise<number> {
  await settle();
  const before = heard.length;
  await act();
  await settle();
  // The second marker's own notification is the last one heard.
  return heard.length - before - 1;
}

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
  writer = await connect();
  listener = await connect();
  listener.on("notification", (message) => {
    if (message.channel !== CHANNEL || !message.payload) return;
    const payload = JSON.parse(message.payload) as { tags?: [string, number | null, number | null][] };
    for (const [tag, , expired] of payload.tags ?? [])
      if (tag === COVERAGE_TAG && expired !== null) heard.push(expired);
  });
  await listener.query(`LISTEN ${CHANNEL}`);
});

afterAll(async () => {
  await removeCreated(db);
  await writer.end();
  await listener.end();
  await db.$disconnect();
});

describe("a write to what the coverage report counts", () => {
  it.each(TOUCHES)(
    "to %s expires the coverage tag when it commits, in the table and on the channel",
    async (_, sql) => {
      const before = Date.now();
      const count = heard.length;
      await transaction([sql]);
      await until(() => heard.length > count, "the notification");
      expect(heard.length).toBe(count + 1);
      const expiredAt = await tagExpiredAt();
      expect(expiredAt).not.toBeNull();
      // The tag's time in the table is the one sent, and not before the write began.
      expect(heard.at(-1)).toBe(expiredAt);
      expect(expiredAt!).toBeGreaterThanOrEqual(before - 1_000);
    },
  );

  it("a new enrolment and its removal each expire it", async () => {
    const session = await createSession(db, { capacity: 5 });
    const [user] = await createUsers(db, 1);
    const insert = await expiriesOf(() =>
      transaction([
        `INSERT INTO "Enrolment" ("id", "sessionId", "userId", "status", "updatedAt")
         VALUES (gen_random_uuid(), '${session.id}', '${user!.id}', 'CONFIRMED', now())`,
      ]),
    );
    const remove = await expiriesOf(() =>
      transaction([`DELETE FROM "Enrolment" WHERE "sessionId" = '${session.id}' AND "userId" = '${user!.id}'`]),
    );
    expect({ insert, remove }).toEqual({ insert: 1, remove: 1 });
  });

  it("expires it once per transaction, however many rows and tables it writes", async () => {
    const expiries = await expiriesOf(() => transaction(TOUCHES.map(([, sql]) => sql)));
    expect(expiries).toBe(1);
  });

  it("does not expire it when rolled back", async () => {
    const expiries = await expiriesOf(async () => {
      const expiredAt = await tagExpiredAt();
      await transaction(
        TOUCHES.map(([, sql]) => sql),
        "ROLLBACK",
      );
      expect(await tagExpiredAt()).toBe(expiredAt);
    });
    expect(expiries).toBe(0);
  });

  it("does not expire it in a bulk load with the rollups off (the load expires it once at its end)", async () => {
    const expiries = await expiriesOf(() =>
      transaction(
        TOUCHES.map(([, sql]) => sql),
        "COMMIT",
        ["SET LOCAL pike.coverage_rollup = 'off'"],
      ),
    );
    expect(expiries).toBe(0);
    const atEnd = await expiriesOf(() => transaction(["SELECT coverage_cache_expire_now()"]));
    expect(atEnd).toBe(1);
  });

  it("does not expire it for what the report does not count: a person's name", async () => {
    const expiries = await expiriesOf(() =>
      transaction([`UPDATE "User" SET "name" = "name" WHERE ctid = (SELECT ctid FROM "User" LIMIT 1)`]),
    );
    expect(expiries).toBe(0);
  });
});

describe("the app's tag store", () => {
  let store: TagStore;
  beforeAll(async () => {
    store = createTagStore({ url: process.env.DATABASE_URL, warn: () => {} });
    await store.ready;
  });
  afterAll(async () => {
    await store.close();
  });

  it("learns the expiry from the database's notification", async () => {
    const known = store.get(COVERAGE_TAG)?.expired ?? 0;
    await transaction([TOUCHES[3]![1]]);
    await until(() => (store.get(COVERAGE_TAG)?.expired ?? 0) > known, "the store to hear the expiry");
    expect(store.get(COVERAGE_TAG)?.expired).toBe(await tagExpiredAt());
  });
});
