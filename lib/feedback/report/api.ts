// The feedback report as the JSON API describes it (issue 16 item 4): ratings
// per offering, theme and year, the share of responses and the comments,
// without names (lib/feedback/report/data.ts says how each figure is counted).
import { z } from "zod";
import { apiOperations, jsonDay, jsonId } from "@/lib/http/openapi/operation";
import type { FeedbackReport } from "./data";
import { feedbackReportQuerySchema } from "./schema";

const count = z.int().min(0);

const theme = z
  .object({ id: jsonId, slug: z.string(), nameFi: z.string(), nameEn: z.string() })
  .meta({ id: "FeedbackTheme" });

const figuresShape = {
  sessionsHeld: count.meta({ description: "Sessions not cancelled that started in the year (and by now)" }),
  attended: count.meta({ description: "Enrolments on them marked as attended: those who may give feedback" }),
  responses: count.meta({ description: "Feedback given by those attendees" }),
  responseShare: z
    .number()
    .min(0)
    .max(1)
    .nullable()
    .meta({ description: "responses / attended; null without attendees" }),
  average: z
    .number()
    .min(1)
    .max(5)
    .nullable()
    .meta({ description: "The mean rating, to one decimal; null without responses" }),
  distribution: z
    .array(z.object({ rating: z.int().min(1).max(5), count }))
    .length(5)
    .meta({ description: "Responses per rating, 1 to 5" }),
  comments: count.meta({ description: "Responses with a comment" }),
};

const figures = z.object(figuresShape).meta({ id: "FeedbackFigures" });

export const feedbackReportSchema = z
  .object({
    year: z.int().meta({ description: "The Helsinki calendar year of the sessions' start" }),
    theme: theme.nullable().meta({ description: "The theme filter; null for every offering" }),
    allThemes: z.array(theme).meta({ description: "Every theme, for a filter" }),
    totals: figures.meta({ description: "Every offering in the report, each attendee once" }),
    offerings: z.array(
      z.object({
        offeringId: jsonId,
        slug: z.string(),
        title: z.string(),
        themes: z.array(theme),
        ...figuresShape,
      }),
    ),
    themes: z
      .array(
        z.object({ theme: theme.nullable().meta({ description: "Null: offerings without a theme" }), ...figuresShape }),
      )
      .meta({ description: "Per theme, over the offerings that have it (with a theme filter, that theme only)" }),
    years: z
      .array(z.object({ year: z.int(), ...figuresShape }))
      .meta({ description: "The trend: the five Helsinki years up to the chosen one, oldest first" }),
    comments: z.object({
      page: z.int().min(1),
      pageSize: z.int().min(1),
      total: count,
      items: z
        .array(
          z.object({
            text: z.string(),
            rating: z.int().min(1).max(5),
            offeringTitle: z.string(),
            sessionDate: jsonDay.meta({ description: "The session's day in Helsinki" }),
          }),
        )
        .meta({ description: "Newest first; never who gave them" }),
    }),
  })
  .meta({ id: "FeedbackReport" });

export const feedbackReportJson = (report: FeedbackReport): z.input<typeof feedbackReportSchema> => report;

export const feedbackReportOperations = apiOperations([
  {
    operationId: "getFeedbackReport",
    method: "get",
    path: "/api/reports/feedback",
    tag: "reports",
    summary:
      "Feedback across offerings for a Helsinki year: per offering, theme and year, and the comments without names",
    description:
      "Coordinators and admins. Counts the sessions not cancelled that started in the year, their attendees (those who may give feedback) and the feedback those attendees gave: the response share, the mean rating and the 1–5 distribution; the trend over five years; the comments a page at a time, with the offering and the session's day but never who gave them.",
    session: "required",
    query: feedbackReportQuerySchema,
    responses: { 200: { description: "The feedback report", schema: feedbackReportSchema } },
    errors: {
      401: "Signed out",
      403: "Not a coordinator or an admin",
      422: "A malformed year, theme or comments page, a parameter given twice, or a theme that does not exist",
    },
  },
]);
