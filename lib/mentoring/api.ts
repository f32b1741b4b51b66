// The mentoring exports as the API describes them.
import { z } from "zod";
import { apiOperations, idParam } from "@/lib/http/openapi/operation";

const params = z.object({ offeringId: idParam("Offering (kind MENTORING)") });
const errors = {
  401: "Signed out",
  403: "Not a coordinator",
  404: "Unknown offering, or not a mentoring one",
} as const;

export const mentoringOperations = apiOperations([
  {
    operationId: "exportMentoringApplicationsCsv",
    method: "get",
    path: "/api/exports/mentoring/{offeringId}/applications.csv",
    tag: "exports",
    summary: "A mentoring offering's applications, CSV for Finnish Excel (coordinators)",
    session: "required",
    pathParams: params,
    responses: { 200: { description: "Attachment mentorointi-<offering slug>.csv", mediaType: "text/csv" } },
    errors,
  },
  {
    operationId: "exportMentoringApplicationsXlsx",
    method: "get",
    path: "/api/exports/mentoring/{offeringId}/applications.xlsx",
    tag: "exports",
    summary: "A mentoring offering's applications as an Excel workbook (coordinators)",
    session: "required",
    pathParams: params,
    responses: {
      200: {
        description: "Attachment mentorointi-<offering slug>.xlsx",
        mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      },
    },
    errors,
  },
]);
