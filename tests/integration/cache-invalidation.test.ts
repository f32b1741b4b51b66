// Every mutation that changes a cached public page invalidates exactly the
// tags of what it changed (ADR 17). Outside a Next request — here, as in the
// job worker — invalidation goes straight to the shared tag table that every
// app process listens to, so the rows show which tags each mutation touched.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { MENU_TAG, offeringTag } from "@/lib/cache/tags";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { cancelEnrolment, enrol, setCapacity } from "@/lib/enrolments/mutations";
import { deletePart, movePart, savePart, saveProgrammeSettings } from "@/lib/programmes/admin/mutations";
import { cancelSession, setMenuStatus } from "@/lib/trainings/mutations";
import { createSession, createUsers, removeCreated } from "./enrolment-fixtures";

let db: Db;
let staff: Actor[];
let coordinator: Actor;

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
  staff = await createUsers(db, 2);
  coordinator = (await createUsers(db, 1, { roles: ["COORDINATOR"], prefix: `coord-${Date.now()}` }))[0]!;
});
afterAll(async () => {
  await removeCreated(db);
  await db.$disconnect();
});

/** The tags invalidated since `since`, among those asked about. */
async function invalidatedSince(since: Date, tags: string[]): Promise<string[]> {
  const rows = await db.$queryRaw<{ tag: string }[]>`
    SELECT "tag" FROM "CacheTag" WHERE "tag" = ANY(${tags}::text[]) AND "expiredAt" >= ${since}`;
  return rows.map((row) => row.tag).sort();
}

/** Runs a mutation and answers which of the watched tags it invalidated. */
async function touched(watch: string[], mutation: () => Promise<unknown>): Promise<string[]> {
  // Tag times are milliseconds of the writer's clock; step past the last write.
  await new Promise((resolve) => setTimeout(resolve, 5));
  const since = new Date();
  await mutation();
  return invalidatedSince(since, watch);
}

describe("cache invalidation by mutations", () => {
  it("enrol, cancel and a capacity change invalidate the menu and that offering's page, not another's", async () => {
    const a = await createSession(db, { capacity: 1 });
    const b = await createSession(db, { capacity: 1 });
    const watch = [MENU_TAG, offeringTag(a.offeringSlug), offeringTag(b.offeringSlug)];
    const expected = [MENU_TAG, offeringTag(a.offeringSlug)].sort();

    let enrolmentId = "";
    expect(
      await touched(watch, async () => {
        enrolmentId = (await enrol(staff[0]!, a.id)).id;
      }),
    ).toEqual(expected);
    expect(await touched(watch, () => cancelEnrolment(staff[0]!, enrolmentId))).toEqual(expected);
    expect(await touched(watch, () => setCapacity(coordinator, a.id, 5))).toEqual(expected);
  });

  it("a refused enrolment changes nothing and invalidates nothing", async () => {
    const full = await createSession(db, { capacity: 1, status: "CANCELLED" });
    const watch = [MENU_TAG, offeringTag(full.offeringSlug)];
    expect(await touched(watch, () => enrol(staff[1]!, full.id).catch(() => null))).toEqual([]);
  });

  it("cancelling a session invalidates the menu and its offering's page", async () => {
    const s = await createSession(db, { capacity: 3 });
    const watch = [MENU_TAG, offeringTag(s.offeringSlug)];
    expect(await touched(watch, () => cancelSession(coordinator, { sessionId: s.id, confirm: "yes" }))).toEqual(
      watch.sort(),
    );
  });

  it("publishing or withdrawing a menu invalidates the menu and every page of its offerings", async () => {
    const s = await createSession(db, { capacity: 3, menuStatus: "DRAFT" });
    const { menuId } = await db.offering.findUniqueOrThrow({
      where: { slug: s.offeringSlug },
      select: { menuId: true },
    });
    const watch = [MENU_TAG, offeringTag(s.offeringSlug)];
    expect(await touched(watch, () => setMenuStatus(coordinator, { menuId, status: "PUBLISHED" }))).toEqual(
      watch.sort(),
    );
  });

  it("the programme editor's changes invalidate the programme's page, not the menu", async () => {
    const s = await createSession(db, { capacity: 3 });
    const { menuId } = await db.offering.findUniqueOrThrow({
      where: { slug: s.offeringSlug },
      select: { menuId: true },
    });
    const programme = await db.offering.create({
      data: { menuId, slug: `test-programme-${Date.now()}`, kind: "PROGRAMME", title: "Välimuistiohjelma" },
      select: { id: true, slug: true },
    });
    const watch = [MENU_TAG, offeringTag(programme.slug)];
    const part = { offeringId: programme.id, title: "Osio", mode: "SELF_REPORTED", required: "on" };
    expect(await touched(watch, () => savePart(coordinator, part))).toEqual([offeringTag(programme.slug)]);
    expect(
      await touched(watch, () =>
        saveProgrammeSettings(coordinator, { offeringId: programme.id, deadline: "31.12.2027", published: "on" }),
      ),
    ).toEqual([offeringTag(programme.slug)]);
    const [first] = await db.programmeModule.findMany({ where: { offeringId: programme.id }, select: { id: true } });
    await savePart(coordinator, { ...part, title: "Toinen" });
    expect(await touched(watch, () => movePart(coordinator, { partId: first!.id, direction: "down" }))).toEqual([
      offeringTag(programme.slug),
    ]);
    expect(await touched(watch, () => deletePart(coordinator, { partId: first!.id, confirm: "yes" }))).toEqual([
      offeringTag(programme.slug),
    ]);
    await db.offering.delete({ where: { id: programme.id } });
  });
});
