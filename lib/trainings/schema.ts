// The training menu's filters as they arrive in the URL
// (?teema=&tyyppi=&kuukausi=&paikka=&q=).
// Anything malformed is dropped rather than refused: a stale bookmark still
// shows the menu.
import { z } from "zod";
import { pageNumber } from "@/lib/http/fields";
import {
  blankToUndefined,
  checkbox,
  optionalDateTime as sharedOptionalDateTime,
  optionalId,
  optionalText,
  requiredDateTime as sharedRequiredDateTime,
  requiredId,
  requiredText,
  typeError,
} from "@/lib/http/fields";
import { Eligibility, MenuStatus, OfferingKind } from "@/lib/db/enums";
import { idParam } from "@/lib/http/openapi/operation";
import { MAX_CAPACITY } from "./rules";

const firstValue = (value: unknown) => (Array.isArray(value) ? (value[0] as unknown) : value);

const param = <T extends z.ZodType>(schema: T) => z.preprocess(firstValue, schema.optional()).catch(undefined);

export const trainingFiltersSchema = z.object({
  teema: param(z.string().regex(/^[a-z0-9-]{1,80}$/)),
  tyyppi: param(z.enum(OfferingKind)),
  /** A Helsinki month, yyyy-mm. */
  kuukausi: param(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
  /** "etana" (remote), "lahi" (in person), or a library slug (held there). */
  paikka: param(z.string().regex(/^[a-z0-9-]{1,80}$/)),
  q: param(
    z
      .string()
      .trim()
      .max(100)
      .transform((s) => s || undefined),
  ),
});

export const REMOTE_PLACE = "etana";
export const ONSITE_PLACE = "lahi";

export type TrainingFilters = { theme?: string; kind?: OfferingKind; month?: string; place?: string; q?: string };

export function parseTrainingFilters(searchParams: Record<string, string | string[] | undefined>): TrainingFilters {
  const { teema, tyyppi, kuukausi, paikka, q } = trainingFiltersSchema.parse(searchParams);
  return { theme: teema, kind: tyyppi, month: kuukausi, place: paikka, q };
}

/** The menu's page of upcoming sessions (?sivu=N), 1 when missing or malformed. */
export function parseMenuPage(searchParams: Record<string, string | string[] | undefined>): number {
  return pageNumber.parse(searchParams.sivu);
}

/** The filters back as the menu's query (for the pager's links). */
export function trainingFiltersQuery(filters: TrainingFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (filters.theme) out.teema = filters.theme;
  if (filters.kind) out.tyyppi = filters.kind;
  if (filters.month) out.kuukausi = filters.month;
  if (filters.place) out.paikka = filters.place;
  if (filters.q) out.q = filters.q;
  return out;
}

export function hasFilters(filters: TrainingFilters): boolean {
  return !!(filters.theme || filters.kind || filters.month || filters.place || filters.q);
}

/** Month and place narrow sessions; offerings without sessions never match them. */
export function hasSessionFilters(filters: TrainingFilters): boolean {
  return !!(filters.month || filters.place);
}

// ───────────── The training sessions API's query ─────────────

const day = z.iso.date({ error: "enrolments.validation.date" });
const slug = z.string().regex(/^[a-z0-9-]{1,80}$/, { error: "enrolments.validation.slug" });

/**
 * GET /api/trainings?from&to&theme&kind&q&library. Unlike the menu page's
 * forgiving filters, an integration gets a 422 for what it sent wrong.
 * from/to are Helsinki calendar days, both inclusive; from defaults to now.
 */
export const trainingsQuerySchema = z
  .object({
    from: day.optional().meta({ description: "Helsinki day, included; default: from now on" }),
    to: day.optional().meta({ description: "Helsinki day, included" }),
    theme: slug.optional().meta({ description: "Theme slug" }),
    kind: z.enum(OfferingKind, { error: "enrolments.validation.kind" }).optional(),
    q: z
      .string()
      .trim()
      .min(1, { error: "enrolments.validation.q" })
      .max(100, { error: "validation.tooLong" })
      .optional(),
    library: slug
      .optional()
      .meta({ description: "Library slug: sessions held there (host library or its service points)" }),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ["to"],
    error: "enrolments.validation.range",
  });

export type TrainingsQuery = z.infer<typeof trainingsQuerySchema>;

const QUERY_KEYS = ["from", "to", "theme", "kind", "q", "library"] as const;

/** Each parameter once; a repeated one is refused rather than silently picked. */
export function parseTrainingsQuery(params: URLSearchParams): TrainingsQuery {
  const raw: Record<string, string> = {};
  const repeated: z.core.$ZodIssue[] = [];
  for (const key of QUERY_KEYS) {
    const values = params.getAll(key);
    if (values.length > 1) {
      repeated.push({ code: "custom", path: [key], message: "enrolments.validation.repeated", input: values });
    } else if (values[0] !== undefined) {
      raw[key] = values[0];
    }
  }
  if (repeated.length > 0) throw new z.ZodError(repeated);
  return trainingsQuerySchema.parse(raw);
}

// ───────────── Coordinators' forms: themes, menus, offerings, sessions ─────────────
// One schema per form, used by the server action and the tests. Errors are
// message keys, translated where they are shown. Form fields arrive as
// strings; blank means "not given".

/** The path parameter of every /api/…/{sessionId} operation. */
export const sessionIdParams = z.object({ sessionId: idParam("Training session") });

/** An offering's slug in a URL, as the admin form makes them. */
export const offeringSlugParam = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .meta({ description: "The offering's slug" });

const optionalSlug = z.preprocess(
  blankToUndefined,
  z
    .string({ error: "trainingsAdmin.error.slug" })
    .trim()
    .toLowerCase()
    .max(80, { error: "validation.tooLong" })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "trainingsAdmin.error.slug" })
    .optional(),
);

