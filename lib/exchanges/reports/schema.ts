// Reports after a job-shadowing visit, and the coordinator's completing and
// closing (issue 15 item 4).
import { z } from "zod";
import { checkbox, optionalText, requiredId, requiredText } from "@/lib/http/fields";
import { REPORT_SIDES } from "../rules";

export const MAX_REPORT_TEXT = 4_000;
export const MAX_CLOSE_REASON = 1_000;

export const reportSchema = z.object({
  applicationId: requiredId,
  side: z.enum(REPORT_SIDES, { error: "validation.invalid" }),
  experience: requiredText(MAX_REPORT_TEXT),
  takeHome: optionalText(MAX_REPORT_TEXT),
  consentToPublish: checkbox,
});
export type ReportInput = z.output<typeof reportSchema>;

export const completeSchema = z.object({ applicationId: requiredId });

export const closeSchema = z.object({
  applicationId: requiredId,
  reason: requiredText(MAX_CLOSE_REASON),
});
