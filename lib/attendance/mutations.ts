// A coordinator marks who came. One transaction under the session's
// enrolment lock (lib/enrolments/mutations.ts), so that a cancellation or a
// promotion cannot slip between the check and the write; every change leaves
// an AuditEvent. Seats stay taken: a no-show held one all the same.
import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { db, type Db } from "@/lib/db";
import { lockSessionEnrolments } from "@/lib/enrolments/mutations";
import { AppError } from "@/lib/http/errors";
import { auditMany } from "@/lib/audit/mutations";
import { assertCan } from "@/lib/auth/policy";
import { fieldError } from "@/lib/http/errors";
import { recordAttendedParts } from "@/lib/programmes/mutations";
import { attendanceChanges, attendanceRefusal, isMarkable } from "./rules";
import { markField, type AttendanceInput } from "./schema";

type Options = { now?: Date; client?: Db };

export type AttendanceResult = { changed: number; attended: number; noShow: number };

/**
 * Marks each listed participant ATTENDED or NO_SHOW. All or nothing: before
 * the start, for a cancelled session, or when any of them is not a seated
 * participant of this session (waitlisted, cancelled, someone else's), the
 * whole form is refused with field messages and nothing is written.
 */
export async function markAttendance(
  actor: Actor | null,
  input: AttendanceInput,
  options: Options = {},
): Promise<AttendanceResult> {
  assertCan(actor, "enrolment.manage");
  const now = options.now ?? new Date();
  const client = options.client ?? db();
  return client.$transaction(
    async (tx) => {
      await lockSessionEnrolments(tx, input.sessionId);
      const session = await tx.trainingSession.findUnique({
        where: { id: input.sessionId },
        select: { status: true, startsAt: true },
      });
      if (!session) throw fieldError("sessionId", "trainingsAdmin.error.unknownSession");
      const refusal = attendanceRefusal(session, now);
      if (refusal) throw fieldError("_", `afterSession.attendance.error.${refusal}`);

      const ids = Object.keys(input.marks);
      const rows = await tx.enrolment.findMany({
        where: { sessionId: input.sessionId, id: { in: ids } },
        select: { id: true, status: true, userId: true },
      });
      const found = new Map(rows.map((row) => [row.id, row.status]));
      const fields: Record<string, string> = {};
      for (const id of ids) {
        const status = found.get(id);
        if (status === undefined) fields[markField(id)] = "afterSession.attendance.error.unknown";
        else if (!isMarkable(status)) fields[markField(id)] = "afterSession.attendance.error.notMarkable";
      }
      if (Object.keys(fields).length > 0) throw new AppError("VALIDATION_FAILED", "The input is not valid.", fields);

      const changes = attendanceChanges(rows, input.marks);
      // One update per mark (attended, no-show), not per person; the audit events in one insert.
      for (const to of new Set(changes.map((change) => change.to))) {
        await tx.enrolment.updateMany({
          where: { id: { in: changes.filter((change) => change.to === to).map((change) => change.id) } },
          data: { status: to },
        });
      }
      await auditMany(
        tx,
        actor,
        "enrolment.attendance",
        changes.map((change) => ({
          entity: { type: "Enrolment", id: change.id },
          before: { status: change.from },
          after: { sessionId: input.sessionId, status: change.to },
        })),
      );
      // A programme's part done by attending this session's offering (ADR 28) commits with the marks.
      const attended = rows.filter((row) => input.marks[row.id] === "ATTENDED").map((row) => row.userId);
      await recordAttendedParts(tx, actor, input.sessionId, attended, now);
      const marks = Object.values(input.marks);
      return {
        changed: changes.length,
        attended: marks.filter((m) => m === "ATTENDED").length,
        noShow: marks.filter((m) => m === "NO_SHOW").length,
      };
    },
    { isolationLevel: "ReadCommitted", maxWait: 15_000, timeout: 30_000 },
  );
}
