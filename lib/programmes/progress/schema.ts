// Inputs of the coordinators' progress view of a programme (issue 13, item 4):
// the list's filters as GET parameters (also the reminder's group, sent back
// as hidden fields of the confirmation form), and the reminder itself.
// Messages are catalogue keys (lib/i18n/messages/programmes-progress.ts).
import { z } from "zod";
import { ParticipationStatus, Region } from "@/lib/db/enums";
import { blankToUndefined, confirmed, requiredId } from "@/lib/http/fields";

/** Participants shown per page of the list. */
export const PROGRESS_PAGE_SIZE = 50;

const filterError = { error: "programmesProgress.error.filter" };
const flag = z.preprocess(blankToUndefined, z.enum(["1"], filterError).optional());

/** The list's filters; each narrows the group (they combine with AND). */
export const progressFilterSchema = z.object({
  library: z.preprocess(blankToUndefined, z.uuid(filterError).optional()),
  region: z.preprocess(blankToUndefined, z.enum(Region, filterError).optional()),
  status: z.preprocess(blankToUndefined, z.enum(ParticipationStatus, filterError).optional()),
  /** "1": active, with no progress for over STALLED_DAYS days. */
  stuck: flag,
  /** "1": unfinished, with the programme's deadline within DEADLINE_SOON_DAYS days. */
  deadlineSoon: flag,
});
export type ProgressFilter = z.output<typeof progressFilterSchema>;

export const progressQuerySchema = progressFilterSchema.extend({
  page: z.preprocess(
    blankToUndefined,
    z.coerce.number(filterError).int(filterError).min(1, filterError).max(10_000, filterError).optional(),
  ),
});
export type ProgressQuery = z.output<typeof progressQuerySchema>;

export const FILTER_KEYS = ["library", "region", "status", "stuck", "deadlineSoon"] as const;

/** The page's search parameters (a repeated one counts by its first value). */
export function parseProgressQuery(raw: Record<string, string | string[] | undefined>) {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return progressQuerySchema.safeParse({
    ...Object.fromEntries(FILTER_KEYS.map((key) => [key, one(raw[key])])),
    page: one(raw.page),
  });
}

/** The filters as search parameters, in a fixed order (links, the confirmation step). */
export function filterParams(filter: ProgressFilter, page?: number): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  if (page && page > 1) params.set("page", String(page));
  return params;
}

/** A coordinator's reminder to the filtered group, after the confirmation step. */
export const sendRemindersSchema = progressFilterSchema.extend({
  offeringId: requiredId,
  confirm: confirmed(),
});
export type SendRemindersInput = z.output<typeof sendRemindersSchema>;

/** The export routes' path. */
export const offeringIdParams = z.object({ offeringId: z.uuid({ error: "validation.id" }) });
