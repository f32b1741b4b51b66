// The coordinators' meeting forms through their server actions against a
// real database: a meeting from the standard agenda, its details and
// attendance, the agenda editor (positions stay 1..n), the status flow with
// the agenda mail (run through its job handler, .ics parsed with ical.js),
// bad input answered with field messages while nothing is written, and who
// may do any of it. Only the request's plumbing is stood in for: the request
// headers, Next's cache and redirect, and Auth.js's auth(), which reads the
// actor's real Session row (support/stub-auth-config.ts).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { OutgoingMail } from "@/lib/email";
import { ERROR_STATUS } from "@/lib/http/errors";
import { idleForm } from "@/lib/http/form-state";
import { handlers } from "@/lib/jobs/handlers";
import {
  addAgendaItemAction,
  changeMeetingStatusAction,
  createMeetingAction,
  deleteMeetingAction,
  moveAgendaItemAction,
  recordAttendanceAction,
  removeAgendaItemAction,
  updateAgendaItemAction,
  updateMeetingAction,
} from "@/lib/meetings/actions";
import {
  getAgendaMailing,
  getMeetingForEdit,
  listMeetingPeople,
  listMeetingStatusHistory,
} from "@/lib/meetings/admin/data";
import { changeMeetingStatus, createMeeting, moveAgendaItem, updateAgendaItem } from "@/lib/meetings/mutations";
import { framingProblems, parseCalendar } from "../support/ical";
import {
  agendaOf,
  createMeetingRow,
  loadMeetingCast,
  localDay,
  meetingWrites,
  steeringGroupIds,
  uniq,
  type MeetingCast,
} from "./meetings-admin-fixtures";
import { crossOrigin, request, sameOrigin } from "./support/request";
import { form, idFrom, submit, type Action, type Values } from "./support/server-actions";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const APP = "https://pike.example.fi";

let db: Db;
let cast: MeetingCast;
beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  cast = await loadMeetingCast(db);
});
afterAll(async () => {
  await db.$disconnect();
});
beforeEach(() => {
  request.headers = sameOrigin();
});

/** A valid new-meeting form, 30 days ahead in Helsinki time. */
const meetingValues = (extra: Values = {}): Values => ({
  title: `Ohjausryhmän kokous ${uniq()}`,
  startsAt: localDay(30, 13),
  endsAt: localDay(30, 15),
  location: "Jyväskylän pääkirjasto",
  remoteUrl: "https://teams.example.fi/kokous",
  chairId: cast.steering.id,
  secretaryId: cast.coordinator.id,
  ...extra,
});

/** Positions are exactly 1..n, in order. */
async function expectGapless(meetingId: string) {
  const agenda = await agendaOf(db, meetingId);
  expect(agenda.map((item) => item.position)).toEqual(agenda.map((_, i) => i + 1));
  return agenda;
}

const helsinki = (d: Date) =>
  new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Helsinki",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  })
    .format(d)
    .replace(" ", "T");

