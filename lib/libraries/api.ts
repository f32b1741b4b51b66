// The member libraries API (GET /api/libraries, /api/libraries/{id}) as the
// JSON API describes it. Public data: the same for everyone, signed in or not.
import { z } from "zod";
import { Consortium, Region, ServicePointKind, ServicePointStatus } from "@/lib/db/enums";
import { isoDay } from "@/lib/dates";
import { apiOperations, idParam, jsonDay, jsonId } from "@/lib/http/openapi/operation";
import type { LibraryDetail, LibraryListItem } from "./data";

const libraryFields = {
  id: jsonId,
  slug: z.string(),
  name: z.string(),
  municipality: z.string(),
  region: z.enum(Region),
  consortium: z.enum(Consortium),
  website: z.string().nullable(),
};

export const librarySummarySchema = z
  .object({ ...libraryFields, servicePointCount: z.int().min(0) })
  .meta({ id: "LibrarySummary" });

const statusChangeSchema = z
  .object({
    fromStatus: z.enum(ServicePointStatus).nullable().meta({ description: "Null for the status it was added in" }),
    toStatus: z.enum(ServicePointStatus),
    effectiveOn: jsonDay,
    note: z.string().nullable(),
  })
  .meta({ id: "ServicePointStatusChange" });

export const servicePointSchema = z
  .object({
    id: jsonId,
    name: z.string(),
    kind: z.enum(ServicePointKind),
    status: z.enum(ServicePointStatus),
    selfServiceHours: z.boolean(),
    address: z.string().nullable(),
    postalCode: z.string().nullable(),
    city: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    note: z.string().nullable(),
    statusHistory: z.array(statusChangeSchema).meta({ description: "Oldest first" }),
  })
  .meta({ id: "ServicePoint" });

export const libraryDetailSchema = z
  .object({
    ...libraryFields,
    contactEmail: z.string().nullable(),
    contactPhone: z.string().nullable(),
    streetAddress: z.string().nullable(),
    postalCode: z.string().nullable(),
    city: z.string().nullable(),
    deliveryAddress: z.string().nullable().meta({ description: "Where PiKe boxes and other deliveries go" }),
    servicePoints: z.array(servicePointSchema),
  })
  .meta({ id: "Library" });

export function librarySummaryJson(library: LibraryListItem): z.input<typeof librarySummarySchema> {
  return { ...library };
}

export function libraryJson(library: LibraryDetail): z.input<typeof libraryDetailSchema> {
  return {
    id: library.id,
    slug: library.slug,
    name: library.name,
    municipality: library.municipality,
    region: library.region,
    consortium: library.consortium,
    website: library.website,
    contactEmail: library.contactEmail,
    contactPhone: library.contactPhone,
    streetAddress: library.streetAddress,
    postalCode: library.postalCode,
    city: library.city,
    deliveryAddress: library.deliveryAddress,
    servicePoints: library.servicePoints.map((point) => ({
      id: point.id,
      name: point.name,
      kind: point.kind,
      status: point.status,
      selfServiceHours: point.selfServiceHours,
      address: point.address,
      postalCode: point.postalCode,
      city: point.city,
      email: point.email,
      phone: point.phone,
      note: point.note,
      statusHistory: point.statusHistory.map((change) => ({
        fromStatus: change.fromStatus,
        toStatus: change.toStatus,
        effectiveOn: isoDay(change.effectiveOn),
        note: change.note,
      })),
    })),
  };
}

export const libraryOperations = apiOperations([
  {
    operationId: "listLibraries",
    method: "get",
    path: "/api/libraries",
    tag: "libraries",
    summary: "The member libraries, by region and sort order",
    session: "none",
    responses: {
      200: { description: "The libraries", schema: z.object({ libraries: z.array(librarySummarySchema) }) },
    },
  },
  {
    operationId: "getLibrary",
    method: "get",
    path: "/api/libraries/{id}",
    tag: "libraries",
    summary: "One member library with its contacts and service points, each with its status history",
    session: "none",
    pathParams: z.object({ id: idParam("Library") }),
    responses: { 200: { description: "The library", schema: libraryDetailSchema } },
    errors: { 404: "Unknown or malformed id" },
  },
]);
