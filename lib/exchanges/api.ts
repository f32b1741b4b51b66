// The job-shadowing API as the JSON API describes it (issue 15 item 6, ADR
// 30): the current round, its offers by theme, region and municipality,
// applying to an offer, and withdrawing an application.
import { z } from "zod";
import { ExchangeApplicationStatus, ExchangeMode, ExchangeRoundStatus, Region } from "@/lib/db/enums";
import { apiOperations, jsonDay, jsonId } from "@/lib/http/openapi/operation";
import { applySchema } from "./applications/schema";
import type { Application } from "./applications/mutations";
import type { CurrentRound, OfferListing } from "./offers/data";
import { offersQuerySchema } from "./offers/schema";

const day = (d: Date) => d.toISOString().slice(0, 10);

export const exchangeRoundSchema = z
  .object({
    id: jsonId,
    year: z.int(),
    title: z.string(),
    description: z.string().nullable(),
    status: z.enum(ExchangeRoundStatus),
    offerWindow: z.object({ opens: jsonDay, closes: jsonDay }),
    applicationWindow: z.object({ opens: jsonDay, closes: jsonDay }),
    visitPeriod: z.object({ starts: jsonDay, ends: jsonDay }),
    offersOpen: z.boolean().meta({ description: "Today (Helsinki) is in the offer window" }),
    applicationsOpen: z.boolean().meta({ description: "Today (Helsinki) is in the application window" }),
  })
  .meta({ id: "ExchangeRound" });

export const exchangeOfferSchema = z
  .object({
    id: jsonId,
    roundId: jsonId,
    title: z.string(),
    description: z.string().nullable(),
    hostName: z.string().nullable().meta({ description: "The contact person at the host library" }),
    hostLibrary: z.object({ slug: z.string(), name: z.string(), municipality: z.string(), region: z.enum(Region) }),
    themes: z
      .array(z.object({ slug: z.string(), nameFi: z.string().nullable(), nameEn: z.string().nullable() }))
      .meta({ description: "Training themes; names null for a theme no longer in the list" }),
    startDate: jsonDay,
    endDate: jsonDay,
    dates: z.array(jsonDay).meta({ description: "The possible days; empty: any day from startDate to endDate" }),
    places: z.int(),
    placesLeft: z.int(),
    mode: z.enum(ExchangeMode),
    accessibilityNotes: z.string().nullable(),
    travelNotes: z.string().nullable(),
    distance: z
      .enum(["SAME_MUNICIPALITY", "SAME_REGION", "OTHER_REGION"])
      .nullable()
      .meta({ description: "From the caller's library; null when signed out or without a library" }),
  })
  .meta({ id: "ExchangeOffer" });

export const exchangeApplicationSchema = z
  .object({ id: jsonId, status: z.enum(ExchangeApplicationStatus) })
  .meta({ id: "ExchangeApplication" });

export const exchangeRoundJson = (r: CurrentRound): z.input<typeof exchangeRoundSchema> => ({
  id: r.id,
  year: r.year,
  title: r.title,
  description: r.description,
  status: r.status,
  offerWindow: { opens: day(r.offerOpensAt), closes: day(r.offerClosesAt) },
  applicationWindow: { opens: day(r.applicationOpensAt), closes: day(r.applicationClosesAt) },
  visitPeriod: { starts: day(r.visitStartsOn), ends: day(r.visitEndsOn) },
  offersOpen: r.offersOpen,
  applicationsOpen: r.applicationsOpen,
});

export const exchangeOfferJson = (o: OfferListing): z.input<typeof exchangeOfferSchema> => ({
  id: o.id,
  roundId: o.roundId,
  title: o.title,
  description: o.description,
  hostName: o.hostName,
  hostLibrary: o.hostLibrary,
  themes: o.themes,
  startDate: day(o.startDate),
  endDate: day(o.endDate),
  dates: o.dates.map(day),
  places: o.places,
  placesLeft: o.placesLeft,
  mode: o.mode,
  accessibilityNotes: o.accessibilityNotes,
  travelNotes: o.travelNotes,
  distance: o.distance,
});

export const exchangeApplicationJson = (a: Application): z.input<typeof exchangeApplicationSchema> => ({
  id: a.id,
  status: a.status,
});

const idParams = z.object({ id: jsonId });

export const exchangeOperations = apiOperations([
  {
    operationId: "getCurrentExchangeRound",
    method: "get",
    path: "/api/exchange-rounds/current",
    tag: "exchanges",
    summary: "The job-shadowing round now open, with its offer and application windows and visit period (public)",
    session: "none",
    responses: { 200: { description: "The open round", schema: exchangeRoundSchema } },
    errors: { 404: "No round is open" },
  },
  {
    operationId: "listExchangeOffers",
    method: "get",
    path: "/api/exchange-offers",
    tag: "exchanges",
    summary: "A round's offers (the current round's by default) by theme, region and municipality (public)",
    description:
      "Withdrawn offers are left out. For a signed-in caller with a library, each offer says how far it is: the same municipality, the same region or the other region.",
    session: "optional",
    query: offersQuerySchema,
    responses: { 200: { description: "Offers by host library", schema: z.array(exchangeOfferSchema) } },
    errors: { 422: "A malformed round id, theme or region" },
  },
  {
    operationId: "applyToExchangeOffer",
    method: "post",
    path: "/api/exchange-offers/{id}/applications",
    tag: "exchanges",
    summary: "Apply to an offer in the application window with a motivation and preferred days from the offer's",
    description:
      "When the applicant's library has a supervisor, the application waits for their consent (AWAITING_CONSENT) and they get a mail; otherwise it goes to the host at once (SUBMITTED). Applying again after withdrawing reopens the application.",
    session: "required",
    pathParams: idParams,
    body: applySchema.omit({ offerId: true }),
    responses: { 201: { description: "The application", schema: exchangeApplicationSchema } },
    errors: {
      400: "The body is not JSON",
      401: "Signed out",
      403: "Cross-site request, or a role that may not apply",
      404: "Unknown or withdrawn offer",
      409: "Already applied, or the application window is not open",
      422: "A missing motivation, days not the offer's, too many days, no library, or the own library's offer",
    },
  },
  {
    operationId: "withdrawExchangeApplication",
    method: "delete",
    path: "/api/exchange-applications/{id}",
    tag: "exchanges",
    summary: "Withdraw one's own application until the visit; an accepted place is freed and the host told",
    session: "required",
    pathParams: idParams,
    responses: { 200: { description: "The application, withdrawn", schema: exchangeApplicationSchema } },
    errors: {
      401: "Signed out",
      403: "Cross-site request",
      404: "Unknown application, or someone else's",
      409: "Decided, completed or past its visit day",
    },
  },
]);
