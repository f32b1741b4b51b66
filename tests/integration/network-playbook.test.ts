// A network's playbook revisions (issue 14 item 2, ADR 29) against real
// PostgreSQL, through the server action as a browser's (or a crafted) form
// post reaches it: only this network's chair or a coordinator may save, the
// others are refused and nothing is written; bad input gets field messages;
// every save is a revision kept in order with its author; a save based on an
// older revision is a conflict.
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

const { savePlaybookAction } = await import("@/lib/networks/playbook/actions");
const { getPlaybookHistory } = await import("@/lib/networks/playbook/data");

let db: Db;
type Caller = "signedOut" | "member" | "otherStaff" | "chair" | "otherChair" | "coordinator";
let people: Record<Exclude<Caller, "signedOut">, Actor>;
const networkIds: string[] = [];

async function person(role: Role, prefix: string): Promise<Actor> {
  return (await createUsers(db, 1, { roles: [role], prefix: `pb-${prefix}-${uniq()}` }))[0]!;
}

async function network(): Promise<string> {
  const row = await db.network.create({
    data: {
      slug: `test-playbook-${uniq()}`,
      name: "Pelikirjaverkosto",
      memberships: {
        create: [
          { userId: people.chair.id, role: "CHAIR", status: "ACTIVE", joinedAt: new Date() },
          { userId: people.member.id, role: "MEMBER", status: "ACTIVE", joinedAt: new Date() },
        ],
      },
    },
    select: { id: true },
  });
  networkIds.push(row.id);
  return row.id;
}

async function written(networkId: string) {
  const [net, revisions, audits] = await Promise.all([
    db.network.findUniqueOrThrow({ where: { id: networkId }, select: { description: true, playbook: true } }),
    db.playbookRevision.count({ where: { networkId } }),
    db.auditEvent.count({ where: { entityId: networkId } }),
  ]);
  return { net, revisions, audits };
}

const actorOf = (caller: Caller): Actor | null => (caller === "signedOut" ? null : people[caller]);

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  people = {
    member: await person("STAFF", "member"),
    otherStaff: await person("SUPERVISOR", "other"),
    chair: await person("STAFF", "chair"),
    otherChair: await person("STAFF", "otherchair"),
    coordinator: await person("COORDINATOR", "coord"),
  };
  const other = await db.network.create({
    data: {
      slug: `test-playbook-other-${uniq()}`,
      name: "Toinen",
      memberships: { create: { userId: people.otherChair.id, role: "CHAIR", status: "ACTIVE" } },
    },
    select: { id: true },
  });
  networkIds.push(other.id);
});
afterAll(async () => {
  await db.auditEvent.deleteMany({ where: { entityId: { in: networkIds } } });
  await db.network.deleteMany({ where: { id: { in: networkIds } } });
  await removeCreated(db);
  await db.$disconnect();
});

describe("savePlaybookAction: who may", () => {
  const refused: Caller[] = ["signedOut", "member", "otherStaff", "otherChair"];
  it.each(refused)("refuses %s and writes nothing", async (caller) => {
    const networkId = await network();
    const before = await written(networkId);
    const outcome = await submit(savePlaybookAction, actorOf(caller), {
      networkId,
      description: "Kaapattu",
      playbook: "# Kaapattu",
    });
    expect(outcome.state?.status).toBe("error");
    expect(await written(networkId)).toEqual(before);
  });

  it.each(["chair", "coordinator"] as const)("lets %s save, with a revision and an audit event", async (caller) => {
    const networkId = await network();
    const outcome = await submit(savePlaybookAction, people[caller], {
      networkId,
      description: "Kuvaus",
      playbook: "# Pelikirja\r\n\r\nTeksti  ",
    });
    expect(outcome.state?.status).toBe("saved");
    const after = await written(networkId);
    expect(after).toEqual({
      net: { description: "Kuvaus", playbook: "# Pelikirja\n\nTeksti" },
      revisions: 1,
      audits: 1,
    });
  });
});

describe("savePlaybookAction: input", () => {
  it("answers bad input with field messages and writes nothing", async () => {
    const networkId = await network();
    const before = await written(networkId);
    const outcome = await submit(savePlaybookAction, people.chair, {
      networkId,
      description: "x".repeat(2_001),
      playbook: "y".repeat(50_001),
    });
    expect(outcome.state?.status).toBe("error");
    expect(outcome.state?.fields?.playbook).toBeTruthy();
    expect(outcome.state?.fields?.description).toBeTruthy();
    expect(await written(networkId)).toEqual(before);
    const unknown = await submit(savePlaybookAction, people.coordinator, { networkId: "nope", playbook: "a" });
    expect(unknown.state?.fields?.networkId).toBeTruthy();
  });
});

describe("savePlaybookAction: revisions", () => {
  it("keeps every save in order with its author, and refuses a stale base", async () => {
    const networkId = await network();
    const first = await submit(savePlaybookAction, people.chair, { networkId, playbook: "Ensimmäinen" });
    const base1 = first.state?.values?.baseRevisionId;
    expect(base1).toBeTruthy();
    const second = await submit(savePlaybookAction, people.coordinator, {
      networkId,
      baseRevisionId: base1,
      playbook: "Toinen",
    });
    expect(second.state?.status).toBe("saved");
    // The chair saves again from the first version: a conflict, nothing written.
    const before = await written(networkId);
    const stale = await submit(savePlaybookAction, people.chair, {
      networkId,
      baseRevisionId: base1,
      playbook: "Kolmas",
    });
    expect(stale.state?.status).toBe("error");
    expect(stale.state?.fields?.playbook).toBeTruthy();
    expect(stale.state?.values?.baseRevisionId).toBe(second.state?.values?.baseRevisionId);
    expect(await written(networkId)).toEqual(before);
    // The same text again is no revision.
    const same = await submit(savePlaybookAction, people.chair, { networkId, playbook: "Toinen" });
    expect(same.state?.status).toBe("saved");

    const revisions = await db.playbookRevision.findMany({
      where: { networkId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { playbook: true, authorId: true },
    });
    expect(revisions).toEqual([
      { playbook: "Ensimmäinen", authorId: people.chair.id },
      { playbook: "Toinen", authorId: people.coordinator.id },
    ]);
    expect((await written(networkId)).net.playbook).toBe("Toinen");
    const { slug } = await db.network.findUniqueOrThrow({ where: { id: networkId }, select: { slug: true } });
    const history = await getPlaybookHistory(slug, db);
    expect(history?.total).toBe(2);
    const nameOf = async (id: string) =>
      (await db.user.findUniqueOrThrow({ where: { id }, select: { name: true } })).name;
    expect(history?.revisions.map((r) => [r.playbook, r.author?.name])).toEqual([
      ["Toinen", await nameOf(people.coordinator.id)],
      ["Ensimmäinen", await nameOf(people.chair.id)],
    ]);
  });
});
