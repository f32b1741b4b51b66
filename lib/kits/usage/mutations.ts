// Kit usage writes (ADR 27): a library's answer after a loan. One answer per
// reservation (unique), saved again when edited; audited in the same
// transaction. The figures pages are per request, so no cache to invalidate.
import "server-only";
import { type Actor, assertSignedIn } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/mutations";
import { db, type Db } from "@/lib/db";
import { AppError, fieldError } from "@/lib/http/errors";
import { dayOf, today } from "@/lib/kits/dates";
import { feedbackOpen, mayAnswerFeedback } from "./rules";
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
