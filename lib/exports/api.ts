// The participant lists, programme figures and job-shadowing round figures as
// downloads, as the JSON API describes them. The bodies are files; the
// integration tests check their media types against these.
import { z } from "zod";
import { apiOperations, idParam } from "@/lib/http/openapi/operation";
import { offeringIdParams } from "@/lib/programmes/progress/schema";
import { sessionIdParams } from "@/lib/trainings/schema";

const errors = { 401: "Signed out", 403: "Not allowed to export", 404: "Unknown session" } as const;
const programmeErrors = {
  401: "Signed out",
  403: "Not allowed to see the progress",
  404: "Unknown programme",
} as const;
const roundParams = z.object({ roundId: idParam("ExchangeRound (drafts included)") });
const roundErrors = { 401: "Signed out", 403: "Not a coordinator", 404: "Unknown round" } as const;

export const exportOperations = apiOperations([
  {
    operationId: "exportParticipantsCsv",
    method: "get",
    path: "/api/exports/sessions/{sessionId}/participants.csv",
    tag: "exports",
    summary: "A session's participant list as CSV for Finnish Excel (UTF-8 with BOM, `;`, CRLF); coordinators",
    session: "required",
    pathParams: sessionIdParams,
    responses: {
      200: {
        description: "Attachment osallistujat-<offering slug>-<session date>.csv",
        mediaType: "text/csv",
        schema: z.string(),
      },
    },
    errors,
  },
  {
    operationId: "exportParticipantsXlsx",
    method: "get",
    path: "/api/exports/sessions/{sessionId}/participants.xlsx",
    tag: "exports",
    summary: "A session's participant list as an Excel workbook; coordinators",
    session: "required",
    pathParams: sessionIdParams,
    responses: {
      200: {
        description: "Attachment osallistujat-<offering slug>-<session date>.xlsx",
        mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      },
    },
    errors,
  },
  {
    operationId: "exportProgrammeFiguresCsv",
    method: "get",
    path: "/api/exports/programmes/{offeringId}/figures.csv",
    tag: "exports",
    summary:
      "A programme's figures per library and per region (started, completed, rate, median days) as CSV for Finnish Excel; coordinators (every library) and supervisors (their own)",
    session: "required",
    pathParams: offeringIdParams,
    responses: {
      200: { description: "Attachment luvut-<programme slug>.csv", mediaType: "text/csv", schema: z.string() },
    },
    errors: programmeErrors,
  },
  {
    operationId: "exportProgrammeFiguresXlsx",
    method: "get",
    path: "/api/exports/programmes/{offeringId}/figures.xlsx",
    tag: "exports",
    summary:
      "A programme's figures per library and per region as an Excel workbook; coordinators (every library) and supervisors (their own)",
    session: "required",
    pathParams: offeringIdParams,
    responses: {
      200: {
        description: "Attachment luvut-<programme slug>.xlsx",
        mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      },
    },
    errors: programmeErrors,
  },
  {
    operationId: "exportExchangeRoundFiguresCsv",
    method: "get",
    path: "/api/exports/exchange-rounds/{roundId}/figures.csv",
    tag: "exports",
    summary:
      "A job-shadowing round's figures per library (offers, places, applications received and accepted as host, sent, accepted and completed as visitor) as CSV for Finnish Excel; coordinators",
    session: "required",
    pathParams: roundParams,
    responses: {
      200: {
        description: "Attachment tyon-varjostus-<year>-<round id's first 8 characters>.csv",
        mediaType: "text/csv",
        schema: z.string(),
      },
    },
    errors: roundErrors,
  },
  {
    operationId: "exportExchangeRoundFiguresXlsx",
    method: "get",
    path: "/api/exports/exchange-rounds/{roundId}/figures.xlsx",
    tag: "exports",
    summary:
      "A job-shadowing round's figures as an Excel workbook: the whole round (offers, places, applications by status, libraries and municipalities involved) and per library; coordinators",
    session: "required",
    pathParams: roundParams,
    responses: {
      200: {
        description: "Attachment tyon-varjostus-<year>-<round id's first 8 characters>.xlsx",
        mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      },
    },
    errors: roundErrors,
  },
]);
