// Network announcements (issue 14 item 2) against real PostgreSQL, through the
// server action as a browser's (or a crafted) form post reaches it: a chair of
// that network (or a coordinator) posts one, which is stored with its author
// and queues one mail per active member (not the author, not pending or former
// members); anyone else — a chair of another network naming this one included
// — is refused and nothing is written or queued; bad input gets field
// messages; the page's list is for signed-in readers only; the mail handler
// sends the text and skips someone who left meanwhile.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";
import { createUsers, removeCreated, uniq } from "./enrolment-fixtures";
import { submit, type Values } from "./support/server-actions";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const { postAnnouncementAction } = await import("@/lib/networks/announcements/actions");
const { listAnnouncements } = await import("@/lib/networks/announcements/data");
const { handlers } = await import("@/lib/jobs/handlers");

let db: Db;
type Caller = "signedOut" | "member" | "otherStaff" | "chair" | "otherChair" | "coordinator" | "admin";
let people: Record<Exclude<Caller, "signedOut">, Actor> & { pending: Actor; former: Actor };
const networkIds: string[] = [];

async function person(role: Role, prefix: string): Promise<Actor> {
  return (await createUsers(db, 1, { roles: [role], prefix: `netann-${prefix}-${uniq()}` }))[0]!;
}

async function network(chair: Actor = people.chair) {
  const now = new Date();
  const row = await db.network.create({
    data: {
      slug: `test-netann-${uniq()}`,
      name: `Tiedoteverkosto ${uniq()}`,
      memberships: {
        create: [
          { userId: chair.id, role: "CHAIR", status: "ACTIVE", joinedAt: now },
          { userId: people.member.id, role: "MEMBER", status: "ACTIVE", joinedAt: now },
          { userId: people.pending.id, role: "MEMBER", status: "PENDING", requestedAt: now },
          { userId: people.former.id, role: "MEMBER", status: "LEFT", joinedAt: now, leftAt: now },
        ],
      },
    },
    select: { id: true, slug: true, name: true },
  });
  networkIds.push(row.id);
  return row;
}

const announcement = (networkId: string, overrides: Values = {}): Values => ({
  networkId,
  title: "Syystapaamisen esityslista",
  body: "Hei kaikki!\r\nTapaamme 12.11. klo 13.\n\nTuokaa kuulumiset.",
  ...overrides,
});

/** Everything posting writes for the network: announcements, their mail jobs, audit events. */
async function written(networkId: string) {
  const ids = (await db.networkAnnouncement.findMany({ where: { networkId }, select: { id: true } })).map((a) => a.id);
  const [jobs, audits] = await Promise.all([
    db.job.count({ where: { name: "email.networkAnnouncement", dedupeKey: { startsWith: "network-announcement:" } } }),
    db.auditEvent.count({ where: { action: "network.announcement.post", entityId: { in: ids } } }),
  ]);
  return { announcements: ids.length, jobs, audits };
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
    admin: await person("ADMIN", "admin"),
    pending: await person("STAFF", "pending"),
    former: await person("STAFF", "former"),
  };
});

afterAll(async () => {
  await db.job.deleteMany({
    where: { name: "email.networkAnnouncement", dedupeKey: { startsWith: "network-announcement:" } },
  });
  await db.network.deleteMany({ where: { id: { in: networkIds } } });
  await removeCreated(db);
  await db.$disconnect();
});

describe("who may post an announcement", () => {
  const allowed: Caller[] = ["chair", "coordinator", "admin"];
  for (const caller of [
    "signedOut",
    "member",
    "otherStaff",
    "chair",
    "otherChair",
    "coordinator",
    "admin",
  ] as Caller[]) {
    const may = allowed.includes(caller);
    it(`${caller} ${may ? "may" : "may not (and nothing is written or mailed)"}`, async () => {
      const n = await network();
      const before = await written(n.id);
      const outcome = await submit(postAnnouncementAction, actorOf(caller), announcement(n.id));
      if (may) {
        expect(outcome.redirect).toBe(`/verkostot/${n.slug}?tehty=tiedote#tiedotteet`);
        expect((await written(n.id)).announcements).toBe(1);
      } else {
        expect(outcome.state).toMatchObject({
          status: "error",
          formError: caller === "signedOut" ? "form.error.UNAUTHENTICATED" : "form.error.FORBIDDEN",
        });
        expect(await written(n.id)).toEqual(before);
      }
    });
  }

  it("a chair of another network naming this network is refused, and nothing is written or mailed", async () => {
    await network(people.otherChair);
    const theirs = await network();
    const before = await written(theirs.id);
    const outcome = await submit(postAnnouncementAction, people.otherChair, announcement(theirs.id));
    expect(outcome.state?.formError).toBe("form.error.FORBIDDEN");
    expect(await written(theirs.id)).toEqual(before);
  });

  it("an archived network takes none", async () => {
    const n = await network();
    await db.network.update({ where: { id: n.id }, data: { archivedAt: new Date() } });
    const outcome = await submit(postAnnouncementAction, people.chair, announcement(n.id));
    expect(outcome.state).toMatchObject({ status: "error", fields: { networkId: "networks.error.unknownNetwork" } });
    expect((await written(n.id)).announcements).toBe(0);
  });
});

