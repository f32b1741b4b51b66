// Job shadowing's window rules (issue 15): offers only in the offer window,
// applications only in the application window, reports only from the visit
// day on — every day a Helsinki day, both ends included.
import { describe, expect, it } from "vitest";
import { helsinkiToday } from "@/lib/dates";
import {
  applicationWindowOpen,
  canMoveRound,
  canWithdraw,
  distanceBetween,
  canComplete,
  offerHasDay,
  offerWindowOpen,
  reportEditable,
  reportOpen,
  windowsInOrder,
  type RoundWindows,
} from "@/lib/exchanges/rules";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** The Helsinki day of an instant, as the mutations take "today". */
const at = (instant: string) => helsinkiToday(new Date(instant));

const ROUND: RoundWindows = {
  status: "OPEN",
  offerOpensAt: day("2026-11-02"),
  offerClosesAt: day("2026-12-31"),
  applicationOpensAt: day("2027-01-01"),
  applicationClosesAt: day("2027-02-28"),
  visitStartsOn: day("2027-03-15"),
  visitEndsOn: day("2027-05-31"),
};

describe("the offer window", () => {
  it("opens at midnight in Helsinki on its first day and closes after its last", () => {
    expect(offerWindowOpen(ROUND, at("2026-11-01T21:59:59Z"))).toBe(false); // 23:59 on 1.11. in Helsinki
    expect(offerWindowOpen(ROUND, at("2026-11-01T22:00:00Z"))).toBe(true); // 00:00 on 2.11.
    expect(offerWindowOpen(ROUND, at("2026-12-31T21:59:59Z"))).toBe(true); // 23:59 on 31.12.
    expect(offerWindowOpen(ROUND, at("2026-12-31T22:00:00Z"))).toBe(false); // 1.1.: applications now
  });
  it("is shut whenever the round is not open", () => {
    for (const status of ["DRAFT", "CLOSED", "ARCHIVED"] as const) {
      expect(offerWindowOpen({ ...ROUND, status }, day("2026-12-01"))).toBe(false);
    }
  });
});

describe("the application window", () => {
  it("takes applications on its days only, summer time included", () => {
    expect(applicationWindowOpen(ROUND, at("2026-12-31T21:59:59Z"))).toBe(false);
    expect(applicationWindowOpen(ROUND, at("2026-12-31T22:00:00Z"))).toBe(true);
    expect(applicationWindowOpen(ROUND, at("2027-02-28T21:59:59Z"))).toBe(true);
    expect(applicationWindowOpen(ROUND, at("2027-02-28T22:00:00Z"))).toBe(false);
    // A window in summer time: 21:00 UTC is already midnight in Helsinki.
    const summer = { ...ROUND, applicationOpensAt: day("2027-06-01"), applicationClosesAt: day("2027-06-30") };
    expect(applicationWindowOpen(summer, at("2027-05-31T20:59:59Z"))).toBe(false);
    expect(applicationWindowOpen(summer, at("2027-05-31T21:00:00Z"))).toBe(true);
  });
  it("is shut in a draft, closed or archived round", () => {
    expect(applicationWindowOpen({ ...ROUND, status: "DRAFT" }, day("2027-01-15"))).toBe(false);
    expect(applicationWindowOpen({ ...ROUND, status: "CLOSED" }, day("2027-01-15"))).toBe(false);
  });
});

describe("reports", () => {
  const accepted = { status: "ACCEPTED" as const, visitDate: day("2027-04-14") };
  it("open on the visit day (in Helsinki), not before", () => {
    expect(reportOpen(accepted, at("2027-04-13T20:59:59Z"))).toBe(false); // 23:59 on 13.4.
    expect(reportOpen(accepted, at("2027-04-13T21:00:00Z"))).toBe(true); // 00:00 on 14.4.
    expect(reportOpen({ ...accepted, status: "COMPLETED" }, day("2027-05-01"))).toBe(true);
  });
  it("are not for applications that never became a visit", () => {
    for (const status of ["AWAITING_CONSENT", "SUBMITTED", "DECLINED", "WITHDRAWN", "CLOSED"] as const) {
      expect(reportOpen({ status, visitDate: day("2027-04-14") }, day("2027-05-01"))).toBe(false);
    }
    expect(reportOpen({ status: "ACCEPTED", visitDate: null }, day("2027-05-01"))).toBe(false);
  });
});

