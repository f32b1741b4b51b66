// Coordinators' writes to a meeting: details and invitations, attendance,
// the agenda, its status and deletion. Each function takes the acting user,
// checks the policy and the meeting's rules itself, locks the meeting row,
// runs in one transaction and leaves an AuditEvent. The agenda mail is
// enqueued in the same transaction as the publishing, and a published
// meeting's change notices in the same transaction as the change (outbox).
import "server-only";
import { audit } from "@/lib/audit/mutations";
import { assertCan, assertSignedIn, can, canSeeMeeting, type Actor } from "@/lib/auth/policy";
import { db, type Tx } from "@/lib/db";
import type { MeetingStatus } from "@/lib/db/enums";
import { AppError, fieldError } from "@/lib/http/errors";
import { notifiableChanges, snapshotChanges } from "@/lib/calendar/changes";
import { meetingSnapshot } from "@/lib/calendar/meetings";
import { enqueue, enqueueChangeNotice, enqueueMany } from "@/lib/jobs/mutations";
import { STANDARD_AGENDA } from "./agenda-template";
import {
  agendaInsertIndex,
  agendaRecipients,
  canBeInvited,
  canBeSecretary,
  canChangeMeetingStatus,
  canDeleteMeeting,
  canManageMeeting,
  canWriteMinutes,
  hasMeetingPlace,
  isMinutesWriter,
  isMeetingLocked,
  isMinutesReopen,
  moveInOrder,
} from "./rules";
import {
  PLACE_MAX,
  remoteUrlSchema,
  TITLE_MAX,
  type AgendaItemCreateInput,
  type AgendaItemDeleteInput,
  type AgendaItemMoveInput,
  type AgendaItemUpdateInput,
  type AttendanceInput,
  type MeetingCreateInput,
  type MeetingDeleteInput,
  type MeetingStatusInput,
  type MeetingUpdateInput,
} from "./schema";
import { isUuid } from "@/lib/http/fields";
import { invalidating } from "@/lib/cache/invalidate";
import { MEETINGS_TAG } from "@/lib/cache/tags";

export type { MeetingCreateInput };

// ───────────── shared checks ─────────────

const lockedError = () => fieldError("_", "meetingsAdmin.error.locked");

const meetingSelect = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  location: true,
  remoteUrl: true,
  status: true,
  chairId: true,
  secretaryId: true,
  approvedAt: true,
} as const;

type LockedMeeting = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  remoteUrl: string | null;
  status: MeetingStatus;
  chairId: string | null;
  secretaryId: string | null;
  approvedAt: Date | null;
};

export type LockedMeetingRef = { id: string; status: MeetingStatus; secretaryId: string | null; startsAt: Date };

/**
 * The one way a write into a meeting starts: lock the meeting row for the
 * rest of the transaction, then check that the actor may see it. SHARE for
 * writes into a meeting (minutes, news round, decisions, materials' readers):
 * they run side by side but a status change (approval) waits for them, and
 * they for it. UPDATE for changes to the meeting itself, which run one after
 * the other. An unknown id and a meeting the actor may not see look the same:
 * `missing()`, NOT_FOUND unless the caller names a field for its form.
 */
export async function lockVisibleMeeting(
  tx: Tx,
  actor: Actor,
  meetingId: string,
  mode: "SHARE" | "UPDATE",
  missing: () => AppError = () => new AppError("NOT_FOUND", "No such meeting."),
): Promise<LockedMeetingRef> {
  if (!isUuid(meetingId)) throw missing();
  const rows =
    mode === "UPDATE"
      ? await tx.$queryRaw<LockedMeetingRef[]>`
          SELECT "id"::text AS "id", "status"::text AS "status", "secretaryId"::text AS "secretaryId", "startsAt"
          FROM "Meeting" WHERE "id" = ${meetingId}::uuid FOR UPDATE`
      : await tx.$queryRaw<LockedMeetingRef[]>`
          SELECT "id"::text AS "id", "status"::text AS "status", "secretaryId"::text AS "secretaryId", "startsAt"
          FROM "Meeting" WHERE "id" = ${meetingId}::uuid FOR SHARE`;
  const meeting = rows[0];
  if (!meeting || !canSeeMeeting(actor, meeting.status)) throw missing();
  return meeting;
}

