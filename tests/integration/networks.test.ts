// Network membership (issue 14, ADR 29) against real PostgreSQL, through the
// server actions as a browser's (or a crafted) form post reaches them: the
// permission matrix — signed out, a member, other staff, this network's
// chair, another network's chair, COORDINATOR, ADMIN — for every chair's and
// coordinator's action, each refusal writing nothing; asking to join twice at
// the same moment making one row; approving twice a CONFLICT; the last chair
// staying; bad input answered with field messages and nothing written; and
// the mails that go through the job queue.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";
import { AppError } from "@/lib/http/errors";
import { createUsers, removeCreated, uniq } from "./enrolment-fixtures";
import { submit, type Action, type Values } from "./support/server-actions";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const actions = await import("@/lib/networks/actions");
const { requestToJoin, decideJoinRequest, leaveNetwork, removeChair } = await import("@/lib/networks/mutations");
const { listNetworkMembers, listPendingRequests } = await import("@/lib/networks/data");

let db: Db;
/** A second client: another app instance for the races. */
let other: Db;

type Caller = "signedOut" | "member" | "otherStaff" | "chair" | "otherChair" | "coordinator" | "admin";
const CALLERS: Caller[] = ["signedOut", "member", "otherStaff", "chair", "otherChair", "coordinator", "admin"];
let people: Record<Exclude<Caller, "signedOut">, Actor>;
/** The network that otherChair chairs. */
let otherNetworkId: string;
const networkIds: string[] = [];

async function person(role: Role, prefix: string): Promise<Actor> {
  return (await createUsers(db, 1, { roles: [role], prefix: `net-${prefix}-${uniq()}` }))[0]!;
}

/** A fresh network chaired by people.chair, with people.member active and `pending` (a new person) asking to join. */
async function network() {
  const id = uniq();
  const pending = await person("STAFF", "pending");
  const member2 = await person("STAFF", "member2");
  const row = await db.network.create({
    data: {
      slug: `test-network-${id}`,
      name: `Testiverkosto ${id}`,
      memberships: {
        create: [
          { userId: people.chair.id, role: "CHAIR", status: "ACTIVE", joinedAt: new Date() },
          { userId: people.member.id, role: "MEMBER", status: "ACTIVE", joinedAt: new Date() },
          { userId: member2.id, role: "MEMBER", status: "ACTIVE", joinedAt: new Date() },
          { userId: pending.id, role: "MEMBER", status: "PENDING", message: "Mukaan!", requestedAt: new Date() },
        ],
      },
    },
    select: { id: true, slug: true },
  });
  networkIds.push(row.id);
  return { networkId: row.id, slug: row.slug, pending, member2 };
}

/** Everything a network's actions write: its row, its memberships, their audit events and mails. */
async function written(networkId: string) {
  const [net, memberships, audits, jobs] = await Promise.all([
    db.network.findUniqueOrThrow({ where: { id: networkId }, select: { archivedAt: true, name: true } }),
    db.networkMembership.findMany({ where: { networkId }, orderBy: { userId: "asc" } }),
    db.auditEvent.count({ where: { entityId: { startsWith: networkId } } }),
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Job" WHERE "payload"->>'networkId' = ${networkId}`,
  ]);
  return { net, memberships, audits, jobs: jobs[0]!.n };
}

const actorOf = (caller: Caller): Actor | null => (caller === "signedOut" ? null : people[caller]);

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 6 });
  other = createPrismaClient(process.env.DATABASE_URL!, { max: 6 });
  people = {
    member: await person("STAFF", "member"),
    otherStaff: await person("SUPERVISOR", "other"),
    chair: await person("STAFF", "chair"),
    otherChair: await person("STAFF", "otherchair"),
    coordinator: await person("COORDINATOR", "coord"),
    admin: await person("ADMIN", "admin"),
  };
  const otherNetwork = await db.network.create({
    data: {
      slug: `test-network-other-${uniq()}`,
      name: "Toinen verkosto",
      memberships: { create: { userId: people.otherChair.id, role: "CHAIR", status: "ACTIVE" } },
    },
    select: { id: true },
  });
  otherNetworkId = otherNetwork.id;
  networkIds.push(otherNetworkId);
});
afterAll(async () => {
  await db.$executeRaw`DELETE FROM "Job" WHERE "payload"->>'networkId' = ANY(${networkIds}::text[])`;
  await db.network.deleteMany({ where: { id: { in: networkIds } } });
  await removeCreated(db);
  await db.$disconnect();
  await other.$disconnect();
});

