// The minutes editor's form, one agenda item at a time. Errors are message keys.
import { z } from "zod";
import { blankToUndefined, requiredId } from "@/lib/http/fields";
import { MINUTES_MAX_LENGTH, normalizeMinutes } from "./rules";

export const minutesSaveSchema = z.object({
  meetingId: requiredId,
  agendaItemId: requiredId,
  /** The latest revision when the editor was opened; blank when the item had none. */
  baseRevisionId: z.preprocess(blankToUndefined, z.uuid({ error: "validation.invalid" }).optional()),
  /** Empty is allowed: it clears the item's minutes (and is a revision of its own). */
  minutes: z.preprocess(
    (value) =>
      value === undefined || value === null ? "" : typeof value === "string" ? normalizeMinutes(value) : value,
    z.string({ error: "validation.invalid" }).max(MINUTES_MAX_LENGTH, { error: "minutes.error.tooLong" }),
  ),
});

export type MinutesSaveInput = z.infer<typeof minutesSaveSchema>;

/** The editor's preview: the text as it would be saved, at most as long. */
export const minutesPreviewSchema = z.object({
  minutes: z.preprocess(
    (value) => (typeof value === "string" ? normalizeMinutes(value) : value),
    z.string({ error: "validation.invalid" }).max(MINUTES_MAX_LENGTH, { error: "minutes.error.tooLong" }),
  ),
});
