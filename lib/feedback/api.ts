// Feedback on an attended session as the JSON API describes it.
import { z } from "zod";
import { apiOperations, idParam, jsonId, jsonInstant } from "@/lib/http/openapi/operation";
import { feedbackSchema } from "./schema";

export const givenFeedbackSchema = z.object({
  id: jsonId,
  rating: z.int().min(1).max(5),
  comment: z.string().nullable(),
  createdAt: jsonInstant,
});

export const feedbackOperations = apiOperations([
  {
    operationId: "giveFeedback",
    method: "post",
    path: "/api/enrolments/{id}/feedback",
    tag: "feedback",
    summary: "Give feedback on an attended session: once per enrolment, by the person enrolled",
    session: "required",
    pathParams: z.object({ id: idParam("Enrolment") }),
    // The enrolment comes from the path.
    body: feedbackSchema.omit({ enrolmentId: true }),
    responses: { 201: { description: "Stored", schema: givenFeedbackSchema } },
    errors: {
      400: "The body is not a JSON object",
      401: "Signed out",
      403: "Cross-site request, or not allowed to give feedback",
      404: "Unknown, or not yours",
      409: "Feedback already given (fields.feedbackId)",
      422: "Bad rating or comment, or not marked as having attended",
    },
  },
]);
