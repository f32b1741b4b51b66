// Inputs of programmes, shared by the forms, the server actions and the API.
// Messages are catalogue keys (lib/i18n/messages/programmes.ts).
import { z } from "zod";
import { confirmed, optionalText, requiredId, requiredText } from "@/lib/http/fields";

/** The longest reflection a participant writes on a self-reported part. */
export const MAX_REFLECTION = 2_000;

export const joinSchema = z.object({ offeringId: requiredId });
export type JoinInput = z.output<typeof joinSchema>;

/** Leaving keeps what was done; the form asks first. */
export const leaveSchema = z.object({ offeringId: requiredId, confirm: confirmed() });

/** A participant marks a self-reported part done, with a short reflection. */
export const completePartSchema = z.object({
  partId: requiredId,
  reflection: requiredText(MAX_REFLECTION),
});
export type CompletePartInput = z.output<typeof completePartSchema>;

/** A coordinator confirms a part for one participant. */
export const confirmPartSchema = z.object({
  partId: requiredId,
  userId: requiredId,
  note: optionalText(1_000),
});
export type ConfirmPartInput = z.output<typeof confirmPartSchema>;

/** A coordinator revokes a certificate; the reason is audited. */
export const revokeCertificateSchema = z.object({
  certificateId: requiredId,
  reason: requiredText(500),
  confirm: confirmed(),
});
export type RevokeCertificateInput = z.output<typeof revokeCertificateSchema>;

/** The certificate PDF's language. */
export const certificateQuerySchema = z.object({
  lang: z.enum(["fi", "en"], { error: "validation.invalid" }).default("fi"),
});