describe("withdrawing", () => {
  it("is possible until the visit", () => {
    expect(canWithdraw({ status: "AWAITING_CONSENT", visitDate: null }, day("2027-01-10"))).toBe(true);
    expect(canWithdraw({ status: "SUBMITTED", visitDate: null }, day("2027-01-10"))).toBe(true);
    expect(canWithdraw({ status: "ACCEPTED", visitDate: day("2027-04-14") }, day("2027-04-13"))).toBe(true);
    expect(canWithdraw({ status: "ACCEPTED", visitDate: day("2027-04-14") }, day("2027-04-14"))).toBe(false);
    expect(canWithdraw({ status: "DECLINED", visitDate: null }, day("2027-01-10"))).toBe(false);
    expect(canWithdraw({ status: "COMPLETED", visitDate: day("2027-04-14") }, day("2027-01-10"))).toBe(false);
  });
});

describe("rounds, days and distance", () => {
  it("move forward only", () => {
    expect(canMoveRound("DRAFT", "OPEN")).toBe(true);
    expect(canMoveRound("OPEN", "CLOSED")).toBe(true);
    expect(canMoveRound("CLOSED", "ARCHIVED")).toBe(true);
    expect(canMoveRound("OPEN", "DRAFT")).toBe(false);
    expect(canMoveRound("DRAFT", "CLOSED")).toBe(false);
    expect(canMoveRound("ARCHIVED", "OPEN")).toBe(false);
  });
  it("keep their windows in order", () => {
    const { status: _status, ...windows } = ROUND;
    expect(windowsInOrder(windows)).toBe(true);
    expect(windowsInOrder({ ...windows, offerClosesAt: day("2026-10-01") })).toBe(false);
    expect(windowsInOrder({ ...windows, applicationOpensAt: day("2026-10-01") })).toBe(false);
    expect(windowsInOrder({ ...windows, visitEndsOn: day("2027-03-01") })).toBe(false);
  });
  it("an offer has its listed days, or every day of its range when none are listed", () => {
    const range = { startDate: day("2027-04-12"), endDate: day("2027-04-16"), dates: [] };
    expect(offerHasDay(range, day("2027-04-12"))).toBe(true);
    expect(offerHasDay(range, day("2027-04-16"))).toBe(true);
    expect(offerHasDay(range, day("2027-04-17"))).toBe(false);
    const listed = { ...range, dates: [day("2027-04-13"), day("2027-04-15")] };
    expect(offerHasDay(listed, day("2027-04-13"))).toBe(true);
    expect(offerHasDay(listed, day("2027-04-14"))).toBe(false);
  });
  it("distance: same municipality, same region, other region", () => {
    const tampere = { municipality: "Tampere", region: "PIRKANMAA" as const };
    expect(distanceBetween(tampere, tampere)).toBe("SAME_MUNICIPALITY");
    expect(distanceBetween(tampere, { municipality: "Valkeakoski", region: "PIRKANMAA" })).toBe("SAME_REGION");
    expect(distanceBetween(tampere, { municipality: "Jyväskylä", region: "KESKI_SUOMI" })).toBe("OTHER_REGION");
  });
});

describe("reports and completing", () => {
  const accepted = { status: "ACCEPTED" as const, visitDate: day("2027-04-14") };
  it("are edited from the visit day (Helsinki) while accepted, final once completed", () => {
    expect(reportEditable(accepted, at("2027-04-13T20:59:59Z"))).toBe(false);
    expect(reportEditable(accepted, at("2027-04-13T21:00:00Z"))).toBe(true);
    expect(reportEditable({ ...accepted, status: "COMPLETED" }, day("2027-05-01"))).toBe(false);
    expect(reportEditable({ ...accepted, status: "CLOSED" }, day("2027-05-01"))).toBe(false);
  });
  it("an exchange is completed with both sides' reports, from the visit day on", () => {
    const today = day("2027-04-20");
    expect(canComplete(accepted, ["VISITOR", "HOST"], today)).toBe(true);
    expect(canComplete(accepted, ["HOST", "VISITOR"], today)).toBe(true);
    expect(canComplete(accepted, ["VISITOR"], today)).toBe(false);
    expect(canComplete(accepted, ["HOST"], today)).toBe(false);
    expect(canComplete(accepted, ["VISITOR", "HOST"], day("2027-04-13"))).toBe(false);
    expect(canComplete({ ...accepted, status: "COMPLETED" }, ["VISITOR", "HOST"], today)).toBe(false);
  });
});
