// Whole-day arithmetic and the shipping-day rule of kit reservations
// (lib/dates/days.ts, lib/kits/shipping.ts, lib/kits/reservations/rules.ts). The tests run in
// America/Sao_Paulo (vitest.config.ts): neither UTC nor Helsinki, so a day
// computed through a local Date would slip here.
import { describe, expect, it } from "vitest";
import { addDays, dayNumber, daysBetween, formatDayRange, parseDay, rangeLength, today } from "@/lib/dates/days";
import { blockedFor, conflicts, firstConflict, freePeriods, heldDays, isFree } from "@/lib/kits/shipping";
import {
  canCancel,
  initialStatus,
  isLive,
  LIVE_STATUSES,
  MAX_RESERVATION_DAYS,
  mayMove,
  mayReserveFor,
  NEXT_STATUSES,
  rangeRefusal,
} from "@/lib/kits/reservations/rules";
import { KitReservationStatus } from "@/lib/db/enums";

const r = (startDate: string, endDate: string, shippingDays = 2) => ({ startDate, endDate, shippingDays });

describe("days", () => {
  it("parses ISO and Finnish dates, and refuses days that do not exist", () => {
    expect(parseDay("2027-03-16")).toBe("2027-03-16");
    expect(parseDay("16.3.2027")).toBe("2027-03-16");
    expect(parseDay(" 01.01.2028 ")).toBe("2028-01-01");
    expect(parseDay("2027-02-29")).toBeNull();
    expect(parseDay("29.2.2028")).toBe("2028-02-29");
    expect(parseDay("31.4.2027")).toBeNull();
    for (const bad of ["", "2027-3-16", "16/3/2027", "tomorrow", "2027-03-16T00:00:00Z", 20270316, null]) {
      expect(parseDay(bad)).toBeNull();
    }
  });

  it("counts days, not hours, across the year's end and both DST changes", () => {
    expect(addDays("2027-12-30", 3)).toBe("2028-01-02");
    expect(daysBetween("2027-12-31", "2028-01-01")).toBe(1);
    // Helsinki moves its clocks on 28.3.2027 (spring) and 31.10.2027 (autumn).
    expect(addDays("2027-03-27", 1)).toBe("2027-03-28");
    expect(addDays("2027-03-27", 2)).toBe("2027-03-29");
    expect(rangeLength({ startDate: "2027-03-26", endDate: "2027-03-30" })).toBe(5);
    expect(rangeLength({ startDate: "2027-10-30", endDate: "2027-11-01" })).toBe(3);
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(dayNumber("1970-01-02")).toBe(1);
  });

  it("today is Helsinki's date, whatever the server's zone", () => {
    // 23.30 UTC on 31.12. is already 1.1. in Helsinki (UTC+2), still 31.12. in São Paulo.
    expect(today(new Date("2027-12-31T23:30:00Z"))).toBe("2028-01-01");
    // 21.30 UTC on a summer day is 00.30 next day in Helsinki (UTC+3).
    expect(today(new Date("2027-06-30T21:30:00Z"))).toBe("2027-07-01");
  });

  it("writes ranges as Finns do", () => {
    expect(formatDayRange({ startDate: "2027-03-16", endDate: "2027-03-20" })).toBe("16.–20.3.2027");
    expect(formatDayRange({ startDate: "2027-03-30", endDate: "2027-04-03" })).toBe("30.3.–3.4.2027");
    expect(formatDayRange({ startDate: "2027-12-30", endDate: "2028-01-03" })).toBe("30.12.2027–3.1.2028");
    expect(formatDayRange({ startDate: "2027-03-16", endDate: "2027-03-16" })).toBe("16.3.2027");
  });
});