/**
 * The meeting whose decisions and action items are written, locked against a
 * concurrent status change (approval) until the transaction ends, and checked
 * writable: an invisible meeting does not exist; approved minutes are locked;
 * otherwise only coordinators and the secretary write them.
 */
export async function lockMeetingForOutcomes(tx: Tx, actor: Actor, meetingId: string): Promise<LockedMeetingRef> {
  const meeting = await lockVisibleMeeting(tx, actor, meetingId, "SHARE");
  if (canWriteMinutes(actor, meeting)) return meeting;
  const writer = isMinutesWriter(actor, meeting);
  const conflict = (messageKey: string) => new AppError("CONFLICT", "Not possible in this state.", { _: messageKey });
  if (writer && meeting.status === "MINUTES_APPROVED") throw conflict("actionItems.error.locked");
  if (writer && meeting.status === "PLANNED") throw conflict("actionItems.error.notPublished");
  throw new AppError("FORBIDDEN", "You may not edit this meeting's decisions.");
}

/** An agenda item of this meeting (another meeting's item is "unknown" here), or null. */
export async function agendaItemOfMeeting(tx: Tx, meetingId: string, agendaItemId: string) {
  return tx.agendaItem.findFirst({ where: { id: agendaItemId, meetingId }, select: { id: true } });
}

/**
 * Locks the meeting for a coordinator's change to it, so that two
 * coordinators' changes (a move and a publish, say) run one after the other.
 * A meeting the actor may not see does not exist for them (NOT_FOUND); a
 * coordinator gets a field message for an unknown id.
 */
async function lockMeeting(tx: Tx, actor: Actor, meetingId: string): Promise<LockedMeeting> {
  const missing = () =>
    can(actor, "meeting.manage")
      ? fieldError("meetingId", "meetingsAdmin.error.unknownMeeting")
      : new AppError("NOT_FOUND", "Not found.");
  const ref = await lockVisibleMeeting(tx, actor, meetingId, "UPDATE", missing);
  // Visible to the actor but not theirs to manage: say so rather than pretend it is gone.
  if (!canManageMeeting(actor, ref)) throw new AppError("FORBIDDEN", "You may not do this.");
  const meeting = await tx.meeting.findUnique({ where: { id: ref.id }, select: meetingSelect });
  if (!meeting) throw missing();
  return meeting;
}

/** A presenter named in a form must exist (anyone may present an item). */
async function assertPresenterExists(tx: Tx, presenterId: string) {
  const found = isUuid(presenterId) && (await tx.user.findUnique({ where: { id: presenterId }, select: { id: true } }));
  if (!found) throw fieldError("presenterId", "meetingsAdmin.error.unknownUser");
}

/**
 * The people a meeting form names must exist and fit their part (issue 9):
 * invitees and the chair (invited with them) must see the published agenda
 * the invitation mails them, and the secretary must be able to see and write
 * the minutes. Every broken field is named at once; nothing is written.
 */
async function assertMeetingPeople(
  tx: Tx,
  details: { chairId: string | null; secretaryId: string | null },
  attendeeIds: readonly string[],
) {
  const wanted = [...new Set([details.chairId, details.secretaryId, ...attendeeIds])].filter(
    (id): id is string => !!id && isUuid(id),
  );
  const rows = await tx.user.findMany({
    where: { id: { in: wanted } },
    select: { id: true, roles: true, libraryId: true },
  });
  const byId = new Map(rows.map((u) => [u.id, u]));
  const fields: Record<string, string> = {};
  const check = (field: string, id: string | null, fits: (person: Actor) => boolean, message: string) => {
    if (!id) return;
    const person = byId.get(id);
    if (!person) fields[field] = "meetingsAdmin.error.unknownUser";
    else if (!fits(person)) fields[field] = message;
  };
  check("chairId", details.chairId, canBeInvited, "meetingsAdmin.error.chairNotInvitable");
  check("secretaryId", details.secretaryId, canBeSecretary, "meetingsAdmin.error.secretaryNotEligible");
  if (attendeeIds.some((id) => !byId.has(id))) fields.attendeeIds = "meetingsAdmin.error.unknownUser";
  else if (attendeeIds.some((id) => !canBeInvited(byId.get(id)!)))
    fields.attendeeIds = "meetingsAdmin.error.notInvitable";
  if (Object.keys(fields).length > 0) throw new AppError("VALIDATION_FAILED", "The input is not valid.", fields);
}

