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

const meetingStatus = {
  type: "string",
  enum: ["PLANNED", "AGENDA_PUBLISHED", "MINUTES_DRAFT", "MINUTES_APPROVED"],
} as const;
const nullableString = { type: ["string", "null"] } as const;
const meetingRef = {
  type: "object",
  required: ["id", "title", "startsAt"],
  properties: {
    id: { type: "string", format: "uuid" },
    title: { type: "string" },
    startsAt: { type: "string", format: "date-time" },
  },
} as const;

const meetingListItem = {
  type: "object",
  required: ["id", "title", "startsAt", "endsAt", "location", "hasRemote", "status", "url", "icsUrl"],
  properties: {
    id: { type: "string", format: "uuid" },
    title: { type: "string" },
    startsAt: { type: "string", format: "date-time" },
    endsAt: { type: "string", format: "date-time" },
    location: nullableString,
    hasRemote: { type: "boolean" },
    status: meetingStatus,
    url: { type: "string", description: "The meeting's page (path)" },
    icsUrl: { type: "string", description: "The meeting's .ics (path)" },
  },
} as const;

const material = {
  oneOf: [
    {
      type: "object",
      required: ["id", "kind", "title", "fileName", "sizeBytes", "mimeType", "downloadUrl"],
      properties: {
        id: { type: "string", format: "uuid" },
        kind: { const: "FILE" },
        title: { type: "string" },
        fileName: nullableString,
        sizeBytes: { type: ["integer", "null"] },
        mimeType: { ...nullableString, description: "As detected from the file's content" },
        downloadUrl: { type: "string", description: "/api/materials/{id}; the bytes are never in the JSON" },
      },
    },
    {
      type: "object",
      required: ["id", "kind", "title", "url"],
      properties: {
        id: { type: "string", format: "uuid" },
        kind: { const: "LINK" },
        title: { type: "string" },
        url: { type: ["string", "null"], format: "uri", description: "Only http(s) links; null otherwise" },
      },
    },
  ],
} as const;

const meeting = {
  type: "object",
  required: [
    "id",
    "title",
    "startsAt",
    "endsAt",
    "status",
    "minutesVisible",
    "agenda",
    "newsRound",
    "decisions",
    "actionItems",
  ],
  properties: {
    ...meetingListItem.properties,
    remoteUrl: { type: ["string", "null"], description: "Only http(s) links" },
    summary: nullableString,
    approvedAt: { type: ["string", "null"], format: "date-time" },
    chair: { type: ["object", "null"], properties: { id: { type: "string", format: "uuid" }, name: nullableString } },
    secretary: {
      type: ["object", "null"],
      properties: { id: { type: "string", format: "uuid" }, name: nullableString },
    },
    attendees: {
      type: "array",
      items: {
        type: "object",
        properties: {
          id: { type: "string", format: "uuid" },
          name: { type: "string" },
          libraryName: nullableString,
          status: { enum: ["INVITED", "PRESENT", "REMOTE", "ABSENT"] },
        },
      },
    },
    minutesVisible: { type: "boolean", description: "True from MINUTES_DRAFT on; until then items have no minutes" },
    agenda: {
      type: "array",
      items: {
        type: "object",
        required: ["id", "position", "kind", "title", "materials"],
        properties: {
          id: { type: "string", format: "uuid" },
          position: { type: "integer" },
          kind: {
            enum: ["STANDARD", "OPENING", "NEWS_ROUND", "PREVIOUS_ACTIONS", "OTHER_MATTERS", "NEXT_MEETING", "CLOSING"],
          },
          title: { type: "string" },
          description: nullableString,
          presenter: nullableString,
          minutes: {
            type: ["string", "null"],
            description: "Markdown; the property is absent while minutesVisible is false",
          },
          materials: {
            type: "array",
            description: "Coordinator-only materials are listed to coordinators alone",
            items: material,
          },
        },
      },
    },
    newsRound: {
      type: "array",
      items: {
        type: "object",
        properties: {
          id: { type: "string", format: "uuid" },
          libraryName: { type: "string" },
          budget: nullableString,
          staffing: nullableString,
          projects: nullableString,
          events: nullableString,
          body: nullableString,
        },
      },
    },
    decisions: {
      type: "array",
      items: {
        type: "object",
        properties: {
          id: { type: "string", format: "uuid" },
          text: { type: "string" },
          agendaItemId: { type: ["string", "null"], format: "uuid" },
        },
      },
    },
    actionItems: {
      type: "array",
      description: "Action items raised in this meeting",
      items: {
        type: "object",
        properties: {
          id: { type: "string", format: "uuid" },
          title: { type: "string" },
          description: nullableString,
          agendaItemId: { type: ["string", "null"], format: "uuid" },
          ownerName: nullableString,
          dueDate: { type: ["string", "null"], format: "date" },
          status: { enum: ["OPEN", "DONE", "CANCELLED"] },
          overdue: { type: "boolean" },
        },
      },
    },
  },
} as const;

