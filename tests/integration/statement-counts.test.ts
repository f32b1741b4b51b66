// Signed-in pages are cheap (issue 10, point 4): the loaders each main page
// calls send a fixed number of SQL statements, within a budget, and the same
// number when its list is ten times longer (no query per row). The statements
// are counted at the pg driver (./support/statements.ts), so transactions and
// whatever Prisma splits a nested read into are counted too. Each page's
// loaders are called as the page calls them; the session read (getActor) is
// not counted here: it is the layout's and is the same for every page.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import type { Db } from "@/lib/db/client";
import { countStatements, installCountingDb } from "./support/statements";
import { createMeetingRow, loadMeetingCast } from "./meetings-admin-fixtures";
import { createSession, createUsers, uniq } from "./enrolment-fixtures";

const db: Db = installCountingDb();

const { getMeetingForActor, getMeetingHeaderForActor, listMeetingsForActor } = await import("@/lib/meetings/data");
const { getNewsRoundPage } = await import("@/lib/news-round/data");
const { getDecisionsEditor, listActionItemsPage, listPreviousActionItems } = await import("@/lib/action-items/data");
const { getTrainingMenu, listThemes, listVenueLibraries, getPublishedOffering } = await import("@/lib/trainings/data");
const { getEnrolmentPanels, listMyEnrolments } = await import("@/lib/enrolments/data");
const { getInterestState } = await import("@/lib/interests/data");
const { feedbackGivenFor } = await import("@/lib/feedback/data");
const { recordAttendance, removeAgendaItem } = await import("@/lib/meetings/mutations");

const DAY = 24 * 3600 * 1000;
/** The budget of the issue: a page's data in at most five statements. */
const BUDGET = 5;

let coordinator: Actor;
let member: Actor;

beforeAll(async () => {
  ({ coordinator } = await loadMeetingCast(db));
  member = (await createUsers(db, 1, { roles: ["STAFF", "STEERING"], prefix: `counts-${uniq()}` }))[0]!;
});

/**
 * Counts the page's statements with its lists `n` long and again `10 n` long;
 * returns both counts (they must be equal) and checks the page saw the rows.
 */
async function countAtTwoLengths(
  grow: (count: number) => Promise<void>,
  page: () => Promise<number>,
  n = 3,
): Promise<{ short: number; long: number }> {
  await grow(n);
  const short = await countStatements(page);
  await grow(9 * n);
  const long = await countStatements(page);
  expect(long.result - short.result, "the longer list shows on the page").toBeGreaterThanOrEqual(9 * n);
  return { short: short.statements.length, long: long.statements.length };
}

