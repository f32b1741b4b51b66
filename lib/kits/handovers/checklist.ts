// KitHandover.checklist read back: [{ item, count?, state: ok|missing|damaged, note? }].
import { z } from "zod";
import { CHECK_STATES, type ChecklistRow } from "./rules";

const checklistRow = z.object({
  item: z.string(),
  count: z.number().optional(),
  state: z.enum(CHECK_STATES),
  note: z.string().optional(),
});

/** The well-formed rows of a stored checklist (anything else is skipped). */
export function parseChecklist(value: unknown): ChecklistRow[] {
  const list = z.array(z.unknown()).safeParse(value);
  if (!list.success) return [];
  return list.data.flatMap((row) => {
    const parsed = checklistRow.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}