describe("a coordinator creates a meeting from the standard agenda", () => {
  it("creates it PLANNED, in Helsinki time, with the template items in order and the chosen invitees", async () => {
    const values = meetingValues({ attendeeIds: [cast.steering.id, cast.admin.id] });
    const outcome = await submit(createMeetingAction, cast.coordinator, values);
    expect(outcome.redirect).toMatch(/^\/kokoukset\/[0-9a-f-]{36}\/muokkaa\?uusi=1$/);
    const id = idFrom(outcome);
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id } });
    expect(meeting).toMatchObject({
      title: values.title,
      status: "PLANNED",
      location: "Jyväskylän pääkirjasto",
      remoteUrl: "https://teams.example.fi/kokous",
      chairId: cast.steering.id,
      secretaryId: cast.coordinator.id,
      approvedAt: null,
    });
    expect(helsinki(meeting.startsAt)).toBe(values.startsAt);
    expect(helsinki(meeting.endsAt)).toBe(values.endsAt);

    const agenda = await expectGapless(id);
    expect(agenda.map((item) => [item.kind, item.title])).toEqual([
      ["OPENING", "Kokouksen avaus"],
      ["NEWS_ROUND", "Kuulumiskierros"],
      ["PREVIOUS_ACTIONS", "Edellisen kokouksen toimenpiteet"],
      ["OTHER_MATTERS", "Muut asiat"],
      ["NEXT_MEETING", "Seuraava kokous"],
      ["CLOSING", "Kokouksen päättäminen"],
    ]);
    // The ticked invitees, plus the secretary (the chair was ticked already).
    const attendances = await db.meetingAttendance.findMany({ where: { meetingId: id } });
    expect(attendances.map((a) => a.userId).sort()).toEqual(
      [cast.steering.id, cast.admin.id, cast.coordinator.id].sort(),
    );
    expect(new Set(attendances.map((a) => a.status))).toEqual(new Set(["INVITED"]));
    const audits = await db.auditEvent.findMany({ where: { entityId: id } });
    expect(audits.map((a) => [a.action, a.actorId])).toEqual([["meeting.create", cast.coordinator.id]]);
  });

  it("invites the steering group (and the chair and secretary) when no invitees are given", async () => {
    const { id } = await createMeeting(cast.admin, {
      title: "Kevään kokous",
      startsAt: new Date("2031-02-10T11:00:00Z"),
      endsAt: new Date("2031-02-10T13:00:00Z"),
      secretaryId: cast.coordinator.id,
    });
    const steering = await steeringGroupIds(db);
    expect(steering).toContain(cast.steering.id);
    const invited = (await db.meetingAttendance.findMany({ where: { meetingId: id } })).map((a) => a.userId).sort();
    expect(invited).toEqual([...steering, cast.coordinator.id].sort());
    expect((await agendaOf(db, id)).map((item) => item.kind)).toEqual([
      "OPENING",
      "NEWS_ROUND",
      "PREVIOUS_ACTIONS",
      "OTHER_MATTERS",
      "NEXT_MEETING",
      "CLOSING",
    ]);
  });

  it("refuses the same bad input from a direct caller (a scheduling poll), writing nothing", async () => {
    const before = await meetingWrites(db);
    await expect(
      createMeeting(cast.coordinator, {
        title: " ",
        startsAt: new Date("2031-02-10T13:00:00Z"),
        endsAt: new Date("2031-02-10T11:00:00Z"),
        remoteUrl: "javascript:alert(1)",
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: {
        title: "validation.required",
        endsAt: "meetingsAdmin.error.endBeforeStart",
        remoteUrl: "meetingsAdmin.error.remoteUrl",
      },
    });
    await expect(
      createMeeting(cast.steering, {
        title: "Ei saa",
        startsAt: new Date("2031-02-10T11:00:00Z"),
        endsAt: new Date("2031-02-10T13:00:00Z"),
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await meetingWrites(db)).toEqual(before);
  });
});

describe("editing a meeting's details and attendance", () => {
  it("saves the details, keeps recorded attendance of those who stay, and invites and uninvites", async () => {
    // Staff invited before invitations were limited to those who see the agenda: the coordinator takes them off.
    const { id } = await createMeetingRow(db, { attendeeIds: [cast.steering.id, cast.staff.id] });
    await db.meetingAttendance.update({
      where: { meetingId_userId: { meetingId: id, userId: cast.steering.id } },
      data: { status: "REMOTE" },
    });
    const saved = await submit(updateMeetingAction, cast.coordinator, {
      meetingId: id,
      title: "Siirretty kokous",
      startsAt: localDay(40, 9),
      endsAt: localDay(40, 11),
      location: "",
      remoteUrl: "https://teams.example.fi/uusi",
      chairId: "",
      secretaryId: cast.admin.id,
      attendeeIds: [cast.steering.id, cast.coordinator.id],
    });
    expect(saved.state).toMatchObject({ status: "saved", notice: { key: "meetingsAdmin.saved" } });
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id } });
    expect(meeting).toMatchObject({
      title: "Siirretty kokous",
      location: null,
      remoteUrl: "https://teams.example.fi/uusi",
      chairId: null,
      secretaryId: cast.admin.id,
    });
    expect(helsinki(meeting.startsAt)).toBe(localDay(40, 9));
    const attendances = await db.meetingAttendance.findMany({ where: { meetingId: id }, orderBy: { userId: "asc" } });
    expect(Object.fromEntries(attendances.map((a) => [a.userId, a.status]))).toEqual({
      [cast.steering.id]: "REMOTE",
      [cast.coordinator.id]: "INVITED",
      [cast.admin.id]: "INVITED",
    });
    // Nothing was published, so nobody is mailed.
    expect(await db.job.count({ where: { payload: { path: ["meetingId"], equals: id } } })).toBe(0);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "meeting.update" } });
    expect(audit.actorId).toBe(cast.coordinator.id);
  });

  it("mails the agenda to someone invited after it was published", async () => {
    const { id } = await createMeetingRow(db, { status: "AGENDA_PUBLISHED", attendeeIds: [cast.steering.id] });
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id } });
    const saved = await submit(updateMeetingAction, cast.coordinator, {
      meetingId: id,
      title: meeting.title,
      startsAt: helsinki(meeting.startsAt),
      endsAt: helsinki(meeting.endsAt),
      location: meeting.location ?? "",
      attendeeIds: [cast.steering.id, cast.admin.id],
    });
    expect(saved.state?.notice).toEqual({ key: "meetingsAdmin.details.savedMailed", vars: { count: 1 } });
    const jobs = await db.job.findMany({
      where: { name: "email.agendaPublished", payload: { path: ["meetingId"], equals: id } },
    });
    expect(jobs.map((j) => j.payload)).toEqual([{ meetingId: id, userId: cast.admin.id }]);
  });

  it("records who was present, remote and absent", async () => {
    const { id } = await createMeetingRow(db, {
      status: "MINUTES_DRAFT",
      attendeeIds: [cast.steering.id, cast.staff.id, cast.coordinator.id],
    });
    const saved = await submit(recordAttendanceAction, cast.coordinator, {
      meetingId: id,
      [`attendance.${cast.steering.id}`]: "PRESENT",
      [`attendance.${cast.staff.id}`]: "ABSENT",
      [`attendance.${cast.coordinator.id}`]: "REMOTE",
    });
    expect(saved.state?.status).toBe("saved");
    const rows = await db.meetingAttendance.findMany({ where: { meetingId: id } });
    expect(Object.fromEntries(rows.map((a) => [a.userId, a.status]))).toEqual({
      [cast.steering.id]: "PRESENT",
      [cast.staff.id]: "ABSENT",
      [cast.coordinator.id]: "REMOTE",
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "meeting.attendance" } });
    expect(audit.after).toEqual({
      [cast.steering.id]: "PRESENT",
      [cast.staff.id]: "ABSENT",
      [cast.coordinator.id]: "REMOTE",
    });
  });

  it("deletes a planned meeting only after confirmation, with its agenda and invitations", async () => {
    const { id } = await createMeetingRow(db, { attendeeIds: [cast.steering.id] });
    const unconfirmed = await submit(deleteMeetingAction, cast.coordinator, { meetingId: id });
    expect(unconfirmed.state?.fields).toEqual({ confirm: "meetingsAdmin.error.confirm" });
    expect(await db.meeting.count({ where: { id } })).toBe(1);
    const deleted = await submit(deleteMeetingAction, cast.coordinator, { meetingId: id, confirm: "yes" });
    expect(deleted.redirect).toBe("/kokoukset?poistettu=1");
    expect(await db.meeting.count({ where: { id } })).toBe(0);
    expect(await db.agendaItem.count({ where: { meetingId: id } })).toBe(0);
    expect(await db.meetingAttendance.count({ where: { meetingId: id } })).toBe(0);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "meeting.delete" } });
    expect(audit.actorId).toBe(cast.coordinator.id);
  });
});