type MeetingDetails = {
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  remoteUrl: string | null;
  chairId: string | null;
  secretaryId: string | null;
};

/**
 * The same rules as the form's schema, for callers that build the input
 * themselves (a scheduling poll's chosen option): every broken rule at once.
 */
function checkMeetingDetails(input: MeetingCreateInput): MeetingDetails {
  const fields: Record<string, string> = {};
  const title = typeof input.title === "string" ? input.title.trim() : "";
  if (!title) fields.title = "validation.required";
  else if (title.length > TITLE_MAX) fields.title = "validation.tooLong";
  const validDate = (d: unknown): d is Date => d instanceof Date && !Number.isNaN(d.getTime());
  if (!validDate(input.startsAt)) fields.startsAt = "meetingsAdmin.error.dateTime";
  if (!validDate(input.endsAt)) fields.endsAt = "meetingsAdmin.error.dateTime";
  else if (validDate(input.startsAt) && input.endsAt <= input.startsAt) {
    fields.endsAt = "meetingsAdmin.error.endBeforeStart";
  }
  const location = input.location?.trim() || null;
  if (location && location.length > PLACE_MAX) fields.location = "validation.tooLong";
  const remoteUrl = input.remoteUrl?.trim() || null;
  if (remoteUrl) {
    const parsed = remoteUrlSchema.safeParse(remoteUrl);
    if (!parsed.success) fields.remoteUrl = parsed.error.issues[0]?.message ?? "meetingsAdmin.error.remoteUrl";
  }
  if (Object.keys(fields).length > 0) throw new AppError("VALIDATION_FAILED", "The input is not valid.", fields);
  return {
    title,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    location,
    remoteUrl,
    chairId: input.chairId || null,
    secretaryId: input.secretaryId || null,
  };
}

/** The steering group: everyone with the STEERING role. */
async function steeringGroupIds(tx: Tx): Promise<string[]> {
  const users = await tx.user.findMany({ where: { roles: { has: "STEERING" } }, select: { id: true } });
  return users.map((u) => u.id);
}

/** The chair and the secretary attend by definition; the printed minutes list them. */
function withChairAndSecretary(ids: readonly string[], details: MeetingDetails): string[] {
  return [...new Set([...ids, details.chairId, details.secretaryId].filter((id): id is string => !!id))];
}

/** The agenda mail's outbox entry: at most one per meeting, user and publishing. */
function agendaMailDedupeKey(meetingId: string, userId: string): string {
  // Publishing happens once per meeting (there is no step back to PLANNED).
  return `email.agendaPublished:${meetingId}:${userId}:publish`;
}

async function enqueueAgendaMails(tx: Tx, meetingId: string, userIds: readonly string[]): Promise<void> {
  await enqueueMany(
    tx,
    "email.agendaPublished",
    userIds.map((userId) => ({
      payload: { meetingId, userId },
      options: { dedupeKey: agendaMailDedupeKey(meetingId, userId) },
    })),
  );
}

/**
 * Sets the agenda's order to `orderedIds` (positions 1..n). The unique
 * (meetingId, position) constraint is checked row by row and positions must
 * stay ≥ 1, so the items that move first go above every position in use
 * (none of them can collide there), then to their places.
 */
async function renumberAgenda(
  tx: Tx,
  current: readonly { id: string; position: number }[],
  orderedIds: readonly string[],
): Promise<void> {
  const target = new Map(orderedIds.map((id, i) => [id, i + 1]));
  const moving = current.filter((item) => target.get(item.id) !== item.position);
  if (moving.length === 0) return;
  const above = Math.max(orderedIds.length, ...current.map((item) => item.position));
  await tx.agendaItem.updateMany({
    where: { id: { in: moving.map((item) => item.id) } },
    data: { position: { increment: above } },
  });
  // Then every moved item to its place in one statement.
  await tx.$executeRaw`
    UPDATE "AgendaItem" AS a SET "position" = v.position, "updatedAt" = now()
    FROM unnest(${moving.map((item) => item.id)}::uuid[], ${moving.map((item) => target.get(item.id)!)}::int[])
      AS v(id, position)
    WHERE a."id" = v.id`;
}

async function agendaOf(tx: Tx, meetingId: string) {
  return tx.agendaItem.findMany({
    where: { meetingId },
    select: { id: true, position: true, kind: true, title: true },
    orderBy: { position: "asc" },
  });
}

