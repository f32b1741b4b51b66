// Pure attendance rules: whose attendance can be marked, and when. No
// database, no clock: `now` is always passed in.
import type { EnrolmentStatus, SessionStatus } from "@/lib/db/enums";

/** What a coordinator marks: the person came, or held a seat and did not. */
export const ATTENDANCE_MARKS = ["ATTENDED", "NO_SHOW"] as const;
export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];

/**
 * Only people who held a seat: confirmed, or already marked (a mark can be
 * corrected). The waitlisted never had a seat; the cancelled gave theirs up.
 */
export function isMarkable(status: EnrolmentStatus): boolean {
  return status === "CONFIRMED" || status === "ATTENDED" || status === "NO_SHOW";
}

export type AttendanceRefusal = "NOT_STARTED" | "SESSION_CANCELLED";

/** Why attendance cannot be marked for this session now, or null when it can. */
export function attendanceRefusal(
  session: { status: SessionStatus; startsAt: Date },
  now: Date,
): AttendanceRefusal | null {
  if (session.status === "CANCELLED") return "SESSION_CANCELLED";
  if (now < session.startsAt) return "NOT_STARTED";
  return null;
}

/** The marks that change something, in the order given. */
export function attendanceChanges(
  current: readonly { id: string; status: EnrolmentStatus }[],
  marks: Readonly<Record<string, AttendanceMark>>,
): { id: string; from: EnrolmentStatus; to: AttendanceMark }[] {
  const byId = new Map(current.map((row) => [row.id, row.status]));
  const changes: { id: string; from: EnrolmentStatus; to: AttendanceMark }[] = [];
  for (const [id, to] of Object.entries(marks)) {
    const from = byId.get(id);
    if (from !== undefined && from !== to) changes.push({ id, from, to });
  }
  return changes;
}
