// The networks' admin pages' server side (issue 14 item 2) on real
// PostgreSQL: a new network's address made from its name when none is given
// (never a page's own, -2 when taken), the forms coming back to their page
// with a notice, and who reads the members' admin page and the chair choices.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";
import { createUsers, removeCreated, uniq } from "./enrolment-fixtures";
import { submit } from "./support/server-actions";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const actions = await import("@/lib/networks/actions");
const { getNetworkAdmin, listChairCandidates } = await import("@/lib/networks/admin/data");

let db: Db;
let coordinator: Actor;
let chair: Actor;
let member: Actor;
let otherChair: Actor;
let staff: Actor;
let network: { id: string; slug: string };
const slugs: string[] = [];

async function person(role: Role, library = "valkeakoski"): Promise<Actor> {
  return (await createUsers(db, 1, { roles: [role], librarySlug: library, prefix: `nadmin-${uniq()}` }))[0]!;
}

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
  coordinator = await person("COORDINATOR", "tampere");
  chair = await person("STAFF");
  member = await person("STAFF", "jyvaskyla");
  otherChair = await person("STAFF");
  staff = await person("STAFF");
  network = await db.network.create({
    data: {
      slug: `test-nadmin-${uniq()}`,
      name: "Hallintaverkosto",
      memberships: {
        create: [
          { userId: chair.id, role: "CHAIR", status: "ACTIVE", joinedAt: new Date() },
          { userId: member.id, status: "ACTIVE", joinedAt: new Date() },
        ],
      },
    },
    select: { id: true, slug: true },
  });
  const other = await db.network.create({
    data: {
      slug: `test-nadmin-other-${uniq()}`,
      name: "Toinen",
      memberships: { create: { userId: otherChair.id, role: "CHAIR", status: "ACTIVE" } },
    },
    select: { slug: true },
  });
  slugs.push(network.slug, other.slug);
});
afterAll(async () => {
  await db.network.deleteMany({ where: { slug: { in: slugs } } });
  await removeCreated(db);
  await db.$disconnect();
});

describe("a new network", () => {
  it("takes its address from its name when none is given, -2 when taken, never a page's own", async () => {
    const name = `Sanataideverkosto ${uniq()}`;
    const create = (values: Record<string, string>) =>
      submit(actions.createNetworkAction, coordinator, { name, chairUserId: chair.id, paluu: "uusi", ...values });
    const first = await create({});
    const base = name.toLowerCase().replace(/\s+/g, "-");
    expect(first.redirect).toBe(`/verkostot/${base}?tehty=luotu`);
    const second = await create({});
    expect(second.redirect).toBe(`/verkostot/${base}-2?tehty=luotu`);
    slugs.push(base, `${base}-2`);
    // "Uusi" would be the new-network page's address.
    const reserved = await submit(actions.createNetworkAction, coordinator, {
      name: "Uusi",
      chairUserId: chair.id,
      paluu: "uusi",
    });
    expect(reserved.redirect).toMatch(/^\/verkostot\/uusi-2\?tehty=luotu$/);
    slugs.push("uusi-2");
    const given = await create({ slug: "tilanne" });
    expect(given.state).toMatchObject({ status: "error", fields: { slug: "networks.error.slugReserved" } });
    const taken = await create({ slug: base });
    expect(taken.state).toMatchObject({ status: "error", fields: { slug: "networks.error.slugTaken" } });
    const chairOf = await db.network.findUniqueOrThrow({
      where: { slug: base },
      select: { memberships: { select: { userId: true, role: true, status: true } } },
    });
    expect(chairOf.memberships).toEqual([{ userId: chair.id, role: "CHAIR", status: "ACTIVE" }]);
  });
});

describe("the members' admin page", () => {
  it("is for this network's chair (members) and coordinators (chairs, archiving); others get nothing", async () => {
    expect(await getNetworkAdmin(chair, network.slug, db)).toMatchObject({
      mayManage: false,
      members: [
        { userId: chair.id, role: "CHAIR" },
        { userId: member.id, role: "MEMBER" },
      ],
    });
    expect((await getNetworkAdmin(coordinator, network.slug, db))?.mayManage).toBe(true);
    for (const who of [otherChair, member, staff, null])
      expect(await getNetworkAdmin(who, network.slug, db)).toBeNull();
    expect(await listChairCandidates(staff, db)).toEqual([]);
    const groups = await listChairCandidates(coordinator, db);
    expect(groups.flatMap((g) => g.people.map((p) => p.id))).toContain(member.id);
  });

  it("its forms come back to it with a notice; the last chair's release is refused with why", async () => {
    const lastChair = await submit(actions.removeChairAction, coordinator, {
      networkId: network.id,
      userId: chair.id,
      slug: network.slug,
      paluu: "hallinta",
    });
    expect(lastChair.state).toMatchObject({ status: "error", fields: { userId: "networks.error.lastChair" } });
    const appointed = await submit(actions.appointChairAction, coordinator, {
      networkId: network.id,
      userId: member.id,
      slug: network.slug,
      paluu: "hallinta",
    });
    expect(appointed.redirect).toBe(`/verkostot/${network.slug}/hallinta?tehty=nimetty`);
    const released = await submit(actions.removeChairAction, coordinator, {
      networkId: network.id,
      userId: member.id,
      slug: network.slug,
      paluu: "hallinta",
    });
    expect(released.redirect).toBe(`/verkostot/${network.slug}/hallinta?tehty=vapautettu`);
    const noReason = await submit(actions.removeMemberAction, chair, {
      networkId: network.id,
      userId: member.id,
      slug: network.slug,
      paluu: "hallinta",
    });
    expect(noReason.state).toMatchObject({ status: "error", fields: { reason: "validation.required" } });
    const removed = await submit(actions.removeMemberAction, chair, {
      networkId: network.id,
      userId: member.id,
      reason: "Siirtyi toisiin tehtäviin",
      slug: network.slug,
      paluu: "hallinta",
    });
    expect(removed.redirect).toBe(`/verkostot/${network.slug}/hallinta?tehty=poistettu`);
    expect(
      await db.networkMembership.findUniqueOrThrow({
        where: { networkId_userId: { networkId: network.id, userId: member.id } },
        select: { status: true, removalReason: true },
      }),
    ).toEqual({ status: "LEFT", removalReason: "Siirtyi toisiin tehtäviin" });
  });
});