describe("statements per page", () => {
  it("the meeting page and its decisions page: agenda, materials, attendees, decisions, action items, previous action items", async () => {
    const earlier = await createMeetingRow(db, { status: "MINUTES_APPROVED", daysAhead: -400 });
    const meeting = await createMeetingRow(db, { status: "MINUTES_DRAFT", daysAhead: -300 });
    let position = 100;
    const grow = async (count: number) => {
      const users = await createUsers(db, count, { prefix: `attendee-${uniq()}` });
      await db.meetingAttendance.createMany({ data: users.map((u) => ({ meetingId: meeting.id, userId: u.id })) });
      for (let i = 0; i < count; i++) {
        position += 1;
        const item = await db.agendaItem.create({
          data: { meetingId: meeting.id, position, title: `Kohta ${position}`, minutes: `Muistio **${position}**` },
          select: { id: true },
        });
        await db.material.create({
          data: { agendaItemId: item.id, kind: "LINK", title: `Linkki ${position}`, url: "https://example.org/" },
        });
        await db.decision.create({
          data: { meetingId: meeting.id, agendaItemId: item.id, text: `Päätös ${position}` },
        });
        await db.actionItem.create({
          data: {
            originMeetingId: meeting.id,
            agendaItemId: item.id,
            title: `Tehtävä ${position}`,
            ownerUserId: users[i]!.id,
          },
        });
        await db.actionItem.create({
          data: { originMeetingId: earlier.id, title: `Aiempi ${position}`, ownerUserId: users[i]!.id },
        });
      }
    };
    // As app/[locale]/kokoukset/[id]/page.tsx: the meeting (shared with
    // generateMetadata through React's cache), then the previous action items.
    const page = async () => {
      const detail = await getMeetingForActor(coordinator, meeting.id);
      if (!detail) throw new Error("meeting not visible");
      const previous = detail.items.some((item) => item.kind === "PREVIOUS_ACTIONS")
        ? await listPreviousActionItems(coordinator, detail)
        : null;
      return Math.min(detail.items.length, detail.actionItems.length, previous?.length ?? 0);
    };
    const { short, long } = await countAtTwoLengths(grow, page);
    expect(long).toBe(short);
    expect(short).toBeLessThanOrEqual(BUDGET);

    // As app/[locale]/kokoukset/[id]/paatokset/page.tsx: the editor and the previous items by id, side by side.
    const decisionsPage = async () => {
      const [editor, previous] = await Promise.all([
        getDecisionsEditor(coordinator, meeting.id),
        listPreviousActionItems(coordinator, meeting.id),
      ]);
      return Math.min(editor?.actionItems.length ?? 0, previous?.length ?? 0);
    };
    const decisions = await countAtTwoLengths(grow, decisionsPage);
    expect(decisions.long).toBe(decisions.short);
    expect(decisions.short).toBeLessThanOrEqual(BUDGET);
  });

  it("the meetings list", async () => {
    const grow = async (count: number) => {
      for (let i = 0; i < count; i++)
        await createMeetingRow(db, { status: "AGENDA_PUBLISHED", daysAhead: i % 2 ? 60 : -60 });
    };
    // As app/[locale]/kokoukset/(list)/page.tsx.
    const page = async () => {
      const { upcoming, past } = await listMeetingsForActor(member);
      return upcoming.length + past.length;
    };
    const { short, long } = await countAtTwoLengths(grow, page);
    expect(long).toBe(short);
    expect(short).toBeLessThanOrEqual(BUDGET);
  });

  it("the action items page (/toimenpiteet)", async () => {
    const origin = await createMeetingRow(db, { status: "MINUTES_APPROVED", daysAhead: -500 });
    const later = await createMeetingRow(db, { status: "MINUTES_APPROVED", daysAhead: -450 });
    const grow = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const item = await db.actionItem.create({
          data: {
            originMeetingId: origin.id,
            agendaItemId: origin.itemIds[i % origin.itemIds.length],
            title: `Toimenpide ${uniq()}`,
            ownerUserId: member.id,
            dueDate: new Date("2030-01-31"),
          },
          select: { id: true },
        });
        await db.actionItemReview.create({
          data: { actionItemId: item.id, meetingId: later.id, outcome: "CARRIED_ON" },
        });
      }
    };
    // As app/[locale]/toimenpiteet/(list)/page.tsx with "mine" ticked: its first page.
    const page = async () =>
      (await listActionItemsPage(member, { status: "OPEN", ownerUserId: member.id }, { limit: 50, cursor: "0" })).items
        .length;
    const { short, long } = await countAtTwoLengths(grow, page);
    expect(long).toBe(short);
    expect(short).toBeLessThanOrEqual(BUDGET);
  });

  it("the training menu and an offering's page", async () => {
    const { id: firstSession, offeringSlug } = await createSession(db, { capacity: 30 });
    const { offeringId } = await db.trainingSession.findUniqueOrThrow({
      where: { id: firstSession },
      select: { offeringId: true },
    });
    const grow = async (count: number) => {
      const base = Date.now() + 40 * DAY;
      const sessions = await db.trainingSession.createManyAndReturn({
        data: Array.from({ length: count }, () => ({
          offeringId,
          startsAt: new Date(base + Math.floor(Math.random() * 100) * DAY),
          endsAt: new Date(base + 101 * DAY),
          place: "Testikirjasto",
          capacity: 10,
          registrationOpensAt: new Date(Date.now() - DAY),
        })),
        select: { id: true },
      });
      await db.enrolment.createMany({
        data: sessions.map((s) => ({ sessionId: s.id, userId: member.id, status: "CONFIRMED" as const })),
      });
    };
    // As app/[locale]/koulutukset/(list)/page.tsx (the same loader, narrowed to this offering so
    // that its sessions fill the first page: the menu shows a page of MENU_PAGE_SIZE at a time).
    const q = offeringSlug.replace("test-offering-", "");
    const menu = async () => {
      const [page] = await Promise.all([getTrainingMenu({ q }), listThemes(), listVenueLibraries()]);
      return page.sessions.filter((s) => s.offering.slug === offeringSlug).length;
    };
    // As app/[locale]/koulutukset/[slug]/page.tsx for a signed-in member.
    const offering = async () => {
      const detail = await getPublishedOffering(offeringSlug);
      if (!detail) throw new Error("offering not published");
      const upcoming = detail.upcomingSessions.filter((s) => s.status === "SCHEDULED");
      const panels = await getEnrolmentPanels(
        member,
        upcoming.map((s) => s.id),
      );
      await getInterestState(member, offeringSlug);
      return Object.values(panels).filter((p) => p.enrolment).length;
    };
    // 1 + 2 and then 1 + 20 of its sessions: both fit on the first page.
    const menuCounts = await countAtTwoLengths(grow, menu, 2);
    expect(menuCounts.long).toBe(menuCounts.short);
    expect(menuCounts.short).toBeLessThanOrEqual(BUDGET);
    const offeringCounts = await countAtTwoLengths(grow, offering);
    expect(offeringCounts.long).toBe(offeringCounts.short);
    expect(offeringCounts.short).toBeLessThanOrEqual(BUDGET);
  });

  it("Omat koulutukset (listMyEnrolments and the feedback given)", async () => {
    const { id: firstSession } = await createSession(db, { capacity: 30 });
    const { offeringId } = await db.trainingSession.findUniqueOrThrow({
      where: { id: firstSession },
      select: { offeringId: true },
    });
    const learner = (await createUsers(db, 1, { prefix: `learner-${uniq()}` }))[0]!;
    const grow = async (count: number) => {
      const sessions = await db.trainingSession.createManyAndReturn({
        data: Array.from({ length: count }, (_, i) => ({
          offeringId,
          startsAt: new Date(Date.now() + (i % 2 ? 50 : -50 - i) * DAY),
          endsAt: new Date(Date.now() + (i % 2 ? 51 : -49 - i) * DAY),
          place: "Testikirjasto",
          capacity: 10,
        })),
        select: { id: true, startsAt: true },
      });
      const enrolments = await db.enrolment.createManyAndReturn({
        data: sessions.map((s) => ({
          sessionId: s.id,
          userId: learner.id,
          status: s.startsAt.getTime() < Date.now() ? ("ATTENDED" as const) : ("CONFIRMED" as const),
        })),
        select: { id: true, status: true },
      });
      await db.feedback.createMany({
        data: enrolments.filter((e) => e.status === "ATTENDED").map((e) => ({ enrolmentId: e.id, rating: 5 })),
      });
    };
    // As app/[locale]/omat-koulutukset/page.tsx.
    const page = async () => {
      const { upcoming, past } = await listMyEnrolments(learner);
      const given = await feedbackGivenFor(
        learner,
        past.filter((e) => e.status === "ATTENDED").map((e) => e.id),
      );
      return upcoming.length + past.length + given.size * 0;
    };
    const { short, long } = await countAtTwoLengths(grow, page);
    expect(long).toBe(short);
    expect(short).toBeLessThanOrEqual(BUDGET);
  });

  it("the news round page reads the meeting's header only, not its agenda", async () => {
    const meeting = await createMeetingRow(db, { status: "AGENDA_PUBLISHED", daysAhead: 20 });
    await db.agendaItem.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        meetingId: meeting.id,
        position: 100 + i,
        title: `Kohta ${i}`,
        minutes: "x".repeat(1000),
      })),
    });
    // As app/[locale]/kokoukset/[id]/kuulumiset/page.tsx for a coordinator (the overview too).
    const { result, statements } = await countStatements(async () => {
      const header = await getMeetingHeaderForActor(coordinator, meeting.id);
      if (!header) throw new Error("meeting not visible");
      return { header, page: await getNewsRoundPage(coordinator, header, undefined) };
    });
    expect(Object.keys(result.header).sort()).toEqual(["id", "secretaryId", "status", "title"]);
    expect(result.header.status).toBe("AGENDA_PUBLISHED");
    expect(result.page?.manage).toBe(true);
    expect(statements.length).toBeLessThanOrEqual(BUDGET);
    expect(statements.join("\n")).not.toContain('"AgendaItem"');
  });
});

