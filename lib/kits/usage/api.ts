// The usage figures' period as the export routes read it (?from&to, default
// the current year): a bad period is a 422 with field messages, as forms get.
import { AppError } from "@/lib/http/errors";
import { today } from "@/lib/dates/days";
import type { DayRange } from "@/lib/dates/days";
import { z } from "zod";
import { apiOperations } from "@/lib/http/openapi/operation";
import { parsePeriod } from "./rules";
import { usagePeriodQuery } from "./schema";

export function periodFromUrl(url: URL, now = new Date()): DayRange {
  const parsed = parsePeriod(url.searchParams.get("from"), url.searchParams.get("to"), today(now));
  if (!parsed.ok) throw new AppError("VALIDATION_FAILED", "The period is not valid.", { [parsed.field]: parsed.key });
  return parsed.period;
}

const errors = { 401: "Signed out", 403: "Not allowed to export", 422: "A malformed or too long period" } as const;

export const kitUsageOperations = apiOperations([
  {
    operationId: "exportKitUsageCsv",
    method: "get",
    path: "/api/exports/kits/usage.csv",
    tag: "exports",
    summary:
      "PiKe box loans, loan days, people reached and feedback answers per box and per library, as CSV for Finnish Excel; coordinators",
    session: "required",
    query: usagePeriodQuery,
    responses: {
      200: { description: "Attachment pike-boksien-kaytto-<from>-<to>.csv", mediaType: "text/csv", schema: z.string() },
    },
    errors,
  },
  {
    operationId: "exportKitUsageXlsx",
    method: "get",
    path: "/api/exports/kits/usage.xlsx",
    tag: "exports",
    summary: "The same figures as an Excel workbook; coordinators",
    session: "required",
    query: usagePeriodQuery,
    responses: {
      200: {
        description: "Attachment pike-boksien-kaytto-<from>-<to>.xlsx",
        mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      },
    },
    errors,
  },
]);
