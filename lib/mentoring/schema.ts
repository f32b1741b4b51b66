// Inputs of mentoring registration (issue 13): an application as mentor or
// mentee, withdrawing it, and the coordinators' pairs and list filters.
// Messages are catalogue keys (lib/i18n/messages/mentoring.ts).
import { z } from "zod";
import { blankToUndefined, confirmed, optionalId, requiredId, requiredText } from "@/lib/http/fields";

export const MENTORING_ROLES = ["MENTOR", "MENTEE"] as const;

export const applicationSchema = z.object({
  offeringId: requiredId,
  role: z.enum(MENTORING_ROLES, { error: "mentoring.validation.role" }),
  libraryId: requiredId,
  goals: requiredText(2_000),
  availability: requiredText(1_000),
});
export type ApplicationInput = z.output<typeof applicationSchema>;

export const withdrawSchema = z.object({ offeringId: requiredId, confirm: confirmed() });

export const pairSchema = z.object({ offeringId: requiredId, mentorId: requiredId, menteeId: requiredId });

export const unpairSchema = z.object({ pairId: requiredId, confirm: confirmed() });

/** The coordinators' list: GET parameters, each optional. */
export const applicationFiltersSchema = z.object({
  rooli: z.preprocess(blankToUndefined, z.enum(MENTORING_ROLES).optional()).catch(undefined),
  kirjasto: z.preprocess(blankToUndefined, optionalId).catch(undefined),
  tila: z.preprocess(blankToUndefined, z.enum(["avoin", "parissa", "peruttu"]).optional()).catch(undefined),
});
export type ApplicationFilters = z.output<typeof applicationFiltersSchema>;
