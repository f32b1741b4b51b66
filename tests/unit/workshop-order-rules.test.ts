import { describe, expect, it } from "vitest";
import { WorkshopOrderStatus } from "@/lib/db/enums";
import { canTransition, isOpen, ORDER_TRANSITIONS, statusesLeadingTo } from "@/lib/workshop-orders/rules";

const ALL = Object.values(WorkshopOrderStatus);

// The whole matrix, written out independently of the table.
const ALLOWED = new Set([
  "REQUESTED→ACCEPTED",
  "REQUESTED→DECLINED",
  "REQUESTED→SCHEDULED",
  "ACCEPTED→SCHEDULED",
  "ACCEPTED→DECLINED",
]);

describe("workshop order transitions", () => {
  for (const from of ALL) {
    for (const to of ALL) {
      const expected = ALLOWED.has(`${from}→${to}`);
      it(`${from} → ${to} is ${expected ? "allowed" : "refused"}`, () => {
        expect(canTransition(from, to)).toBe(expected);
      });
    }
  }

  it("covers every status", () => {
    expect(Object.keys(ORDER_TRANSITIONS).sort()).toEqual([...ALL].sort());
  });

  it("never goes back to REQUESTED nor stays in place", () => {
    for (const from of ALL) {
      expect(canTransition(from, "REQUESTED")).toBe(false);
      expect(canTransition(from, from)).toBe(false);
    }
  });

  it("gives the guard of a conditional update", () => {
    expect(statusesLeadingTo("SCHEDULED").sort()).toEqual(["ACCEPTED", "REQUESTED"]);
    expect(statusesLeadingTo("DECLINED").sort()).toEqual(["ACCEPTED", "REQUESTED"]);
    expect(statusesLeadingTo("ACCEPTED")).toEqual(["REQUESTED"]);
    expect(statusesLeadingTo("REQUESTED")).toEqual([]);
  });

  it("treats scheduled and declined orders as final", () => {
    expect(isOpen("REQUESTED")).toBe(true);
    expect(isOpen("ACCEPTED")).toBe(true);
    expect(isOpen("SCHEDULED")).toBe(false);
    expect(isOpen("DECLINED")).toBe(false);
  });
});
