// Input schemas of member libraries and their service points: the admin's and
// the coordinators' forms. Which fields are whose (ADR-less, see rules.ts and
// mutations.ts): name, slug, municipality, region, consortium and the staff
// email domains are an admin's (they decide who may sign in); contacts,
// addresses, staff count, the steering representative and service points are
// the library's content, a coordinator's too. Errors are message keys.
import { z } from "zod";
import { Consortium, Region, ServicePointKind, ServicePointStatus } from "@/lib/db/enums";
import { blankToUndefined, checkbox, optionalId, optionalText, requiredId, requiredText } from "@/lib/http/fields";
import { parseEmailDomains, SLUG, slugify } from "./rules";

const optionalEmail = z.preprocess(
  blankToUndefined,
  z.email({ error: "libraries.error.email" }).max(254, { error: "validation.tooLong" }).toLowerCase().optional(),
);

const optionalWebsite = z.preprocess(
  blankToUndefined,
  z
    .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "libraries.error.website" })
    .max(300, { error: "validation.tooLong" })
    .optional(),
);

const optionalPostalCode = z.preprocess(
  blankToUndefined,
  z
    .string({ error: "validation.invalid" })
    .trim()
    .regex(/^\d{5}$/, { error: "libraries.error.postalCode" })
    .optional(),
);

const optionalStaffCount = z.preprocess(
  (value) => {
    const blank = blankToUndefined(value);
    return typeof blank === "string" && /^\s*-?\d+\s*$/.test(blank) ? Number(blank) : blank;
  },
  z
    .number({ error: "libraries.error.staffCount" })
    .int({ error: "libraries.error.staffCount" })
    .min(0, { error: "libraries.error.staffCount" })
    .max(10000, { error: "libraries.error.staffCount" })
    .optional(),
);

/** The domains field: text (one per line or comma-separated) or, from JSON, a list. */
const emailDomains = z.preprocess(
  (value) => (Array.isArray(value) ? value.join("\n") : (value ?? "")),
  z.string({ error: "validation.invalid" }).transform((text, ctx) => {
    const parsed = parseEmailDomains(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: "libraries.error.emailDomain" });
      return z.NEVER;
    }
    if (parsed.domains.length > 20) {
      ctx.addIssue({ code: "custom", message: "validation.tooLong" });
      return z.NEVER;
    }
    return parsed.domains;
  }),
);

const enumOf = <T extends Record<string, string>>(values: T) =>
  z.preprocess(
    blankToUndefined,
    z.enum(values, { error: (issue) => (issue.input === undefined ? "validation.required" : "validation.invalid") }),
  );

/** The admin's fields. The slug is derived from the name when left blank. */
const adminFields = {
  name: requiredText(200),
  slug: z.preprocess(
    blankToUndefined,
    z
      .string({ error: "validation.invalid" })
      .trim()
      .toLowerCase()
      .max(80, { error: "validation.tooLong" })
      .regex(SLUG, { error: "libraries.error.slug" })
      .optional(),
  ),
  municipality: requiredText(100),
  region: enumOf(Region),
  consortium: enumOf(Consortium),
  emailDomains,
};

/** A library's content: a coordinator's to edit as well as an admin's. */
const contentFields = {
  website: optionalWebsite,
  contactEmail: optionalEmail,
  contactPhone: optionalText(50),
  streetAddress: optionalText(200),
  postalCode: optionalPostalCode,
  city: optionalText(100),
  deliveryAddress: optionalText(500),
  staffCount: optionalStaffCount,
  steeringRepresentativeId: optionalId,
};

export const libraryCreateSchema = z.object({ ...adminFields, ...contentFields }).transform((input, ctx) => {
  const slug = input.slug ?? slugify(input.name);
  if (!SLUG.test(slug)) {
    ctx.addIssue({ code: "custom", path: ["slug"], message: "libraries.error.slug" });
    return z.NEVER;
  }
  return { ...input, slug };
});
export type LibraryCreateInput = z.infer<typeof libraryCreateSchema>;

export const libraryUpdateSchema = z.object({ libraryId: requiredId, ...adminFields, ...contentFields });
export type LibraryUpdateInput = z.infer<typeof libraryUpdateSchema>;

export const libraryContentSchema = z.object({ libraryId: requiredId, ...contentFields });
export type LibraryContentInput = z.infer<typeof libraryContentSchema>;

/** The names of the fields only an admin may change. */
export const ADMIN_ONLY_FIELDS = Object.keys(adminFields) as (keyof typeof adminFields)[];

/** A calendar day (yyyy-mm-dd) as midnight UTC, comparable with @db.Date columns. */
const calendarDay = z.preprocess(
  blankToUndefined,
  z
    .string({ error: (issue) => (issue.input === undefined ? "validation.required" : "libraries.error.effectiveOn") })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "libraries.error.effectiveOn" })
    .transform((value, ctx) => {
      const date = new Date(`${value}T00:00:00Z`);
      if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
        ctx.addIssue({ code: "custom", message: "libraries.error.effectiveOn" });
        return z.NEVER;
      }
      return date;
    }),
);

const servicePointFields = {
  name: requiredText(200),
  kind: enumOf(ServicePointKind),
  selfServiceHours: checkbox,
  address: optionalText(200),
  postalCode: optionalPostalCode,
  city: optionalText(100),
  email: optionalEmail,
  phone: optionalText(50),
  note: optionalText(1000),
};

/** A new service point starts in a status (its first history row, effective today). */
export const servicePointCreateSchema = z.object({
  libraryId: requiredId,
  ...servicePointFields,
  status: enumOf(ServicePointStatus),
});
export type ServicePointCreateInput = z.infer<typeof servicePointCreateSchema>;

export const servicePointUpdateSchema = z.object({ servicePointId: requiredId, ...servicePointFields });
export type ServicePointUpdateInput = z.infer<typeof servicePointUpdateSchema>;

export const servicePointStatusSchema = z.object({
  servicePointId: requiredId,
  status: enumOf(ServicePointStatus),
  effectiveOn: calendarDay,
  statusNote: optionalText(1000),
});
export type ServicePointStatusInput = z.infer<typeof servicePointStatusSchema>;
