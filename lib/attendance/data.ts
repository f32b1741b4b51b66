// Reads for after the session: a session's participant list, for the
// coordinator's session page (attendance marking) and for the exports. Names
// and addresses are personal data: only coordinators read them.
import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { EnrolmentStatus, SessionStatus } from "@/lib/db/enums";
import { attendanceRefusal, isMarkable, type AttendanceRefusal } from "./rules";
import { isUuid } from "@/lib/http/fields";
import { compareByName } from "@/lib/users/rules";

export type Participant = {
  enrolmentId: string;
  name: string | null;
  /**
   * The participant's own address, for coordinators only (this loader asks
   * enrolment.manage or export.read): it is the point of the participant list
   * and its export, shown in a column of its own — never in place of a name.
   */
  email: string;
  library: string | null;
  status: EnrolmentStatus;
  waitlistPosition: number | null;
  enrolledAt: Date;
  cancelledAt: Date | null;
};

export type ParticipantList = {
  session: {
    id: string;
    title: string | null;
    startsAt: Date;
    endsAt: Date;
    status: SessionStatus;
    offering: { id: string; slug: string; title: string };
  };
  /** Why attendance cannot be marked now; null once the session has started. */
  attendanceRefusal: AttendanceRefusal | null;
  /** Held a seat: confirmed, attended or no-show; by name. */
  seated: Participant[];
  /** By queue position. */
  waitlisted: Participant[];
  /** Most recently cancelled first. */
  cancelled: Participant[];
};

/** By name, the nameless last; the address only breaks ties (it is never shown as a name). */
const byName = (a: Participant, b: Participant) =>
  compareByName({ name: a.name, libraryName: a.library }, { name: b.name, libraryName: b.library }) ||
  a.email.localeCompare(b.email);

/**
 * Everyone enrolled in one session, grouped for the coordinator; null when
 * the session does not exist or the actor may not read participants (the
 * session page needs `enrolment.manage`, the exports `export.read`).
 */
export async function getParticipantList(
  actor: Actor | null,
  sessionId: string,
  permission: "enrolment.manage" | "export.read" = "enrolment.manage",
  now: Date = new Date(),
): Promise<ParticipantList | null> {
  if (!can(actor, permission) || !isUuid(sessionId)) return null;
  const row = await db().trainingSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      status: true,
      offering: { select: { id: true, slug: true, title: true } },
      enrolments: {
        select: {
          id: true,
          status: true,
          waitlistPosition: true,
          createdAt: true,
          cancelledAt: true,
          user: { select: { name: true, email: true, library: { select: { name: true } } } },
        },
      },
    },
  });
  if (!row) return null;
  const { enrolments, ...session } = row;
  const all: Participant[] = enrolments.map((e) => ({
    enrolmentId: e.id,
    name: e.user.name,
    email: e.user.email,
    library: e.user.library?.name ?? null,
    status: e.status,
    waitlistPosition: e.waitlistPosition,
    enrolledAt: e.createdAt,
    cancelledAt: e.cancelledAt,
  }));
  return {
    session,
    attendanceRefusal: attendanceRefusal(session, now),
    seated: all.filter((p) => isMarkable(p.status)).sort(byName),
    waitlisted: all
      .filter((p) => p.status === "WAITLISTED")
      .sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0)),
    cancelled: all
      .filter((p) => p.status === "CANCELLED")
      .sort((a, b) => (b.cancelledAt?.getTime() ?? 0) - (a.cancelledAt?.getTime() ?? 0)),
  };
}
