// A colleague without a name (issue 9): wherever others see them — the
// attendee list of approved minutes that every member reads, the meeting's
// JSON, a poll's respondents, a news-round entry's author, a minutes
// revision's author, an action item's owner, the coordinators' pickers, the
// agenda mail's presenter — they are "Työntekijä (Muuramen kirjasto)", and no
// loader even carries their address. Loaded from the real database, the lists
// rendered with the app's own components.
import { randomUUID } from "node:crypto";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AttendeeList } from "@/components/meetings/attendee-list";
import { NewsRoundOverviewTable } from "@/components/news-round/overview-table";
import { RevisionList } from "@/components/revisions/revision-list";
import { ownerLabel } from "@/lib/action-items/rules";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { OutgoingMail } from "@/lib/email";
import { translator } from "@/lib/i18n/translate";
import { handlers } from "@/lib/jobs/handlers";
import { getMeetingForEdit, listMeetingPeople } from "@/lib/meetings/admin/data";
import { meetingJson } from "@/lib/meetings/api";
import { getMeetingForActor } from "@/lib/meetings/data";
import { getMinutesHistory } from "@/lib/minutes/data";
import { getNewsRoundOverview } from "@/lib/news-round/data";
import { getPollForActor } from "@/lib/polls/data";
import { displayName } from "@/lib/users/rules";
import { allActionItems } from "./support/action-items";

const fi = translator("fi");
const SHOWN_AS = "Työntekijä (Muuramen kirjasto)";

let db: Db;
let nameless: { id: string; email: string };
let staff: Actor;
let hanna: Actor;
let coordinator: Actor;
const created = { meetings: [] as string[], polls: [] as string[] };

async function actorOf(email: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, roles: true, libraryId: true },
  });
  return { id: user.id, roles: user.roles, libraryId: user.libraryId };
}

