// The coverage report as the JSON API describes it (issue 16 item 5): per
// member library and municipality, the totals and the previous period's
// totals, as far as the caller may see them (lib/coverage/data.ts).
import { z } from "zod";
import { Region } from "@/lib/db/enums";
import { apiOperations, jsonDay, jsonId } from "@/lib/http/openapi/operation";
import type { CoverageReport } from "./data";
import { coverageQuerySchema } from "./schema";

const count = z.int().min(0);

const metricsShape = {
  eventsHeld: count.meta({ description: "Training sessions hosted, not cancelled, starting in the period" }),
  participants: count.meta({
    description: "Confirmed or attended enrolments of the library's people on sessions not cancelled in the period",
  }),
  sessionsAttended: count.meta({ description: "The distinct sessions of those enrolments" }),
  uniqueStaff: count.meta({ description: "The distinct people of those enrolments" }),
  staffShare: z
    .number()
    .min(0)
    .nullable()
    .meta({ description: "uniqueStaff / staffCount; null where the staff count is not known" }),
  programmeCompletions: count.meta({ description: "Programmes completed in the period (aspa-ajokortti)" }),
  kitLoans: count.meta({ description: "PiKe-box loans (sent, received, returned, passed on) starting in the period" }),
  networkMembers: count.meta({ description: "Distinct people with an active network membership now" }),
  exchangeHosted: count.meta({ description: "Accepted or completed job-shadowing visits received in the period" }),
  exchangeVisited: count.meta({ description: "Accepted or completed job-shadowing visits made in the period" }),
  workshopOrders: count.meta({ description: "Workshop orders made in the period, not declined" }),
};

const period = z.object({ from: jsonDay, to: jsonDay });

export const coverageTotalsSchema = z
  .object({
    libraries: count,
    staffCount: count.nullable().meta({ description: "The sum of staff counts; null unless every one is known" }),
    ...metricsShape,
    librariesReached: count.meta({ description: "Libraries with any contact in the period" }),
    librariesWithoutContact: count.meta({
      description: "Libraries with no contact in the 12 months before the period's end",
    }),
    municipalities: count,
    municipalitiesReached: count,
  })
  .meta({ id: "CoverageTotals" });

export const coverageSchema = z
  .object({
    period,
    previousPeriod: period.meta({
      description:
        "The trend's baseline: the same days a year earlier, or for a period longer than a year the one of equal length just before",
    }),
    region: z.enum(Region).nullable(),
    noContactBefore: jsonDay.meta({ description: "A library whose last contact is before this day is flagged" }),
    libraries: z.array(
      z.object({
        libraryId: jsonId,
        name: z.string(),
        municipality: z.string(),
        region: z.enum(Region),
        staffCount: count.nullable(),
        ...metricsShape,
        lastContactAt: jsonDay
          .nullable()
          .meta({ description: "The latest Helsinki day of any contact, up to the period's end" }),
        noContact12m: z.boolean(),
      }),
    ),
    municipalities: z.array(
      z.object({
        municipality: z.string(),
        region: z.enum(Region),
        libraries: count,
        staffCount: count.nullable(),
        ...metricsShape,
        librariesReached: count,
        librariesWithoutContact: count,
        lastContactAt: jsonDay.nullable(),
      }),
    ),
    totals: coverageTotalsSchema.nullable().meta({ description: "Null for a supervisor outside the steering group" }),
    previousTotals: coverageTotalsSchema.nullable(),
    years: z
      .array(
        z.object({
          year: z.int(),
          eventsHeld: count,
          participants: count,
          uniqueStaff: count,
          programmeCompletions: count,
          kitLoans: count,
          librariesReached: count,
        }),
      )
      .meta({
        description:
          "The trend line: the five whole Helsinki years up to the period's last, for the totals (a supervisor outside the steering group: their own library)",
      }),
  })
  .meta({ id: "Coverage" });

export const coverageJson = (report: CoverageReport): z.input<typeof coverageSchema> => report;

export const coverageOperations = apiOperations([
  {
    operationId: "getCoverage",
    method: "get",
    path: "/api/reports/coverage",
    tag: "reports",
    summary:
      "Regional coverage per member library and municipality for a period of Helsinki days, with the previous period's totals",
    description:
      "Coordinators and admins see every library; a supervisor their own library and its municipality; the steering group the totals only. The period defaults to the current Helsinki year to date.",
    session: "required",
    query: coverageQuerySchema,
    responses: { 200: { description: "The coverage report", schema: coverageSchema } },
    errors: {
      401: "Signed out",
      403: "A role that sees none of the report",
      422: "A malformed day or region, a parameter given twice, or from after to",
    },
  },
  {
    operationId: "exportCoverageXlsx",
    method: "get",
    path: "/api/exports/coverage/figures.xlsx",
    tag: "exports",
    summary:
      "The coverage report as an Excel workbook, one sheet per table: summary with the comparison period, per municipality, per library and per year, as far as the caller may see them",
    session: "required",
    query: coverageQuerySchema,
    responses: {
      200: {
        description: "Attachment kattavuus-<from>-<to>[-<region>].xlsx",
        mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      },
    },
    errors: {
      401: "Signed out",
      403: "A role that sees none of the report",
      422: "A malformed day or region, a parameter given twice, or from after to",
    },
  },
]);