const actionItem = {
  type: "object",
  required: [
    "id",
    "title",
    "description",
    "owner",
    "dueDate",
    "status",
    "overdue",
    "originMeeting",
    "closedInMeeting",
    "closedAt",
    "carriedOnIn",
  ],
  properties: {
    id: { type: "string", format: "uuid" },
    title: { type: "string" },
    description: nullableString,
    owner: {
      type: ["object", "null"],
      properties: {
        type: { enum: ["USER", "LIBRARY", "TEXT"] },
        id: { type: ["string", "null"], format: "uuid" },
        name: { type: "string" },
      },
    },
    dueDate: { type: ["string", "null"], format: "date" },
    status: { enum: ["OPEN", "DONE", "CANCELLED"] },
    overdue: { type: "boolean", description: "OPEN and due before today in Helsinki" },
    originMeeting: meetingRef,
    closedInMeeting: {
      oneOf: [meetingRef, { type: "null" }],
      description: "Where it was marked done; null while open, or when that meeting is not visible to the caller",
    },
    closedAt: { type: ["string", "null"], format: "date-time" },
    carriedOnIn: { type: "array", items: meetingRef, description: "Meetings that reviewed it and carried it on" },
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
    schemas: {
      Error: error,
      TrainingSession: session,
      Enrolment: enrolment,
      MeetingListItem: meetingListItem,
      Meeting: meeting,
      ActionItem: actionItem,
    },
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
        summary:
          "A user's own calendar: their enrolments and the steering-group meetings they may see; the secret token (shown in My data) is the key",
        description:
          "Trainings the user is enrolled in or waitlisted for, and the meetings their current roles let them see (PLANNED for coordinators, published agendas and draft minutes for the steering group too, approved minutes for every member), upcoming and from the last 12 months. No session cookie is needed; a new token revokes the old one at once.",
        parameters: [{ name: "token", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": calendar, "404": errorResponse("Unknown or revoked token") },
      },
    },
    "/api/meetings": {
      get: {
        summary: "Steering-group meetings the caller may see, oldest first",
        description:
          "PLANNED meetings for coordinators; published agendas and draft minutes for the steering group and coordinators; approved minutes for every signed-in user of a member library. A status the caller may not see matches nothing.",
        security: [{ session: [] }],
        parameters: [
          {
            name: "year",
            in: "query",
            schema: { type: "integer", minimum: 2000, maximum: 2100 },
            description: "Year of the start (Helsinki time)",
          },
          { name: "status", in: "query", schema: meetingStatus },
        ],
        responses: {
          "200": {
            description: "The visible meetings (an empty list when none)",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["meetings"],
                  properties: { meetings: { type: "array", items: { $ref: "#/components/schemas/MeetingListItem" } } },
                },
              },
            },
          },
          "401": errorResponse("Signed out"),
          "422": errorResponse("Invalid year or status"),
        },
      },
    },
    "/api/meetings/{id}": {
      get: {
        summary:
          "One meeting as the caller may see it: agenda, materials list, minutes, news round, decisions, action items",
        description:
          "Minutes appear from MINUTES_DRAFT on. Signed out, unknown, malformed and invisible ids all get the same 404 (a meeting you may not see does not exist for you).",
        security: [{ session: [] }],
        parameters: [uuidParam("id", "Meeting")],
        responses: {
          "200": {
            description: "The meeting",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Meeting" } } },
          },
          "404": errorResponse("Unknown, or not visible to you (signed out included)"),
        },
      },
    },
    "/api/meetings/{id}/event.ics": {
      get: {
        summary: "One meeting as an iCalendar file (attachment pike-kokous-<date>.ics)",
        description: "A VEVENT with a stable UID, UTC times and the meeting page's link; TENTATIVE while PLANNED.",
        security: [{ session: [] }],
        parameters: [uuidParam("id", "Meeting")],
        responses: { "200": calendar, "404": errorResponse("Unknown, or not visible to you (signed out included)") },
      },
    },
    "/api/action-items": {
      get: {
        summary: "Action items across the meetings the caller may see",
        security: [{ session: [] }],
        parameters: [
          { name: "status", in: "query", schema: { enum: ["OPEN", "DONE", "CANCELLED"] } },
          {
            name: "owner",
            in: "query",
            schema: { type: "string" },
            description:
              "me, a user id, or library:<libraryId> (items owned by the library and by people who work there)",
          },
          {
            name: "overdue",
            in: "query",
            schema: { enum: ["true", "false"] },
            description: "true: only OPEN items due before today in Helsinki",
          },
        ],
        responses: {
          "200": {
            description: "The action items",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["items"],
                  properties: { items: { type: "array", items: { $ref: "#/components/schemas/ActionItem" } } },
                },
              },
            },
          },
          "401": errorResponse("Signed out"),
          "422": errorResponse("Invalid status or owner"),
        },
      },
    },
    "/api/materials/{id}": {
      get: {
        summary: "A meeting material's file, as a download with a safe filename",
        security: [{ session: [] }],
        parameters: [uuidParam("id", "Material")],
        responses: {
          "200": {
            description: "The file bytes (Content-Disposition: attachment)",
            content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } },
          },
          "404": errorResponse("Unknown, a link, or not visible to you (signed out included)"),
        },
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
