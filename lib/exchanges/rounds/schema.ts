// A job-shadowing round as a coordinator drafts it (issue 15 item 1): year,
// title, description, and its three windows as whole days — offers gathered,
// then applications, then visits (rules.windowsInOrder).
import { z } from "zod";
import { type ExchangeRoundStatus } from "@/lib/db/enums";
import { blankToUndefined, optionalText, requiredId, requiredText } from "@/lib/http/fields";
import { isoDay } from "../fields";
import { windowsInOrder } from "../rules";

const day = z.preprocess(blankToUndefined, isoDay);

export const createRoundSchema = z
  .object({
    year: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: (issue) => (issue.input === undefined ? "validation.required" : "exchangeRounds.error.year") })
        .int({ error: "exchangeRounds.error.year" })
        .min(2020, { error: "exchangeRounds.error.year" })
        .max(2100, { error: "exchangeRounds.error.year" }),
    ),
    title: requiredText(200),
    description: optionalText(4_000),
    offerOpensAt: day,
    offerClosesAt: day,
    applicationOpensAt: day,
    applicationClosesAt: day,
    visitStartsOn: day,
    visitEndsOn: day,
  })
  .superRefine((round, ctx) => {
    if (windowsInOrder(round)) return;
    // Name the first field out of order, so the form points at it.
    const path =
      round.offerClosesAt < round.offerOpensAt
        ? "offerClosesAt"
        : round.applicationClosesAt < round.applicationOpensAt
          ? "applicationClosesAt"
          : round.visitEndsOn < round.visitStartsOn
            ? "visitEndsOn"
            : round.applicationOpensAt < round.offerOpensAt
              ? "applicationOpensAt"
              : "visitEndsOn";
    ctx.addIssue({ code: "custom", path: [path], message: "exchangeRounds.error.order" });
  });
export type CreateRoundInput = z.output<typeof createRoundSchema>;

/** The statuses a round moves to (DRAFT is where it starts). */
export const ROUND_MOVES = ["OPEN", "CLOSED", "ARCHIVED"] as const satisfies readonly ExchangeRoundStatus[];

export const moveRoundSchema = z.object({
  roundId: requiredId,
  to: z.enum(ROUND_MOVES, { error: "validation.invalid" }),
});
