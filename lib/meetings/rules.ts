// Who may do what with one meeting, given its status: the policy table says
// what a role may do in general, these say what it means for this meeting.
// Every mutation and page under /kokoukset asks these (pure; unit-tested).
import { can, canSeeMeeting, type Actor } from "@/lib/auth/policy";
import type { AgendaItemKind, MeetingStatus } from "@/lib/db/enums";
import { CLOSING_KINDS } from "./agenda-template";

export type MeetingRef = { id: string; status: MeetingStatus; secretaryId: string | null };

/** Coordinators edit the meeting's details and agenda, and move it through its statuses. */
export function canManageMeeting(actor: Actor | null | undefined, meeting: MeetingRef): boolean {
  return canSeeMeeting(actor, meeting.status) && can(actor, "meeting.manage");
}

/** The statuses in which a meeting's minutes are written. */
const WRITING_STATUSES = ["AGENDA_PUBLISHED", "MINUTES_DRAFT"] as const satisfies readonly MeetingStatus[];

/**
 * The minutes' writers: coordinators and the meeting's secretary (if they see
 * the meeting). Whatever the status: after approval they are the ones who
 * wrote the drafts, and the drafts' history stays theirs.
 */
export function isMinutesWriter(actor: Actor | null | undefined, meeting: MeetingRef): boolean {
  if (!actor || !canSeeMeeting(actor, meeting.status)) return false;
  if (can(actor, "minutes.write")) return true;
  // The secretary writes only if they see the meeting while its minutes are written (a STAFF secretary never did).
  const secretary = meeting.secretaryId !== null && meeting.secretaryId === actor.id;
  return secretary && WRITING_STATUSES.every((status) => canSeeMeeting(actor, status));
}

/**
 * Minutes are written by coordinators and by the meeting's secretary, from the
 * published agenda until approval; approved minutes are locked until reopened.
 */
export function canWriteMinutes(actor: Actor | null | undefined, meeting: MeetingRef): boolean {
  if (!(WRITING_STATUSES as readonly MeetingStatus[]).includes(meeting.status)) return false;
  return isMinutesWriter(actor, meeting);
}

/**
 * Who may be named a meeting's secretary: someone who, once named, could see
 * and write its minutes from the published agenda until approval. A STAFF or
 * SUPERVISOR secretary could do neither (they do not see draft agendas).
 */
export function canBeSecretary(person: Actor): boolean {
  return WRITING_STATUSES.every((status) => canWriteMinutes(person, { id: "", status, secretaryId: person.id }));
}

/**
 * Who may be invited to a meeting (the chair is invited with the secretary):
 * someone who may see the published agenda the invitation mails them. Others
 * would get a mail about a meeting the portal does not show them.
 */
export function canBeInvited(person: Actor): boolean {
  return canSeeMeeting(person, "AGENDA_PUBLISHED");
}

/**
 * Whom publishing mails the agenda and the invitation: the invitees who will
 * see it. The others (invited before they lost the role, say) are not mailed,
 * and the coordinator is told so by name: a mail they could not follow would
 * only be skipped by the mail job, unseen.
 */
export function agendaRecipients<T extends Actor>(invitees: readonly T[]): { mailed: T[]; notMailed: T[] } {
  return {
    mailed: invitees.filter((person) => canBeInvited(person)),
    notMailed: invitees.filter((person) => !canBeInvited(person)),
  };
}

/** Steering-group members write their own library's news-round entry before the minutes are approved. */
export function canWriteNewsRound(actor: Actor | null | undefined, meeting: MeetingRef): boolean {
  if (!actor || !canSeeMeeting(actor, meeting.status)) return false;
  if (meeting.status === "MINUTES_APPROVED") return false;
  return can(actor, "newsRound.writeOwnLibrary") && (actor.libraryId !== null || can(actor, "meeting.manage"));
}

/** Minutes are there to read once a draft is started (and, approved, for every member). */
export function hasMinutes(status: MeetingStatus): boolean {
  return status === "MINUTES_DRAFT" || status === "MINUTES_APPROVED";
}

/** The printable muistio exists once the minutes are; coordinators may print the agenda before. */
export function canPrintMeeting(actor: Actor | null | undefined, meeting: MeetingRef): boolean {
  if (!actor || !canSeeMeeting(actor, meeting.status)) return false;
  return hasMinutes(meeting.status) || canManageMeeting(actor, meeting);
}

// ───────────── the meeting's life: statuses, locks, agenda order ─────────────

/**
 * The steps a coordinator may take: publish the agenda, start the minutes,
 * approve them, and reopen approved minutes (with a reason, audited).
 */
export const MEETING_TRANSITIONS: Record<MeetingStatus, readonly MeetingStatus[]> = {
  PLANNED: ["AGENDA_PUBLISHED"],
  AGENDA_PUBLISHED: ["MINUTES_DRAFT"],
  MINUTES_DRAFT: ["MINUTES_APPROVED"],
  MINUTES_APPROVED: ["MINUTES_DRAFT"],
};

export function canChangeMeetingStatus(from: MeetingStatus, to: MeetingStatus): boolean {
  return MEETING_TRANSITIONS[from].includes(to);
}

/** Reopening approved minutes is its own step: it needs a reason and is recorded as such. */
export function isMinutesReopen(from: MeetingStatus, to: MeetingStatus): boolean {
  return from === "MINUTES_APPROVED" && to === "MINUTES_DRAFT";
}

/**
 * Approved minutes are a closed record: the details, attendance and agenda
 * they print stay as approved until a coordinator reopens them.
 */
export function isMeetingLocked(status: MeetingStatus): boolean {
  return status === "MINUTES_APPROVED";
}

/** Only a meeting nobody else has seen yet may be deleted. */
export function canDeleteMeeting(status: MeetingStatus): boolean {
  return status === "PLANNED";
}

/** Publishing sends an invitation, which must say where: a place or a remote link. */
export function hasMeetingPlace(meeting: { location: string | null; remoteUrl: string | null }): boolean {
  return !!meeting.location?.trim() || !!meeting.remoteUrl;
}

/**
 * Where (0-based) a new agenda item goes among the current items (in order):
 * before the closing block ("Muut asiat", "Seuraava kokous", closing), else last.
 */
export function agendaInsertIndex(kinds: readonly AgendaItemKind[]): number {
  let index = kinds.length;
  while (index > 0 && CLOSING_KINDS.includes(kinds[index - 1]!)) index--;
  return index;
}

export type MoveDirection = "up" | "down";

/** The order after moving one item a step; null when it cannot move (first up, last down, unknown). */
export function moveInOrder<T>(order: readonly T[], item: T, direction: MoveDirection): T[] | null {
  const from = order.indexOf(item);
  if (from < 0) return null;
  const to = direction === "up" ? from - 1 : from + 1;
  if (to < 0 || to >= order.length) return null;
  const next = [...order];
  next[from] = order[to]!;
  next[to] = item;
  return next;
}
