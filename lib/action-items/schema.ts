// Input schemas of decisions and action items: the editor's forms, the
// review under "previous action items", the action items page's filters
// (?omat&kirjasto&tila&myohassa) and GET /api/action-items (?status&owner).
// Form errors are message keys, translated where they are shown.
import { z } from "zod";
import { blankToUndefined, isUuid, optionalText, requiredId, requiredText } from "@/lib/http/fields";
import { ActionItemStatus } from "@/lib/db/enums";
import { DESCRIPTION_MAX, OWNER_NAME_MAX, TITLE_MAX } from "./rules";

/** A calendar day (yyyy-mm-dd) as midnight UTC, comparable with @db.Date columns. */
const calendarDay = z
  .string({ error: "actionItems.error.dueDate" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "actionItems.error.dueDate" })
  .transform((value, ctx) => {
    const date = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      ctx.addIssue({ code: "custom", message: "actionItems.error.dueDate" });
      return z.NEVER;
    }
    return date;
  });
const optionalDay = z.preprocess(blankToUndefined, calendarDay.optional());

// ───────────── action items ─────────────

/** The owner picker's value: "user:<id>", "library:<id>", or "name" (then ownerName says who). */
export const OWNER_NAME_CHOICE = "name";

export type OwnerInput =
  { type: "USER"; id: string } | { type: "LIBRARY"; id: string } | { type: "TEXT"; name: string };

const ownerChoice = z.preprocess(
  blankToUndefined,
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? "actionItems.error.ownerRequired" : "actionItems.error.unknownOwner",
    })
    .trim()
    .refine((v) => v === OWNER_NAME_CHOICE || (/^(user|library):/.test(v) && isUuid(v.slice(v.indexOf(":") + 1))), {
      error: "actionItems.error.unknownOwner",
    }),
);

const actionItemFields = {
  meetingId: requiredId,
  title: requiredText(TITLE_MAX),
  description: optionalText(DESCRIPTION_MAX),
  owner: ownerChoice,
  ownerName: optionalText(OWNER_NAME_MAX),
  dueDate: optionalDay,
};

type OwnerFields = { owner: string; ownerName?: string };

function requireOwnerName(values: OwnerFields, ctx: z.RefinementCtx) {
  if (values.owner === OWNER_NAME_CHOICE && !values.ownerName) {
    ctx.addIssue({ code: "custom", path: ["ownerName"], message: "actionItems.error.ownerNameRequired" });
  }
}

function toOwner<T extends OwnerFields>({ owner, ownerName, ...rest }: T) {
  const parsed: OwnerInput =
    owner === OWNER_NAME_CHOICE
      ? { type: "TEXT", name: ownerName ?? "" }
      : owner.startsWith("user:")
        ? { type: "USER", id: owner.slice(5).toLowerCase() }
        : { type: "LIBRARY", id: owner.slice(8).toLowerCase() };
  return { ...rest, owner: parsed };
}

export const actionItemCreateSchema = z
  .object({ ...actionItemFields, agendaItemId: requiredId })
  .superRefine(requireOwnerName)
  .transform(toOwner);
export const actionItemUpdateSchema = z
  .object({ ...actionItemFields, actionItemId: requiredId })
  .superRefine(requireOwnerName)
  .transform(toOwner);
export const actionItemDeleteSchema = z.object({ meetingId: requiredId, actionItemId: requiredId });
export type ActionItemCreateInput = z.infer<typeof actionItemCreateSchema>;
export type ActionItemUpdateInput = z.infer<typeof actionItemUpdateSchema>;
export type ActionItemDeleteInput = z.infer<typeof actionItemDeleteSchema>;

// ───────────── review under "previous action items" ─────────────

/** "Tehty" and the undo of a review: which item, in which meeting. */
export const reviewSchema = z.object({ meetingId: requiredId, actionItemId: requiredId });
/** "Jatkuu", optionally with a new due date. */
export const carryOnSchema = reviewSchema.extend({ newDueDate: optionalDay });
export type ReviewInput = z.infer<typeof reviewSchema>;
/** Which button of the review form was pressed. */
export const reviewIntentSchema = z.object({
  intent: z.enum(["done", "carryOn", "undo"], { error: "validation.invalid" }),
});
export type CarryOnInput = z.infer<typeof carryOnSchema>;

/** Marking done on the action items page. */
export const closeActionItemSchema = z.object({ actionItemId: requiredId });
export type CloseActionItemInput = z.infer<typeof closeActionItemSchema>;

// ───────────── listing: the page's filters and the API's query ─────────────

export type ActionItemStatusFilter = ActionItemStatus | "ALL";

export type ActionItemFilters = {
  status: ActionItemStatusFilter;
  /** Owned by this user. */
  ownerUserId?: string;
  /** Owned by this library, or by a person who works there. */
  ownerLibraryId?: string;
  overdue?: boolean;
};

