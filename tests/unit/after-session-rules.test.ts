// Attendance and feedback rules, and their input schemas.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { attendanceChanges, attendanceRefusal, isMarkable } from "@/lib/attendance/rules";
import { attendanceSchema, attendanceValues } from "@/lib/attendance/schema";
import { mayGiveFeedback, summariseFeedback } from "@/lib/feedback/rules";
import { feedbackSchema } from "@/lib/feedback/schema";
import { fieldErrorsOf } from "@/lib/http/form";

const A = "6f1c2a4e-1111-4222-8333-444455556666";
const B = "7f1c2a4e-1111-4222-8333-444455556666";
const SESSION = "8f1c2a4e-1111-4222-8333-444455556666";

describe("attendance rules", () => {
  it("marks only those who held a seat", () => {
    expect(isMarkable("CONFIRMED")).toBe(true);
    expect(isMarkable("ATTENDED")).toBe(true);
    expect(isMarkable("NO_SHOW")).toBe(true);
    expect(isMarkable("WAITLISTED")).toBe(false);
    expect(isMarkable("CANCELLED")).toBe(false);
  });

  it("opens at the start of the session, never for a cancelled one", () => {
    const startsAt = new Date("2024-11-29T10:00:00Z");
    expect(attendanceRefusal({ status: "SCHEDULED", startsAt }, new Date("2024-11-29T09:59:59Z"))).toBe("NOT_STARTED");
    expect(attendanceRefusal({ status: "SCHEDULED", startsAt }, startsAt)).toBeNull();
    expect(attendanceRefusal({ status: "SCHEDULED", startsAt }, new Date("2025-01-01T00:00:00Z"))).toBeNull();
    expect(attendanceRefusal({ status: "CANCELLED", startsAt }, new Date("2025-01-01T00:00:00Z"))).toBe(
      "SESSION_CANCELLED",
    );
  });

  it("lists only the marks that change something", () => {
    const current = [
      { id: A, status: "CONFIRMED" as const },
      { id: B, status: "ATTENDED" as const },
    ];
    expect(attendanceChanges(current, { [A]: "ATTENDED", [B]: "ATTENDED" })).toEqual([
      { id: A, from: "CONFIRMED", to: "ATTENDED" },
    ]);
    expect(attendanceChanges(current, { [B]: "NO_SHOW", "unknown-id": "ATTENDED" })).toEqual([
      { id: B, from: "ATTENDED", to: "NO_SHOW" },
    ]);
  });
});

describe("attendance form schema", () => {
  const parse = (values: Record<string, string | string[]>) => attendanceSchema.safeParse(attendanceValues(values));
  const errors = (values: Record<string, string | string[]>) => {
    const result = parse(values);
    return result.success ? {} : fieldErrorsOf(result.error);
  };

  it("gathers the radios named marks.<enrolmentId>", () => {
    const result = parse({ sessionId: SESSION, [`marks.${A}`]: "ATTENDED", [`marks.${B}`]: "NO_SHOW", other: "x" });
    expect(result.success && result.data).toEqual({ sessionId: SESSION, marks: { [A]: "ATTENDED", [B]: "NO_SHOW" } });
  });

  it("refuses other statuses, repeated answers and ids that are not ids, beside the person", () => {
    expect(errors({ sessionId: SESSION, [`marks.${A}`]: "CANCELLED" })).toEqual({
      [`marks.${A}`]: "afterSession.attendance.error.mark",
    });
    expect(errors({ sessionId: SESSION, [`marks.${A}`]: ["ATTENDED", "NO_SHOW"] })).toEqual({
      [`marks.${A}`]: "afterSession.attendance.error.mark",
    });
    expect(errors({ sessionId: SESSION, "marks.x": "ATTENDED" })).toEqual({
      "marks.x": "afterSession.attendance.error.unknown",
    });
  });

  it("asks for at least one mark, and for the session", () => {
    expect(errors({ sessionId: SESSION })).toEqual({ _: "afterSession.attendance.error.none" });
    expect(errors({ [`marks.${A}`]: "ATTENDED" })).toEqual({ sessionId: "validation.required" });
  });
});

describe("feedback", () => {
  it("comes from those marked as having attended", () => {
    expect(mayGiveFeedback("ATTENDED")).toBe(true);
    for (const status of ["CONFIRMED", "WAITLISTED", "CANCELLED", "NO_SHOW"] as const) {
      expect(mayGiveFeedback(status)).toBe(false);
    }
  });

  it("takes a rating 1–5 (a radio's string or a number) and an optional comment of at most 2000", () => {
    expect(feedbackSchema.parse({ enrolmentId: A, rating: "4", comment: "  Hyvä!  " })).toEqual({
      enrolmentId: A,
      rating: 4,
      comment: "Hyvä!",
    });
    expect(feedbackSchema.parse({ enrolmentId: A, rating: 5, comment: "" })).toEqual({ enrolmentId: A, rating: 5 });
    expect(feedbackSchema.safeParse({ enrolmentId: A, rating: 1, comment: "x".repeat(2000) }).success).toBe(true);
    const refused = (input: Record<string, unknown>) => {
      const result = feedbackSchema.safeParse({ enrolmentId: A, ...input });
      return result.success ? null : z.flattenError(result.error).fieldErrors;
    };
    for (const rating of [0, 6, "0", "6", "x", 3.5, "", null, undefined, true]) {
      expect(refused({ rating })).toEqual({ rating: ["afterSession.feedback.error.rating"] });
    }
    expect(refused({ rating: 3, comment: "x".repeat(2001) })).toEqual({ comment: ["validation.tooLong"] });
    expect(refused({ rating: 3, comment: 42 })).toEqual({ comment: ["validation.invalid"] });
  });

  it("summarises count, average, distribution and comments (newest first, blank ones left out)", () => {
    const at = (day: number) => new Date(Date.UTC(2024, 10, day));
    const summary = summariseFeedback([
      { rating: 5, comment: "Erinomainen", createdAt: at(1) },
      { rating: 4, comment: null, createdAt: at(2) },
      { rating: 4, comment: "   ", createdAt: at(3) },
      { rating: 2, comment: " Liian lyhyt ", createdAt: at(4) },
    ]);
    expect(summary.count).toBe(4);
    expect(summary.average).toBe(3.75);
    expect(summary.distribution).toEqual([
      { rating: 1, count: 0 },
      { rating: 2, count: 1 },
      { rating: 3, count: 0 },
      { rating: 4, count: 2 },
      { rating: 5, count: 1 },
    ]);
    expect(summary.comments).toEqual([
      { rating: 2, text: "Liian lyhyt", createdAt: at(4) },
      { rating: 5, text: "Erinomainen", createdAt: at(1) },
    ]);
    expect(summariseFeedback([]).average).toBeNull();
  });
});