/** An item of this meeting; another meeting's item is as unknown as a made-up id. */
async function itemOf(tx: Tx, meetingId: string, itemId: string) {
  if (!isUuid(itemId)) throw fieldError("itemId", "meetingsAdmin.error.unknownItem");
  const item = await tx.agendaItem.findFirst({
    where: { id: itemId, meetingId },
    select: {
      id: true,
      position: true,
      kind: true,
      title: true,
      body: true,
      minutes: true,
      presenterId: true,
      presenterName: true,
    },
  });
  if (!item) throw fieldError("itemId", "meetingsAdmin.error.unknownItem");
  return item;
}

// ───────────── meetings ─────────────

/**
 * Creates a PLANNED meeting with the standard agenda, its invitations and an
 * audit event, inside the caller's transaction. The form's action and a
 * scheduling poll's "make this the meeting" both come here.
 */
export async function createMeetingInTx(tx: Tx, actor: Actor, input: MeetingCreateInput): Promise<{ id: string }> {
  assertCan(actor, "meeting.manage");
  const details = checkMeetingDetails(input);
  await assertMeetingPeople(tx, details, input.attendeeIds ?? []);
  const invited = withChairAndSecretary(input.attendeeIds ?? (await steeringGroupIds(tx)), details);
  const meeting = await tx.meeting.create({ data: { ...details, status: "PLANNED" }, select: { id: true } });
  await tx.agendaItem.createMany({
    data: STANDARD_AGENDA.map((item, i) => ({
      meetingId: meeting.id,
      position: i + 1,
      kind: item.kind,
      title: item.title,
      body: item.body,
    })),
  });
  await tx.meetingAttendance.createMany({
    data: invited.map((userId) => ({ meetingId: meeting.id, userId, status: "INVITED" as const })),
  });
  await audit(
    tx,
    actor,
    "meeting.create",
    { type: "Meeting", id: meeting.id },
    {
      after: {
        ...details,
        status: "PLANNED",
        attendeeIds: invited,
        agenda: STANDARD_AGENDA.map((item) => item.title),
      },
    },
  );
  return meeting;
}

async function createMeetingUncached(actor: Actor | null, input: MeetingCreateInput): Promise<{ id: string }> {
  assertCan(actor, "meeting.manage");
  return db().$transaction((tx) => createMeetingInTx(tx, actor, input));
}

export type MeetingUpdateResult = {
  /** Agenda mails to invitees added after publishing. */
  mailsQueued: number;
  /** Change notices to invitees of a published meeting. */
  notified: number;
};

/**
 * Saves the details and the invitations. Invitees who stay keep their
 * recorded attendance. A new time, place or remote link raises the entry's
 * SEQUENCE; once the agenda is out (the invitations with it), the invitees
 * who stay are told what changed, those added get the agenda mail, and those
 * taken off get their entry cancelled.
 */
async function updateMeetingUncached(actor: Actor | null, input: MeetingUpdateInput): Promise<MeetingUpdateResult> {
  assertSignedIn(actor);
  return db().$transaction(async (tx) => {
    const before = await lockMeeting(tx, actor, input.meetingId);
    if (isMeetingLocked(before.status)) throw lockedError();
    const details = checkMeetingDetails(input);
    await assertMeetingPeople(tx, details, input.attendeeIds);
    const invited = withChairAndSecretary(input.attendeeIds, details);
    const existing = await tx.meetingAttendance.findMany({
      where: { meetingId: before.id },
      select: { userId: true },
    });
    const had = new Set(existing.map((a) => a.userId));
    const removed = [...had].filter((id) => !invited.includes(id));
    const added = invited.filter((id) => !had.has(id));
    const beforeEntry = meetingSnapshot(before);
    const changes = notifiableChanges(snapshotChanges(beforeEntry, meetingSnapshot(details)));
    await tx.meeting.update({
      where: { id: before.id },
      data: { ...details, ...(changes.length > 0 ? { icsSequence: { increment: 1 } } : {}) },
    });
    if (removed.length > 0) {
      await tx.meetingAttendance.deleteMany({ where: { meetingId: before.id, userId: { in: removed } } });
    }
    if (added.length > 0) {
      await tx.meetingAttendance.createMany({
        data: added.map((userId) => ({ meetingId: before.id, userId, status: "INVITED" as const })),
      });
    }
    const mailsQueued = before.status === "AGENDA_PUBLISHED" ? added.length : 0;
    if (mailsQueued > 0) await enqueueAgendaMails(tx, before.id, added);
    // PLANNED: nobody but coordinators has the meeting in a calendar yet.
    const published = before.status !== "PLANNED";
    const staying = invited.filter((id) => had.has(id));
    const notified = published && changes.length > 0 ? staying.length : 0;
    for (const userId of notified > 0 ? staying : []) {
      await enqueueChangeNotice(
        tx,
        "email.meetingChanged",
        { meetingId: before.id, userId },
        { changes, before: beforeEntry },
      );
    }
    for (const userId of published ? removed : []) {
      await enqueue(tx, "email.meetingUninvited", { meetingId: before.id, userId });
    }
    const { id: _id, status: _status, approvedAt: _approvedAt, ...beforeDetails } = before;
    await audit(
      tx,
      actor,
      "meeting.update",
      { type: "Meeting", id: before.id },
      {
        before: { ...beforeDetails, attendeeIds: [...had] },
        after: { ...details, attendeeIds: invited, added, removed, ...(mailsQueued > 0 ? { mailed: added } : {}) },
        ...(changes.length > 0 ? { summary: `changed: ${changes.join(", ")}; notified ${notified}` } : {}),
      },
    );
    return { mailsQueued, notified };
  });
}

