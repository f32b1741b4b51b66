// The news-round entry form (kuulumiskierros): one schema for the form and the
// server. Errors are message keys. Each text field is optional, but an entry
// must say something in at least one of them.
import { z } from "zod";
import { blankToUndefined, optionalId, requiredId } from "@/lib/http/fields";
import { NEWS_ROUND_FIELDS, NEWS_ROUND_MAX_LENGTH } from "./fields";

// Browsers send a textarea's line breaks as CRLF; stored and counted as LF.
const newsText = z.preprocess(
  (value) => blankToUndefined(typeof value === "string" ? value.replace(/\r\n?/g, "\n") : value),
  z
    .string({ error: "validation.invalid" })
    .trim()
    .max(NEWS_ROUND_MAX_LENGTH, { error: "validation.tooLong" })
    .optional(),
);

/**
 * "draft" keeps the entry to oneself (submittedAt null); "submit" hands it in
 * (the buttons "Tallenna luonnos" and "Lähetä").
 */
export const NEWS_ROUND_INTENTS = ["draft", "submit"] as const;
export type NewsRoundIntent = (typeof NEWS_ROUND_INTENTS)[number];

export const newsRoundEntrySchema = z
  .object({
    meetingId: requiredId,
    /** Left out by a steering member: their own library. */
    libraryId: optionalId,
    budget: newsText,
    staffing: newsText,
    projects: newsText,
    events: newsText,
    body: newsText,
    intent: z.preprocess(
      blankToUndefined,
      z.enum(NEWS_ROUND_INTENTS, { error: "validation.invalid" }).default("draft"),
    ),
  })
  .superRefine((input, ctx) => {
    if (NEWS_ROUND_FIELDS.some((field) => input[field] !== undefined)) return;
    // On the first field, so that the error summary's link leads to the form's start.
    ctx.addIssue({ code: "custom", path: ["budget"], message: "newsRound.error.empty" });
  });

export type NewsRoundEntryInput = z.infer<typeof newsRoundEntrySchema>;
