// The person's own data as the JSON API describes it (GET /api/me/export).
import { z } from "zod";
import { apiOperations } from "@/lib/http/openapi/operation";
import { OWN_DATA_SECTIONS } from "./sections";

const record = z.looseObject({}).meta({ description: "One row as stored, without sign-in secrets" });

export const ownDataExportSchema = z.object({
  exportedAt: z.iso.datetime({ offset: true }),
  profile: z.looseObject({
    id: z.string(),
    name: z.string().nullable(),
    email: z.string(),
    title: z.string().nullable(),
    roles: z.array(z.string()),
    locale: z.enum(["fi", "en"]),
    libraryName: z.string().nullable(),
    hasCalendarFeed: z.boolean(),
  }),
  ...Object.fromEntries(OWN_DATA_SECTIONS.map((section) => [section, z.array(record)])),
});

export const ownDataOperations = apiOperations([
  {
    operationId: "exportMyData",
    method: "get",
    path: "/api/me/export",
    tag: "auth",
    summary: "Everything the app holds about the signed-in person, as a JSON download (never cached)",
    session: "required",
    responses: { 200: { description: "Their profile and one list per kind of record", schema: ownDataExportSchema } },
    errors: { 401: "Not signed in" },
  },
]);