/** Who came, and how: recorded at or after the meeting for the printed minutes. */
async function recordAttendanceUncached(actor: Actor | null, input: AttendanceInput): Promise<{ changed: number }> {
  assertSignedIn(actor);
  return db().$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, actor, input.meetingId);
    if (isMeetingLocked(meeting.status)) throw lockedError();
    const current = await tx.meetingAttendance.findMany({
      where: { meetingId: meeting.id },
      select: { userId: true, status: true },
    });
    const statusOf = new Map(current.map((a) => [a.userId, a.status]));
    for (const userId of Object.keys(input.attendance)) {
      if (!statusOf.has(userId)) throw fieldError(`attendance.${userId}`, "meetingsAdmin.error.notInvited");
    }
    const changes = Object.entries(input.attendance).filter(([userId, status]) => statusOf.get(userId) !== status);
    // One update per status given, not per person.
    for (const status of new Set(changes.map(([, status]) => status))) {
      await tx.meetingAttendance.updateMany({
        where: {
          meetingId: meeting.id,
          userId: { in: changes.filter(([, s]) => s === status).map(([userId]) => userId) },
        },
        data: { status },
      });
    }
    if (changes.length > 0) {
      await audit(
        tx,
        actor,
        "meeting.attendance",
        { type: "Meeting", id: meeting.id },
        {
          before: Object.fromEntries(changes.map(([userId]) => [userId, statusOf.get(userId)])),
          after: Object.fromEntries(changes),
        },
      );
    }
    return { changed: changes.length };
  });
}

/** Only a PLANNED meeting can go, with everything in it: nobody but coordinators has seen it. */
async function deleteMeetingUncached(actor: Actor | null, input: MeetingDeleteInput): Promise<void> {
  assertSignedIn(actor);
  await db().$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, actor, input.meetingId);
    if (!canDeleteMeeting(meeting.status)) throw fieldError("_", "meetingsAdmin.error.deleteNotPlanned");
    const agenda = await agendaOf(tx, meeting.id);
    await tx.meeting.delete({ where: { id: meeting.id } });
    await audit(
      tx,
      actor,
      "meeting.delete",
      { type: "Meeting", id: meeting.id },
      { before: { ...meeting, agenda: agenda.map((item) => item.title) } },
    );
  });
}

// ───────────── status ─────────────

export type StatusChange = {
  from: MeetingStatus;
  to: MeetingStatus;
  /** Agenda mails queued by publishing: one per invitee who will see the agenda. */
  mailsQueued: number;
  /** Invitees publishing did not mail, because they may not see the agenda. */
  notMailed: number;
};

/**
 * One step of the meeting's life. Publishing the agenda needs a place or a
 * link and mails every invitee who will see the agenda (the others are
 * counted, and named on the edit page); approving stamps approvedAt and
 * locks the minutes; reopening them needs a reason and is audited as its own
 * action.
 */
