// Who may write, read and trace the minutes of one meeting, and what counts as
// a change. Pure; the editor page, the actions, the mutations and the history
// loader all ask these.
import { canSeeMeeting, type Actor } from "@/lib/auth/policy";
import type { MeetingStatus } from "@/lib/db/enums";
import { canWriteMinutes, isMinutesWriter, type MeetingRef } from "@/lib/meetings/rules";

/** The longest minutes one agenda item may hold (characters, after normalising line ends). */
export const MINUTES_MAX_LENGTH = 50_000;

/** How many revisions the history page shows, newest first. */
export const REVISION_HISTORY_LIMIT = 100;

/** Draft and approved minutes are part of the meeting's record; before that they are work in progress. */
export function minutesVisibleIn(status: MeetingStatus): boolean {
  return status === "MINUTES_DRAFT" || status === "MINUTES_APPROVED";
}

/**
 * What the minutes editor is for this actor:
 * - "hidden": the meeting does not exist for them (404);
 * - "write": coordinators and the meeting's secretary, agenda published or minutes in draft;
 * - "locked": approved minutes, read-only until a coordinator reopens them;
 * - "notYet": a planned meeting (only coordinators see it): minutes start once the agenda is published;
 * - "notAllowed": others who see the meeting but do not write its minutes.
 */
export type MinutesAccess = "hidden" | "write" | "locked" | "notYet" | "notAllowed";

export function minutesAccess(actor: Actor | null | undefined, meeting: MeetingRef): MinutesAccess {
  if (!canSeeMeeting(actor, meeting.status)) return "hidden";
  if (canWriteMinutes(actor, meeting)) return "write";
  if (meeting.status === "MINUTES_APPROVED") return "locked";
  if (meeting.status === "PLANNED") return "notYet";
  return "notAllowed";
}

/**
 * What the revision history of an item's minutes is for this actor (issue 9):
 * - "revisions": every saved draft, for the minutes' writers (coordinators and
 *   the secretary) from the published agenda on, approved or not;
 * - "text": for everyone else who may read the minutes, the text as it stands
 *   (approved: with who approved it and when) and no drafts — the history of
 *   drafts stays with those who wrote it, and a link to it still lands
 *   somewhere that makes sense;
 * - "hidden": no minutes to show (a planned meeting, an agenda whose minutes
 *   are work in progress, a meeting the actor does not see): 404.
 */
export type MinutesHistoryView = "revisions" | "text" | "hidden";

export function minutesHistoryView(actor: Actor | null | undefined, meeting: MeetingRef): MinutesHistoryView {
  if (!canSeeMeeting(actor, meeting.status) || meeting.status === "PLANNED") return "hidden";
  if (isMinutesWriter(actor, meeting)) return "revisions";
  return minutesVisibleIn(meeting.status) ? "text" : "hidden";
}

/**
 * Minutes as stored: browsers send a textarea's line ends as CRLF, and
 * trailing blank space is no content, so neither makes a new revision.
 */
export function normalizeMinutes(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/\s+$/, "");
}

/**
 * A save is based on the revision the writer saw; if another has been saved
 * since, the save would silently overwrite it. No revision yet is `null`.
 */
export function isStaleBase(baseRevisionId: string | null | undefined, latestRevisionId: string | null): boolean {
  return (baseRevisionId ?? null) !== latestRevisionId;
}

/**
 * The time a new revision gets: now, but always after the latest one, so the
 * history's order is the order of saves even if clocks of two app instances differ.
 */
export function nextRevisionTime(latest: Date | null, now: Date = new Date()): Date {
  return latest && latest.getTime() >= now.getTime() ? new Date(latest.getTime() + 1) : now;
}
