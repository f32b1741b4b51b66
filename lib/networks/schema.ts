// Inputs of networks (ADR 29), shared by the forms, the server actions and the
// API. Messages are catalogue keys (lib/i18n/messages/networks.ts).
import { z } from "zod";
import { confirmed, optionalText, requiredId, requiredText } from "@/lib/http/fields";
import { NETWORK_SLUG, RESERVED_NETWORK_SLUGS } from "./rules";

/** The longest message with a join request, decline reason or removal reason. */
export const MAX_MESSAGE = 1_000;

export const joinRequestSchema = z.object({
  networkId: requiredId,
  message: requiredText(MAX_MESSAGE),
});
export type JoinRequestInput = z.output<typeof joinRequestSchema>;

/** A chair approves or declines a pending request; a decline may say why (the person gets it by mail). */
export const decideRequestSchema = z.object({
  networkId: requiredId,
  userId: requiredId,
  decision: z.enum(["approve", "decline"], { error: "validation.invalid" }),
  reason: optionalText(MAX_MESSAGE),
});
export type DecideRequestInput = z.output<typeof decideRequestSchema>;

/** A member leaves (or withdraws a pending request). */
export const leaveNetworkSchema = z.object({ networkId: requiredId });

/** A chair removes a member; the reason is audited and kept on the membership. */
export const removeMemberSchema = z.object({
  networkId: requiredId,
  userId: requiredId,
  reason: requiredText(MAX_MESSAGE),
});
export type RemoveMemberInput = z.output<typeof removeMemberSchema>;

/** A coordinator appoints or removes a chair. */
export const chairSchema = z.object({ networkId: requiredId, userId: requiredId });

/** A coordinator creates a network with its first chair (a network always has one). */
export const createNetworkSchema = z.object({
  /** Blank: made from the name. */
  slug: optionalText(80).pipe(
    z
      .string()
      .regex(NETWORK_SLUG, { error: "networks.error.slugFormat" })
      .refine((slug) => !RESERVED_NETWORK_SLUGS.includes(slug), { error: "networks.error.slugReserved" })
      .optional(),
  ),
  name: requiredText(200),
  description: optionalText(2_000),
  chairUserId: requiredId,
});
export type CreateNetworkInput = z.output<typeof createNetworkSchema>;

/** Archiving asks first. */
export const archiveNetworkSchema = z.object({ networkId: requiredId, confirm: confirmed() });