const requiredDateTime = sharedRequiredDateTime("trainingsAdmin.error.dateTime");
const optionalDateTime = sharedOptionalDateTime("trainingsAdmin.error.dateTime");

/** A calendar date (yyyy-mm-dd) as midnight UTC, comparable with @db.Date columns. */
const calendarDay = z.preprocess(
  blankToUndefined,
  z
    .string({ error: typeError })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "trainingsAdmin.error.date" })
    .transform((value, ctx) => {
      const date = new Date(`${value}T00:00:00Z`);
      if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
        ctx.addIssue({ code: "custom", message: "trainingsAdmin.error.date" });
        return z.NEVER;
      }
      return date;
    }),
);

export const themeCreateSchema = z.object({
  nameFi: requiredText(80),
  nameEn: requiredText(80),
  description: optionalText(1000),
});
export const themeRenameSchema = themeCreateSchema.extend({ themeId: requiredId });
export type ThemeCreateInput = z.infer<typeof themeCreateSchema>;
export type ThemeRenameInput = z.infer<typeof themeRenameSchema>;

const menuFields = {
  title: requiredText(120),
  slug: optionalSlug,
  periodStart: calendarDay,
  periodEnd: calendarDay,
  intro: optionalText(5000),
};
const periodInOrder = (menu: { periodStart: Date; periodEnd: Date }, ctx: z.RefinementCtx) => {
  if (menu.periodEnd < menu.periodStart) {
    ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "trainingsAdmin.error.periodEnd" });
  }
};
export const menuCreateSchema = z.object(menuFields).superRefine(periodInOrder);
export const menuUpdateSchema = z.object({ ...menuFields, menuId: requiredId }).superRefine(periodInOrder);
export const menuStatusSchema = z.object({
  menuId: requiredId,
  status: z.enum(MenuStatus, { error: "validation.invalid" }),
});
export type MenuCreateInput = z.infer<typeof menuCreateSchema>;
export type MenuUpdateInput = z.infer<typeof menuUpdateSchema>;
export type MenuStatusInput = z.infer<typeof menuStatusSchema>;

