import { z } from "zod";

export const magicLinkRequestSchema = z.object({
  email: z
    .email({ error: "auth.error.email" })
    .max(254, { error: "auth.error.email" })
    .transform((v) => v.trim().toLowerCase()),
  callbackUrl: z
    .string()
    .max(500)
    .regex(/^\/(?!\/)/, { error: "validation.invalid" })
    .optional(),
});

export type MagicLinkRequest = z.infer<typeof magicLinkRequestSchema>;

export const demoSignInSchema = z.object({ userId: z.uuid() });
