// Calendar entries that update instead of multiplying, on real PostgreSQL and
// through a real SMTP server: moving a published meeting or a training
// session raises its SEQUENCE in the same transaction and queues one notice
// per invitee or enrolled person; the mails say what changed, in each
// recipient's language, with an .ics of the same UID (read back with
// ical.js); a cancellation is METHOD:CANCEL; the feeds carry the same UID and
// SEQUENCE. The queued jobs are run through their handlers directly (the
// shared database holds other files' jobs, which a worker would run too).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { findCalendarMeeting, findPersonalFeed, listMenuFeedSessions } from "@/lib/calendar/data";
import { meetingCalendar, menuCalendar, personalCalendar } from "@/lib/calendar/feeds";
import { ensureCalendarToken } from "@/lib/calendar/mutations";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";
import { smtpMailer } from "@/lib/email";
import { handlers, type JobContext } from "@/lib/jobs/handlers";
import type { JobName } from "@/lib/jobs/names";
import { payloadSchemas } from "@/lib/jobs/schema";
import { changeMeetingStatus, createMeeting, updateMeeting } from "@/lib/meetings/mutations";
import { cancelSession, updateSession } from "@/lib/trainings/mutations";
import { createPeople, createTrainingFixture, enrol } from "../factories/mail-fixtures";
import { framingProblems, parseCalendar, type ParsedCalendar } from "../support/ical";
import { mailsTo, startSmtpServer, type CapturedMail } from "../support/smtp";
import { loadMeetingCast, type MeetingCast } from "./meetings-admin-fixtures";

const APP = "https://pike.example.fi";
const FROM = "PiKe-portaali <noreply@pike.test>";
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

let db: Db;
let cast: MeetingCast;
let mailDir: string;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let ctx: JobContext;

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  cast = await loadMeetingCast(db);
  mailDir = mkdtempSync(path.join(tmpdir(), "pike-calendar-updates-"));
  smtp = await startSmtpServer(mailDir);
  ctx = {
    db,
    mailer: smtpMailer(`smtp://127.0.0.1:${smtp.port}`, FROM),
    appUrl: APP,
    now: new Date(),
    organizer: { name: "PiKe-portaali", email: "noreply@pike.test" },
  };
});
afterAll(async () => {
  await smtp.close();
  await db.$disconnect();
  rmSync(mailDir, { recursive: true, force: true });
});

/** Steering-group members of our own, one per language, so the seed's people stay as they are. */
async function steeringPeople(prefix: string, locales: Locale[]) {
  const people = await createPeople(db, locales.length, prefix);
  return Promise.all(
    people.map((person, i) =>
      db.user.update({
        where: { id: person.id },
        data: { roles: ["STEERING"], locale: locales[i]! },
        select: { id: true, email: true, name: true, roles: true, libraryId: true },
      }),
    ),
  );
}

const actorOf = (user: { id: string; roles: Actor["roles"]; libraryId: string | null }): Actor => ({
  id: user.id,
  roles: user.roles,
  libraryId: user.libraryId,
});

/** Runs the pending jobs of one kind whose payload has `match`, as the worker would; returns their outcomes. */
async function runJobs(name: JobName, match: Record<string, string>) {
  const jobs = await db.job.findMany({
    where: {
      name,
      completedAt: null,
      AND: Object.entries(match).map(([key, value]) => ({ payload: { path: [key], equals: value } })),
    },
    orderBy: { createdAt: "asc" },
  });
  const outcomes: string[] = [];
  for (const job of jobs) {
    const payload = payloadSchemas[name].parse(job.payload);
    outcomes.push(await (handlers[name] as (p: typeof payload, c: JobContext) => Promise<string>)(payload, ctx));
    await db.job.update({ where: { id: job.id }, data: { completedAt: new Date() } });
  }
  return outcomes;
}

/**
 * The invitation an iMIP mail carries: the text/calendar part, whose
 * Content-Type names the same METHOD as the calendar; the .ics attachment
 * beside it is the same calendar.
 */
function calendarOf(mail: CapturedMail): ParsedCalendar {
  const part = mail.attachments.find((a) => a.contentType === "text/calendar");
  if (!part) throw new Error(`no text/calendar part in "${mail.subject}"`);
  expect(framingProblems(part.content)).toEqual([]);
  const calendar = parseCalendar(part.content);
  expect(part.method).toBe(calendar.method);
  const file = mail.attachments.find((a) => a.filename?.endsWith(".ics") && a !== part);
  expect(file?.content).toBe(part.content);
  return calendar;
}

const lastMailTo = (email: string) => mailsTo(mailDir, email).at(-1)!;

