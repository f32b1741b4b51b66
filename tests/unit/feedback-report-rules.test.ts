// The feedback report's pure rules: whose feedback counts (the same notion as
// who may give it), Helsinki years, the trend's and the select's years, the
// comments' pages, and the query parser (a parameter given twice is refused).
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { EnrolmentStatus } from "@/lib/db/enums";
import { mayGiveFeedback } from "@/lib/feedback/rules";
import {
  commentsWindow,
  COMMENTS_PAGE_SIZE,
  distributionOf,
  reportYear,
  RESPONDENT_STATUSES,
  trendYears,
  yearInstants,
  yearOptions,
} from "@/lib/feedback/report/rules";
import { feedbackReportHref, parseFeedbackReportQuery, searchParamsOf } from "@/lib/feedback/report/schema";

describe("feedback report rules", () => {
  it("counts exactly the enrolments that may give feedback", () => {
    expect(RESPONDENT_STATUSES).toEqual(["ATTENDED"]);
    for (const status of Object.values(EnrolmentStatus)) {
      expect(RESPONDENT_STATUSES.includes(status), status).toBe(mayGiveFeedback(status));
    }
  });

  it("bounds a year at Helsinki midnight, winter time", () => {
    expect(yearInstants(2026)).toEqual({
      start: new Date("2025-12-31T22:00:00Z"),
      end: new Date("2026-12-31T22:00:00Z"),
    });
  });

  it("defaults to the current Helsinki year, which begins two hours before UTC's", () => {
    expect(reportYear(undefined, new Date("2026-12-31T22:30:00Z"))).toBe(2027);
    expect(reportYear(undefined, new Date("2026-12-31T21:30:00Z"))).toBe(2026);
    expect(reportYear(2012, new Date("2026-06-01T00:00:00Z"))).toBe(2012);
  });

  it("shows five trend years ending with the chosen one, and ten years (plus the chosen) in the select", () => {
    expect(trendYears(2026)).toEqual([2022, 2023, 2024, 2025, 2026]);
    const now = new Date("2026-06-01T00:00:00Z");
    expect(yearOptions(2026, now)).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017]);
    expect(yearOptions(2012, now).at(-1)).toBe(2012);
    expect(yearOptions(2030, now)[0]).toBe(2030);
  });

  it("pages the comments", () => {
    expect(commentsWindow(undefined)).toEqual({ page: 1, offset: 0, limit: COMMENTS_PAGE_SIZE });
    expect(commentsWindow(3)).toEqual({ page: 3, offset: 2 * COMMENTS_PAGE_SIZE, limit: COMMENTS_PAGE_SIZE });
  });

  it("reads the distribution from the five counted columns", () => {
    expect(distributionOf({ r1: 1, r2: 0, r3: 2, r4: 0, r5: 5 })).toEqual([
      { rating: 1, count: 1 },
      { rating: 2, count: 0 },
      { rating: 3, count: 2 },
      { rating: 4, count: 0 },
      { rating: 5, count: 5 },
    ]);
  });
});

describe("the feedback report's query", () => {
  const parse = (search: string) => parseFeedbackReportQuery(new URLSearchParams(search));
  const fieldsOf = (search: string) => {
    try {
      parse(search);
      return null;
    } catch (error) {
      return error instanceof z.ZodError ? error.issues.map((issue) => issue.path.join(".")) : null;
    }
  };
  const id = "0b7c6a9e-1c3d-4f5a-8b9c-0d1e2f3a4b5c";

  it("takes a year, a theme id and a page; blanks are no filter", () => {
    expect(parse(`year=2025&theme=${id}&comments=2`)).toEqual({ year: 2025, theme: id, comments: 2 });
    expect(parse("year=&theme=")).toEqual({});
    expect(parse("other=1")).toEqual({});
  });

  it("refuses bad values and a parameter given twice, naming the field", () => {
    expect(fieldsOf("year=1999")).toEqual(["year"]);
    expect(fieldsOf("year=2025.5")).toEqual(["year"]);
    expect(fieldsOf("theme=x")).toEqual(["theme"]);
    expect(fieldsOf("comments=0")).toEqual(["comments"]);
    expect(fieldsOf("year=2025&year=2026")).toEqual(["year"]);
  });

  it("keeps a page's repeated values so that they are refused too, and builds the report's links", () => {
    expect(searchParamsOf({ year: ["2025", "2026"], theme: undefined }).getAll("year")).toEqual(["2025", "2026"]);
    expect(feedbackReportHref("/raportit/palaute", { year: 2025, theme: id, comments: 2 })).toBe(
      `/raportit/palaute?year=2025&theme=${id}&comments=2`,
    );
    expect(feedbackReportHref("/raportit/palaute", { year: 2025, comments: 1 })).toBe("/raportit/palaute?year=2025");
  });
});
