import { z } from "zod";

/** The admin's confirmation of one person's removal request. */
export const confirmRemovalSchema = z.object({
  userId: z.uuid({ error: "removal.error.unknownUser" }),
  confirm: z.literal("yes", { error: "removal.error.confirm" }),
});

export type ConfirmRemovalInput = z.infer<typeof confirmRemovalSchema>;
