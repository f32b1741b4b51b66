// The coverage report's pure rules (issue 16): the default period, the
// period before, the instants bounding a period of Helsinki days (across
// both clock changes), the 12-month no-contact cutoff, the trend, and what
// each role sees.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import {
  coverageScope,
  defaultPeriod,
  noContactCutoff,
  periodInstants,
  periodLength,
  periodOf,
  previousPeriod,
  trend,
} from "@/lib/coverage/rules";
import type { Role } from "@/lib/db/enums";

const actor = (roles: Role[], libraryId: string | null = "lib-1"): Actor => ({ id: "u", roles, libraryId });

describe("periods", () => {
  it("defaults to the Helsinki year to date (a new year begins two hours early in UTC)", () => {
    expect(defaultPeriod(new Date("2088-12-31T22:30:00Z"))).toEqual({ from: "2089-01-01", to: "2089-01-01" });
    expect(defaultPeriod(new Date("2088-06-15T12:00:00Z"))).toEqual({ from: "2088-01-01", to: "2088-06-15" });
  });

  it("fills what is not given: to is today, from is 1 January of to's year", () => {
    const now = new Date("2088-06-15T12:00:00Z");
    expect(periodOf({ to: "2087-03-01" }, now)).toEqual({ from: "2087-01-01", to: "2087-03-01" });
    expect(periodOf({ from: "2088-05-01" }, now)).toEqual({ from: "2088-05-01", to: "2088-06-15" });
  });

  it("the previous period is the same days a year earlier, or of equal length just before when longer than a year", () => {
    expect(previousPeriod({ from: "2087-01-01", to: "2087-12-31" })).toEqual({ from: "2086-01-01", to: "2086-12-31" });
    // 2088 is a leap year: its whole year against 2087's.
    expect(previousPeriod({ from: "2088-01-01", to: "2088-12-31" })).toEqual({ from: "2087-01-01", to: "2087-12-31" });
    expect(previousPeriod({ from: "2088-03-01", to: "2088-03-01" })).toEqual({ from: "2087-03-01", to: "2087-03-01" });
    expect(previousPeriod({ from: "2088-02-29", to: "2088-03-15" })).toEqual({ from: "2087-02-28", to: "2087-03-15" });
    // Year to date against the same days last year (seasons), not the days just before.
    expect(previousPeriod({ from: "2088-01-01", to: "2088-06-15" })).toEqual({ from: "2087-01-01", to: "2087-06-15" });
    // Longer than a year: the same number of days just before (ten years, a year and a day).
    expect(previousPeriod({ from: "2080-01-01", to: "2089-12-31" })).toEqual({ from: "2069-12-31", to: "2079-12-31" });
    expect(previousPeriod({ from: "2087-01-01", to: "2088-01-01" })).toEqual({ from: "2085-12-31", to: "2086-12-31" });
    expect(periodLength({ from: "2088-01-01", to: "2088-12-31" })).toBe(366);
  });

  it("bounds a period by Helsinki midnights, in winter and in summer time", () => {
    expect(periodInstants({ from: "2088-01-01", to: "2088-12-31" })).toEqual({
      start: new Date("2087-12-31T22:00:00Z"),
      end: new Date("2088-12-31T22:00:00Z"),
    });
    expect(periodInstants({ from: "2088-06-01", to: "2088-06-30" })).toEqual({
      start: new Date("2088-05-31T21:00:00Z"),
      end: new Date("2088-06-30T21:00:00Z"),
    });
  });

  it("no contact: before the period's end less 12 months (29 February less a year is 28 February)", () => {
    expect(noContactCutoff({ from: "2088-01-01", to: "2088-12-31" })).toBe("2087-12-31");
    expect(noContactCutoff({ from: "2088-01-01", to: "2088-02-29" })).toBe("2087-02-28");
  });
});

describe("trend", () => {
  it("the change and its percentage; no percentage from zero", () => {
    expect(trend(12, 10)).toEqual({ current: 12, previous: 10, change: 2, percent: 20 });
    expect(trend(1, 3)).toEqual({ current: 1, previous: 3, change: -2, percent: -66.7 });
    expect(trend(5, 0)).toEqual({ current: 5, previous: 0, change: 5, percent: null });
  });
});

describe("who sees what", () => {
  it("coordinators and admins everything", () => {
    for (const role of ["COORDINATOR", "ADMIN"] as Role[]) {
      expect(coverageScope(actor([role]))).toEqual({ allLibraries: true, ownLibraryId: null, totals: true });
    }
  });

  it("a supervisor their own library; the steering group the totals; both add up", () => {
    expect(coverageScope(actor(["SUPERVISOR"]))).toEqual({ allLibraries: false, ownLibraryId: "lib-1", totals: false });
    expect(coverageScope(actor(["STEERING"]))).toEqual({ allLibraries: false, ownLibraryId: null, totals: true });
    expect(coverageScope(actor(["SUPERVISOR", "STEERING"]))).toEqual({
      allLibraries: false,
      ownLibraryId: "lib-1",
      totals: true,
    });
  });

  it("nobody else: staff, a supervisor without a library, signed out", () => {
    expect(coverageScope(actor(["STAFF"]))).toBeNull();
    expect(coverageScope(actor(["SUPERVISOR"], null))).toBeNull();
    expect(coverageScope(null)).toBeNull();
  });
});
