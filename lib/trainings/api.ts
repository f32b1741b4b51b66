// The training sessions API (GET /api/trainings…, read from ./api/data.ts) as
// the JSON API describes it.
import { z } from "zod";
import { OfferingKind, SessionStatus } from "@/lib/db/enums";
import { enrolmentStateSchema } from "@/lib/enrolments/api";
import { apiOperations, jsonId, jsonInstant } from "@/lib/http/openapi/operation";
import { sessionIdParams, trainingsQuerySchema } from "./schema";

const registrationSchema = z.enum(["OPEN", "NOT_YET_OPEN", "CLOSED", "SESSION_CANCELLED", "NOT_PUBLISHED"]);

export const trainingSessionSchema = z
  .object({
    id: jsonId,
    title: z.string().nullable().meta({ description: "The session's own title, if it has one" }),
    startsAt: jsonInstant,
    endsAt: jsonInstant,
    status: z.enum(SessionStatus),
    place: z.object({
      servicePoint: z.string().nullable(),
      library: z.string().nullable(),
      text: z.string().nullable(),
      remote: z.boolean().meta({ description: "Has a remote link; the link itself goes only to participants" }),
    }),
    capacity: z.int().min(0),
    seatsTaken: z.int().min(0),
    seatsLeft: z.int().min(0),
    waitlistLength: z.int().min(0),
    registration: registrationSchema,
    registrationOpensAt: jsonInstant.nullable(),
    registrationClosesAt: jsonInstant.nullable(),
    eligibility: z.object({
      kind: z.enum(["REGION", "LIBRARY"]),
      library: z
        .object({ slug: z.string(), name: z.string() })
        .nullable()
        .meta({ description: "For LIBRARY: the only library whose staff may enrol" }),
    }),
    offering: z.object({
      slug: z.string(),
      title: z.string(),
      kind: z.enum(OfferingKind),
      themes: z.array(z.string()).meta({ description: "Theme slugs" }),
    }),
  })
  .meta({ id: "TrainingSession" });

export const trainingOperations = apiOperations([
  {
    operationId: "listTrainingSessions",
    method: "get",
    path: "/api/trainings",
    tag: "trainings",
    summary: "Published training sessions, soonest first, with seats left and waitlist length",
    session: "none",
    query: trainingsQuerySchema,
    responses: {
      200: { description: "The sessions", schema: z.object({ sessions: z.array(trainingSessionSchema) }) },
    },
    errors: { 422: "An invalid or repeated parameter" },
  },
  {
    operationId: "getTrainingSession",
    method: "get",
    path: "/api/trainings/{sessionId}",
    tag: "trainings",
    summary: "One published session, with the caller's own enrolment",
    session: "optional",
    pathParams: sessionIdParams,
    responses: {
      200: {
        description: "The session",
        schema: trainingSessionSchema.extend({
          enrolment: enrolmentStateSchema
            .nullable()
            .meta({ description: "The caller's; null signed out or not enrolled" }),
        }),
      },
    },
    errors: { 404: "Unknown or unpublished" },
  },
]);
