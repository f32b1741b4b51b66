// Inputs of the handover steps (ADR 26). Messages are catalogue keys
// (lib/i18n/messages/kits-handovers.ts).
import { z } from "zod";
import { blankToUndefined, optionalText, requiredId } from "@/lib/http/fields";
import { CHECK_STATES } from "./rules";

/** "Sent" and "Returned home": the reservation only. */
export const handoverStepSchema = z.object({ reservationId: requiredId });

const checkRow = z.object({
  state: z.preprocess(blankToUndefined, z.enum(CHECK_STATES, { error: "kitHandovers.validation.state" })),
  note: optionalText(500),
});

/** "Received": one row per kit contents row, in the kit's order, and a condition note. */
export const receiptSchema = z.object({
  reservationId: requiredId,
  condition: optionalText(2_000),
  rows: z.array(checkRow, { error: "kitHandovers.validation.rows" }),
});
export type ReceiptInput = z.output<typeof receiptSchema>;

/** A form's flat fields ("rows.0.state", "rows.0.note") as the nested input of receiptSchema. */
export function receiptInputOf(values: Record<string, string | string[] | undefined>): unknown {
  const rows: { state?: string; note?: string }[] = [];
  for (const [key, value] of Object.entries(values)) {
    const match = /^rows\.(\d{1,3})\.(state|note)$/.exec(key);
    if (!match || typeof value !== "string") continue;
    const index = Number(match[1]);
    rows[index] = { ...rows[index], [match[2]!]: value };
  }
  return {
    reservationId: values.reservationId,
    condition: values.condition,
    rows: Array.from(rows, (row) => row ?? {}),
  };
}

/** A coordinator's maintenance decision from a handover report. */
export const maintenanceSchema = z.object({ kitId: requiredId });

/** A future loan moved to another kit for the same days (from the maintenance page). */
export const moveSchema = z.object({ reservationId: requiredId, kitId: requiredId });
