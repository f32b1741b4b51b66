// Pure rules of kit usage (ADR 27): when a loan's feedback is due, who may
// answer it, the figures' period, and the feedback form's schema.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { feedbackDue, feedbackOpen, mayAnswerFeedback, parsePeriod, defaultPeriod } from "@/lib/kits/usage/rules";
import { feedbackInputSchema } from "@/lib/kits/usage/schema";

const TODAY = "2027-03-16";
const ID = "3f2a1c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b";

describe("when feedback is due", () => {
  it("opens the day after the loan's last day", () => {
    expect(feedbackOpen({ status: "RETURNED", endDate: "2027-03-15" }, TODAY)).toBe(true);
    expect(feedbackOpen({ status: "RECEIVED", endDate: TODAY }, TODAY)).toBe(false);
    expect(feedbackOpen({ status: "CONFIRMED", endDate: "2027-03-20" }, TODAY)).toBe(false);
  });
  it("never for a loan that did not take place", () => {
    for (const status of ["CANCELLED", "DECLINED", "REQUESTED"] as const)
      expect(feedbackOpen({ status, endDate: "2026-01-01" }, TODAY), status).toBe(false);
    for (const status of ["CONFIRMED", "SENT", "RECEIVED", "PASSED_ON", "RETURNED"] as const)
      expect(feedbackOpen({ status, endDate: "2026-01-01" }, TODAY), status).toBe(true);
  });
  it("is due until answered", () => {
    expect(feedbackDue({ status: "PASSED_ON", endDate: "2027-03-01", answered: false }, TODAY)).toBe(true);
    expect(feedbackDue({ status: "PASSED_ON", endDate: "2027-03-01", answered: true }, TODAY)).toBe(false);
  });
  it("a year's end: 31.12. ends, 1.1. is the first day to answer", () => {
    expect(feedbackOpen({ status: "RETURNED", endDate: "2026-12-31" }, "2027-01-01")).toBe(true);
    expect(feedbackOpen({ status: "RETURNED", endDate: "2026-12-31" }, "2026-12-31")).toBe(false);
  });
});

describe("who answers", () => {
  const loan = { libraryId: "lib-a" };
  const actor = (roles: Actor["roles"], libraryId: string | null): Actor => ({ id: "u", roles, libraryId });
  it("the library's staff and supervisors, coordinators and admins; not another library", () => {
    expect(mayAnswerFeedback(null, loan)).toBe(false);
    expect(mayAnswerFeedback(actor(["STAFF"], "lib-a"), loan)).toBe(true);
    expect(mayAnswerFeedback(actor(["SUPERVISOR"], "lib-a"), loan)).toBe(true);
    expect(mayAnswerFeedback(actor(["STAFF"], "lib-b"), loan)).toBe(false);
    expect(mayAnswerFeedback(actor(["SUPERVISOR"], "lib-b"), loan)).toBe(false);
    expect(mayAnswerFeedback(actor(["COORDINATOR"], null), loan)).toBe(true);
    expect(mayAnswerFeedback(actor(["ADMIN"], "lib-b"), loan)).toBe(true);
  });
});

describe("the figures' period", () => {
  it("defaults to the current year", () => {
    expect(defaultPeriod(TODAY)).toEqual({ startDate: "2027-01-01", endDate: "2027-12-31" });
    expect(parsePeriod(undefined, "", TODAY)).toEqual({ ok: true, period: defaultPeriod(TODAY) });
  });
  it("reads ISO and Finnish days", () => {
    expect(parsePeriod("1.2.2026", "2026-03-31", TODAY)).toEqual({
      ok: true,
      period: { startDate: "2026-02-01", endDate: "2026-03-31" },
    });
  });
  it("refuses malformed days, an end before the start, and too long a period", () => {
    expect(parsePeriod("31.2.2027", undefined, TODAY)).toMatchObject({ ok: false, field: "from" });
    expect(parsePeriod("2027-01-01", "eilen", TODAY)).toMatchObject({ ok: false, field: "to" });
    expect(parsePeriod("2027-05-01", "2027-04-30", TODAY)).toMatchObject({
      ok: false,
      field: "to",
      key: "kitsUsage.validation.endBeforeStart",
    });
    expect(parsePeriod("2020-01-01", "2027-12-31", TODAY)).toMatchObject({
      ok: false,
      key: "kitsUsage.validation.tooLong",
    });
    expect(parsePeriod("2023-01-01", "2027-12-31", TODAY)).toMatchObject({ ok: true });
  });
});

describe("the feedback form's schema", () => {
  it("takes one or several uses, an integer of people and optional text", () => {
    expect(feedbackInputSchema.parse({ reservationId: ID, uses: "OTHER", peopleReached: "0" })).toEqual({
      reservationId: ID,
      uses: ["OTHER"],
      peopleReached: 0,
      comment: undefined,
    });
    expect(
      feedbackInputSchema.parse({ reservationId: ID, uses: ["OTHER", "OTHER", "GROUP_VISIT"], peopleReached: 12 }).uses,
    ).toEqual(["OTHER", "GROUP_VISIT"]);
  });
  it("refuses the rest with field messages", () => {
    const fields = (input: Record<string, unknown>) => {
      const r = feedbackInputSchema.safeParse({ reservationId: ID, uses: "OTHER", peopleReached: "1", ...input });
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    };
    expect(fields({ uses: [] })).toEqual(["uses:kitsUsage.validation.useRequired"]);
    expect(fields({ uses: ["X"] })).toEqual(["uses:kitsUsage.validation.use"]);
    expect(fields({ peopleReached: "-3" })).toEqual(["peopleReached:kitsUsage.validation.people"]);
    expect(fields({ peopleReached: "1.5" })).toEqual(["peopleReached:kitsUsage.validation.people"]);
    expect(fields({ comment: "x".repeat(2001) })).toEqual(["comment:validation.tooLong"]);
  });
});
