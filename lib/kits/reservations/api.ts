// The kits API as the JSON API describes it: the catalogue (public), one
// kit's availability in a window of days, reserving and cancelling. Days are
// "yyyy-mm-dd" on the wire, both ends of a range included.
import { z } from "zod";
import { KitReservationStatus, KitStatus } from "@/lib/db/enums";
import { apiOperations, idParam, jsonDay, jsonId } from "@/lib/http/openapi/operation";
import type { ApiKit, ApiKitDetail, Availability, BookedPeriod } from "./data";
import { MAX_RESERVATION_DAYS, MAX_WINDOW_DAYS } from "./rules";
import { availabilityQuerySchema, reservationInputSchema } from "./schema";

const kitFields = {
  id: jsonId,
  slug: z.string(),
  name: z.string(),
  status: z.enum(KitStatus),
  shippingDays: z.int().min(0).meta({
    description:
      "Days the kit needs between two holders: a reservation leaves them free before and after every other one",
  }),
  requiresApproval: z.boolean().meta({ description: "Reservations wait for a coordinator's confirmation" }),
  theme: z.object({ nameFi: z.string(), nameEn: z.string() }).nullable(),
  homeLibrary: z.object({ id: jsonId, name: z.string() }).nullable(),
};

export const kitSummarySchema = z.object(kitFields).meta({ id: "KitSummary" });

const dayRangeFields = { startDate: jsonDay, endDate: jsonDay };

export const bookedPeriodSchema = z
  .object({
    ...dayRangeFields,
    heldUntil: jsonDay.meta({
      description: "endDate plus this reservation's shipping days: the kit is on its way until then",
    }),
    shippingDays: z.int().min(0),
    status: z.enum(KitReservationStatus),
    library: z.object({ id: jsonId, name: z.string() }),
  })
  .meta({ id: "KitBookedPeriod" });

export const kitDetailSchema = z
  .object({
    ...kitFields,
    description: z.string().nullable(),
    contents: z.array(z.object({ item: z.string(), count: z.int().min(0).optional() })),
    booked: z.array(bookedPeriodSchema).meta({ description: "Live reservations from today on, earliest first" }),
  })
  .meta({ id: "Kit" });

export const availabilitySchema = z
  .object({
    kitId: jsonId,
    from: jsonDay,
    to: jsonDay,
    shippingDays: z.int().min(0),
    status: z.enum(KitStatus),
    booked: z.array(bookedPeriodSchema),
    free: z.array(z.object(dayRangeFields)).meta({
      description: "Runs of days a new reservation may cover wholly (shipping days considered; none before today)",
    }),
  })
  .meta({ id: "KitAvailability" });

export const reservationStateSchema = z
  .object({ id: jsonId, status: z.enum(KitReservationStatus), ...dayRangeFields })
  .meta({ id: "KitReservation" });

const kitIdParams = z.object({ id: idParam("Kit") });

const bookedJson = (b: BookedPeriod) => ({
  startDate: b.startDate,
  endDate: b.endDate,
  heldUntil: b.heldUntil,
  shippingDays: b.shippingDays,
  status: b.status,
  library: b.library,
});

export const kitSummaryJson = (k: ApiKit): z.input<typeof kitSummarySchema> => ({
  id: k.id,
  slug: k.slug,
  name: k.name,
  status: k.status,
  shippingDays: k.shippingDays,
  requiresApproval: k.requiresApproval,
  theme: k.theme,
  homeLibrary: k.homeLibrary,
});

export const kitDetailJson = (k: ApiKitDetail): z.input<typeof kitDetailSchema> => ({
  ...kitSummaryJson(k),
  description: k.description,
  contents: k.contents.map((c) => (c.count === undefined ? { item: c.item } : { item: c.item, count: c.count })),
  booked: k.booked.map(bookedJson),
});

export const availabilityJson = (a: Availability): z.input<typeof availabilitySchema> => ({
  ...a,
  booked: a.booked.map(bookedJson),
});

export const kitOperations = apiOperations([
  {
    operationId: "listKits",
    method: "get",
    path: "/api/kits",
    tag: "kits",
    summary: "PiKe boxes in circulation or maintenance (public)",
    session: "optional",
    responses: { 200: { description: "Kits by name", schema: z.array(kitSummarySchema) } },
  },
  {
    operationId: "getKit",
    method: "get",
    path: "/api/kits/{id}",
    tag: "kits",
    summary: "One PiKe box with its contents and booked periods (public)",
    session: "optional",
    pathParams: kitIdParams,
    responses: { 200: { description: "The kit", schema: kitDetailSchema } },
    errors: { 404: "Unknown or retired kit" },
  },
  {
    operationId: "getKitAvailability",
    method: "get",
    path: "/api/kits/{id}/availability",
    tag: "kits",
    summary: "Booked and free periods of a kit in a window of days, shipping days considered (public)",
    description: `from and to are included; the window is at most ${MAX_WINDOW_DAYS} days.`,
    session: "optional",
    pathParams: kitIdParams,
    query: availabilityQuerySchema,
    responses: { 200: { description: "Booked and free periods", schema: availabilitySchema } },
    errors: { 404: "Unknown or retired kit", 422: "Malformed days, to before from, or a window too wide" },
  },
  {
    operationId: "reserveKit",
    method: "post",
    path: "/api/kits/{id}/reservations",
    tag: "kits",
    summary: "Reserve a kit for a library for a range of days",
    description: `Staff reserve for their own library, coordinators for any. At most ${MAX_RESERVATION_DAYS} days, not in the past. CONFIRMED at once when the kit needs no approval, else REQUESTED. The kit's shipping days must stay free before and after every other live reservation: the database refuses an overlap, answered as 409 with the conflicting period in error.conflict.`,
    session: "required",
    pathParams: kitIdParams,
    body: reservationInputSchema,
    responses: { 201: { description: "Reserved", schema: reservationStateSchema } },
    errors: {
      400: "The body is not JSON",
      401: "Signed out",
      403: "Cross-site request, a role that may not reserve, or another library than your own",
      404: "Unknown or retired kit",
      409: "The range (with the shipping days) collides with a live reservation: error.conflict names its period",
      422: "Malformed days, end before start, a past day, a range too long, an unknown library, a kit not available",
    },
  },
  {
    operationId: "cancelKitReservation",
    method: "delete",
    path: "/api/kit-reservations/{id}",
    tag: "kits",
    summary: "Cancel a kit reservation (its library's staff, or a coordinator); the days are free at once",
    session: "required",
    pathParams: z.object({ id: idParam("KitReservation") }),
    responses: { 200: { description: "Cancelled", schema: reservationStateSchema } },
    errors: {
      401: "Signed out",
      403: "Cross-site request",
      404: "Unknown, or not your library's",
      422: "No longer cancellable: the kit is on its way or the loan is over",
    },
  },
]);
