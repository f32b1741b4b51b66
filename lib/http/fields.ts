// The zod building blocks that every domain's input schemas share (forms and
// the API alike): one of each. Errors are message keys, translated where they
// are shown; a blank form field counts as not given.
import { z } from "zod";
import { helsinkiLocalTime } from "@/lib/dates";

/** "" and whitespace-only strings (what an empty input sends) and null → undefined. */
export const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;

/** Missing → "required", present but wrong → "invalid". */
export const typeError = (issue: { input?: unknown }) =>
  issue.input === undefined ? "validation.required" : "validation.invalid";

/** A row id as forms and the API carry it. */
export const idSchema = z.uuid({ error: "validation.id" });

export function isUuid(value: unknown): boolean {
  return idSchema.safeParse(value).success;
}

export const requiredId = z.preprocess(blankToUndefined, z.uuid({ error: typeError }));
export const optionalId = z.preprocess(blankToUndefined, z.uuid({ error: "validation.invalid" }).optional());

/** Checkboxes of ids: absent means none ticked. */
export const idList = (max: number) =>
  z.preprocess(
    (value: unknown): unknown[] => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z
      .array(z.uuid({ error: "validation.invalid" }), { error: "validation.invalid" })
      .max(max, { error: "validation.invalid" }),
  );

export const requiredText = (max: number) =>
  z.preprocess(blankToUndefined, z.string({ error: typeError }).trim().max(max, { error: "validation.tooLong" }));

export const optionalText = (max: number) =>
  z.preprocess(
    blankToUndefined,
    z.string({ error: "validation.invalid" }).trim().max(max, { error: "validation.tooLong" }).optional(),
  );

/** A checkbox: present ("on") is true, absent is false. */
export const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/** The hidden "confirm=yes" of a confirmation step. */
export const confirmed = (messageKey = "validation.invalid") => z.literal("yes", { error: messageKey });

/** The field message for a wall-clock time the clocks skip in spring. */
export const NONEXISTENT_TIME = "validation.nonexistentTime";

/**
 * A datetime-local value ("2027-03-16T09:00"), read as Helsinki wall-clock
 * time; a time that does not exist that night is refused (lib/dates).
 */
export const helsinkiDateTime = (messageKey: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? "validation.required" : messageKey) })
    .transform((value, ctx) => {
      const parsed = helsinkiLocalTime(value.trim());
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: parsed.reason === "nonexistent" ? NONEXISTENT_TIME : messageKey });
        return z.NEVER;
      }
      return parsed.date;
    });

export const requiredDateTime = (messageKey: string) => z.preprocess(blankToUndefined, helsinkiDateTime(messageKey));
export const optionalDateTime = (messageKey: string) =>
  z.preprocess(blankToUndefined, helsinkiDateTime(messageKey).optional());

/**
 * An https link with a real host name: it is shown as a link and goes into
 * mails and calendar entries, so nothing else is accepted.
 */
export const httpsUrl = (messageKey: string, max: number) =>
  z
    .url({ protocol: /^https$/, hostname: z.regexes.domain, error: messageKey })
    .max(max, { error: "validation.tooLong" });

/**
 * A stored link made safe to show or send: http(s) with a host, normalised;
 * null for anything else (javascript:, data:, relative, garbage).
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "" ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A list's page from its address (?sivu=2, ?kirjastot=3): navigation, not
 * input, so anything else is the first page; a repeated parameter counts its
 * first value.
 */
export const pageNumber = z.preprocess(
  (value) => (Array.isArray(value) ? (value[0] as unknown) : value),
  z.coerce.number().int().min(1).max(10_000).catch(1),
);