/** A meeting with the nameless colleague invited, presenting the opening and saving its minutes. */
async function meetingWith(status: "AGENDA_PUBLISHED" | "MINUTES_APPROVED") {
  const startsAt = new Date(Date.now() + 20 * 24 * 3600_000);
  const meeting = await db.meeting.create({
    data: {
      title: `Nimetön kollega ${randomUUID().slice(0, 8)}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
      location: "Muuramen kirjasto",
      status,
      approvedAt: status === "MINUTES_APPROVED" ? new Date() : null,
      chairId: nameless.id,
      attendances: { create: [{ userId: nameless.id }, { userId: hanna.id }] },
      agendaItems: {
        create: [
          { position: 1, kind: "OPENING", title: "Kokouksen avaus", presenterId: nameless.id, minutes: "Avattiin." },
          { position: 2, kind: "NEWS_ROUND", title: "Kuulumiskierros" },
        ],
      },
      libraryUpdates: {
        create: [{ libraryId: staffLibrary(), authorId: nameless.id, body: "Kuulumiset.", submittedAt: new Date() }],
      },
    },
    select: { id: true, agendaItems: { select: { id: true }, orderBy: { position: "asc" } } },
  });
  created.meetings.push(meeting.id);
  const opening = meeting.agendaItems[0]!.id;
  await db.minutesRevision.create({ data: { agendaItemId: opening, minutes: "Avattiin.", authorId: nameless.id } });
  await db.actionItem.create({
    data: { originMeetingId: meeting.id, agendaItemId: opening, title: "Selvitetään asia", ownerUserId: nameless.id },
  });
  return { id: meeting.id, opening };
}

let muurameId: string;
const staffLibrary = () => muurameId;

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  muurameId = (await db.library.findUniqueOrThrow({ where: { slug: "muurame" }, select: { id: true } })).id;
  const email = `nimeton-${randomUUID().slice(0, 8)}@muurame.fi`;
  // A steering member who never gave a name: they appear in pickers, attendee lists and polls.
  nameless = await db.user.create({
    data: { email, name: null, roles: ["STEERING"], libraryId: muurameId },
    select: { id: true, email: true },
  });
  staff = await actorOf("marju@valkeakoski.fi");
  hanna = await actorOf("hanna@jkl.fi");
  coordinator = await actorOf("juli@tampere.fi");
});

afterAll(async () => {
  await db.schedulingPoll.deleteMany({ where: { id: { in: created.polls } } });
  await db.job.deleteMany({
    where: { OR: created.meetings.map((id) => ({ payload: { path: ["meetingId"], equals: id } })) },
  });
  await db.meeting.deleteMany({ where: { id: { in: created.meetings } } });
  await db.user.delete({ where: { id: nameless.id } });
  await db.$disconnect();
});

/** Nothing of it is an address: not theirs, not anyone's. */
function expectNoAddress(value: unknown, label: string) {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  expect(text, label).not.toContain(nameless.email);
  expect(text, label).not.toContain("@");
}

describe("a colleague without a name, as others see them", () => {
  it("in the attendee list of approved minutes that every member reads, and in the meeting's JSON", async () => {
    const meeting = await meetingWith("MINUTES_APPROVED");
    const detail = await getMeetingForActor(staff, meeting.id);
    expect(detail?.attendees.find((a) => a.userId === nameless.id)).toEqual({
      userId: nameless.id,
      name: null,
      libraryName: "Muuramen kirjasto",
      status: "INVITED",
    });
    expectNoAddress(detail, "getMeetingForActor");
    const list = renderToStaticMarkup(createElement(AttendeeList, { attendees: detail!.attendees, t: fi }));
    expect(list).toContain(SHOWN_AS);
    expectNoAddress(list, "AttendeeList");
    const json = meetingJson(detail!);
    expect(json.attendees.find((a) => a.id === nameless.id)?.name).toBe("Staff member (Muuramen kirjasto)");
    expect(json.chair?.name).toBe("Staff member (Muuramen kirjasto)");
    expect(json.agenda[0]?.presenter).toBe("Staff member (Muuramen kirjasto)");
    expect(json.actionItems[0]?.ownerName).toBe("Staff member (Muuramen kirjasto)");
    expectNoAddress(json, "GET /api/meetings/{id}");
  });

  it("as the author of a minutes revision, and of a news-round entry", async () => {
    const meeting = await meetingWith("MINUTES_APPROVED");
    const history = await getMinutesHistory(coordinator, meeting.id, meeting.opening);
    if (history?.view !== "revisions") throw new Error("a coordinator reads the revisions");
    expect(history.revisions[0]?.author).toEqual({ name: null, libraryName: "Muuramen kirjasto" });
    expectNoAddress(history, "getMinutesHistory");
    const revisions = renderToStaticMarkup(
      createElement(RevisionList, {
        revisions: history.revisions.map(({ minutes, ...revision }) => ({ ...revision, text: minutes })),
        emptyText: "",
        t: fi,
        locale: "fi",
      }),
    );
    expect(revisions).toContain(SHOWN_AS);
    expectNoAddress(revisions, "RevisionList");

    const overview = await getNewsRoundOverview(coordinator, meeting.id);
    expectNoAddress(overview, "getNewsRoundOverview");
    const table = renderToStaticMarkup(
      createElement(NewsRoundOverviewTable, {
        rows: overview!,
        meetingId: meeting.id,
        currentLibraryId: null,
        canWrite: false,
        t: fi,
        locale: "fi",
      }),
    );
    expect(table).toContain(SHOWN_AS);
    expectNoAddress(table, "NewsRoundOverviewTable");
  });

  it("as an action item's owner, and among a poll's respondents", async () => {
    const meeting = await meetingWith("MINUTES_APPROVED");
    const items = await allActionItems(hanna, { status: "OPEN", ownerUserId: nameless.id });
    const owned = items.find((item) => item.originMeeting?.id === meeting.id);
    expect(owned?.owner && ownerLabel(owned.owner, fi)).toBe(SHOWN_AS);
    expectNoAddress(items, "listActionItemsPage");

    const poll = await db.schedulingPoll.create({
      data: {
        title: "Kevään kokousaika",
        createdById: nameless.id,
        options: { create: [{ startsAt: new Date("2031-03-01T10:00:00Z"), endsAt: new Date("2031-03-01T12:00:00Z") }] },
      },
      select: { id: true, options: { select: { id: true } } },
    });
    created.polls.push(poll.id);
    await db.pollVote.create({ data: { optionId: poll.options[0]!.id, userId: nameless.id, answer: "YES" } });
    const detail = await getPollForActor(hanna, poll.id);
    const respondent = detail?.respondents.find((r) => r.id === nameless.id);
    expect(respondent && displayName(respondent, fi)).toBe(SHOWN_AS);
    expect(detail?.createdBy && displayName(detail.createdBy, fi)).toBe(SHOWN_AS);
    expectNoAddress(detail, "getPollForActor");
  });

  it("in the coordinators' pickers and edit page, and as the presenter in the agenda mail", async () => {
    const people = await listMeetingPeople(coordinator);
    expect(people.find((p) => p.id === nameless.id)).toMatchObject({
      name: null,
      libraryName: "Muuramen kirjasto",
      invitable: true,
      secretaryEligible: true,
    });
    expectNoAddress(people, "listMeetingPeople");

    const meeting = await meetingWith("AGENDA_PUBLISHED");
    expectNoAddress(await getMeetingForEdit(coordinator, meeting.id), "getMeetingForEdit");

    const sent: OutgoingMail[] = [];
    const ctx = {
      db,
      mailer: (mail: OutgoingMail) => {
        sent.push(mail);
        return Promise.resolve();
      },
      now: new Date(),
      appUrl: "https://pike.example.fi",
      organizer: { email: "noreply@pike.test" },
    };
    expect(await handlers["email.agendaPublished"]({ meetingId: meeting.id, userId: hanna.id }, ctx)).toBe("sent");
    expect(sent[0]?.text).toContain(`1. Kokouksen avaus\n   Esittelijä: ${SHOWN_AS}`);
    expect(sent[0]?.text).not.toContain(nameless.email);
  });
});