describe("statements per write, batched: the same number however many rows change", () => {
  it("removing the first agenda item renumbers the rest in one statement", async () => {
    const counts: number[] = [];
    for (const length of [6, 60]) {
      const meeting = await createMeetingRow(db, { status: "PLANNED" });
      await db.agendaItem.createMany({
        data: Array.from({ length: length - meeting.itemIds.length }, (_, i) => ({
          meetingId: meeting.id,
          position: 100 + i,
          title: `Kohta ${i}`,
        })),
      });
      const { statements } = await countStatements(() =>
        removeAgendaItem(coordinator, { meetingId: meeting.id, itemId: meeting.itemIds[0]!, confirm: "yes" }),
      );
      const positions = (
        await db.agendaItem.findMany({ where: { meetingId: meeting.id }, select: { position: true } })
      ).map((i) => i.position);
      expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: length - 1 }, (_, i) => i + 1));
      counts.push(statements.length);
    }
    expect(counts[1]).toBe(counts[0]);
  });

  it("recording a meeting's attendance updates by status, not by person", async () => {
    const counts: number[] = [];
    for (const people of [3, 30]) {
      const users = await createUsers(db, people, { prefix: `present-${uniq()}` });
      const meeting = await createMeetingRow(db, { status: "AGENDA_PUBLISHED", attendeeIds: users.map((u) => u.id) });
      const attendance = Object.fromEntries(users.map((u, i) => [u.id, i % 3 ? "PRESENT" : "ABSENT"] as const));
      const { result, statements } = await countStatements(() =>
        recordAttendance(coordinator, { meetingId: meeting.id, attendance }),
      );
      expect(result.changed).toBe(people);
      const stored = await db.meetingAttendance.findMany({
        where: { meetingId: meeting.id },
        select: { userId: true, status: true },
      });
      expect(Object.fromEntries(stored.map((a) => [a.userId, a.status]))).toEqual(attendance);
      counts.push(statements.length);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});