describe("the agenda editor keeps positions 1..n", () => {
  it("adds before other matters, renames, reorders and removes", async () => {
    const { id } = await createMeetingRow(db);
    const added = await submit(addAgendaItemAction, cast.coordinator, {
      meetingId: id,
      title: "Toimintasuunnitelma 2024",
      body: "Luonnos.",
      presenterId: cast.coordinator.id,
      presenterName: "ei käytetä",
    });
    expect(added.state?.notice).toEqual({
      key: "meetingsAdmin.agenda.added",
      vars: { title: "Toimintasuunnitelma 2024", position: 4 },
    });
    // A fresh form for the next item.
    expect(added.state?.values).toEqual({ meetingId: id });
    let agenda = await expectGapless(id);
    expect(agenda.map((item) => item.title)).toEqual([
      "Kokouksen avaus",
      "Kuulumiskierros",
      "Edellisen kokouksen toimenpiteet",
      "Toimintasuunnitelma 2024",
      "Muut asiat",
      "Seuraava kokous",
      "Kokouksen päättäminen",
    ]);
    const plan = agenda[3]!;
    expect(await db.agendaItem.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({
      kind: "STANDARD",
      body: "Luonnos.",
      presenterId: cast.coordinator.id,
      presenterName: null,
    });

    const second = await submit(addAgendaItemAction, cast.coordinator, {
      meetingId: id,
      title: "Koulutustarjotin",
      presenterName: "Vieraileva asiantuntija",
    });
    expect(second.state?.status).toBe("saved");
    agenda = await expectGapless(id);
    const tarjotin = agenda.find((item) => item.title === "Koulutustarjotin")!;
    expect(tarjotin.position).toBe(5);

    const renamed = await submit(updateAgendaItemAction, cast.coordinator, {
      meetingId: id,
      itemId: plan.id,
      title: "Toimintasuunnitelma 2025",
      body: "",
      presenterId: "",
      presenterName: "Juli ja Mervi",
    });
    expect(renamed.state?.status).toBe("saved");
    expect(await db.agendaItem.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({
      title: "Toimintasuunnitelma 2025",
      body: null,
      presenterId: null,
      presenterName: "Juli ja Mervi",
    });

    // Up twice: past the previous action items and the news round.
    for (const expected of [3, 2]) {
      const moved = await submit(moveAgendaItemAction, cast.coordinator, {
        meetingId: id,
        itemId: plan.id,
        direction: "up",
      });
      expect(moved.state?.notice).toEqual({
        key: "meetingsAdmin.agenda.moved",
        vars: { title: "Toimintasuunnitelma 2025", position: expected },
      });
      await expectGapless(id);
    }
    const down = await submit(moveAgendaItemAction, cast.coordinator, {
      meetingId: id,
      itemId: tarjotin.id,
      direction: "down",
    });
    expect(down.state?.status).toBe("saved");
    agenda = await expectGapless(id);
    expect(agenda.map((item) => item.title)).toEqual([
      "Kokouksen avaus",
      "Toimintasuunnitelma 2025",
      "Kuulumiskierros",
      "Edellisen kokouksen toimenpiteet",
      "Muut asiat",
      "Koulutustarjotin",
      "Seuraava kokous",
      "Kokouksen päättäminen",
    ]);
    expect(
      (await db.auditEvent.findMany({ where: { entityId: plan.id, action: "agendaItem.move" } })).map((a) => a.after),
    ).toEqual(expect.arrayContaining([{ position: 3 }, { position: 2 }]));

    // Remove an item that has a material, minutes, a decision and an action item.
    const news = agenda.find((item) => item.kind === "NEWS_ROUND")!;
    await db.agendaItem.update({ where: { id: news.id }, data: { minutes: "Kuulumiset käytiin läpi." } });
    await db.minutesRevision.create({
      data: { agendaItemId: news.id, minutes: "Kuulumiset.", authorId: cast.coordinator.id },
    });
    await db.material.create({
      data: { agendaItemId: news.id, kind: "LINK", title: "Jamboard", url: "https://example.fi/j" },
    });
    const decision = await db.decision.create({ data: { meetingId: id, agendaItemId: news.id, text: "Päätös." } });
    const action = await db.actionItem.create({
      data: { originMeetingId: id, agendaItemId: news.id, title: "Selvitetään", ownerName: "Juli" },
    });
    const removed = await submit(removeAgendaItemAction, cast.coordinator, {
      meetingId: id,
      itemId: news.id,
      confirm: "yes",
    });
    expect(removed.state?.notice).toEqual({ key: "meetingsAdmin.agenda.removed" });
    agenda = await expectGapless(id);
    expect(agenda).toHaveLength(7);
    expect(agenda.some((item) => item.id === news.id)).toBe(false);
    expect(await db.material.count({ where: { agendaItemId: news.id } })).toBe(0);
    expect(await db.minutesRevision.count({ where: { agendaItemId: news.id } })).toBe(0);
    expect(await db.decision.count({ where: { id: decision.id } })).toBe(0);
    // The action item stays on the meeting, followed as before.
    expect(await db.actionItem.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({
      originMeetingId: id,
      agendaItemId: null,
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: news.id, action: "agendaItem.delete" } });
    expect(audit.before).toMatchObject({
      title: "Kuulumiskierros",
      materials: 1,
      revisions: 1,
      decisions: ["Päätös."],
      actionItemsUnlinked: 1,
    });
  });

  it("moves safely when two coordinators move at once", async () => {
    const { id, itemIds } = await createMeetingRow(db);
    const results = await Promise.allSettled([
      moveAgendaItem(cast.coordinator, { meetingId: id, itemId: itemIds[2]!, direction: "up" }),
      moveAgendaItem(cast.admin, { meetingId: id, itemId: itemIds[3]!, direction: "up" }),
      moveAgendaItem(cast.coordinator, { meetingId: id, itemId: itemIds[0]!, direction: "down" }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
    const agenda = await expectGapless(id);
    expect(new Set(agenda.map((item) => item.id))).toEqual(new Set(itemIds));
  });
});

describe("the status flow", () => {
  it("publishes (one agenda mail per invitee who sees it), starts and approves the minutes, and reopens them with a reason", async () => {
    // Marju (STAFF) was invited before invitations were limited to those who see the agenda.
    const { id, itemIds } = await createMeetingRow(db, {
      attendeeIds: [cast.steering.id, cast.staff.id, cast.coordinator.id],
      remoteUrl: "https://teams.example.fi/ohry",
    });
    await db.agendaItem.update({
      where: { id: itemIds[1]! },
      data: { presenterId: cast.steering.id, body: "Kirjastojen kuulumiset.\nTalous ja henkilöstö." },
    });
    await db.agendaItem.update({ where: { id: itemIds[3]! }, data: { presenterName: "Vieras Puhuja" } });

    const published = await submit(changeMeetingStatusAction, cast.coordinator, {
      meetingId: id,
      status: "AGENDA_PUBLISHED",
      confirm: "yes",
    });
    // The confirmation says how many were mailed and that one was not (the names are on the page below it).
    expect(published.state?.notice).toEqual({
      key: "meetingsAdmin.status.publishedSomeNotMailed",
      vars: { count: 2, notMailed: 1 },
    });
    expect((await db.meeting.findUniqueOrThrow({ where: { id } })).status).toBe("AGENDA_PUBLISHED");
    const jobs = await db.job.findMany({
      where: { name: "email.agendaPublished", payload: { path: ["meetingId"], equals: id } },
    });
    // Exactly the invitees who will see the agenda: no job for Marju that the worker would skip unseen.
    expect(jobs.map((j) => (j.payload as { userId: string }).userId).sort()).toEqual(
      [cast.steering.id, cast.coordinator.id].sort(),
    );
    expect(new Set(jobs.map((j) => j.dedupeKey)).size).toBe(2);
    // The edit page names them, from what publishing recorded.
    const mailing = await getAgendaMailing(cast.coordinator, id);
    expect(mailing?.mailed.map((p) => [p.userId, p.name])).toEqual([
      [cast.steering.id, "Hanna"],
      [cast.coordinator.id, "Juli"],
    ]);
    expect(mailing?.notMailed.map((p) => [p.userId, p.name])).toEqual([[cast.staff.id, "Marju"]]);
    expect(await getAgendaMailing(cast.steering, id)).toBeNull();
    for (const job of jobs) expect(job.dedupeKey).toContain(id);

    // The mails, through the job handler.
    const sent: OutgoingMail[] = [];
    const mailer = (mail: OutgoingMail) => {
      sent.push(mail);
      return Promise.resolve();
    };
    const ctx = { db, mailer, now: new Date(), appUrl: APP, organizer: { email: "noreply@pike.test" } };
    const run = (userId: string) => handlers["email.agendaPublished"]({ meetingId: id, userId }, ctx);
    expect(await run(cast.steering.id)).toBe("sent");
    // Staff may not see a published agenda: even a job made by hand sends no mail.
    expect(await run(cast.staff.id)).toMatch(/^skipped: /);
    // Not invited (any more): no mail.
    expect(await run(cast.admin.id)).toMatch(/^skipped: /);
    expect(sent).toHaveLength(1);
    const mail = sent[0]!;
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id } });
    expect(mail.to).toBe("hanna@jkl.fi");
    expect(mail.subject).toContain(meeting.title);
    expect(mail.text).toContain("1. Kokouksen avaus");
    expect(mail.text).toContain(
      "2. Kuulumiskierros\n   Esittelijä: Hanna\n   Kirjastojen kuulumiset.\n   Talous ja henkilöstö.",
    );
    expect(mail.text).toContain("4. Muut asiat\n   Esittelijä: Vieras Puhuja");
    expect(mail.text).toContain("6. Kokouksen päättäminen");
    expect(mail.text).toContain("Tampereen pääkirjasto Metso");
    expect(mail.text).toContain("https://teams.example.fi/ohry");
    expect(mail.text).toContain(`${APP}/kokoukset/${id}`);
    const invitation = mail.icalEvent;
    expect(invitation?.filename).toMatch(/^pike-kokous-\d{4}-\d{2}-\d{2}\.ics$/);
    expect(invitation?.method).toBe("REQUEST");
    if (!invitation) throw new Error("expected a calendar invitation");
    const ics = invitation.content;
    expect(framingProblems(ics)).toEqual([]);
    const calendar = parseCalendar(ics);
    // An invitation to this invitee: METHOD:REQUEST, and publishing raised the SEQUENCE.
    expect(calendar.method).toBe("REQUEST");
    expect(calendar.events).toHaveLength(1);
    const event = calendar.events[0]!;
    expect(event).toMatchObject({
      sequence: 1,
      attendees: ["mailto:hanna@jkl.fi"],
      organizer: "mailto:noreply@pike.test",
      uid: `meeting-${id}@pike-portaali`,
      summary: meeting.title,
      location: "Tampereen pääkirjasto Metso",
      status: "CONFIRMED",
      url: `${APP}/kokoukset/${id}`,
    });
    expect(event.start.getTime()).toBe(meeting.startsAt.getTime());
    expect(event.end.getTime()).toBe(meeting.endsAt.getTime());
    expect(event.description).toContain("Kokouksen päättäminen");

    const started = await submit(changeMeetingStatusAction, cast.admin, {
      meetingId: id,
      status: "MINUTES_DRAFT",
      confirm: "yes",
    });
    expect(started.state?.status).toBe("saved");
    // The agenda stage is over: a late mail is not sent.
    expect(await run(cast.coordinator.id)).toBe("skipped: meeting is MINUTES_DRAFT");

    const approved = await submit(changeMeetingStatusAction, cast.coordinator, {
      meetingId: id,
      status: "MINUTES_APPROVED",
      confirm: "yes",
    });
    expect(approved.state?.status).toBe("saved");
    const approvedRow = await db.meeting.findUniqueOrThrow({ where: { id } });
    expect(approvedRow.status).toBe("MINUTES_APPROVED");
    expect(approvedRow.approvedAt).toBeInstanceOf(Date);

    // Approved minutes are locked: agenda edits are refused, nothing written.
    const before = await meetingWrites(db);
    const locked = await submit(addAgendaItemAction, cast.coordinator, { meetingId: id, title: "Myöhäinen asia" });
    expect(locked.state).toMatchObject({ status: "error", formError: "meetingsAdmin.error.locked" });
    const lockedMove = await submit(moveAgendaItemAction, cast.coordinator, {
      meetingId: id,
      itemId: itemIds[2]!,
      direction: "up",
    });
    expect(lockedMove.state?.formError).toBe("meetingsAdmin.error.locked");
    const noReason = await submit(changeMeetingStatusAction, cast.coordinator, {
      meetingId: id,
      status: "MINUTES_DRAFT",
      reason: "  ",
      confirm: "yes",
    });
    expect(noReason.state?.fields).toEqual({ reason: "meetingsAdmin.error.reasonRequired" });
    expect(await meetingWrites(db)).toEqual(before);

    const reopened = await submit(changeMeetingStatusAction, cast.coordinator, {
      meetingId: id,
      status: "MINUTES_DRAFT",
      reason: "Päätöksen sanamuoto korjataan.",
      confirm: "yes",
    });
    expect(reopened.state?.notice?.key).toBe("meetingsAdmin.status.reopened");
    expect(await db.meeting.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "MINUTES_DRAFT",
      approvedAt: null,
    });
    const reopen = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "meeting.reopen" } });
    expect(reopen).toMatchObject({ actorId: cast.coordinator.id, summary: "Päätöksen sanamuoto korjataan." });

    // The edit page's history, from the audit trail.
    const history = await listMeetingStatusHistory(cast.coordinator, id);
    expect(history.map((h) => [h.action, h.from, h.to, h.reason])).toEqual([
      ["meeting.status", "PLANNED", "AGENDA_PUBLISHED", null],
      ["meeting.status", "AGENDA_PUBLISHED", "MINUTES_DRAFT", null],
      ["meeting.status", "MINUTES_DRAFT", "MINUTES_APPROVED", null],
      ["meeting.reopen", "MINUTES_APPROVED", "MINUTES_DRAFT", "Päätöksen sanamuoto korjataan."],
    ]);
    expect(history[0]!.actor?.name).toBe("Juli");
    expect(await listMeetingStatusHistory(cast.steering, id)).toEqual([]);
  });

  it("publishing to invitees who all see the agenda says so, and the page names everyone mailed, later invitees too", async () => {
    const { id } = await createMeetingRow(db, { attendeeIds: [cast.steering.id, cast.coordinator.id] });
    const published = await submit(changeMeetingStatusAction, cast.coordinator, {
      meetingId: id,
      status: "AGENDA_PUBLISHED",
      confirm: "yes",
    });
    expect(published.state?.notice).toEqual({
      key: "meetingsAdmin.status.changed.AGENDA_PUBLISHED",
      vars: { count: 2, notMailed: 0 },
    });
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id } });
    const added = await submit(updateMeetingAction, cast.coordinator, {
      meetingId: id,
      title: meeting.title,
      startsAt: helsinki(meeting.startsAt),
      endsAt: helsinki(meeting.endsAt),
      location: meeting.location ?? "",
      attendeeIds: [cast.steering.id, cast.coordinator.id, cast.admin.id],
    });
    expect(added.state?.notice).toEqual({ key: "meetingsAdmin.details.savedMailed", vars: { count: 1 } });
    const mailing = await getAgendaMailing(cast.coordinator, id);
    expect(mailing?.mailed.map((p) => p.userId).sort()).toEqual(
      [cast.steering.id, cast.coordinator.id, cast.admin.id].sort(),
    );
    expect(mailing?.notMailed).toEqual([]);
  });

  it("publishing twice enqueues nothing more", async () => {
    const { id } = await createMeetingRow(db, { attendeeIds: [cast.steering.id] });
    await changeMeetingStatus(cast.coordinator, { meetingId: id, status: "AGENDA_PUBLISHED", confirm: "yes" });
    const before = await meetingWrites(db);
    const again = await submit(changeMeetingStatusAction, cast.coordinator, {
      meetingId: id,
      status: "AGENDA_PUBLISHED",
      confirm: "yes",
    });
    expect(again.state?.fields).toEqual({ status: "meetingsAdmin.error.transition" });
    expect(await meetingWrites(db)).toEqual(before);
  });
});

