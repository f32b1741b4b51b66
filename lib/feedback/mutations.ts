// Feedback is written once per enrolment, by the person enrolled, after a
// coordinator has marked them as having attended. The unique enrolmentId
// backs "once" whatever the concurrency; the CHECK backs the rating.
// No AuditEvent: the audit trail would tie each rating to a name, and the
// row itself is never changed afterwards.
import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { db, type Db } from "@/lib/db";
import type { EnrolmentStatus } from "@/lib/db/enums";
import { AppError } from "@/lib/http/errors";
import { assertCan } from "@/lib/auth/policy";
import { FeedbackRefusedError, mayGiveFeedback } from "./rules";
import type { FeedbackInput } from "./schema";

export type GivenFeedback = { id: string; rating: number; comment: string | null; createdAt: Date };

const givenSelect = { id: true, rating: true, comment: true, createdAt: true } as const;

/** 409: this enrolment already has its feedback (returned, so that a form can show it). */
export class FeedbackAlreadyGivenError extends AppError {
  constructor(readonly feedback: GivenFeedback) {
    super("CONFLICT", "Feedback for this enrolment has already been given; it cannot be changed.", {
      feedbackId: feedback.id,
    });
    this.name = "FeedbackAlreadyGivenError";
  }
}

type Options = { client?: Db };

/**
 * Stores the actor's feedback on their own enrolment. NOT_FOUND for anyone
 * else's (or an unknown) enrolment, VALIDATION_FAILED unless it is marked
 * ATTENDED, CONFLICT when feedback exists already.
 */
export async function giveFeedback(
  actor: Actor | null,
  input: FeedbackInput,
  options: Options = {},
): Promise<GivenFeedback> {
  assertCan(actor, "feedback.give");
  const client = options.client ?? db();
  const result = await client.$transaction(async (tx) => {
    // FOR SHARE: a coordinator's correction of the attendance waits for this to end.
    const [enrolment] = await tx.$queryRaw<{ status: EnrolmentStatus }[]>`
      SELECT "status" FROM "Enrolment"
      WHERE "id" = ${input.enrolmentId}::uuid AND "userId" = ${actor.id}::uuid
      FOR SHARE`;
    if (!enrolment) throw new AppError("NOT_FOUND", "No such enrolment.");
    if (!mayGiveFeedback(enrolment.status)) throw new FeedbackRefusedError("NOT_ATTENDED");
    const [created] = await tx.feedback.createManyAndReturn({
      data: [{ enrolmentId: input.enrolmentId, rating: input.rating, comment: input.comment ?? null }],
      skipDuplicates: true,
      select: givenSelect,
    });
    return created ?? null;
  });
  if (result) return result;
  // The unique enrolmentId skipped the insert: the earlier feedback stands.
  const existing = await client.feedback.findUniqueOrThrow({
    where: { enrolmentId: input.enrolmentId },
    select: givenSelect,
  });
  throw new FeedbackAlreadyGivenError(existing);
}