type Case = {
  name: string;
  action: Action;
  /** Who may. */
  allowed: Caller[];
  values: (n: Awaited<ReturnType<typeof network>>) => Values;
};

const CHAIRS: Caller[] = ["chair", "coordinator", "admin"];
const MANAGERS: Caller[] = ["coordinator", "admin"];

const CASES: Case[] = [
  {
    name: "approve a join request",
    action: actions.decideJoinRequestAction,
    allowed: CHAIRS,
    values: (n) => ({ networkId: n.networkId, userId: n.pending.id, decision: "approve", slug: n.slug }),
  },
  {
    name: "decline a join request",
    action: actions.decideJoinRequestAction,
    allowed: CHAIRS,
    values: (n) => ({ networkId: n.networkId, userId: n.pending.id, decision: "decline", reason: "Täynnä" }),
  },
  {
    name: "remove a member",
    action: actions.removeMemberAction,
    allowed: CHAIRS,
    values: (n) => ({ networkId: n.networkId, userId: n.member2.id, reason: "Vaihtoi työpaikkaa" }),
  },
  {
    name: "appoint a chair",
    action: actions.appointChairAction,
    allowed: MANAGERS,
    values: (n) => ({ networkId: n.networkId, userId: n.member2.id }),
  },
  {
    name: "archive the network",
    action: actions.archiveNetworkAction,
    allowed: MANAGERS,
    values: (n) => ({ networkId: n.networkId, confirm: "yes" }),
  },
];

describe("the permission matrix of the networks' actions", () => {
  for (const c of CASES) {
    for (const caller of CALLERS) {
      const may = c.allowed.includes(caller);
      it(`${caller} ${may ? "may" : "may not"} ${c.name}${may ? "" : " (and nothing is written)"}`, async () => {
        const n = await network();
        const before = await written(n.networkId);
        const outcome = await submit(c.action, actorOf(caller), c.values(n));
        if (may) {
          // From the network page (the form names its slug) back there with a notice; else the form's own.
          if (outcome.redirect) expect(outcome.redirect).toBe(`/verkostot/${n.slug}?tehty=hyvaksytty`);
          else expect(outcome.state).toMatchObject({ status: "saved" });
          expect((await written(n.networkId)).audits).toBe(before.audits + 1);
        } else {
          expect(outcome.state).toMatchObject({
            status: "error",
            formError: caller === "signedOut" ? "form.error.UNAUTHENTICATED" : "form.error.FORBIDDEN",
          });
          expect(await written(n.networkId)).toEqual(before);
        }
      });
    }
  }

  it("a chair of another network cannot act here by naming this network, nor the chair here by naming the other", async () => {
    const n = await network();
    const before = await written(n.networkId);
    for (const action of [actions.decideJoinRequestAction, actions.removeMemberAction]) {
      const outcome = await submit(action, people.otherChair, {
        networkId: n.networkId,
        userId: action === actions.removeMemberAction ? n.member2.id : n.pending.id,
        decision: "approve",
        reason: "IDOR",
      });
      expect(outcome.state?.formError).toBe("form.error.FORBIDDEN");
    }
    expect(await written(n.networkId)).toEqual(before);
    // This network's chair and a pending request in the other network.
    const stranger = await person("STAFF", "stranger");
    await requestToJoin(stranger, { networkId: otherNetworkId, message: "Hei" });
    const otherBefore = await written(otherNetworkId);
    const crafted = await submit(actions.decideJoinRequestAction, people.chair, {
      networkId: otherNetworkId,
      userId: stranger.id,
      decision: "approve",
    });
    expect(crafted.state?.formError).toBe("form.error.FORBIDDEN");
    expect(await written(otherNetworkId)).toEqual(otherBefore);
  });

  for (const caller of CALLERS) {
    const may = MANAGERS.includes(caller);
    it(`${caller} ${may ? "may" : "may not"} create a network and remove a chair`, async () => {
      const n = await network();
      const slug = `test-network-new-${uniq()}`;
      const created = await submit(actions.createNetworkAction, actorOf(caller), {
        slug,
        name: "Uusi verkosto",
        chairUserId: people.member.id,
      });
      const row = await db.network.findUnique({ where: { slug }, select: { id: true } });
      if (row) networkIds.push(row.id);
      // A second chair, so that removing one is not refused for being the last.
      await db.networkMembership.update({
        where: { networkId_userId: { networkId: n.networkId, userId: n.member2.id } },
        data: { role: "CHAIR" },
      });
      const before = await written(n.networkId);
      const removed = await submit(actions.removeChairAction, actorOf(caller), {
        networkId: n.networkId,
        userId: n.member2.id,
      });
      if (may) {
        expect(created.state?.status).toBe("saved");
        expect(row).not.toBeNull();
        expect(removed.state?.status).toBe("saved");
      } else {
        expect(created.state?.status).toBe("error");
        expect(row).toBeNull();
        expect(removed.state?.status).toBe("error");
        expect(await written(n.networkId)).toEqual(before);
      }
    });
  }
});