async function changeMeetingStatusUncached(actor: Actor | null, input: MeetingStatusInput): Promise<StatusChange> {
  assertSignedIn(actor);
  return db().$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, actor, input.meetingId);
    const from = meeting.status;
    const to = input.status;
    if (!canChangeMeetingStatus(from, to)) throw fieldError("status", "meetingsAdmin.error.transition");
    const reopen = isMinutesReopen(from, to);
    const reason = input.reason?.trim();
    if (reopen && !reason) throw fieldError("reason", "meetingsAdmin.error.reasonRequired");
    if (to === "AGENDA_PUBLISHED" && !hasMeetingPlace(meeting)) {
      throw fieldError("status", "meetingsAdmin.error.placeRequired");
    }
    const approvedAt = to === "MINUTES_APPROVED" ? new Date() : reopen ? null : meeting.approvedAt;
    // Conditional on the status read (we hold the row lock, this is belt and braces).
    // Publishing turns the feeds' tentative entry into a confirmed one: a new SEQUENCE.
    const { count } = await tx.meeting.updateMany({
      where: { id: meeting.id, status: from },
      data: { status: to, approvedAt, ...(to === "AGENDA_PUBLISHED" ? { icsSequence: { increment: 1 } } : {}) },
    });
    if (count !== 1) throw new AppError("CONFLICT", "The meeting changed in the meantime.");
    // Publishing mails the invitees who will see the agenda; who was and was
    // not mailed goes into the audit event, which the edit page reads back.
    let mailing: { mailed: string[]; notMailed: string[] } | null = null;
    if (to === "AGENDA_PUBLISHED") {
      const invited = await tx.meetingAttendance.findMany({
        where: { meetingId: meeting.id },
        select: { user: { select: { id: true, roles: true, libraryId: true } } },
        orderBy: { userId: "asc" },
      });
      const { mailed, notMailed } = agendaRecipients(invited.map((a) => a.user));
      mailing = { mailed: mailed.map((u) => u.id), notMailed: notMailed.map((u) => u.id) };
      await enqueueAgendaMails(tx, meeting.id, mailing.mailed);
    }
    await audit(
      tx,
      actor,
      reopen ? "meeting.reopen" : "meeting.status",
      { type: "Meeting", id: meeting.id },
      {
        summary: reopen ? reason : undefined,
        before: { status: from, approvedAt: meeting.approvedAt },
        after: { status: to, approvedAt, ...(mailing ?? {}) },
      },
    );
    return { from, to, mailsQueued: mailing?.mailed.length ?? 0, notMailed: mailing?.notMailed.length ?? 0 };
  });
}

// ───────────── agenda ─────────────

async function presenterOf(tx: Tx, input: { presenterId?: string; presenterName?: string }) {
  if (input.presenterId) {
    await assertPresenterExists(tx, input.presenterId);
    return { presenterId: input.presenterId, presenterName: null };
  }
  return { presenterId: null, presenterName: input.presenterName ?? null };
}

/** Adds an item before the closing block ("Muut asiat", next meeting, closing), or last. */
async function addAgendaItemUncached(
  actor: Actor | null,
  input: AgendaItemCreateInput,
): Promise<{ id: string; position: number }> {
  assertSignedIn(actor);
  return db().$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, actor, input.meetingId);
    if (isMeetingLocked(meeting.status)) throw lockedError();
    const presenter = await presenterOf(tx, input);
    const agenda = await agendaOf(tx, meeting.id);
    const index = agendaInsertIndex(agenda.map((item) => item.kind));
    const last = agenda.reduce((max, item) => Math.max(max, item.position), 0);
    const data = { title: input.title, body: input.body ?? null, ...presenter };
    const item = await tx.agendaItem.create({
      data: { meetingId: meeting.id, position: last + 1, kind: "STANDARD", ...data },
      select: { id: true, position: true },
    });
    const order = agenda.map((i) => i.id);
    order.splice(index, 0, item.id);
    await renumberAgenda(tx, [...agenda, item], order);
    await audit(
      tx,
      actor,
      "agendaItem.create",
      { type: "AgendaItem", id: item.id },
      { after: { meetingId: meeting.id, position: index + 1, ...data } },
    );
    return { id: item.id, position: index + 1 };
  });
}