describe("the shipping-day rule", () => {
  // Kit with 2 shipping days; the first loan 1.–5.3.2027 holds it until 7.3.
  const first = r("2027-03-01", "2027-03-05");

  it("a reservation holds the kit for its days and its shipping days after them", () => {
    expect(heldDays(first)).toEqual({ startDate: "2027-03-01", endDate: "2027-03-07" });
  });

  it("adjacent: the next loan may start once the shipping days are free, not a day earlier", () => {
    expect(conflicts(first, r("2027-03-08", "2027-03-10"))).toBe(false);
    expect(conflicts(first, r("2027-03-07", "2027-03-10"))).toBe(true);
    // A loan before: its own shipping days must fit before the first one begins.
    expect(conflicts(first, r("2027-02-20", "2027-02-26"))).toBe(false);
    expect(conflicts(first, r("2027-02-20", "2027-02-27"))).toBe(true);
  });

  it("buffer-touching: exactly the shipping days between is enough; the old rule wanted twice as many", () => {
    // 6.3. and 7.3. are free between 5.3. and 8.3.: 2 days, the kit's shipping days.
    const next = r("2027-03-08", "2027-03-12");
    expect(conflicts(first, next)).toBe(false);
    // The old constraint widened both by their shipping days on both sides.
    const oldWidened = (x: { startDate: string; endDate: string; shippingDays: number }) => ({
      startDate: addDays(x.startDate, -x.shippingDays),
      endDate: addDays(x.endDate, x.shippingDays),
    });
    const a = oldWidened(first);
    const b = oldWidened(next);
    expect(a.startDate <= b.endDate && b.startDate <= a.endDate).toBe(true);
  });

  it("overlapping and contained ranges conflict, in either order", () => {
    expect(conflicts(first, r("2027-03-03", "2027-03-04"))).toBe(true);
    expect(conflicts(r("2027-02-25", "2027-03-10"), first)).toBe(true);
    expect(conflicts(first, first)).toBe(true);
  });

  it("a shortened reservation (a coordinator's exception) lets the next one come closer", () => {
    expect(conflicts(r("2027-03-01", "2027-03-05", 0), r("2027-03-06", "2027-03-08"))).toBe(false);
    expect(conflicts(r("2027-03-01", "2027-03-05", 0), r("2027-03-05", "2027-03-08"))).toBe(true);
  });

  it("year-crossing ranges", () => {
    const winter = r("2027-12-27", "2028-01-02", 3); // held until 5.1.2028
    expect(conflicts(winter, r("2028-01-06", "2028-01-10", 3))).toBe(false);
    expect(conflicts(winter, r("2028-01-05", "2028-01-10", 3))).toBe(true);
    expect(conflicts(r("2027-12-20", "2027-12-23", 3), winter)).toBe(false);
    expect(conflicts(r("2027-12-20", "2027-12-24", 3), winter)).toBe(true);
  });

  it("DST-crossing ranges keep their days (spring 28.3.2027, autumn 31.10.2027)", () => {
    const spring = r("2027-03-25", "2027-03-28", 1); // held until 29.3.
    expect(heldDays(spring).endDate).toBe("2027-03-29");
    expect(conflicts(spring, r("2027-03-30", "2027-04-02", 1))).toBe(false);
    expect(conflicts(spring, r("2027-03-29", "2027-04-02", 1))).toBe(true);
    const autumn = r("2027-10-29", "2027-10-31", 1); // held until 1.11.
    expect(conflicts(autumn, r("2027-11-02", "2027-11-05", 1))).toBe(false);
    expect(conflicts(autumn, r("2027-11-01", "2027-11-05", 1))).toBe(true);
  });

  it("blocks, free periods and the first conflict agree with the pairwise rule", () => {
    const existing = [r("2027-03-10", "2027-03-12"), r("2027-03-20", "2027-03-21", 0)];
    expect(blockedFor(existing[0]!, 2)).toEqual({ startDate: "2027-03-08", endDate: "2027-03-14" });
    const window = { startDate: "2027-03-01", endDate: "2027-03-31" };
    const free = freePeriods(window, existing, 2);
    expect(free).toEqual([
      { startDate: "2027-03-01", endDate: "2027-03-07" },
      { startDate: "2027-03-15", endDate: "2027-03-17" },
      { startDate: "2027-03-22", endDate: "2027-03-31" },
    ]);
    // Every range in the window: free by the periods ⇔ no conflict with any existing reservation.
    for (let s = 0; s < 31; s++) {
      for (let e = s; e < Math.min(31, s + 8); e++) {
        const range = { startDate: addDays("2027-03-01", s), endDate: addDays("2027-03-01", e) };
        const pairwise = existing.some((x) => conflicts({ ...range, shippingDays: 2 }, x));
        expect(isFree(range, free), JSON.stringify(range)).toBe(!pairwise);
        expect(firstConflict(range, 2, existing) !== null).toBe(pairwise);
      }
    }
    // Days before `from` (today) are never free.
    expect(freePeriods(window, [], 2, "2027-03-05")).toEqual([{ startDate: "2027-03-05", endDate: "2027-03-31" }]);
  });
});