describe("asking to join and the chair's decision", () => {
  it("asks with a message, mails each chair, and the approval mails the person", async () => {
    const n = await network();
    await db.networkMembership.update({
      where: { networkId_userId: { networkId: n.networkId, userId: n.member2.id } },
      data: { role: "CHAIR" },
    });
    const asker = await person("STAFF", "asker");
    const outcome = await submit(actions.requestToJoinAction, asker, {
      networkId: n.networkId,
      message: "Olen uusi asiakaspalvelussa.",
    });
    expect(outcome.state).toMatchObject({ status: "saved", notice: { key: "networks.saved.requested" } });
    const jobs = await db.$queryRaw<{ chairId: string }[]>`
      SELECT "payload"->>'chairId' AS "chairId" FROM "Job"
      WHERE "name" = 'email.networkJoinRequested' AND "payload"->>'userId' = ${asker.id}`;
    expect(jobs.map((j) => j.chairId).sort()).toEqual([people.chair.id, n.member2.id].sort());
    expect((await listPendingRequests(people.chair, n.networkId))?.map((r) => r.userId)).toContain(asker.id);
    expect(await listPendingRequests(people.otherChair, n.networkId)).toBeNull();
    expect(await listPendingRequests(people.member, n.networkId)).toBeNull();

    const approved = await submit(actions.decideJoinRequestAction, people.chair, {
      networkId: n.networkId,
      userId: asker.id,
      decision: "approve",
    });
    expect(approved.state).toMatchObject({ status: "saved", notice: { key: "networks.saved.approved" } });
    const row = await db.networkMembership.findUniqueOrThrow({
      where: { networkId_userId: { networkId: n.networkId, userId: asker.id } },
    });
    expect(row).toMatchObject({ status: "ACTIVE", role: "MEMBER", message: "Olen uusi asiakaspalvelussa." });
    expect(row.joinedAt).not.toBeNull();
    const decided = await db.$queryRaw<{ decision: string }[]>`
      SELECT "payload"->>'decision' AS "decision" FROM "Job"
      WHERE "name" = 'email.networkJoinDecided' AND "payload"->>'userId' = ${asker.id}`;
    expect(decided).toEqual([{ decision: "approved" }]);

    // Approving an already approved request is a CONFLICT, and writes nothing.
    const before = await written(n.networkId);
    const again = await submit(actions.decideJoinRequestAction, people.chair, {
      networkId: n.networkId,
      userId: asker.id,
      decision: "approve",
    });
    expect(again.state).toMatchObject({ status: "error", fields: { userId: "networks.error.alreadyMember" } });
    await expect(
      decideJoinRequest(people.coordinator, { networkId: n.networkId, userId: asker.id, decision: "approve" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await written(n.networkId)).toEqual(before);

    // Members by library for signed-in staff; nothing for the signed out.
    const groups = await listNetworkMembers(people.otherStaff, n.networkId);
    expect(groups?.flatMap((g) => g.members.map((m) => m.userId))).toContain(asker.id);
    expect(await listNetworkMembers(null, n.networkId)).toBeNull();
  });

  it("a decline keeps the reason, mails the person, and they may ask again on the same row", async () => {
    const n = await network();
    const declined = await submit(actions.decideJoinRequestAction, people.coordinator, {
      networkId: n.networkId,
      userId: n.pending.id,
      decision: "decline",
      reason: "Verkosto on vain lähikirjastoille.",
    });
    expect(declined.state?.status).toBe("saved");
    const key = { networkId_userId: { networkId: n.networkId, userId: n.pending.id } };
    expect(await db.networkMembership.findUniqueOrThrow({ where: key })).toMatchObject({
      status: "DECLINED",
      declineReason: "Verkosto on vain lähikirjastoille.",
    });
    await requestToJoin(n.pending, { networkId: n.networkId, message: "Uusi yritys" });
    expect(await db.networkMembership.findUniqueOrThrow({ where: key })).toMatchObject({
      status: "PENDING",
      message: "Uusi yritys",
      declineReason: null,
    });
  });

  it("refuses a second request by a member or a pending person with CONFLICT, writing nothing", async () => {
    const n = await network();
    const before = await written(n.networkId);
    for (const [actor, field] of [
      [people.member, "networks.error.alreadyMember"],
      [n.pending, "networks.error.alreadyPending"],
    ] as const) {
      const outcome = await submit(actions.requestToJoinAction, actor, { networkId: n.networkId, message: "Taas" });
      expect(outcome.state).toMatchObject({ status: "error", fields: { networkId: field } });
    }
    expect(await written(n.networkId)).toEqual(before);
  });

  it("two simultaneous requests by one person make one row, one audit event and one mail per chair", async () => {
    const n = await network();
    const asker = await person("STAFF", "racer");
    for (let round = 0; round < 3; round++) {
      const results = await Promise.allSettled([
        requestToJoin(asker, { networkId: n.networkId, message: "A" }, { client: db }),
        requestToJoin(asker, { networkId: n.networkId, message: "B" }, { client: other }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(refused.reason).toBeInstanceOf(AppError);
      expect((refused.reason as AppError).code).toBe("CONFLICT");
      expect(await db.networkMembership.count({ where: { networkId: n.networkId, userId: asker.id } })).toBe(1);
      // Withdraw, so that the next round races again.
      await leaveNetwork(asker, { networkId: n.networkId });
    }
    const jobs = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Job" WHERE "name" = 'email.networkJoinRequested' AND "payload"->>'userId' = ${asker.id}`;
    expect(jobs[0]!.n).toBe(3);
  });

  it("answers bad input with field messages and writes nothing", async () => {
    const n = await network();
    const before = await written(n.networkId);
    const cases: [Action, Actor, Values, Record<string, string>][] = [
      [
        actions.requestToJoinAction,
        people.otherStaff,
        { networkId: n.networkId, message: "" },
        { message: "validation.required" },
      ],
      [
        actions.requestToJoinAction,
        people.otherStaff,
        { networkId: n.networkId, message: "x".repeat(1_001) },
        { message: "validation.tooLong" },
      ],
      [
        actions.requestToJoinAction,
        people.otherStaff,
        { networkId: "nope", message: "Hei" },
        { networkId: "validation.invalid" },
      ],
      [
        actions.decideJoinRequestAction,
        people.chair,
        { networkId: n.networkId, userId: n.pending.id, decision: "maybe" },
        { decision: "validation.invalid" },
      ],
      [
        actions.removeMemberAction,
        people.chair,
        { networkId: n.networkId, userId: n.member2.id, reason: "" },
        { reason: "validation.required" },
      ],
      [actions.archiveNetworkAction, people.coordinator, { networkId: n.networkId }, { confirm: "validation.invalid" }],
      [
        actions.createNetworkAction,
        people.coordinator,
        { slug: "Ei Kelpaa", name: "", chairUserId: people.member.id },
        { slug: "networks.error.slugFormat", name: "validation.required" },
      ],
    ];
    for (const [action, actor, values, fields] of cases) {
      const outcome = await submit(action, actor, values);
      expect(outcome.state?.status).toBe("error");
      expect(outcome.state?.fields).toMatchObject(fields);
    }
    expect(await written(n.networkId)).toEqual(before);
  });
});

describe("leaving, removal and the chairs", () => {
  it("a member leaves; a chair removes a member with the reason audited", async () => {
    const n = await network();
    expect((await submit(actions.leaveNetworkAction, people.member, { networkId: n.networkId })).state?.status).toBe(
      "saved",
    );
    const removed = await submit(actions.removeMemberAction, people.chair, {
      networkId: n.networkId,
      userId: n.member2.id,
      reason: "Siirtyi toisiin tehtäviin",
    });
    expect(removed.state?.status).toBe("saved");
    const rows = await db.networkMembership.findMany({
      where: { networkId: n.networkId, userId: { in: [people.member.id, n.member2.id] } },
      select: { userId: true, status: true, removalReason: true, leftAt: true },
    });
    expect(rows.find((r) => r.userId === people.member.id)).toMatchObject({ status: "LEFT", removalReason: null });
    expect(rows.find((r) => r.userId === n.member2.id)).toMatchObject({
      status: "LEFT",
      removalReason: "Siirtyi toisiin tehtäviin",
    });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "network.memberRemoved", entityId: `${n.networkId}:${n.member2.id}` },
      select: { actorId: true, summary: true },
    });
    expect(audit).toEqual({ actorId: people.chair.id, summary: "Siirtyi toisiin tehtäviin" });
    // Leaving again: not a member any more.
    await expect(leaveNetwork(people.member, { networkId: n.networkId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("the last chair can neither be removed nor leave; a chair is not removed as a member", async () => {
    const n = await network();
    const before = await written(n.networkId);
    const removeLast = await submit(actions.removeChairAction, people.coordinator, {
      networkId: n.networkId,
      userId: people.chair.id,
    });
    expect(removeLast.state).toMatchObject({ status: "error", fields: { userId: "networks.error.lastChair" } });
    const leave = await submit(actions.leaveNetworkAction, people.chair, { networkId: n.networkId });
    expect(leave.state).toMatchObject({ status: "error", fields: { networkId: "networks.error.lastChair" } });
    const asMember = await submit(actions.removeMemberAction, people.coordinator, {
      networkId: n.networkId,
      userId: people.chair.id,
      reason: "x",
    });
    expect(asMember.state).toMatchObject({ status: "error", fields: { userId: "networks.error.isChair" } });
    expect(await written(n.networkId)).toEqual(before);
  });

  it("two chairs removed at the same moment leave one chair", async () => {
    const n = await network();
    await db.networkMembership.update({
      where: { networkId_userId: { networkId: n.networkId, userId: n.member2.id } },
      data: { role: "CHAIR" },
    });
    const results = await Promise.allSettled([
      removeChair(people.coordinator, { networkId: n.networkId, userId: people.chair.id }, { client: db }),
      removeChair(people.admin, { networkId: n.networkId, userId: n.member2.id }, { client: other }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      await db.networkMembership.count({ where: { networkId: n.networkId, role: "CHAIR", status: "ACTIVE" } }),
    ).toBe(1);
  });

  it("an archived network takes no requests and is not listed", async () => {
    const n = await network();
    expect(
      (await submit(actions.archiveNetworkAction, people.coordinator, { networkId: n.networkId, confirm: "yes" })).state
        ?.status,
    ).toBe("saved");
    const outcome = await submit(actions.requestToJoinAction, people.otherStaff, {
      networkId: n.networkId,
      message: "Hei",
    });
    expect(outcome.state).toMatchObject({ status: "error", fields: { networkId: "networks.error.unknownNetwork" } });
    const { listNetworks } = await import("@/lib/networks/data");
    expect((await listNetworks(null)).map((x) => x.id)).not.toContain(n.networkId);
  });
});

describe("the mails through the job queue", () => {
  it("mails a chair while the request is pending, and the person the decision; skips what has moved on", async () => {
    const { handlers } = await import("@/lib/jobs/handlers");
    const mails: { to: string; subject: string; text: string }[] = [];
    const ctx = {
      db,
      appUrl: "https://pike.test",
      mailer: (m: { to: string; subject: string; text: string }) => {
        mails.push(m);
        return Promise.resolve();
      },
    } as never;
    const n = await network();
    const asker = await person("STAFF", "mailed");
    await requestToJoin(asker, { networkId: n.networkId, message: "Viesti puheenjohtajalle" });
    const payload = { networkId: n.networkId, userId: asker.id, chairId: people.chair.id };
    expect(await handlers["email.networkJoinRequested"](payload, ctx)).toBe("sent");
    expect(mails[0]?.text).toContain("Viesti puheenjohtajalle");
    expect(mails[0]?.text).toContain(`https://pike.test/verkostot/${n.slug}`);
    // A member is no chair: nothing for them.
    expect(await handlers["email.networkJoinRequested"]({ ...payload, chairId: people.member.id }, ctx)).toMatch(
      /^skipped/,
    );

    await decideJoinRequest(people.chair, {
      networkId: n.networkId,
      userId: asker.id,
      decision: "decline",
      reason: "Ryhmä on täynnä",
    });
    expect(await handlers["email.networkJoinRequested"](payload, ctx)).toMatch(/^skipped/);
    const decided = { networkId: n.networkId, userId: asker.id };
    expect(await handlers["email.networkJoinDecided"]({ ...decided, decision: "approved" }, ctx)).toMatch(/^skipped/);
    expect(await handlers["email.networkJoinDecided"]({ ...decided, decision: "declined" }, ctx)).toBe("sent");
    expect(mails.at(-1)?.text).toContain("Ryhmä on täynnä");
    expect(mails.map((m) => m.to)).toHaveLength(2);
  });
});
