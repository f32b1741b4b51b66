// A person's name on cached public pages (ADR 17): the offerings they train
// and the libraries they represent. Renaming oneself, or being removed,
// expires exactly those pages' tags in the shared tag store (CacheTag), and a
// profile edit that keeps the name expires none.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { libraryTag, offeringTag } from "@/lib/cache/tags";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { createSession, createUsers, libraryId, removeCreated, uniq } from "./enrolment-fixtures";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));

const { updateOwnProfile } = await import("@/lib/users/profile/mutations");
const { confirmRemoval } = await import("@/lib/users/removal/mutations");

let db: Db;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
});
afterAll(async () => {
  await removeCreated(db);
  await db.$disconnect();
});

/** A trainer of one offering who represents one library, and the tags of those two pages. */
async function trainerWithPages() {
  const [person] = await createUsers(db, 1, { prefix: `named-${uniq()}` });
  const session = await createSession(db, { capacity: 5 });
  await db.offering.update({ where: { slug: session.offeringSlug }, data: { trainerId: person!.id } });
  const library = await db.library.findUniqueOrThrow({
    where: { id: await libraryId(db, "valkeakoski") },
    select: { slug: true },
  });
  await db.library.update({ where: { slug: library.slug }, data: { steeringRepresentativeId: person!.id } });
  return { person: person!, tags: [offeringTag(session.offeringSlug), libraryTag(library.slug)].sort() };
}

async function expiredDuring(tags: string[], change: () => Promise<unknown>): Promise<string[]> {
  await new Promise((resolve) => setTimeout(resolve, 5));
  const since = new Date();
  await change();
  const rows = await db.$queryRaw<{ tag: string }[]>`
    SELECT "tag" FROM "CacheTag" WHERE "tag" = ANY(${tags}::text[]) AND "expiredAt" >= ${since}`;
  return rows.map((row) => row.tag).sort();
}

describe("a name on cached pages", () => {
  it("a new name expires the trainer's offering and the represented library; the same name nothing", async () => {
    const { person, tags } = await trainerWithPages();
    expect(
      await expiredDuring(tags, () =>
        updateOwnProfile(person, { name: "Testaaja 0", title: "Uusi nimike", locale: "fi" }),
      ),
    ).toEqual([]);
    expect(
      await expiredDuring(tags, () => updateOwnProfile(person, { name: "Uusi Nimi", title: null, locale: "fi" })),
    ).toEqual(tags);
  });

  it("removing the person expires the same pages", async () => {
    const { person, tags } = await trainerWithPages();
    const [admin] = await createUsers(db, 1, { roles: ["ADMIN"], prefix: `admin-${uniq()}` });
    await db.user.update({ where: { id: person.id }, data: { removalRequestedAt: new Date() } });
    expect(await expiredDuring(tags, () => confirmRemoval(admin!, { userId: person.id, confirm: "yes" }))).toEqual(
      tags,
    );
    await db.library.updateMany({
      where: { steeringRepresentativeId: person.id },
      data: { steeringRepresentativeId: null },
    });
  });
});
