// The world of the meeting permission matrix: the seeded demo users (one per
// role, plus a steering member who is the meetings' secretary) signed in with
// real session rows and calendar tokens; one meeting per status with
// everything a meeting holds (the opening's minutes saved twice: a draft, then
// the text that stands); an approved meeting before them (its open action
// item is reviewed under "previous action items") and one after them (whose
// "previous action items" list theirs); scheduling polls. Built straight in
// the database, removed afterwards.
import { randomBytes, randomInt, randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/policy";
import type { Db } from "@/lib/db/client";
import type { MeetingStatus } from "@/lib/db/enums";
import { pdfBytes } from "../support/material-files";

export const STATUSES = ["PLANNED", "AGENDA_PUBLISHED", "MINUTES_DRAFT", "MINUTES_APPROVED"] as const;

/** The callers of the matrix: signed out, each role, and the meetings' secretary (a steering member). */
export const WHO = ["signedOut", "STAFF", "SUPERVISOR", "STEERING", "SECRETARY", "COORDINATOR", "ADMIN"] as const;
export type Who = (typeof WHO)[number];

/** Seeded demo users (prisma/seed/users.ts). */
const EMAILS: Record<Exclude<Who, "signedOut">, string> = {
  STAFF: "marju@valkeakoski.fi",
  SUPERVISOR: "esihenkilo@muurame.fi",
  /** Jyväskylä; not the secretary of the test meetings. */
  STEERING: "hanna@jkl.fi",
  /** Valkeakoski; the secretary of every test meeting. */
  SECRETARY: "laila@valkeakoski.fi",
  COORDINATOR: "juli@tampere.fi",
  ADMIN: "admin@tampere.fi",
};

export type Person = {
  who: Who;
  actor: Actor | null;
  /** The session cookie a browser would send; null signed out. */
  cookie: string | null;
  /** The personal calendar feed's secret; null signed out. */
  calendarToken: string | null;
};

/** A made-up word no other text contains, so a search for it finds one meeting at most. */
const word = () => `zyx${Array.from({ length: 9 }, () => String.fromCharCode(97 + randomInt(26))).join("")}`;

export type MatrixMeeting = {
  id: string;
  status: MeetingStatus;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  /** [0] the opening (minutes written ahead, with a revision); [1] the item writes go to. */
  itemIds: [string, string];
  /** A file every viewer of the meeting may download. */
  fileId: string;
  /** A file for coordinators only (visibility COORDINATORS). */
  coordinatorsOnlyId: string;
  decisionId: string;
  decisionText: string;
  /** Open, owned by Jyväskylä (the STEERING caller's library), due DUE_DATE. */
  actionItemId: string;
  actionItemTitle: string;
  /** Muurame's submitted news-round entry. */
  newsEntryId: string;
  /**
   * One unique word in each searchable text of the meeting, and `draft`: the
   * opening's first revision, saved before the text it has now, which only the
   * minutes' writers may ever see (issue 9).
   */
  words: { agenda: string; minutes: string; draft: string; decision: string; actionItem: string; news: string };
  /** A closed poll for this meeting that became this meeting. */
  pollId: string;
};

export type World = {
  key: string;
  people: Record<Who, Person>;
  meetings: Record<MeetingStatus, MatrixMeeting>;
  /** Approved, before every matrix meeting; its open action item is reviewed in them. */
  before: { id: string; actionItemId: string };
  /** Approved, after every matrix meeting: its "previous action items" are theirs. */
  after: { id: string };
  /** An open poll for the poll forms: three options. */
  writePoll: { id: string; optionIds: string[] };
  libraries: { jyvaskyla: string; muurame: string };
  /** Meetings and polls created by the tests themselves, removed with the rest. */
  extraMeetings: string[];
  extraPolls: string[];
};

export const DUE_DATE = "2033-01-31";
const HOUR = 3600_000;

/** Helsinki wall-clock time as a datetime-local input gives it ("2032-02-10T12:00"). */
export function helsinkiInput(date: Date): string {
  return new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Helsinki",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  })
    .format(date)
    .replace(" ", "T");
}

async function signIn(db: Db, who: Exclude<Who, "signedOut">): Promise<Person> {
  const user = await db.user.findUniqueOrThrow({
    where: { email: EMAILS[who] },
    select: { id: true, roles: true, libraryId: true },
  });
  const sessionToken = randomBytes(32).toString("hex");
  await db.session.create({ data: { sessionToken, userId: user.id, expires: new Date(Date.now() + 2 * HOUR) } });
  const calendarToken = randomBytes(32).toString("base64url");
  await db.user.update({ where: { id: user.id }, data: { calendarToken }, select: { id: true } });
  return {
    who,
    actor: { id: user.id, roles: user.roles, libraryId: user.libraryId },
    cookie: `authjs.session-token=${sessionToken}`,
    calendarToken,
  };
}

/** The users' calendar tokens before the run, restored afterwards. */
const previousTokens = new Map<string, string | null>();

export async function buildWorld(db: Db): Promise<World> {
  const key = randomUUID().slice(0, 8);
  const libraryId = async (slug: string) =>
    (await db.library.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  const libraries = { jyvaskyla: await libraryId("jyvaskyla"), muurame: await libraryId("muurame") };

  const tokens = await db.user.findMany({
    where: { email: { in: Object.values(EMAILS) } },
    select: { id: true, calendarToken: true },
  });
  for (const user of tokens) previousTokens.set(user.id, user.calendarToken);
  const people = { signedOut: { who: "signedOut", actor: null, cookie: null, calendarToken: null } } as Record<
    Who,
    Person
  >;
  for (const who of WHO) if (who !== "signedOut") people[who] = await signIn(db, who);
  const steering = people.STEERING.actor!;
  const secretary = people.SECRETARY.actor!;
  const coordinator = people.COORDINATOR.actor!;

  const approvedMeeting = async (title: string, startsAt: Date) =>
    db.meeting.create({
      data: {
        title,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * HOUR),
        location: "Tampereen pääkirjasto Metso",
        status: "MINUTES_APPROVED",
        approvedAt: startsAt,
        agendaItems: { create: [{ position: 1, kind: "OPENING", title: "Kokouksen avaus" }] },
      },
      select: { id: true, agendaItems: { select: { id: true } } },
    });

  const beforeMeeting = await approvedMeeting(`Oikeusmatriisi ${key} aiempi`, new Date("2032-01-12T10:00:00Z"));
  const beforeItem = await db.actionItem.create({
    data: {
      originMeetingId: beforeMeeting.id,
      agendaItemId: beforeMeeting.agendaItems[0]!.id,
      title: `Aiempi toimenpide ${key}`,
      ownerName: "Testaaja",
    },
    select: { id: true },
  });

  const meetings = {} as Record<MeetingStatus, MatrixMeeting>;
  for (const [index, status] of STATUSES.entries()) {
    const words = {
      agenda: word(),
      minutes: word(),
      draft: word(),
      decision: word(),
      actionItem: word(),
      news: word(),
    };
    const title = `Oikeusmatriisi ${key} ${status}`;
    const startsAt = new Date(Date.UTC(2032, 1 + index * 2, 10, 10, 0));
    const endsAt = new Date(startsAt.getTime() + 2 * HOUR);
    const location = "Tampereen pääkirjasto Metso";
    // Minutes are written ahead in every status: before MINUTES_DRAFT they must still not show.
    const minutes = `Muistio ${words.minutes}`;
    const meeting = await db.meeting.create({
      data: {
        title,
        startsAt,
        endsAt,
        location,
        status,
        secretaryId: secretary.id,
        approvedAt: status === "MINUTES_APPROVED" ? endsAt : null,
        attendances: { create: [{ userId: steering.id }, { userId: secretary.id }] },
        agendaItems: {
          create: [
            { position: 1, kind: "OPENING", title: "Kokouksen avaus", body: `Asialista ${words.agenda}`, minutes },
            { position: 2, title: "Talousarvio", body: "Käydään läpi talousarvio." },
          ],
        },
        libraryUpdates: {
          create: [{ libraryId: libraries.muurame, body: `Kuulumiset ${words.news}`, submittedAt: startsAt }],
        },
      },
      select: {
        id: true,
        agendaItems: { select: { id: true }, orderBy: { position: "asc" } },
        libraryUpdates: { select: { id: true } },
      },
    });
    const [opening, target] = meeting.agendaItems.map((item) => item.id) as [string, string];
    // The secretary's first draft, then the coordinator's text that stands (approved, in MINUTES_APPROVED).
    await db.minutesRevision.create({
      data: {
        agendaItemId: opening,
        minutes: `Luonnos ${words.draft}`,
        authorId: secretary.id,
        createdAt: new Date(startsAt.getTime() - HOUR),
      },
    });
    await db.minutesRevision.create({ data: { agendaItemId: opening, minutes, authorId: coordinator.id } });
    const file = (visibility: "MEETING" | "COORDINATORS") => {
      const content = pdfBytes();
      return db.material.create({
        data: {
          agendaItemId: target,
          kind: "FILE",
          title: visibility === "MEETING" ? "Talousarvio 2033" : `Luottamuksellinen ${key}`,
          fileName: "talousarvio.pdf",
          mimeType: "application/pdf",
          sizeBytes: content.byteLength,
          content,
          visibility,
        },
        select: { id: true },
      });
    };
    const decisionText = `Päätös ${words.decision}`;
    const actionItemTitle = `Toimenpide ${words.actionItem}`;
    const [fileRow, coordinatorsOnly, decision, actionItem, poll] = await Promise.all([
      file("MEETING"),
      file("COORDINATORS"),
      db.decision.create({
        data: { meetingId: meeting.id, agendaItemId: target, text: decisionText, position: 1 },
        select: { id: true },
      }),
      db.actionItem.create({
        data: {
          originMeetingId: meeting.id,
          agendaItemId: target,
          title: actionItemTitle,
          ownerLibraryId: libraries.jyvaskyla,
          dueDate: new Date(`${DUE_DATE}T00:00:00Z`),
        },
        select: { id: true },
      }),
      db.schedulingPoll.create({
        data: {
          title: `Kysely ${key} ${status}`,
          status: "CLOSED",
          forMeetingId: meeting.id,
          chosenMeetingId: meeting.id,
          createdById: coordinator.id,
          options: {
            create: [
              { startsAt, endsAt },
              { startsAt: new Date(startsAt.getTime() + 24 * HOUR), endsAt: new Date(endsAt.getTime() + 24 * HOUR) },
            ],
          },
        },
        select: { id: true },
      }),
    ]);
    meetings[status] = {
      id: meeting.id,
      status,
      title,
      startsAt,
      endsAt,
      location,
      itemIds: [opening, target],
      fileId: fileRow.id,
      coordinatorsOnlyId: coordinatorsOnly.id,
      decisionId: decision.id,
      decisionText,
      actionItemId: actionItem.id,
      actionItemTitle,
      newsEntryId: meeting.libraryUpdates[0]!.id,
      words,
      pollId: poll.id,
    };
  }

  const afterMeeting = await approvedMeeting(`Oikeusmatriisi ${key} myöhempi`, new Date("2032-11-10T10:00:00Z"));

  const writePoll = await db.schedulingPoll.create({
    data: {
      title: `Kirjoituskysely ${key}`,
      createdById: coordinator.id,
      options: {
        create: [1, 2, 3].map((day) => ({
          startsAt: new Date(`2032-09-0${day}T09:00:00Z`),
          endsAt: new Date(`2032-09-0${day}T11:00:00Z`),
        })),
      },
    },
    select: { id: true, options: { select: { id: true }, orderBy: { startsAt: "asc" } } },
  });

  return {
    key,
    people,
    meetings,
    before: { id: beforeMeeting.id, actionItemId: beforeItem.id },
    after: { id: afterMeeting.id },
    writePoll: { id: writePoll.id, optionIds: writePoll.options.map((o) => o.id) },
    libraries,
    extraMeetings: [],
    extraPolls: [],
  };
}

/** Every meeting of the world (matrix, before, after and the tests' own). */
export function worldMeetingIds(world: World): string[] {
  return [...STATUSES.map((s) => world.meetings[s].id), world.before.id, world.after.id, ...world.extraMeetings];
}

export async function removeWorld(db: Db, world: World | undefined): Promise<void> {
  if (!world) return;
  const meetingIds = worldMeetingIds(world);
  const pollIds = [...STATUSES.map((s) => world.meetings[s].pollId), world.writePoll.id, ...world.extraPolls];
  await db.schedulingPoll.deleteMany({ where: { id: { in: pollIds } } });
  // The agenda mails enqueued by publishing (no worker runs in the tests).
  await db.job.deleteMany({
    where: { OR: meetingIds.map((id) => ({ dedupeKey: { startsWith: `email.agendaPublished:${id}:` } })) },
  });
  await db.meeting.deleteMany({ where: { id: { in: meetingIds } } });
  for (const person of Object.values(world.people)) {
    if (!person.actor || !person.cookie) continue;
    await db.session.deleteMany({ where: { sessionToken: person.cookie.split("=")[1]! } });
    await db.user.update({
      where: { id: person.actor.id },
      data: { calendarToken: previousTokens.get(person.actor.id) ?? null },
      select: { id: true },
    });
  }
}

/**
 * Everything a refused form must leave as it was, in one round trip: row
 * counts of every table a meeting form writes (audit trail and job queue
 * included), and a digest of the world's own rows (their updatedAt moves on
 * any write, even one that changes no value).
 */
export async function writeSnapshot(db: Db, world: World): Promise<Record<string, unknown>> {
  const meetingIds = worldMeetingIds(world);
  const pollIds = [...STATUSES.map((s) => world.meetings[s].pollId), world.writePoll.id];
  const [row] = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT
      (SELECT count(*) FROM "AuditEvent")::int AS "auditEvents",
      (SELECT count(*) FROM "Job")::int AS "jobs",
      (SELECT count(*) FROM "Meeting")::int AS "meetings",
      (SELECT count(*) FROM "AgendaItem")::int AS "agendaItems",
      (SELECT count(*) FROM "MeetingAttendance")::int AS "attendances",
      (SELECT count(*) FROM "Material")::int AS "materials",
      (SELECT count(*) FROM "MinutesRevision")::int AS "revisions",
      (SELECT count(*) FROM "LibraryUpdate")::int AS "libraryUpdates",
      (SELECT count(*) FROM "Decision")::int AS "decisions",
      (SELECT count(*) FROM "ActionItem")::int AS "actionItems",
      (SELECT count(*) FROM "ActionItemReview")::int AS "reviews",
      (SELECT count(*) FROM "SchedulingPoll")::int AS "polls",
      (SELECT count(*) FROM "PollOption")::int AS "pollOptions",
      (SELECT count(*) FROM "PollVote")::int AS "pollVotes",
      (SELECT md5(coalesce(string_agg(concat_ws('|', "id", "status", "updatedAt", "approvedAt", "title"), ',' ORDER BY "id"), ''))
         FROM "Meeting" WHERE "id" = ANY(${meetingIds}::uuid[])) AS "meetingRows",
      (SELECT md5(coalesce(string_agg(concat_ws('|', "id", "position", "updatedAt", "title", "minutes"), ',' ORDER BY "id"), ''))
         FROM "AgendaItem" WHERE "meetingId" = ANY(${meetingIds}::uuid[])) AS "agendaRows",
      (SELECT md5(coalesce(string_agg(concat_ws('|', "meetingId", "userId", "status"), ',' ORDER BY "meetingId", "userId"), ''))
         FROM "MeetingAttendance" WHERE "meetingId" = ANY(${meetingIds}::uuid[])) AS "attendanceRows",
      (SELECT md5(coalesce(string_agg(concat_ws('|', "id", "text"), ',' ORDER BY "id"), ''))
         FROM "Decision" WHERE "meetingId" = ANY(${meetingIds}::uuid[])) AS "decisionRows",
      (SELECT md5(coalesce(string_agg(concat_ws('|', "id", "status", "updatedAt", "dueDate", "closedAt"), ',' ORDER BY "id"), ''))
         FROM "ActionItem" WHERE "originMeetingId" = ANY(${meetingIds}::uuid[])) AS "actionItemRows",
      (SELECT md5(coalesce(string_agg(concat_ws('|', "id", "updatedAt", "submittedAt"), ',' ORDER BY "id"), ''))
         FROM "LibraryUpdate" WHERE "meetingId" = ANY(${meetingIds}::uuid[])) AS "libraryUpdateRows",
      (SELECT md5(coalesce(string_agg(concat_ws('|', "id", "status", "closesAt", "chosenMeetingId"), ',' ORDER BY "id"), ''))
         FROM "SchedulingPoll" WHERE "id" = ANY(${pollIds}::uuid[])) AS "pollRows"
  `;
  return row!;
}
