// Pure feedback rules: who may give feedback, and how an offering's feedback
// is summarised for coordinators (without names).
import type { EnrolmentStatus } from "@/lib/db/enums";
import { AppError } from "@/lib/http/errors";

export const RATINGS = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof RATINGS)[number];
export const COMMENT_MAX = 2_000;

/** Feedback comes from people marked as having attended, once per enrolment. */
export function mayGiveFeedback(status: EnrolmentStatus): boolean {
  return status === "ATTENDED";
}

export type FeedbackRefusal = "NOT_ATTENDED";

/** 422 in English for the API; the form translates `reason`. */
export class FeedbackRefusedError extends AppError {
  constructor(readonly reason: FeedbackRefusal) {
    const message = "Feedback can be given only for a session you have been marked as having attended.";
    super("VALIDATION_FAILED", message, { enrolmentId: message });
    this.name = "FeedbackRefusedError";
  }
}

export type FeedbackSummary = {
  count: number;
  /** Mean rating, null without feedback. */
  average: number | null;
  /** How many gave each rating, 1 to 5. */
  distribution: { rating: Rating; count: number }[];
  /** Non-empty comments, newest first; no names. */
  comments: { rating: number; text: string; createdAt: Date }[];
};

export function summariseFeedback(rows: readonly { rating: number; comment: string | null; createdAt: Date }[]) {
  const count = rows.length;
  const total = rows.reduce((sum, row) => sum + row.rating, 0);
  return {
    count,
    average: count === 0 ? null : total / count,
    distribution: RATINGS.map((rating) => ({ rating, count: rows.filter((row) => row.rating === rating).length })),
    comments: rows
      .filter((row) => row.comment && row.comment.trim() !== "")
      .map((row) => ({ rating: row.rating, text: row.comment!.trim(), createdAt: row.createdAt }))
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()),
  } satisfies FeedbackSummary;
}