describe("the people pickers (issue 9)", () => {
  it("offer as invitees and chair only those who see the agenda, as secretary only those who could write the minutes", async () => {
    const people = await listMeetingPeople(cast.coordinator);
    const of = (actor: Actor) => people.find((p) => p.id === actor.id);
    expect(of(cast.staff)).toMatchObject({ invitable: false, secretaryEligible: false });
    expect(of(cast.supervisor)).toMatchObject({ invitable: false, secretaryEligible: false });
    expect(of(cast.steering)).toMatchObject({ invitable: true, secretaryEligible: true, steering: true });
    expect(of(cast.coordinator)).toMatchObject({ invitable: true, secretaryEligible: true, steering: false });
    expect(of(cast.admin)).toMatchObject({ invitable: true, secretaryEligible: true });
    // Every STAFF or SUPERVISOR-only user is out of both pickers; the eligible come first.
    const users = await db.user.findMany({ select: { id: true, roles: true } });
    const eligibleIds = users
      .filter((u) => u.roles.some((role) => role === "STEERING" || role === "COORDINATOR" || role === "ADMIN"))
      .map((u) => u.id)
      .sort();
    expect(
      people
        .filter((p) => p.invitable)
        .map((p) => p.id)
        .sort(),
    ).toEqual(eligibleIds);
    expect(people.findIndex((p) => !p.invitable)).toBe(eligibleIds.length);
    // Names and libraries only: nothing in the pickers' data is an address.
    expect(JSON.stringify(people)).not.toContain("@");
    expect(await listMeetingPeople(cast.steering)).toEqual([]);
  });

  it("the mutation refuses a STAFF secretary from any caller with a field message (422), writing nothing", async () => {
    const before = await meetingWrites(db);
    const create = createMeeting(cast.coordinator, {
      title: "Ei sihteeriksi",
      startsAt: new Date("2031-02-10T11:00:00Z"),
      endsAt: new Date("2031-02-10T13:00:00Z"),
      secretaryId: cast.staff.id,
    });
    await expect(create).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { secretaryId: "meetingsAdmin.error.secretaryNotEligible" },
    });
    expect(ERROR_STATUS.VALIDATION_FAILED).toBe(422);
    expect(await meetingWrites(db)).toEqual(before);
  });
});

