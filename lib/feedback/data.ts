// Reads of feedback: the attendee's own form (and whether it is already
// given), and an offering's summary for coordinators, without names.
import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { EnrolmentStatus } from "@/lib/db/enums";
import { mayGiveFeedback, summariseFeedback, type FeedbackSummary } from "./rules";
import { isUuid } from "@/lib/http/fields";

export type FeedbackPage = {
  enrolmentId: string;
  status: EnrolmentStatus;
  /** Attended and not yet given. */
  canGive: boolean;
  session: { startsAt: Date; endsAt: Date; title: string | null };
  offering: { slug: string; title: string };
  feedback: { rating: number; comment: string | null; createdAt: Date } | null;
};

/** The actor's own enrolment with its feedback; null for anyone else's or an unknown one. */
export async function getFeedbackPage(actor: Actor | null, enrolmentId: string): Promise<FeedbackPage | null> {
  if (!actor || !isUuid(enrolmentId)) return null;
  const row = await db().enrolment.findFirst({
    where: { id: enrolmentId, userId: actor.id },
    select: {
      id: true,
      status: true,
      session: {
        select: { startsAt: true, endsAt: true, title: true, offering: { select: { slug: true, title: true } } },
      },
      feedback: { select: { rating: true, comment: true, createdAt: true } },
    },
  });
  if (!row) return null;
  const { offering, ...session } = row.session;
  return {
    enrolmentId: row.id,
    status: row.status,
    canGive: can(actor, "feedback.give") && mayGiveFeedback(row.status) && !row.feedback,
    session,
    offering,
    feedback: row.feedback,
  };
}

/** Which of the actor's enrolments already have feedback. */
export async function feedbackGivenFor(actor: Actor, enrolmentIds: readonly string[]): Promise<Set<string>> {
  if (enrolmentIds.length === 0) return new Set();
  const rows = await db().feedback.findMany({
    where: { enrolmentId: { in: [...enrolmentIds] }, enrolment: { userId: actor.id } },
    select: { enrolmentId: true },
  });
  return new Set(rows.map((row) => row.enrolmentId));
}

export type OfferingFeedback = FeedbackSummary & { sessionsWithFeedback: number };

/** Feedback over all of an offering's sessions; null for those without `reports.read`. */
export async function getOfferingFeedbackSummary(
  actor: Actor | null,
  offeringId: string,
): Promise<OfferingFeedback | null> {
  if (!can(actor, "reports.read") || !isUuid(offeringId)) return null;
  // No user in the select: the summary cannot leak who said what.
  const rows = await db().feedback.findMany({
    where: { enrolment: { session: { offeringId } } },
    select: { rating: true, comment: true, createdAt: true, enrolment: { select: { sessionId: true } } },
  });
  return {
    ...summariseFeedback(rows),
    sessionsWithFeedback: new Set(rows.map((row) => row.enrolment.sessionId)).size,
  };
}