/** 30 days ahead on the hour, and the same day two hours later. */
function meetingTimes() {
  // A month ahead, at 11.00 Helsinki time: a run late in the evening must not give a meeting across midnight.
  const startsAt = new Date(Date.now() + 30 * DAY);
  startsAt.setUTCHours(9, 0, 0, 0);
  return { startsAt, endsAt: new Date(startsAt.getTime() + 2 * HOUR) };
}

describe("a published meeting that moves", () => {
  it("mails each invitee, in their language, an updated invitation: same UID, SEQUENCE + 1, METHOD:REQUEST, the new time", async () => {
    const [fiUser, enUser] = await steeringPeople("moved-meeting", ["fi", "en"]);
    const times = meetingTimes();
    const base = {
      title: "Ohjausryhmän kokous 1/2027",
      ...times,
      location: "Jyväskylän pääkirjasto, Sointu",
      remoteUrl: "https://teams.example.fi/ohry",
      chairId: undefined,
      secretaryId: undefined,
      attendeeIds: [fiUser!.id, enUser!.id],
    };
    const { id } = await createMeeting(cast.coordinator, base);
    await changeMeetingStatus(cast.coordinator, { meetingId: id, status: "AGENDA_PUBLISHED", confirm: "yes" });
    expect(await runJobs("email.agendaPublished", { meetingId: id })).toEqual(["sent", "sent"]);
    const invitation = calendarOf(lastMailTo(fiUser!.email));
    expect(invitation.method).toBe("REQUEST");
    const published = invitation.events[0]!;

    const movedStart = new Date(times.startsAt.getTime() + DAY);
    const result = await updateMeeting(cast.coordinator, {
      ...base,
      meetingId: id,
      startsAt: movedStart,
      endsAt: new Date(movedStart.getTime() + 2 * HOUR),
    });
    expect(result).toEqual({ mailsQueued: 0, notified: 2 });
    const row = await db.meeting.findUniqueOrThrow({ where: { id }, select: { icsSequence: true } });
    expect(row.icsSequence).toBe(published.sequence! + 1);
    expect(await runJobs("email.meetingChanged", { meetingId: id })).toEqual(["sent", "sent"]);

    for (const person of [fiUser!, enUser!]) {
      const mail = lastMailTo(person.email);
      const calendar = calendarOf(mail);
      expect(calendar.method).toBe("REQUEST");
      expect(calendar.events).toHaveLength(1);
      const event = calendar.events[0]!;
      expect(event).toMatchObject({
        uid: published.uid,
        sequence: published.sequence! + 1,
        status: "CONFIRMED",
        attendees: [`mailto:${person.email}`],
        organizer: "mailto:noreply@pike.test",
      });
      expect(event.start.toISOString()).toBe(movedStart.toISOString());
    }
    const fiMail = lastMailTo(fiUser!.email);
    expect(fiMail.subject).toMatch(/^Muutos kokoukseen: Ohjausryhmän kokous 1\/2027 /);
    expect(fiMail.text).toContain("Muuttuneet tiedot: aika.");
    expect(fiMail.text).toMatch(/Aika: \w+ [\d.]+ klo [\d.–]+ → \w+ [\d.]+ klo [\d.–]+/);
    expect(calendarOf(fiMail).name).toBe("PiKe-ohjausryhmän kokous");
    const enMail = lastMailTo(enUser!.email);
    expect(enMail.subject).toMatch(/^Change to a meeting: Ohjausryhmän kokous 1\/2027 /);
    expect(enMail.text).toContain("What changed: time.");
    expect(enMail.text).toMatch(/Time: \w+ [\d.]+ at [\d.–]+ → \w+ [\d.]+ at [\d.–]+/);
    expect(enMail.text).not.toMatch(/Hei |Aika:|Muuttuneet/);
    expect(calendarOf(enMail).name).toBe("PiKe steering group meeting");

    // The meeting's own .ics and the personal feed: the same UID and SEQUENCE, no METHOD.
    const meeting = await findCalendarMeeting(actorOf(fiUser!), id);
    const single = parseCalendar(meetingCalendar(meeting!, { appUrl: APP }));
    expect(single.method).toBeNull();
    expect(single.events[0]).toMatchObject({ uid: published.uid, sequence: published.sequence! + 1 });
    const feed = await findPersonalFeed(await ensureCalendarToken(actorOf(fiUser!)));
    const entry = parseCalendar(personalCalendar(feed!, { appUrl: APP })).events.find((e) => e.uid === published.uid);
    expect(entry).toMatchObject({ sequence: published.sequence! + 1 });
    expect(entry!.start.toISOString()).toBe(movedStart.toISOString());
  });

  it("folds changes saved while the first notice still waits into one mail from the original to the latest", async () => {
    const [person] = await steeringPeople("twice-moved", ["fi"]);
    const times = meetingTimes();
    const base = {
      title: "Kahdesti siirretty kokous",
      ...times,
      location: "Sali A",
      remoteUrl: undefined,
      chairId: undefined,
      secretaryId: undefined,
      attendeeIds: [person!.id],
    };
    const { id } = await createMeeting(cast.coordinator, base);
    await changeMeetingStatus(cast.coordinator, { meetingId: id, status: "AGENDA_PUBLISHED", confirm: "yes" });
    await runJobs("email.agendaPublished", { meetingId: id });
    const before = (await db.meeting.findUniqueOrThrow({ where: { id } })).icsSequence;

    await updateMeeting(cast.coordinator, { ...base, meetingId: id, location: "Sali B" });
    await updateMeeting(cast.coordinator, { ...base, meetingId: id, location: "Sali C" });
    const jobs = await db.job.findMany({
      where: { name: "email.meetingChanged", completedAt: null, payload: { path: ["meetingId"], equals: id } },
    });
    expect(jobs).toHaveLength(1);
    expect((await db.meeting.findUniqueOrThrow({ where: { id } })).icsSequence).toBe(before + 2);
    expect(await runJobs("email.meetingChanged", { meetingId: id })).toEqual(["sent"]);
    const mail = lastMailTo(person!.email);
    expect(mail.text).toContain("Paikka: Sali A → Sali C");
    expect(calendarOf(mail).events[0]).toMatchObject({ sequence: before + 2, location: "Sali C" });

    // Moved back before anyone was told: nothing to tell.
    await updateMeeting(cast.coordinator, { ...base, meetingId: id, location: "Sali D" });
    await updateMeeting(cast.coordinator, { ...base, meetingId: id, location: "Sali C" });
    expect(await runJobs("email.meetingChanged", { meetingId: id })).toEqual([
      "skipped: nothing left to tell (changed back)",
    ]);
  });

  it("cancels the entry of an invitee taken off, and tells nobody of a title alone or of a meeting still planned", async () => {
    const [stays, leaves] = await steeringPeople("uninvited", ["fi", "en"]);
    const times = meetingTimes();
    const base = {
      title: "Kokous, josta yksi poistuu",
      ...times,
      location: "Sali A",
      remoteUrl: undefined,
      chairId: undefined,
      secretaryId: undefined,
      attendeeIds: [stays!.id, leaves!.id],
    };
    const { id } = await createMeeting(cast.coordinator, base);
    // Still PLANNED: the time moves (a new SEQUENCE for the coordinators' feeds), nobody is mailed.
    const later = new Date(times.startsAt.getTime() + HOUR);
    expect(
      await updateMeeting(cast.coordinator, { ...base, meetingId: id, startsAt: later, endsAt: times.endsAt }),
    ).toEqual({ mailsQueued: 0, notified: 0 });
    expect((await db.meeting.findUniqueOrThrow({ where: { id } })).icsSequence).toBe(1);
    await changeMeetingStatus(cast.coordinator, { meetingId: id, status: "AGENDA_PUBLISHED", confirm: "yes" });
    await runJobs("email.agendaPublished", { meetingId: id });
    expect((await db.meeting.findUniqueOrThrow({ where: { id } })).icsSequence).toBe(2);

    const renamed = { ...base, startsAt: later, meetingId: id, title: "Uusi nimi" };
    expect(await updateMeeting(cast.coordinator, renamed)).toEqual({ mailsQueued: 0, notified: 0 });
    expect((await db.meeting.findUniqueOrThrow({ where: { id } })).icsSequence).toBe(2);

    await updateMeeting(cast.coordinator, { ...renamed, attendeeIds: [stays!.id] });
    expect(await runJobs("email.meetingChanged", { meetingId: id })).toEqual([]);
    expect(await runJobs("email.meetingUninvited", { meetingId: id })).toEqual(["sent"]);
    const mail = lastMailTo(leaves!.email);
    expect(mail.subject).toMatch(/^Invitation withdrawn: Uusi nimi /);
    const calendar = calendarOf(mail);
    expect(calendar.method).toBe("CANCEL");
    expect(calendar.events[0]).toMatchObject({
      uid: `meeting-${id}@pike-portaali`,
      sequence: 2,
      status: "CANCELLED",
      description: null,
      attendees: [`mailto:${leaves!.email}`],
    });
  });
});

