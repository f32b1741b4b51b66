// The person's own profile (issue 11): name, title and language, and on the
// first sign-in also their library among those sharing their email domain.
// Roles and, after the first sign-in, the library are not fields of either
// schema: a crafted form field for them is dropped by zod, never written.
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";

const name = z
  .string()
  .trim()
  .min(1, { error: "profile.error.nameRequired" })
  .max(120, { error: "profile.error.nameTooLong" });

const title = z
  .string()
  .trim()
  .max(120, { error: "profile.error.titleTooLong" })
  .transform((v) => (v === "" ? null : v))
  .nullish()
  .transform((v) => v ?? null);

export const ownProfileSchema = z.object({
  name,
  title,
  locale: z.enum(LOCALES, { error: "profile.error.locale" }),
});

export type OwnProfileInput = z.infer<typeof ownProfileSchema>;

/** The first sign-in's profile: the same, plus the library (required only where the domain has a choice). */
export const welcomeProfileSchema = ownProfileSchema.extend({
  libraryId: z
    .uuid({ error: "profile.error.library" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

export type WelcomeProfileInput = z.infer<typeof welcomeProfileSchema>;

/** Where to go on after the profile: a path on this site only. */
export function nextPathOf(value: unknown): string {
  if (typeof value !== "string" || !/^\/(?![/\\])/.test(value) || value.length > 500) return "/";
  if (value.startsWith("/tervetuloa")) return "/";
  return value;
}
