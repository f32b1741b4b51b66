// The annual figures as the JSON API and the export describe them (issue 16
// items 3 and 5): one Helsinki calendar year, the year before's summary
// beside it, per month, theme and region (lib/coverage/annual/data.ts).
import { z } from "zod";
import { Region } from "@/lib/db/enums";
import { apiOperations, jsonDay } from "@/lib/http/openapi/operation";
import type { AnnualFigures } from "./data";
import { annualParamsSchema } from "./schema";

const count = z.int().min(0);
const hours = z.number().min(0).meta({ description: "Hours, to one decimal" });

export const annualSummarySchema = z
  .object({
    eventsHeld: count.meta({ description: "Training sessions not cancelled starting in the year, hosted or not" }),
    networkEvents: count.meta({ description: "Of those, the sessions of a network's events" }),
    participants: count.meta({ description: "Confirmed or attended enrolments on those sessions" }),
    uniquePeople: count.meta({ description: "The distinct people of those enrolments" }),
    librariesReached: count.meta({
      description:
        "Member libraries with any contact in the year: a session hosted, a participant, a PiKe-box loan, a job-shadowing visit either way, a workshop order",
    }),
    municipalitiesReached: count.meta({ description: "The municipalities of those libraries" }),
    trainingHours: hours.meta({ description: "The sessions' lengths summed, in hours (one decimal)" }),
    participantHours: hours.meta({ description: "Each participant's session length summed, in hours (one decimal)" }),
    programmeCompletions: count.meta({ description: "Programmes completed in the year (aspa-ajokortti)" }),
    kitLoans: count.meta({ description: "PiKe-box loans (sent, received, returned, passed on) starting in the year" }),
    exchangeVisits: count.meta({ description: "Accepted or completed job-shadowing visits in the year" }),
    workshopOrders: count.meta({ description: "Workshop orders made in the year, not declined" }),
    newNetworkMembers: count.meta({ description: "Network memberships that began in the year" }),
  })
  .meta({ id: "AnnualSummary" });

export const annualFiguresSchema = z
  .object({
    year: z.int(),
    period: z.object({ from: jsonDay, to: jsonDay }),
    summary: annualSummarySchema,
    previous: annualSummarySchema,
    months: z
      .array(
        z.object({
          month: z
            .string()
            .regex(/^\d{4}-\d{2}$/)
            .meta({ description: "yyyy-mm, Helsinki" }),
          events: count,
          participants: count,
        }),
      )
      .meta({ description: "The year's twelve months in order" }),
    themes: z
      .array(
        z.object({
          slug: z.string().nullable().meta({ description: "null: the offerings without a theme" }),
          nameFi: z.string().nullable(),
          nameEn: z.string().nullable(),
          events: count,
          participants: count,
          hours,
        }),
      )
      .meta({ description: "Every theme; an offering with several themes counts in each" }),
    regions: z
      .array(
        z.object({
          region: z.enum(Region).nullable().meta({ description: "null: both regions together" }),
          libraries: count,
          librariesReached: count,
          municipalities: count,
          municipalitiesReached: count,
          participants: count.meta({ description: "Participants whose library is in the region" }),
        }),
      )
      .meta({ description: "Per region, then the total" }),
  })
  .meta({ id: "AnnualFigures" });

export const annualFiguresJson = (figures: AnnualFigures): z.input<typeof annualFiguresSchema> => figures;

const errors = {
  401: "Signed out",
  403: "Not a coordinator, an admin or in the steering group",
  422: "Not a year from 2000 to next year",
} as const;

export const annualOperations = apiOperations([
  {
    operationId: "getAnnualFigures",
    method: "get",
    path: "/api/reports/annual/{year}",
    tag: "reports",
    summary:
      "The network's annual figures for a Helsinki calendar year (events, participants, libraries and municipalities reached, hours, completions, loans, exchanges, orders), with the year before's summary, per month, theme and region",
    description:
      "Coordinators, admins and the steering group. Year boundaries are in Helsinki time; `previous` is the year before's summary, for comparison.",
    session: "required",
    pathParams: annualParamsSchema,
    responses: { 200: { description: "The annual figures", schema: annualFiguresSchema } },
    errors,
  },
  {
    operationId: "exportAnnualFiguresXlsx",
    method: "get",
    path: "/api/exports/annual/{year}/figures.xlsx",
    tag: "exports",
    summary:
      "The annual figures as an Excel workbook, one sheet per table: summary with the year before, per month, per theme, per region; coordinators, admins and the steering group",
    session: "required",
    pathParams: annualParamsSchema,
    responses: {
      200: {
        description: "Attachment vuosiluvut-<year>.xlsx",
        mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      },
    },
    errors,
  },
]);
