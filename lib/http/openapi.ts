// The JSON API described as OpenAPI 3.1 (served at /api/openapi.json). A unit
// test checks that every route handler under app/api has its path here.
const error = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: {
          type: "string",
          enum: [
            "VALIDATION_FAILED",
            "BAD_REQUEST",
            "UNAUTHENTICATED",
            "FORBIDDEN",
            "NOT_FOUND",
            "CONFLICT",
            "RATE_LIMITED",
            "DATABASE_UNAVAILABLE",
            "INTERNAL",
          ],
        },
        message: { type: "string" },
        fields: { type: "object", additionalProperties: { type: "string" } },
      },
    },
  },
} as const;

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const uuidParam = (name: string, description: string) => ({
  name,
  in: "path",
  required: true,
  description,
  schema: { type: "string", format: "uuid" },
});

const session = {
  type: "object",
  properties: {
    id: { type: "string", format: "uuid" },
    title: { type: ["string", "null"] },
    startsAt: { type: "string", format: "date-time" },
    endsAt: { type: "string", format: "date-time" },
    status: { type: "string", enum: ["SCHEDULED", "CANCELLED"] },
    place: { type: "object" },
    capacity: { type: "integer" },
    seatsTaken: { type: "integer" },
    seatsLeft: { type: "integer" },
    waitlistLength: { type: "integer" },
    registration: { type: "string", enum: ["OPEN", "NOT_YET_OPEN", "CLOSED", "SESSION_CANCELLED", "NOT_PUBLISHED"] },
    registrationOpensAt: { type: ["string", "null"], format: "date-time" },
    registrationClosesAt: { type: ["string", "null"], format: "date-time" },
    eligibility: { type: "object" },
    offering: {
      type: "object",
      properties: {
        slug: { type: "string" },
        title: { type: "string" },
        kind: { type: "string" },
        themes: { type: "array", items: { type: "object" } },
      },
    },
  },
} as const;

const enrolment = {
  type: "object",
  required: ["id", "status", "waitlistPosition"],
  properties: {
    id: { type: "string", format: "uuid" },
    status: { type: "string", enum: ["CONFIRMED", "WAITLISTED", "CANCELLED", "ATTENDED", "NO_SHOW"] },
    waitlistPosition: { type: ["integer", "null"] },
  },
} as const;