async function updateAgendaItemUncached(actor: Actor | null, input: AgendaItemUpdateInput): Promise<void> {
  assertSignedIn(actor);
  await db().$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, actor, input.meetingId);
    if (isMeetingLocked(meeting.status)) throw lockedError();
    const item = await itemOf(tx, meeting.id, input.itemId);
    const presenter = await presenterOf(tx, input);
    const after = { title: input.title, body: input.body ?? null, ...presenter };
    await tx.agendaItem.update({ where: { id: item.id }, data: after });
    await audit(
      tx,
      actor,
      "agendaItem.update",
      { type: "AgendaItem", id: item.id },
      {
        before: {
          title: item.title,
          body: item.body,
          presenterId: item.presenterId,
          presenterName: item.presenterName,
        },
        after,
      },
    );
  });
}

/**
 * Removes an item with its materials, minutes (and their revisions) and
 * decisions; its action items stay on the meeting, followed as before.
 */
async function removeAgendaItemUncached(actor: Actor | null, input: AgendaItemDeleteInput): Promise<void> {
  assertSignedIn(actor);
  await db().$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, actor, input.meetingId);
    if (isMeetingLocked(meeting.status)) throw lockedError();
    const item = await itemOf(tx, meeting.id, input.itemId);
    const [materials, revisions, decisions, actionItems] = await Promise.all([
      tx.material.count({ where: { agendaItemId: item.id } }),
      tx.minutesRevision.count({ where: { agendaItemId: item.id } }),
      tx.decision.findMany({ where: { agendaItemId: item.id }, select: { text: true } }),
      tx.actionItem.count({ where: { agendaItemId: item.id } }),
    ]);
    await tx.decision.deleteMany({ where: { agendaItemId: item.id } });
    // Materials and minutes revisions go with the row (ON DELETE CASCADE); action items are unlinked.
    await tx.agendaItem.delete({ where: { id: item.id } });
    const rest = (await agendaOf(tx, meeting.id)).filter((i) => i.id !== item.id);
    await renumberAgenda(
      tx,
      rest,
      rest.map((i) => i.id),
    );
    await audit(
      tx,
      actor,
      "agendaItem.delete",
      { type: "AgendaItem", id: item.id },
      {
        before: {
          meetingId: meeting.id,
          position: item.position,
          kind: item.kind,
          title: item.title,
          body: item.body,
          minutes: item.minutes,
          materials,
          revisions,
          decisions: decisions.map((d) => d.text),
          actionItemsUnlinked: actionItems,
        },
      },
    );
  });
}

/** One step up or down; the item keeps its id, so its materials and minutes go with it. */
async function moveAgendaItemUncached(
  actor: Actor | null,
  input: AgendaItemMoveInput,
): Promise<{ title: string; position: number }> {
  assertSignedIn(actor);
  return db().$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, actor, input.meetingId);
    if (isMeetingLocked(meeting.status)) throw lockedError();
    const item = await itemOf(tx, meeting.id, input.itemId);
    const agenda = await agendaOf(tx, meeting.id);
    const order = moveInOrder(
      agenda.map((i) => i.id),
      item.id,
      input.direction,
    );
    if (!order) throw fieldError("direction", "meetingsAdmin.error.cannotMove");
    await renumberAgenda(tx, agenda, order);
    const position = order.indexOf(item.id) + 1;
    await audit(
      tx,
      actor,
      "agendaItem.move",
      { type: "AgendaItem", id: item.id },
      { before: { position: item.position }, after: { position } },
    );
    return { title: item.title, position };
  });
}

// ───────────── Cache invalidation (ADR 23): the meetings' audience pages show all of the above ─────────────

const meetingPages = () => Promise.resolve([MEETINGS_TAG]);
export const createMeeting = invalidating(createMeetingUncached, meetingPages);
export const updateMeeting = invalidating(updateMeetingUncached, meetingPages);
export const recordAttendance = invalidating(recordAttendanceUncached, meetingPages);
export const deleteMeeting = invalidating(deleteMeetingUncached, meetingPages);
export const changeMeetingStatus = invalidating(changeMeetingStatusUncached, meetingPages);
export const addAgendaItem = invalidating(addAgendaItemUncached, meetingPages);
export const updateAgendaItem = invalidating(updateAgendaItemUncached, meetingPages);
export const removeAgendaItem = invalidating(removeAgendaItemUncached, meetingPages);
export const moveAgendaItem = invalidating(moveAgendaItemUncached, meetingPages);
