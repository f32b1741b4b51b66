// A chair's edit of a network's description and playbook (issue 14 item 2,
// ADR 29). The playbook is Markdown, normalised and limited as the minutes
// are; the base revision is the optimistic lock, as in the minutes editor.
import { z } from "zod";
import { blankToUndefined, optionalText, requiredId } from "@/lib/http/fields";
import { MINUTES_MAX_LENGTH, normalizeMinutes } from "@/lib/minutes/rules";

/** The longest description of a network (a lead under its name). */
export const MAX_DESCRIPTION = 2_000;
/** The playbook is as long as one agenda item's minutes may be. */
export const MAX_PLAYBOOK = MINUTES_MAX_LENGTH;

export const playbookSaveSchema = z.object({
  networkId: requiredId,
  /** The latest revision when the form was opened; blank when the playbook had none. */
  baseRevisionId: z.preprocess(blankToUndefined, z.uuid({ error: "validation.invalid" }).optional()),
  description: optionalText(MAX_DESCRIPTION),
  /** Empty is allowed: it clears the playbook (and is a revision of its own). */
  playbook: z.preprocess(
    (value) =>
      value === undefined || value === null ? "" : typeof value === "string" ? normalizeMinutes(value) : value,
    z.string({ error: "validation.invalid" }).max(MAX_PLAYBOOK, { error: "networksPlaybook.error.tooLong" }),
  ),
});
export type PlaybookSaveInput = z.output<typeof playbookSaveSchema>;