describe("posting", () => {
  it("stores the text with its author and queues one mail per active member but the author", async () => {
    const n = await network();
    await submit(postAnnouncementAction, people.chair, announcement(n.id));
    const [row] = await db.networkAnnouncement.findMany({ where: { networkId: n.id } });
    expect(row).toMatchObject({
      authorId: people.chair.id,
      title: "Syystapaamisen esityslista",
      body: "Hei kaikki!\nTapaamme 12.11. klo 13.\n\nTuokaa kuulumiset.",
    });
    const jobs = await db.job.findMany({
      where: { name: "email.networkAnnouncement", dedupeKey: { startsWith: `network-announcement:${row!.id}:` } },
      select: { payload: true },
    });
    expect(jobs.map((job) => (job.payload as { userId: string }).userId)).toEqual([people.member.id]);

    // The mail: the subject names the network, the text is as written, the link leads to the network.
    const mails: { to: string; subject: string; text: string }[] = [];
    const ctx = {
      db,
      appUrl: "https://pike.test",
      mailer: (m: { to: string; subject: string; text: string }) => {
        mails.push(m);
        return Promise.resolve();
      },
    } as never;
    const payload = { announcementId: row!.id, userId: people.member.id };
    expect(await handlers["email.networkAnnouncement"](payload, ctx)).toBe("sent");
    const memberEmail = (await db.user.findUniqueOrThrow({ where: { id: people.member.id } })).email;
    expect(mails[0]).toMatchObject({ to: memberEmail, subject: `${n.name}: Syystapaamisen esityslista` });
    expect(mails[0]!.text).toContain("Tapaamme 12.11. klo 13.");
    expect(mails[0]!.text).toContain(`https://pike.test/verkostot/${n.slug}`);
    // Someone who left before the queue got to them is not mailed.
    await db.networkMembership.update({
      where: { networkId_userId: { networkId: n.id, userId: people.member.id } },
      data: { status: "LEFT", leftAt: new Date() },
    });
    expect(await handlers["email.networkAnnouncement"](payload, ctx)).toMatch(/^skipped/);
    expect(mails).toHaveLength(1);
  });

  it("bad input gets field messages and writes nothing", async () => {
    const n = await network();
    const before = await written(n.id);
    const cases: [Values, Record<string, string>][] = [
      [{ title: "" }, { title: "validation.required" }],
      [{ title: "   " }, { title: "validation.required" }],
      [{ body: "" }, { body: "validation.required" }],
      [{ title: "Rivi\nrivi" }, { title: "networkAnnouncements.error.titleLine" }],
      [{ title: "x".repeat(151) }, { title: "validation.tooLong" }],
      [{ body: "x".repeat(4001) }, { body: "validation.tooLong" }],
      [{ networkId: "ei-tunniste" }, { networkId: "validation.invalid" }],
    ];
    for (const [overrides, fields] of cases) {
      const outcome = await submit(postAnnouncementAction, people.chair, announcement(n.id, overrides));
      expect(outcome.state, JSON.stringify(overrides)).toMatchObject({ status: "error", fields });
    }
    expect(await written(n.id)).toEqual(before);
  });
});

describe("the list on the network page", () => {
  it("is for signed-in readers, newest first, with the author", async () => {
    const n = await network();
    await submit(postAnnouncementAction, people.chair, announcement(n.id, { title: "Ensimmäinen" }));
    await submit(postAnnouncementAction, people.coordinator, announcement(n.id, { title: "Toinen" }));
    expect(await listAnnouncements(null, n.id)).toBeNull();
    const list = await listAnnouncements(people.otherStaff, n.id);
    expect(list?.map((a) => a.title)).toEqual(["Toinen", "Ensimmäinen"]);
    expect(list?.[1]?.author?.name).toBe((await db.user.findUnique({ where: { id: people.chair.id } }))?.name);
  });
});
