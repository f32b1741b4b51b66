// Inputs of the calendar feeds.
import { z } from "zod";

/** 32 random bytes in base64url: 43 characters. */
export const CALENDAR_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The personal feed's last path segment, "<token>.ics"; null when it cannot be a token. */
export function tokenFromSegment(segment: string): string | null {
  if (!segment.endsWith(".ics")) return null;
  const token = segment.slice(0, -".ics".length);
  return CALENDAR_TOKEN.test(token) ? token : null;
}

export const menuFeedQuery = z.object({
  theme: z
    .string()
    .trim()
    .max(100, { error: "validation.tooLong" })
    .regex(/^[a-z0-9-]+$/, { error: "calendar.error.unknownTheme" })
    .optional()
    .meta({ description: "Only this theme's sessions (its slug)" }),
});

export type MenuFeedQuery = z.infer<typeof menuFeedQuery>;
