// The feedback form (and POST /api/enrolments/{id}/feedback): a rating 1–5
// and an optional comment. Messages are catalogue keys
// (lib/i18n/messages/after-session.ts); the API answers them in English.
import { z } from "zod";
import { optionalText, requiredId } from "@/lib/http/fields";
import { COMMENT_MAX } from "./rules";

const RATING_ERROR = "afterSession.feedback.error.rating";

/** A radio's "4" or a JSON 4; anything else (0, 6, 3.5, "x", missing) is refused. */
const rating = z.preprocess(
  (value) => (typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
  z
    .number({ error: RATING_ERROR })
    .int({ error: RATING_ERROR })
    .min(1, { error: RATING_ERROR })
    .max(5, { error: RATING_ERROR }),
);

export const feedbackSchema = z.object({
  enrolmentId: requiredId,
  rating,
  comment: optionalText(COMMENT_MAX),
});

export type FeedbackInput = z.infer<typeof feedbackSchema>;
