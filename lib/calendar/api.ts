// The calendar feeds as the JSON API describes them: iCalendar documents.
import { z } from "zod";
import { apiOperations } from "@/lib/http/openapi/operation";
import { CALENDAR_TOKEN, menuFeedQuery } from "./schema";

/** An iCalendar (RFC 5545) document, as the feeds and the meeting's .ics answer it. */
export const icsResponse = {
  description: "An iCalendar (RFC 5545) document",
  mediaType: "text/calendar",
  schema: z.string(),
};

export const calendarOperations = apiOperations([
  {
    operationId: "getTrainingsCalendar",
    method: "get",
    path: "/api/calendar/trainings.ics",
    tag: "calendar",
    summary: "The published training menu as a subscribable calendar",
    session: "none",
    query: menuFeedQuery,
    responses: { 200: icsResponse },
    errors: { 422: "Unknown theme" },
  },
  {
    operationId: "getPersonalCalendar",
    method: "get",
    path: "/api/calendar/me/{token}.ics",
    tag: "calendar",
    summary:
      "A user's own calendar: their enrolments and the steering-group meetings they may see; the secret token (shown in My data) is the key",
    description:
      "Trainings the user is enrolled in or waitlisted for, the events of the networks they are an active member of, and the meetings their current roles let them see (PLANNED for coordinators, published agendas and draft minutes for the steering group too, approved minutes for every member), upcoming and from the last 12 months. No session cookie is needed; a new token revokes the old one at once.",
    session: "none",
    pathParams: z.object({
      token: z.string().regex(CALENDAR_TOKEN).meta({ description: "The secret token (43 characters, base64url)" }),
    }),
    responses: { 200: icsResponse },
    errors: { 404: "Unknown or revoked token" },
  },
]);
