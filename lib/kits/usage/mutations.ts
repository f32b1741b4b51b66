// Kit usage writes (ADR 27): a library's answer after a loan. One answer per
// reservation (unique), saved again when edited; audited in the same
// transaction. The figures pages are per request, so no cache to invalidate.
// And the worker's periodic reminder to answer, once per reservation.
import "server-only";
import { type Actor, assertSignedIn } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/mutations";
import { db, type Db } from "@/lib/db";
import { AppError, fieldError } from "@/lib/http/errors";
import { enqueueMany } from "@/lib/jobs/mutations";
import { addDays, dateOf, dayOf, today } from "@/lib/dates/days";
import {
  FEEDBACK_REMINDER_DAYS,
  FEEDBACK_REMINDER_STATUSES,
  FEEDBACK_REMINDER_WINDOW_DAYS,
  feedbackOpen,
  mayAnswerFeedback,
} from "./rules";
import { feedbackInputSchema } from "./schema";

export type SavedFeedback = { reservationId: string; created: boolean };

/**
 * Saves the feedback of an ended loan. Throws VALIDATION_FAILED (field
 * messages), NOT_FOUND (unknown loan or one the actor may not answer for:
 * another library's is not theirs to see), CONFLICT (not ended yet, or
 * declined/cancelled).
 */
export async function saveLoanFeedback(
  actor: Actor | null,
  input: unknown,
  options: { now?: Date; client?: Db } = {},
): Promise<SavedFeedback> {
  assertSignedIn(actor);
  const { reservationId, uses, peopleReached, comment } = feedbackInputSchema.parse(input);
  const client = options.client ?? db();
  return client.$transaction(async (tx) => {
    const loan = await tx.kitReservation.findUnique({
      where: { id: reservationId },
      select: {
        id: true,
        libraryId: true,
        status: true,
        endDate: true,
        feedback: { select: { id: true, uses: true, peopleReached: true, comment: true } },
      },
    });
    if (!loan || !mayAnswerFeedback(actor, loan)) throw new AppError("NOT_FOUND", "No such loan.");
    if (!feedbackOpen({ status: loan.status, endDate: dayOf(loan.endDate) }, today(options.now))) {
      throw fieldError("_", "kitsUsage.error.notEnded", "CONFLICT");
    }
    const data = { uses, peopleReached, comment: comment ?? null, answeredById: actor.id };
    await tx.kitLoanFeedback.upsert({
      where: { reservationId },
      create: { reservationId, ...data },
      update: data,
    });
    const before = loan.feedback
      ? { uses: loan.feedback.uses, peopleReached: loan.feedback.peopleReached, comment: loan.feedback.comment }
      : undefined;
    await audit(
      tx,
      actor,
      loan.feedback ? "kitLoanFeedback.update" : "kitLoanFeedback.create",
      {
        type: "KitReservation",
        id: reservationId,
      },
      { before, after: { uses, peopleReached, comment: comment ?? null } },
    );
    return { reservationId, created: !loan.feedback };
  });
}

/** Reservations reminded per transaction of the periodic run. */
const REMINDER_BATCH = 200;
const REMINDER_TX = { isolationLevel: "ReadCommitted", maxWait: 15_000, timeout: 60_000 } as const;

/**
 * The worker's periodic run: reminds the borrowing library to answer the
 * feedback of each loan that ended (passed on or returned home)
 * FEEDBACK_REMINDER_DAYS days ago or earlier (within the window), has no
 * answer and was not reminded yet. Once per reservation however many workers
 * run: the UPDATE sets "feedbackReminderSentAt" only where it is still NULL,
 * and a second worker's UPDATE of the same row waits for the first's lock,
 * then re-checks that condition and skips it. The mail is enqueued in the
 * same transaction (the recipients are the reservation mails': the requester
 * and the library's contact address).
 */
export async function sendDueKitFeedbackReminders(client: Db, now: Date = new Date()): Promise<{ sent: number }> {
  const latestEnd = addDays(today(now), -FEEDBACK_REMINDER_DAYS);
  const earliestEnd = addDays(latestEnd, -FEEDBACK_REMINDER_WINDOW_DAYS);
  let sent = 0;
  for (;;) {
    const reminded = await client.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`
        UPDATE "KitReservation" r SET "feedbackReminderSentAt" = ${now}
        WHERE r."id" IN (
          SELECT c."id" FROM "KitReservation" c
          WHERE c."status"::text = ANY(${[...FEEDBACK_REMINDER_STATUSES]}::text[])
            AND c."endDate" BETWEEN ${dateOf(earliestEnd)}::date AND ${dateOf(latestEnd)}::date
            AND c."feedbackReminderSentAt" IS NULL
            AND NOT EXISTS (SELECT 1 FROM "KitLoanFeedback" f WHERE f."reservationId" = c."id")
          ORDER BY c."endDate", c."id"
          LIMIT ${REMINDER_BATCH}
        )
        AND r."feedbackReminderSentAt" IS NULL
        RETURNING r."id"`;
      await enqueueMany(
        tx,
        "email.kitReservation",
        rows.map((row) => ({ payload: { reservationId: row.id, event: "feedbackReminder" as const } })),
      );
      return rows.length;
    }, REMINDER_TX);
    sent += reminded;
    if (reminded < REMINDER_BATCH) break;
  }
  return { sent };
}