describe("reservation rules", () => {
  const staff = { id: "u", roles: ["STAFF"] as const, libraryId: "lib-a" };
  const coordinator = { id: "c", roles: ["COORDINATOR"] as const, libraryId: null };

  it("live statuses are exactly those before CANCELLED in the enum (the constraint's predicate)", () => {
    const values = Object.values(KitReservationStatus);
    expect(values.slice(0, values.indexOf("CANCELLED"))).toEqual([...LIVE_STATUSES]);
    expect(values.filter(isLive)).toEqual([...LIVE_STATUSES]);
  });

  it("the flow: requested → confirmed → sent → received → passed on / returned; declined and cancelled end it", () => {
    expect(mayMove("REQUESTED", "CONFIRMED")).toBe(true);
    expect(mayMove("REQUESTED", "DECLINED")).toBe(true);
    expect(mayMove("CONFIRMED", "SENT")).toBe(true);
    expect(mayMove("SENT", "CANCELLED")).toBe(false);
    expect(mayMove("RECEIVED", "PASSED_ON")).toBe(true);
    for (const end of ["CANCELLED", "RETURNED", "DECLINED", "PASSED_ON"] as const) {
      expect(NEXT_STATUSES[end]).toEqual([]);
      expect(isLive(end)).toBe(false);
    }
    expect(initialStatus({ requiresApproval: false })).toBe("CONFIRMED");
    expect(initialStatus({ requiresApproval: true })).toBe("REQUESTED");
  });

  it("ranges: end before start, past, too long, too far ahead", () => {
    const t = "2027-03-01";
    expect(rangeRefusal({ startDate: "2027-03-05", endDate: "2027-03-04" }, t)?.key).toMatch(/endBeforeStart/);
    expect(rangeRefusal({ startDate: "2027-02-28", endDate: "2027-03-04" }, t)?.key).toMatch(/past/);
    expect(rangeRefusal({ startDate: t, endDate: addDays(t, MAX_RESERVATION_DAYS - 1) }, t)).toBeNull();
    expect(rangeRefusal({ startDate: t, endDate: addDays(t, MAX_RESERVATION_DAYS) }, t)?.key).toMatch(/tooLong/);
    expect(rangeRefusal({ startDate: "2029-03-05", endDate: "2029-03-06" }, t)?.key).toMatch(/tooFarAhead/);
  });

  it("staff reserve and cancel for their own library; coordinators for any", () => {
    expect(mayReserveFor(staff, "lib-a")).toBe(true);
    expect(mayReserveFor(staff, "lib-b")).toBe(false);
    expect(mayReserveFor(coordinator, "lib-b")).toBe(true);
    expect(mayReserveFor(null, "lib-a")).toBe(false);
    expect(canCancel(staff, { libraryId: "lib-a", status: "CONFIRMED" })).toBe(true);
    expect(canCancel(staff, { libraryId: "lib-b", status: "CONFIRMED" })).toBe(false);
    expect(canCancel(staff, { libraryId: "lib-a", status: "SENT" })).toBe(false);
    expect(canCancel(coordinator, { libraryId: "lib-b", status: "REQUESTED" })).toBe(true);
  });
});