describe("bad input gets field messages and writes nothing", () => {
  const unknown = randomUUID();
  let planned: { id: string; itemIds: string[] };
  let other: { id: string; itemIds: string[] };
  let approved: { id: string; itemIds: string[] };
  let placeless: { id: string; itemIds: string[] };
  beforeAll(async () => {
    planned = await createMeetingRow(db, { attendeeIds: [cast.steering.id] });
    other = await createMeetingRow(db);
    approved = await createMeetingRow(db, { status: "MINUTES_APPROVED", attendeeIds: [cast.steering.id] });
    placeless = await createMeetingRow(db, { location: null, remoteUrl: null, attendeeIds: [cast.steering.id] });
  });

  const editValues = (extra: Values = {}): Values => {
    const { attendeeIds: _a, ...rest } = meetingValues();
    return { ...rest, meetingId: planned.id, attendeeIds: [cast.steering.id], ...extra };
  };

  type Fields = Record<string, string>;
  type Case = [string, Action, () => Values, Fields | (() => Fields), string?];
  const cases: Case[] = [
    [
      "create: nothing filled in",
      createMeetingAction,
      () => ({}),
      { title: "validation.required", startsAt: "validation.required", endsAt: "validation.required" },
    ],
    [
      "create: overlong title, end before start, javascript: link",
      createMeetingAction,
      () =>
        meetingValues({
          title: "x".repeat(201),
          endsAt: localDay(30, 12),
          remoteUrl: "javascript:alert(document.cookie)",
        }),
      {
        title: "validation.tooLong",
        endsAt: "meetingsAdmin.error.endBeforeStart",
        remoteUrl: "meetingsAdmin.error.remoteUrl",
      },
    ],
    [
      "create: plain http link, malformed time, overlong place",
      createMeetingAction,
      () => meetingValues({ remoteUrl: "http://teams.example.fi/x", startsAt: "huomenna", location: "x".repeat(301) }),
      {
        remoteUrl: "meetingsAdmin.error.remoteUrl",
        startsAt: "meetingsAdmin.error.dateTime",
        location: "validation.tooLong",
      },
    ],
    [
      "create: end equal to start",
      createMeetingAction,
      () => meetingValues({ endsAt: localDay(30, 13) }),
      { endsAt: "meetingsAdmin.error.endBeforeStart" },
    ],
    [
      "create: unknown chair",
      createMeetingAction,
      () => meetingValues({ chairId: unknown }),
      { chairId: "meetingsAdmin.error.unknownUser" },
    ],
    [
      "create: unknown and malformed invitees",
      createMeetingAction,
      () => meetingValues({ attendeeIds: [cast.steering.id, "nope"] }),
      { "attendeeIds.1": "validation.invalid" },
    ],
    [
      "create: an invitee who does not exist",
      createMeetingAction,
      () => meetingValues({ attendeeIds: [cast.steering.id, unknown] }),
      { attendeeIds: "meetingsAdmin.error.unknownUser" },
    ],
    [
      "edit: unknown meeting",
      updateMeetingAction,
      () => editValues({ meetingId: unknown }),
      { meetingId: "meetingsAdmin.error.unknownMeeting" },
    ],
    [
      "edit: empty title, end before start",
      updateMeetingAction,
      () => editValues({ title: "   ", endsAt: localDay(29, 9) }),
      { title: "validation.required", endsAt: "meetingsAdmin.error.endBeforeStart" },
    ],
    [
      "edit: unknown secretary",
      updateMeetingAction,
      () => editValues({ secretaryId: unknown }),
      { secretaryId: "meetingsAdmin.error.unknownUser" },
    ],
    [
      "create: a STAFF secretary posted by hand (could neither see nor write the minutes)",
      createMeetingAction,
      () => meetingValues({ secretaryId: cast.staff.id }),
      { secretaryId: "meetingsAdmin.error.secretaryNotEligible" },
    ],
    [
      "create: a SUPERVISOR chair and a STAFF invitee (neither would see the agenda)",
      createMeetingAction,
      () => meetingValues({ chairId: cast.supervisor.id, attendeeIds: [cast.steering.id, cast.staff.id] }),
      { chairId: "meetingsAdmin.error.chairNotInvitable", attendeeIds: "meetingsAdmin.error.notInvitable" },
    ],
    [
      "edit: a SUPERVISOR secretary",
      updateMeetingAction,
      () => editValues({ secretaryId: cast.supervisor.id }),
      { secretaryId: "meetingsAdmin.error.secretaryNotEligible" },
    ],
    [
      "edit: a STAFF invitee",
      updateMeetingAction,
      () => editValues({ attendeeIds: [cast.steering.id, cast.staff.id] }),
      { attendeeIds: "meetingsAdmin.error.notInvitable" },
    ],
    [
      "edit: approved minutes are locked",
      updateMeetingAction,
      () => editValues({ meetingId: approved.id }),
      {},
      "meetingsAdmin.error.locked",
    ],
    [
      "attendance: unknown status",
      recordAttendanceAction,
      () => ({ meetingId: planned.id, [`attendance.${cast.steering.id}`]: "LATE" }),
      () => ({ [`attendance.${cast.steering.id}`]: "validation.invalid" }),
    ],
    [
      "attendance: someone not invited",
      recordAttendanceAction,
      () => ({ meetingId: planned.id, [`attendance.${cast.staff.id}`]: "PRESENT" }),
      () => ({ [`attendance.${cast.staff.id}`]: "meetingsAdmin.error.notInvited" }),
    ],
    [
      "attendance: unknown meeting",
      recordAttendanceAction,
      () => ({ meetingId: unknown, [`attendance.${cast.steering.id}`]: "PRESENT" }),
      { meetingId: "meetingsAdmin.error.unknownMeeting" },
    ],
    [
      "delete: not confirmed",
      deleteMeetingAction,
      () => ({ meetingId: planned.id }),
      { confirm: "meetingsAdmin.error.confirm" },
    ],
    [
      "delete: unknown meeting",
      deleteMeetingAction,
      () => ({ meetingId: unknown, confirm: "yes" }),
      { meetingId: "meetingsAdmin.error.unknownMeeting" },
    ],
    [
      "delete: a meeting past PLANNED",
      deleteMeetingAction,
      () => ({ meetingId: approved.id, confirm: "yes" }),
      {},
      "meetingsAdmin.error.deleteNotPlanned",
    ],
    [
      "status: skipping a step",
      changeMeetingStatusAction,
      () => ({ meetingId: planned.id, status: "MINUTES_APPROVED", confirm: "yes" }),
      { status: "meetingsAdmin.error.transition" },
    ],
    [
      "status: no such status",
      changeMeetingStatusAction,
      () => ({ meetingId: planned.id, status: "CANCELLED", confirm: "yes" }),
      { status: "validation.invalid" },
    ],
    [
      "status: not confirmed",
      changeMeetingStatusAction,
      () => ({ meetingId: planned.id, status: "AGENDA_PUBLISHED" }),
      { confirm: "meetingsAdmin.error.confirm" },
    ],
    [
      "status: publishing without a place or link",
      changeMeetingStatusAction,
      () => ({ meetingId: placeless.id, status: "AGENDA_PUBLISHED", confirm: "yes" }),
      { status: "meetingsAdmin.error.placeRequired" },
    ],
    [
      "status: reopening without a reason",
      changeMeetingStatusAction,
      () => ({ meetingId: approved.id, status: "MINUTES_DRAFT", confirm: "yes" }),
      { reason: "meetingsAdmin.error.reasonRequired" },
    ],
    [
      "status: overlong reason",
      changeMeetingStatusAction,
      () => ({ meetingId: approved.id, status: "MINUTES_DRAFT", reason: "x".repeat(1001), confirm: "yes" }),
      { reason: "validation.tooLong" },
    ],
    [
      "status: unknown meeting",
      changeMeetingStatusAction,
      () => ({ meetingId: unknown, status: "AGENDA_PUBLISHED", confirm: "yes" }),
      { meetingId: "meetingsAdmin.error.unknownMeeting" },
    ],
    [
      "add item: empty title",
      addAgendaItemAction,
      () => ({ meetingId: planned.id, title: "" }),
      { title: "validation.required" },
    ],
    [
      "add item: overlong title, description and presenter name",
      addAgendaItemAction,
      () => ({
        meetingId: planned.id,
        title: "x".repeat(201),
        body: "x".repeat(5001),
        presenterName: "x".repeat(201),
      }),
      { title: "validation.tooLong", body: "validation.tooLong", presenterName: "validation.tooLong" },
    ],
    [
      "add item: unknown presenter",
      addAgendaItemAction,
      () => ({ meetingId: planned.id, title: "Asia", presenterId: unknown }),
      { presenterId: "meetingsAdmin.error.unknownUser" },
    ],
    [
      "add item: unknown meeting",
      addAgendaItemAction,
      () => ({ meetingId: unknown, title: "Asia" }),
      { meetingId: "meetingsAdmin.error.unknownMeeting" },
    ],
    [
      "add item: approved minutes are locked",
      addAgendaItemAction,
      () => ({ meetingId: approved.id, title: "Asia" }),
      {},
      "meetingsAdmin.error.locked",
    ],
    [
      "edit item: another meeting's item",
      updateAgendaItemAction,
      () => ({ meetingId: planned.id, itemId: other.itemIds[0]!, title: "Kaapattu" }),
      { itemId: "meetingsAdmin.error.unknownItem" },
    ],
    [
      "edit item: unknown item",
      updateAgendaItemAction,
      () => ({ meetingId: planned.id, itemId: unknown, title: "Asia" }),
      { itemId: "meetingsAdmin.error.unknownItem" },
    ],
    [
      "edit item: empty and overlong",
      updateAgendaItemAction,
      () => ({ meetingId: planned.id, itemId: planned.itemIds[0]!, title: " ", body: "x".repeat(5001) }),
      { title: "validation.required", body: "validation.tooLong" },
    ],
    [
      "edit item: approved minutes are locked",
      updateAgendaItemAction,
      () => ({ meetingId: approved.id, itemId: approved.itemIds[0]!, title: "Uusi nimi" }),
      {},
      "meetingsAdmin.error.locked",
    ],
    [
      "remove item: another meeting's item",
      removeAgendaItemAction,
      () => ({ meetingId: planned.id, itemId: other.itemIds[1]!, confirm: "yes" }),
      { itemId: "meetingsAdmin.error.unknownItem" },
    ],
    [
      "remove item: not confirmed",
      removeAgendaItemAction,
      () => ({ meetingId: planned.id, itemId: planned.itemIds[1]! }),
      { confirm: "meetingsAdmin.error.confirm" },
    ],
    [
      "move: the first item up",
      moveAgendaItemAction,
      () => ({ meetingId: planned.id, itemId: planned.itemIds[0]!, direction: "up" }),
      { direction: "meetingsAdmin.error.cannotMove" },
    ],
    [
      "move: the last item down",
      moveAgendaItemAction,
      () => ({ meetingId: planned.id, itemId: planned.itemIds.at(-1)!, direction: "down" }),
      { direction: "meetingsAdmin.error.cannotMove" },
    ],
    [
      "move: no such direction",
      moveAgendaItemAction,
      () => ({ meetingId: planned.id, itemId: planned.itemIds[1]!, direction: "sideways" }),
      { direction: "validation.invalid" },
    ],
    [
      "move: another meeting's item",
      moveAgendaItemAction,
      () => ({ meetingId: planned.id, itemId: other.itemIds[2]!, direction: "up" }),
      { itemId: "meetingsAdmin.error.unknownItem" },
    ],
  ];

  for (const [name, action, values, expected, formError] of cases) {
    it(name, async () => {
      const before = await meetingWrites(db);
      const { state, redirect } = await submit(action, cast.coordinator, values());
      expect(redirect).toBeUndefined();
      expect(state?.status).toBe("error");
      expect(state?.fields ?? {}).toEqual(typeof expected === "function" ? expected() : expected);
      expect(state?.formError).toBe(formError);
      // The form shows what was sent again.
      expect(state?.values).toBeDefined();
      expect(await meetingWrites(db)).toEqual(before);
    });
  }
});