/** The page's filters as they arrive in the URL; anything malformed is dropped, not refused. */
export type PageFilters = {
  mine: boolean;
  library: boolean;
  status: "avoimet" | "tehdyt" | "kaikki";
  overdue: boolean;
  /** 1-based page of the list (PAGE_SIZE rows each). */
  page: number;
};

const firstValue = (value: unknown) => (Array.isArray(value) ? (value[0] as unknown) : value);
const flag = z.preprocess(firstValue, z.string().optional()).transform((v) => v === "1" || v === "on");

const pageFiltersSchema = z.object({
  omat: flag,
  kirjasto: flag,
  tila: z.preprocess(firstValue, z.enum(["avoimet", "tehdyt", "kaikki"]).optional()).catch(undefined),
  myohassa: flag,
  sivu: z.preprocess(firstValue, z.coerce.number().int().min(1).max(100_000).optional()).catch(undefined),
});

/** Rows per page of /toimenpiteet. */
export const ACTION_ITEMS_PAGE_SIZE = 50;

export function parsePageFilters(searchParams: Record<string, string | string[] | undefined>): PageFilters {
  const parsed = pageFiltersSchema.parse(searchParams);
  return {
    mine: parsed.omat,
    library: parsed.kirjasto,
    status: parsed.tila ?? "avoimet",
    overdue: parsed.myohassa,
    page: parsed.sivu ?? 1,
  };
}

/** The filters back as a query string (defaults left out; the page too: a new filter starts from the first), for links and redirects. */
export function filtersQuery(filters: PageFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (filters.mine) out.omat = "1";
  if (filters.library) out.kirjasto = "1";
  if (filters.status !== "avoimet") out.tila = filters.status;
  if (filters.overdue) out.myohassa = "1";
  return out;
}

/**
 * The filters that name nobody in particular (status, overdue, page) as one
 * path segment of an audience's cached page (ADR 23): "kaikki.1.3". Null for
 * filters that are the reader's own (mine, my library): those pages are per request.
 */
export function sharedFiltersSegment(filters: PageFilters): string | null {
  if (filters.mine || filters.library) return null;
  return `${filters.status}.${filters.overdue ? 1 : 0}.${filters.page}`;
}

/** The filters of a segment made by sharedFiltersSegment; null for anything else. */
export function filtersOfSegment(segment: string): PageFilters | null {
  const match = /^(avoimet|tehdyt|kaikki)\.([01])\.([1-9][0-9]{0,5})$/.exec(segment);
  if (!match || Number(match[3]) > 100_000) return null;
  const status = match[1] as PageFilters["status"];
  return { mine: false, library: false, status, overdue: match[2] === "1", page: Number(match[3]) };
}

export const PAGE_STATUS: Record<PageFilters["status"], ActionItemStatusFilter> = {
  avoimet: "OPEN",
  tehdyt: "DONE",
  kaikki: "ALL",
};

export const API_DEFAULT_LIMIT = 100;
export const API_MAX_LIMIT = 500;

/** GET /api/action-items: unknown values are refused with field messages (422), never guessed. */
export const apiQuerySchema = z.object({
  status: z.enum(ActionItemStatus, { error: "actionItems.error.statusQuery" }).optional(),
  owner: z
    .string({ error: "actionItems.error.ownerQuery" })
    .trim()
    .refine((v) => v === "me" || isUuid(v) || (v.startsWith("library:") && isUuid(v.slice(8))), {
      error: "actionItems.error.ownerQuery",
    })
    .optional()
    .meta({
      description: "me, a user id, or library:<libraryId> (items owned by the library and by people who work there)",
    }),
  overdue: z
    .enum(["true", "false"], { error: "actionItems.error.overdueQuery" })
    .optional()
    .meta({ description: "true: only OPEN items due before today in Helsinki" }),
  limit: z.coerce
    .number({ error: "validation.invalid" })
    .int({ error: "validation.invalid" })
    .min(1, { error: "validation.invalid" })
    .max(API_MAX_LIMIT, { error: "validation.invalid" })
    .default(API_DEFAULT_LIMIT)
    .meta({ description: `Items per page, 1–${API_MAX_LIMIT} (default ${API_DEFAULT_LIMIT})` }),
  cursor: z
    .string({ error: "validation.invalid" })
    .regex(/^(0|[1-9]\d{0,8})$/, { error: "validation.invalid" })
    .optional()
    .meta({ description: "The previous page's nextCursor" }),
});

export function parseApiQuery(params: URLSearchParams) {
  const value = (name: string) => {
    const all = params.getAll(name);
    // One value per parameter: ?status=OPEN&status=DONE is ambiguous, so refused.
    return all.length > 1 ? all : (all[0] ?? undefined);
  };
  return apiQuerySchema.parse({
    status: value("status"),
    owner: value("owner"),
    overdue: value("overdue"),
    limit: value("limit"),
    cursor: value("cursor"),
  });
}