describe("a training session that changes", () => {
  it("tells everyone enrolled, in their language, with an updated entry; a cancellation is METHOD:CANCEL for that UID", async () => {
    const { session, offering } = await createTrainingFixture(db, { startsInDays: 20 });
    const [confirmedFi, waitingEn] = await createPeople(db, 2, "session-change");
    await db.user.update({ where: { id: waitingEn!.id }, data: { locale: "en" } });
    const confirmed = await enrol(db, session.id, confirmedFi!.id);
    await enrol(db, session.id, waitingEn!.id, "WAITLISTED", 1);
    const uid = `session-${session.id}@pike-portaali`;
    const sequence = session.icsSequence;

    const movedStart = new Date(session.startsAt.getTime() + 2 * DAY);
    const result = await updateSession(cast.coordinator, {
      sessionId: session.id,
      startsAt: movedStart,
      endsAt: new Date(movedStart.getTime() + 3 * HOUR),
      place: "Uusi kokoustila",
      remoteUrl: session.remoteUrl ?? undefined,
      capacity: session.capacity,
      eligibility: "REGION",
    });
    expect(result).toMatchObject({ changes: ["time", "place"], notified: 2 });
    expect((await db.trainingSession.findUniqueOrThrow({ where: { id: session.id } })).icsSequence).toBe(sequence + 1);
    expect(await runJobs("email.sessionChanged", { enrolmentId: confirmed.id })).toEqual(["sent"]);
    const waitingEnrolment = await db.enrolment.findFirstOrThrow({
      where: { sessionId: session.id, userId: waitingEn!.id },
    });
    expect(await runJobs("email.sessionChanged", { enrolmentId: waitingEnrolment.id })).toEqual(["sent"]);

    const fiMail = lastMailTo(confirmedFi!.email);
    expect(fiMail.subject).toBe(`Muutos koulutukseen: ${offering.title}`);
    expect(fiMail.text).toContain("Muuttuneet tiedot: aika, paikka.");
    expect(fiMail.text).toContain("Paikka: Testikirjasto, Kokoustila Aalto → Uusi kokoustila");
    const fiEvent = calendarOf(fiMail).events[0]!;
    expect(calendarOf(fiMail).method).toBe("REQUEST");
    expect(fiEvent).toMatchObject({ uid, sequence: sequence + 1, status: "CONFIRMED", location: "Uusi kokoustila" });
    expect(fiEvent.start.toISOString()).toBe(movedStart.toISOString());
    expect(fiEvent.description).toContain(session.remoteUrl!);

    const enMail = lastMailTo(waitingEn!.email);
    expect(enMail.subject).toBe(`Change to a training: ${offering.title}`);
    expect(enMail.text).toContain("Place: Testikirjasto, Kokoustila Aalto → Uusi kokoustila");
    expect(enMail.text).not.toContain(session.remoteUrl!);
    const enEvent = calendarOf(enMail).events[0]!;
    expect(enEvent).toMatchObject({ uid, sequence: sequence + 1, status: "TENTATIVE" });
    expect(enEvent.summary).toContain("(waitlisted)");

    // The feeds show the same entry.
    const menu = parseCalendar(menuCalendar(await listMenuFeedSessions(), { appUrl: APP }));
    expect(menu.method).toBeNull();
    expect(menu.events.find((e) => e.uid === uid)).toMatchObject({ sequence: sequence + 1 });
    const feed = await findPersonalFeed(
      await ensureCalendarToken(actorOf({ ...confirmedFi!, roles: [], libraryId: null })),
    );
    expect(parseCalendar(personalCalendar(feed!, { appUrl: APP })).events.find((e) => e.uid === uid)).toMatchObject({
      sequence: sequence + 1,
    });

    expect(await cancelSession(cast.coordinator, { sessionId: session.id, confirm: "yes" })).toEqual({ notified: 2 });
    expect(await runJobs("email.sessionCancelled", { enrolmentId: confirmed.id })).toEqual(["sent"]);
    const cancelled = lastMailTo(confirmedFi!.email);
    expect(cancelled.subject).toBe(`Koulutus peruttu: ${offering.title}`);
    const cancellation = calendarOf(cancelled);
    expect(cancellation.method).toBe("CANCEL");
    expect(cancellation.events[0]).toMatchObject({ uid, sequence: sequence + 2, status: "CANCELLED" });
    const after = parseCalendar(menuCalendar(await listMenuFeedSessions(), { appUrl: APP }));
    expect(after.events.find((e) => e.uid === uid)).toMatchObject({ sequence: sequence + 2, status: "CANCELLED" });
  });
});