describe("who may manage meetings", () => {
  type Column = keyof MeetingCast | "signedOut";
  const COLUMNS: Column[] = ["signedOut", "staff", "supervisor", "steering", "coordinator", "admin"];
  const ALLOWED: Column[] = ["coordinator", "admin"];
  const actorOf = (column: Column) => (column === "signedOut" ? null : cast[column]);

  const forms: [string, Action, () => Promise<Values> | Values][] = [
    ["create meeting", createMeetingAction, () => meetingValues({ attendeeIds: [cast.steering.id] })],
    [
      "edit meeting",
      updateMeetingAction,
      async () => {
        const { id } = await createMeetingRow(db, { status: "AGENDA_PUBLISHED" });
        const { attendeeIds: _a, ...rest } = meetingValues();
        return { ...rest, meetingId: id };
      },
    ],
    [
      "record attendance",
      recordAttendanceAction,
      async () => {
        const { id } = await createMeetingRow(db, { status: "MINUTES_DRAFT", attendeeIds: [cast.steering.id] });
        return { meetingId: id, [`attendance.${cast.steering.id}`]: "PRESENT" };
      },
    ],
    [
      "delete meeting",
      deleteMeetingAction,
      async () => ({ meetingId: (await createMeetingRow(db)).id, confirm: "yes" }),
    ],
    [
      "publish agenda",
      changeMeetingStatusAction,
      async () => {
        const { id } = await createMeetingRow(db, { attendeeIds: [cast.steering.id] });
        return { meetingId: id, status: "AGENDA_PUBLISHED", confirm: "yes" };
      },
    ],
    [
      "reopen minutes",
      changeMeetingStatusAction,
      async () => {
        const { id } = await createMeetingRow(db, { status: "MINUTES_APPROVED" });
        return { meetingId: id, status: "MINUTES_DRAFT", reason: "Korjaus.", confirm: "yes" };
      },
    ],
    [
      "add agenda item",
      addAgendaItemAction,
      async () => ({ meetingId: (await createMeetingRow(db, { status: "AGENDA_PUBLISHED" })).id, title: "Asia" }),
    ],
    [
      "edit agenda item",
      updateAgendaItemAction,
      async () => {
        const { id, itemIds } = await createMeetingRow(db, { status: "MINUTES_DRAFT" });
        return { meetingId: id, itemId: itemIds[1]!, title: "Uusi nimi" };
      },
    ],
    [
      "remove agenda item",
      removeAgendaItemAction,
      async () => {
        const { id, itemIds } = await createMeetingRow(db);
        return { meetingId: id, itemId: itemIds[1]!, confirm: "yes" };
      },
    ],
    [
      "move agenda item",
      moveAgendaItemAction,
      async () => {
        const { id, itemIds } = await createMeetingRow(db, { status: "AGENDA_PUBLISHED" });
        return { meetingId: id, itemId: itemIds[1]!, direction: "down" };
      },
    ],
  ];

  for (const [name, action, values] of forms) {
    for (const column of COLUMNS) {
      const allowed = ALLOWED.includes(column);
      it(`${name}: ${column} ${allowed ? "may" : "may not"}`, async () => {
        const input = await values();
        const before = await meetingWrites(db);
        const outcome = await submit(action, actorOf(column), input);
        if (allowed) {
          expect(outcome.redirect ?? outcome.state?.status).toMatch(/^\/kokoukset|^saved$/);
        } else {
          expect(outcome.state).toMatchObject({
            status: "error",
            formError: column === "signedOut" ? "form.error.UNAUTHENTICATED" : "form.error.FORBIDDEN",
          });
          expect(await meetingWrites(db)).toEqual(before);
        }
      });
    }
  }

  it("the mutations themselves: an invisible meeting is NOT_FOUND, a visible one FORBIDDEN", async () => {
    const planned = await createMeetingRow(db);
    const published = await createMeetingRow(db, { status: "AGENDA_PUBLISHED" });
    const approved = await createMeetingRow(db, { status: "MINUTES_APPROVED" });
    const before = await meetingWrites(db);
    const edit = (actor: Actor | null, meeting: { id: string; itemIds: string[] }) =>
      updateAgendaItem(actor, { meetingId: meeting.id, itemId: meeting.itemIds[0]!, title: "X" });
    const expectations: [Actor | null, { id: string; itemIds: string[] }, string][] = [
      [null, planned, "UNAUTHENTICATED"],
      [cast.staff, planned, "NOT_FOUND"],
      [cast.staff, published, "NOT_FOUND"],
      [cast.staff, approved, "FORBIDDEN"],
      [cast.supervisor, published, "NOT_FOUND"],
      [cast.steering, planned, "NOT_FOUND"],
      [cast.steering, { id: randomUUID(), itemIds: [randomUUID()] }, "NOT_FOUND"],
      [cast.steering, published, "FORBIDDEN"],
      [cast.steering, approved, "FORBIDDEN"],
    ];
    for (const [actor, meeting, code] of expectations) {
      await expect(edit(actor, meeting)).rejects.toMatchObject({ code });
    }
    await expect(
      changeMeetingStatus(cast.steering, { meetingId: planned.id, status: "AGENDA_PUBLISHED", confirm: "yes" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await meetingWrites(db)).toEqual(before);
  });

  it("the edit page's loader shows a meeting to coordinators and admins only, in every status", async () => {
    const meetings = await Promise.all(
      (["PLANNED", "AGENDA_PUBLISHED", "MINUTES_DRAFT", "MINUTES_APPROVED"] as const).map((status) =>
        createMeetingRow(db, { status }),
      ),
    );
    for (const column of COLUMNS) {
      for (const meeting of meetings) {
        const view = await getMeetingForEdit(actorOf(column), meeting.id);
        expect(view?.id ?? null, `${column}`).toBe(ALLOWED.includes(column) ? meeting.id : null);
      }
    }
  });

  it("refuses a cross-site submission before anything else", async () => {
    request.headers = crossOrigin();
    const before = await meetingWrites(db);
    request.actor = cast.coordinator;
    await expect(createMeetingAction(idleForm, form(meetingValues()))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await meetingWrites(db)).toEqual(before);
  });
});
