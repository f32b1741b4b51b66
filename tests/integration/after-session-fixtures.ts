// A session of its own with people in every state: seated (CONFIRMED),
// waitlisted (positions 1..n) and cancelled, written directly as the
// enrolment code would have left them. Built on enrolment-fixtures, so that
// removeCreated() takes it all away again.
import type { Actor } from "@/lib/auth/policy";
import type { Db } from "@/lib/db/client";
import { createSession, createUsers } from "./enrolment-fixtures";

const HOUR = 3600 * 1000;

export type Enrolled = { enrolmentId: string; actor: Actor; email: string };

export type PeopledSession = {
  sessionId: string;
  offeringId: string;
  offeringSlug: string;
  startsAt: Date;
  seated: Enrolled[];
  waitlisted: Enrolled[];
  cancelled: Enrolled[];
};

export async function peopledSession(
  db: Db,
  options: { startsAt?: Date; seated?: number; waitlisted?: number; cancelled?: number; status?: "CANCELLED" } = {},
): Promise<PeopledSession> {
  const startsAt = options.startsAt ?? new Date(Date.now() - 26 * HOUR);
  const seated = options.seated ?? 2;
  const waitlisted = options.waitlisted ?? 1;
  const cancelled = options.cancelled ?? 1;
  const session = await createSession(db, { capacity: seated, startsAt, status: options.status });
  const { offeringId } = await db.trainingSession.findUniqueOrThrow({
    where: { id: session.id },
    select: { offeringId: true },
  });
  const users = await createUsers(db, seated + waitlisted + cancelled);
  const emails = new Map(
    (await db.user.findMany({ where: { id: { in: users.map((u) => u.id) } }, select: { id: true, email: true } })).map(
      (u) => [u.id, u.email],
    ),
  );
  const enrol = async (actor: Actor, status: "CONFIRMED" | "WAITLISTED" | "CANCELLED", position: number | null) => {
    const row = await db.enrolment.create({
      data: {
        sessionId: session.id,
        userId: actor.id,
        status,
        waitlistPosition: position,
        cancelledAt: status === "CANCELLED" ? new Date() : null,
      },
      select: { id: true },
    });
    return { enrolmentId: row.id, actor, email: emails.get(actor.id)! };
  };
  const out: PeopledSession = {
    sessionId: session.id,
    offeringId,
    offeringSlug: session.offeringSlug,
    startsAt,
    seated: [],
    waitlisted: [],
    cancelled: [],
  };
  let i = 0;
  for (let n = 0; n < seated; n++) out.seated.push(await enrol(users[i++]!, "CONFIRMED", null));
  for (let n = 0; n < waitlisted; n++) out.waitlisted.push(await enrol(users[i++]!, "WAITLISTED", n + 1));
  for (let n = 0; n < cancelled; n++) out.cancelled.push(await enrol(users[i++]!, "CANCELLED", null));
  await db.trainingSession.update({ where: { id: session.id }, data: { seatsTaken: seated } });
  return out;
}

/** The statuses of a session's enrolments by id, and the audit trail of attendance marks. */
export async function attendanceState(db: Db, sessionId: string) {
  const [enrolments, session] = await Promise.all([
    db.enrolment.findMany({ where: { sessionId }, select: { id: true, status: true }, orderBy: { id: "asc" } }),
    db.trainingSession.findUniqueOrThrow({ where: { id: sessionId }, select: { seatsTaken: true } }),
  ]);
  const audits = await db.auditEvent.count({
    where: { action: "enrolment.attendance", entityId: { in: enrolments.map((e) => e.id) } },
  });
  return { statuses: Object.fromEntries(enrolments.map((e) => [e.id, e.status])), audits, ...session };
}
