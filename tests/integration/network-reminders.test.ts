// The stale join-request reminder (issue 14 item 1) on real PostgreSQL: a
// request pending for 14 days reminds each active chair of that network once
// — with two workers running at the same moment too — and never for a newer
// request, a decided one, one already reminded, an archived network, or the
// chairs of other networks; the mail lists the waiting requests; asking again
// after leaving starts the count anew.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { sendDueJoinRequestReminders } from "@/lib/networks/reminders/mutations";
import { createUsers, removeCreated, uniq } from "./enrolment-fixtures";

let db: Db;
let other: Db;
const networkIds: string[] = [];
const NOW = new Date("2027-03-15T08:00:00Z");
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

async function people(n: number): Promise<Actor[]> {
  return createUsers(db, n, { prefix: `remind-${uniq()}` });
}

async function network(options: { chairs: Actor[]; archived?: boolean }) {
  const row = await db.network.create({
    data: {
      slug: `test-remind-${uniq()}`,
      name: `Muistutusverkosto ${uniq()}`,
      archivedAt: options.archived ? daysAgo(1) : null,
      memberships: {
        create: options.chairs.map((c) => ({ userId: c.id, role: "CHAIR" as const, status: "ACTIVE" as const })),
      },
    },
    select: { id: true, slug: true },
  });
  networkIds.push(row.id);
  return row;
}

async function ask(
  networkId: string,
  who: Actor,
  requestedAt: Date,
  status: "PENDING" | "ACTIVE" | "DECLINED" = "PENDING",
) {
  await db.networkMembership.create({
    data: { networkId, userId: who.id, status, requestedAt, message: "Mukaan?" },
  });
}

async function reminders(networkId: string) {
  const jobs = await db.job.findMany({
    where: { name: "email.networkJoinRequestsStale", payload: { path: ["networkId"], equals: networkId } },
    select: { payload: true },
  });
  return jobs.map((j) => (j.payload as { chairId: string }).chairId).sort();
}

beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  other = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
});
afterAll(async () => {
  await db.$executeRaw`DELETE FROM "Job" WHERE "name" = 'email.networkJoinRequestsStale'`;
  await db.network.deleteMany({ where: { id: { in: networkIds } } });
  await removeCreated(db);
  await Promise.all([db.$disconnect(), other.$disconnect()]);
});

describe("the stale join-request reminder", () => {
  it("reminds each chair once, with two workers at the same moment, and not again", async () => {
    const [chairA, chairB, stale1, stale2, fresh, decided] = await people(6);
    const n = await network({ chairs: [chairA!, chairB!] });
    await ask(n.id, stale1!, daysAgo(20));
    await ask(n.id, stale2!, daysAgo(14));
    await ask(n.id, fresh!, daysAgo(13));
    await ask(n.id, decided!, daysAgo(30), "DECLINED");
    await Promise.all([sendDueJoinRequestReminders(db, NOW), sendDueJoinRequestReminders(other, NOW)]);
    expect(await reminders(n.id)).toEqual([chairA!.id, chairB!.id].sort());
    const marked = await db.networkMembership.findMany({
      where: { networkId: n.id, reminderSentAt: { not: null } },
      select: { userId: true },
    });
    expect(marked.map((m) => m.userId).sort()).toEqual([stale1!.id, stale2!.id].sort());
    // A later run does not remind of the same requests again…
    await sendDueJoinRequestReminders(db, new Date(NOW.getTime() + 12 * 3_600_000));
    expect(await reminders(n.id)).toHaveLength(2);
    // …and the newer one is reminded of in its turn, once it has waited 14 days.
    await sendDueJoinRequestReminders(db, new Date(NOW.getTime() + 3 * 86_400_000));
    expect(await reminders(n.id)).toHaveLength(4);
    expect(
      await db.networkMembership.count({
        where: { networkId: n.id, userId: fresh!.id, reminderSentAt: { not: null } },
      }),
    ).toBe(1);

    // The mail lists the waiting requests; a chair released meanwhile is skipped.
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
    expect(await handlers["email.networkJoinRequestsStale"]({ networkId: n.id, chairId: chairA!.id }, ctx)).toBe(
      "sent",
    );
    expect(mails[0]?.subject).toMatch(/^3 liittymispyyntöä odottaa/);
    expect(mails[0]?.text).toContain(`https://pike.test/verkostot/${n.slug}`);
    await db.networkMembership.update({
      where: { networkId_userId: { networkId: n.id, userId: chairB!.id } },
      data: { role: "MEMBER" },
    });
    expect(await handlers["email.networkJoinRequestsStale"]({ networkId: n.id, chairId: chairB!.id }, ctx)).toMatch(
      /^skipped/,
    );
  });

  it("leaves archived networks and other networks' chairs alone", async () => {
    const [chair, otherChair, asker, asker2] = await people(4);
    const archived = await network({ chairs: [chair!], archived: true });
    const quiet = await network({ chairs: [otherChair!] });
    await ask(archived.id, asker!, daysAgo(30));
    await ask(quiet.id, asker2!, daysAgo(2));
    await sendDueJoinRequestReminders(db, NOW);
    expect(await reminders(archived.id)).toEqual([]);
    expect(await reminders(quiet.id)).toEqual([]);
  });

  it("asking again after leaving starts anew: the new request is reminded of in its turn", async () => {
    const { requestToJoin, leaveNetwork } = await import("@/lib/networks/mutations");
    const [chair, asker] = await people(2);
    const n = await network({ chairs: [chair!] });
    await ask(n.id, asker!, daysAgo(20));
    await sendDueJoinRequestReminders(db, NOW);
    await leaveNetwork(asker!, { networkId: n.id }, { client: db });
    await requestToJoin(asker!, { networkId: n.id, message: "Uudestaan" }, { client: db, now: NOW });
    const row = await db.networkMembership.findUniqueOrThrow({
      where: { networkId_userId: { networkId: n.id, userId: asker!.id } },
      select: { status: true, reminderSentAt: true },
    });
    expect(row).toEqual({ status: "PENDING", reminderSentAt: null });
  });
});
