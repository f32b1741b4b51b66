// Enrolling and cancelling as the JSON API describes them (the sessions
// themselves are described in lib/trainings/api.ts).
import { z } from "zod";
import { EnrolmentStatus } from "@/lib/db/enums";
import { apiOperations, idParam, jsonId } from "@/lib/http/openapi/operation";
import { sessionIdParams } from "@/lib/trainings/schema";

export const enrolmentStateSchema = z
  .object({
    id: jsonId,
    status: z.enum(EnrolmentStatus),
    waitlistPosition: z.int().min(1).nullable().meta({ description: "1 = next to get a seat; null unless WAITLISTED" }),
  })
  .meta({ id: "Enrolment" });

export const enrolmentOperations = apiOperations([
  {
    operationId: "enrol",
    method: "post",
    path: "/api/trainings/{sessionId}/enrolments",
    tag: "enrolments",
    summary: "Enrol the signed-in user (confirmed while seats last, then waitlisted)",
    session: "required",
    pathParams: sessionIdParams,
    responses: { 201: { description: "Enrolled", schema: enrolmentStateSchema } },
    errors: {
      401: "Signed out",
      403: "Cross-site request",
      404: "Unknown or unpublished session",
      409: "Already enrolled (fields.enrolmentId names the enrolment)",
      422: "Registration closed or not eligible",
    },
  },
  {
    operationId: "cancelEnrolment",
    method: "delete",
    path: "/api/enrolments/{id}",
    tag: "enrolments",
    summary: "Cancel an enrolment (own, or any for coordinators); promotes the first waitlisted",
    session: "required",
    pathParams: z.object({ id: idParam("Enrolment") }),
    responses: { 200: { description: "Cancelled", schema: enrolmentStateSchema } },
    errors: {
      401: "Signed out",
      403: "Cross-site request",
      404: "Unknown, or not yours",
      422: "No longer cancellable: the session has started or the enrolment is closed",
    },
  },
]);
