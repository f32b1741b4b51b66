// The API's table of contents: every domain's operations, and the OpenAPI
// document generated from them (served at /api/openapi.json). A new domain
// adds its `…Operations` here; tests/unit/openapi.test.ts fails until every
// route handler under app/api is described, and the integration tests fail
// when a handler answers something its description does not allow.
import { z } from "zod";
import { actionItemOperations } from "@/lib/action-items/api";
import { authOperations } from "@/lib/auth/api";
import { meOperations } from "@/lib/auth/me-api";
import { calendarOperations } from "@/lib/calendar/api";
import { enrolmentOperations } from "@/lib/enrolments/api";
import { exportOperations } from "@/lib/exports/api";
import { userOperations } from "@/lib/users/admin/api";
import { feedbackOperations } from "@/lib/feedback/api";
import { feedbackReportOperations } from "@/lib/feedback/report/api";
import { healthOperations } from "@/lib/health/api";
import { kitCatalogueOperations } from "@/lib/kits/catalogue/api";
import { kitOperations } from "@/lib/kits/reservations/api";
import { kitUsageOperations } from "@/lib/kits/usage/api";
import { libraryOperations } from "@/lib/libraries/api";
import { materialOperations } from "@/lib/materials/api";
import { meetingOperations } from "@/lib/meetings/api";
import { searchOperations } from "@/lib/search/api";
import { trainingOperations } from "@/lib/trainings/api";
import { ownDataOperations } from "@/lib/users/own-data/api";
import { programmeOperations } from "@/lib/programmes/api";
import { mentoringOperations } from "@/lib/mentoring/api";
import { networkOperations } from "@/lib/networks/api";
import { exchangeOperations } from "@/lib/exchanges/api";
import { coverageOperations } from "@/lib/coverage/api";
import { annualOperations } from "@/lib/coverage/annual/api";
import { metricsOperations } from "@/lib/metrics/api";
import { buildOpenApiDocument, type OpenApiDocument } from "./document";
import { apiOperations } from "./operation";

const documentOperations = apiOperations([
  {
    operationId: "getOpenApiDocument",
    method: "get",
    path: "/api/openapi.json",
    tag: "meta",
    summary: "This document",
    session: "none",
    responses: {
      200: {
        description: "OpenAPI 3.1",
        schema: z.looseObject({ openapi: z.literal("3.1.0"), paths: z.record(z.string(), z.unknown()) }),
      },
    },
  },
]);

export const API_OPERATIONS = [
  ...healthOperations,
  ...authOperations,
  ...meOperations,
  ...ownDataOperations,
  ...trainingOperations,
  ...enrolmentOperations,
  ...feedbackOperations,
  ...feedbackReportOperations,
  ...exportOperations,
  ...calendarOperations,
  ...meetingOperations,
  ...actionItemOperations,
  ...materialOperations,
  ...searchOperations,
  ...libraryOperations,
  ...kitCatalogueOperations,
  ...kitOperations,
  ...programmeOperations,
  ...mentoringOperations,
  ...networkOperations,
  ...exchangeOperations,
  ...coverageOperations,
  ...annualOperations,
  ...documentOperations,
  ...userOperations,
  ...kitUsageOperations,
  ...metricsOperations,
];

let document: OpenApiDocument | undefined;

export function openApiDocument(): OpenApiDocument {
  document ??= buildOpenApiDocument(
    {
      title: "PiKe-portaali API",
      version: "0.2.0",
      description:
        "The JSON API of PiKe-portaali, for integrations, calendars and tests. Signed in = the Auth.js session cookie. Every mutating request must come from the same origin (Origin / Sec-Fetch-Site). Errors always have the shape of the Error schema. Generated from the zod schemas the route handlers validate with and answer by.",
    },
    API_OPERATIONS,
  );
  return document;
}