const calendar = {
  description: "An iCalendar (RFC 5545) document",
  content: { "text/calendar": { schema: { type: "string" } } },
};

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "PiKe-portaali API",
    version: "0.1.0",
    description:
      "The JSON API of PiKe-portaali, for integrations, calendars and tests. Signed in = the Auth.js session cookie. Every mutating request must come from the same origin (Origin / Sec-Fetch-Site). Errors always have the shape of the Error schema.",
  },
  servers: [{ url: "/" }],
  components: {
    schemas: { Error: error, TrainingSession: session, Enrolment: enrolment },
    securitySchemes: { session: { type: "apiKey", in: "cookie", name: "authjs.session-token" } },
  },
  paths: {
    "/api/health": {
      get: {
        summary: "Health of the app and its database",
        responses: {
          "200": {
            description: "Up",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: { status: { enum: ["ok", "degraded"] }, db: { enum: ["up", "down"] } },
                },
              },
            },
          },
          "503": { description: "The database is unreachable" },
        },
      },
    },
    "/api/auth/magic-link": {
      post: {
        summary: "Ask for a sign-in link by email (same answer whether the address is known or not)",
        requestBody: {
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["email"],
                properties: { email: { type: "string", format: "email" }, callbackUrl: { type: "string" } },
              },
            },
          },
        },
        responses: {
          "202": { description: "If the address is known, a link is on its way" },
          "403": errorResponse("Cross-site or origin-less request"),
          "422": errorResponse("Invalid email"),
          "429": errorResponse("Too many links requested (Retry-After)"),
        },
      },
    },
    "/api/trainings": {
      get: {
        summary: "Published training sessions",
        parameters: [
          {
            name: "from",
            in: "query",
            schema: { type: "string", format: "date" },
            description: "Helsinki day, default today",
          },
          { name: "to", in: "query", schema: { type: "string", format: "date" } },
          { name: "theme", in: "query", schema: { type: "string" }, description: "Theme slug" },
          {
            name: "kind",
            in: "query",
            schema: { enum: ["WORKSHOP", "TRAINING_DAY", "WEBINAR", "PROGRAMME", "KIT", "MENTORING", "EVENT"] },
          },
          { name: "q", in: "query", schema: { type: "string", maxLength: 100 } },
          { name: "library", in: "query", schema: { type: "string" }, description: "Library slug (where it is held)" },
        ],
        responses: {
          "200": {
            description: "Sessions with seats left and waitlist length",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: { sessions: { type: "array", items: { $ref: "#/components/schemas/TrainingSession" } } },
                },
              },
            },
          },
          "422": errorResponse("Invalid query"),
        },
      },
    },
    "/api/trainings/{sessionId}": {
      get: {
        summary: "One published session, with the caller's own enrolment",
        parameters: [uuidParam("sessionId", "Training session")],
        responses: {
          "200": {
            description: "The session",
            content: { "application/json": { schema: { $ref: "#/components/schemas/TrainingSession" } } },
          },
          "404": errorResponse("Unknown or unpublished"),
        },
      },
    },
    "/api/trainings/{sessionId}/enrolments": {
      post: {
        summary: "Enrol the signed-in user (confirmed while seats last, then waitlisted)",
        security: [{ session: [] }],
        parameters: [uuidParam("sessionId", "Training session")],
        responses: {
          "201": {
            description: "Enrolled",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Enrolment" } } },
          },
          "401": errorResponse("Signed out"),
          "404": errorResponse("Unknown or unpublished session"),
          "409": errorResponse("Already enrolled (fields.enrolmentId names the enrolment)"),
          "422": errorResponse("Registration closed or not eligible"),
        },
      },
    },
    "/api/enrolments/{id}": {
      delete: {
        summary: "Cancel an enrolment (own, or any for coordinators); promotes the first waitlisted",
        security: [{ session: [] }],
        parameters: [uuidParam("id", "Enrolment")],
        responses: {
          "200": {
            description: "Cancelled",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Enrolment" } } },
          },
          "401": errorResponse("Signed out"),
          "404": errorResponse("Unknown, or not yours"),
        },
      },
    },
    "/api/enrolments/{id}/feedback": {
      post: {
        summary: "Give feedback on an attended session: once per enrolment, by the person enrolled",
        security: [{ session: [] }],
        parameters: [uuidParam("id", "Enrolment")],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["rating"],
                properties: {
                  rating: { type: "integer", minimum: 1, maximum: 5 },
                  comment: { type: "string", maxLength: 2000 },
                },
              },
            },
          },
        },
        responses: {
          "201": {
            description: "Stored",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["id", "rating", "comment", "createdAt"],
                  properties: {
                    id: { type: "string", format: "uuid" },
                    rating: { type: "integer", minimum: 1, maximum: 5 },
                    comment: { type: ["string", "null"] },
                    createdAt: { type: "string", format: "date-time" },
                  },
                },
              },
            },
          },
          "400": errorResponse("The body is not a JSON object"),
          "401": errorResponse("Signed out"),
          "403": errorResponse("Cross-site request"),
          "404": errorResponse("Unknown, or not yours"),
          "409": errorResponse("Feedback already given (fields.feedbackId)"),
          "422": errorResponse("Bad rating or comment, or not marked as having attended"),
        },
      },
    },
    "/api/exports/sessions/{sessionId}/participants.csv": {
      get: {
        summary: "A session's participant list as CSV for Finnish Excel (UTF-8 with BOM, `;`, CRLF); coordinators",
        security: [{ session: [] }],
        parameters: [uuidParam("sessionId", "Training session")],
        responses: {
          "200": {
            description: "Attachment osallistujat-<offering slug>-<session date>.csv",
            content: { "text/csv": { schema: { type: "string" } } },
          },
          "401": errorResponse("Signed out"),
          "403": errorResponse("Not allowed to export"),
          "404": errorResponse("Unknown session"),
        },
      },
    },
    "/api/exports/sessions/{sessionId}/participants.xlsx": {
      get: {
        summary: "A session's participant list as an Excel workbook; coordinators",
        security: [{ session: [] }],
        parameters: [uuidParam("sessionId", "Training session")],
        responses: {
          "200": {
            description: "Attachment osallistujat-<offering slug>-<session date>.xlsx",
            content: {
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                schema: { type: "string", format: "binary" },
              },
            },
          },
          "401": errorResponse("Signed out"),
          "403": errorResponse("Not allowed to export"),
          "404": errorResponse("Unknown session"),
        },
      },
    },
    "/api/calendar/trainings.ics": {
      get: {
        summary: "The published training menu as a subscribable calendar",
        parameters: [{ name: "theme", in: "query", schema: { type: "string" }, description: "Theme slug" }],
        responses: { "200": calendar, "422": errorResponse("Unknown theme") },
      },
    },
    "/api/calendar/me/{token}.ics": {
      get: {
        summary: "A user's enrolments as a calendar; the secret token (shown in My data) is the key",
        parameters: [{ name: "token", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": calendar, "404": errorResponse("Unknown or revoked token") },
      },
    },
    "/api/search": {
      get: {
        summary: "Finnish full-text search across the steering-group meetings the caller may see",
        description:
          "Stemmed search (PostgreSQL 'finnish') over agenda items, minutes, news rounds, decisions and action items. Signed out gets 200 with empty hits, not 401: public content may become searchable later.",
        parameters: [
          {
            name: "q",
            in: "query",
            required: true,
            schema: { type: "string", minLength: 2, maxLength: 200 },
            description: "Search words (web search syntax: quotes, or, -word)",
          },
        ],
        responses: {
          "200": {
            description: "Hits best first; snippet as plain text and highlights as marked segments",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["query", "hits"],
                  properties: {
                    query: { type: "string" },
                    hits: {
                      type: "array",
                      items: {
                        type: "object",
                        properties: {
                          kind: { enum: ["meeting", "agendaItem", "minutes", "newsRound", "decision", "actionItem"] },
                          meetingId: { type: "string", format: "uuid" },
                          meetingTitle: { type: "string" },
                          meetingStartsAt: { type: "string", format: "date-time" },
                          title: { type: ["string", "null"] },
                          href: { type: "string", description: "Meeting page path with the item's anchor" },
                          snippet: { type: "string" },
                          highlights: {
                            type: "array",
                            items: {
                              type: "object",
                              properties: { text: { type: "string" }, mark: { type: "boolean" } },
                            },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          "422": errorResponse("q missing, shorter than 2 or longer than 200 characters"),
        },
      },
    },
    "/api/openapi.json": {
      get: { summary: "This document", responses: { "200": { description: "OpenAPI 3.1" } } },
    },
  },
} as const;