const offeringFields = {
  menuId: requiredId,
  title: requiredText(200),
  slug: optionalSlug,
  kind: z.preprocess(blankToUndefined, z.enum(OfferingKind, { error: "trainingsAdmin.error.kind" })),
  summary: optionalText(500),
  description: optionalText(20000),
  themeIds: z.preprocess(
    (value: unknown): unknown[] => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.uuid({ error: "validation.invalid" }), { error: "validation.invalid" }).max(20, {
      error: "validation.invalid",
    }),
  ),
  audience: optionalText(300),
  trainerName: optionalText(200),
  orderable: checkbox,
};
export const offeringCreateSchema = z.object(offeringFields);
export const offeringUpdateSchema = z.object({ ...offeringFields, offeringId: requiredId });
export type OfferingCreateInput = z.infer<typeof offeringCreateSchema>;
export type OfferingUpdateInput = z.infer<typeof offeringUpdateSchema>;

/** The when, where, who and how many of a session; shared by the session form and workshop scheduling. */
export const sessionFields = {
  title: optionalText(200),
  startsAt: requiredDateTime,
  endsAt: requiredDateTime,
  servicePointId: optionalId,
  place: optionalText(300),
  remoteUrl: z.preprocess(
    blankToUndefined,
    z
      .url({ protocol: /^https$/, error: "trainingsAdmin.error.remoteUrl" })
      .max(500, { error: "validation.tooLong" })
      .optional(),
  ),
  capacity: z.preprocess(
    (value) => {
      const given = blankToUndefined(value);
      return typeof given === "string" && /^-?\d+$/.test(given.trim()) ? Number(given) : given;
    },
    z
      .number({
        error: (issue) => (issue.input === undefined ? "validation.required" : "trainingsAdmin.error.capacity"),
      })
      .int({ error: "trainingsAdmin.error.capacity" })
      .min(1, { error: "trainingsAdmin.error.capacity" })
      .max(MAX_CAPACITY, { error: "trainingsAdmin.error.capacity" }),
  ),
  registrationOpensAt: optionalDateTime,
  registrationClosesAt: optionalDateTime,
  eligibility: z.preprocess(
    (value) => blankToUndefined(value) ?? "REGION",
    z.enum(Eligibility, { error: "validation.invalid" }),
  ),
  restrictedLibraryId: optionalId,
};

type SessionShape = {
  startsAt: Date;
  endsAt: Date;
  servicePointId?: string;
  place?: string;
  remoteUrl?: string;
  registrationOpensAt?: Date;
  registrationClosesAt?: Date;
  eligibility: Eligibility;
  restrictedLibraryId?: string;
};

/** The rules between fields; the same ones the database's CHECK constraints hold. */
export function checkSession(session: SessionShape, ctx: z.RefinementCtx): void {
  const issue = (path: keyof SessionShape, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (session.endsAt <= session.startsAt) issue("endsAt", "trainingsAdmin.error.endBeforeStart");
  if (session.registrationClosesAt && session.registrationClosesAt > session.startsAt) {
    issue("registrationClosesAt", "trainingsAdmin.error.closesAfterStart");
  }
  const closes = session.registrationClosesAt ?? session.startsAt;
  if (session.registrationOpensAt && session.registrationOpensAt >= closes) {
    issue("registrationOpensAt", "trainingsAdmin.error.opensAfterCloses");
  }
  if (!session.servicePointId && !session.place && !session.remoteUrl) {
    issue("place", "trainingsAdmin.error.placeRequired");
  }
  if (session.eligibility === "LIBRARY" && !session.restrictedLibraryId) {
    issue("restrictedLibraryId", "trainingsAdmin.error.libraryRequired");
  }
}

export const sessionCreateSchema = z.object({ ...sessionFields, offeringId: requiredId }).superRefine(checkSession);
export const sessionUpdateSchema = z.object({ ...sessionFields, sessionId: requiredId }).superRefine(checkSession);
export const sessionCancelSchema = z.object({
  sessionId: requiredId,
  confirm: z.literal("yes", { error: "trainingsAdmin.error.confirm" }),
});
export type SessionInput = z.infer<z.ZodObject<typeof sessionFields>>;
export type SessionCreateInput = z.infer<typeof sessionCreateSchema>;
export type SessionUpdateInput = z.infer<typeof sessionUpdateSchema>;
export type SessionCancelInput = z.infer<typeof sessionCancelSchema>;
