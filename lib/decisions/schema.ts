// Input schemas of decisions: the decisions editor's forms. Errors are
// message keys, translated where they are shown.
import { z } from "zod";
import { requiredId, requiredText } from "@/lib/http/fields";

/** A decision's text: as long as a minuted item, shorter than a book. */
export const DECISION_MAX = 5000;

export const decisionCreateSchema = z.object({
  meetingId: requiredId,
  agendaItemId: requiredId,
  text: requiredText(DECISION_MAX),
});
export const decisionUpdateSchema = z.object({
  meetingId: requiredId,
  decisionId: requiredId,
  text: requiredText(DECISION_MAX),
});
export const decisionDeleteSchema = z.object({ meetingId: requiredId, decisionId: requiredId });
export type DecisionCreateInput = z.infer<typeof decisionCreateSchema>;
export type DecisionUpdateInput = z.infer<typeof decisionUpdateSchema>;
export type DecisionDeleteInput = z.infer<typeof decisionDeleteSchema>;
