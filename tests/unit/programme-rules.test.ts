import { describe, expect, it } from "vitest";
import {
  dueReminder,
  remindersSettled,
  encodeCertificateCode,
  formatCertificateCode,
  maySelfReport,
  normaliseCertificateCode,
  progressOf,
  publishRefusal,
} from "@/lib/programmes/rules";

const parts = [
  { id: "a", position: 1, required: true },
  { id: "b", position: 2, required: true },
  { id: "c", position: 3, required: false },
  { id: "d", position: 4, required: true },
];

describe("progressOf", () => {
  it("counts required parts only and names the first one not done", () => {
    expect(progressOf(parts, ["a", "c"], "2027-05-31", "2027-05-01")).toEqual({
      done: 1,
      total: 3,
      nextPartId: "b",
      complete: false,
      daysLeft: 30,
    });
  });
  it("is complete exactly when every required part is done, optional ones or not", () => {
    expect(progressOf(parts, ["a", "b"], null, "2027-05-01").complete).toBe(false);
    expect(progressOf(parts, ["a", "b", "d"], null, "2027-05-01")).toMatchObject({ complete: true, nextPartId: null });
  });
  it("takes the parts' order from their positions, not from the list", () => {
    expect(progressOf([...parts].reverse(), new Set(["a"]), null, "2027-01-01").nextPartId).toBe("b");
  });
  it("never completes a programme without required parts", () => {
    expect(progressOf([{ id: "x", position: 1, required: false }], ["x"], null, "2027-01-01").complete).toBe(false);
  });
  it("counts the days left across a year and a DST change, negative once past", () => {
    expect(progressOf(parts, [], "2027-01-02", "2026-12-30").daysLeft).toBe(3);
    expect(progressOf(parts, [], "2027-03-29", "2027-03-27").daysLeft).toBe(2);
    expect(progressOf(parts, [], "2027-03-01", "2027-03-05").daysLeft).toBe(-4);
  });
});

describe("publishRefusal and maySelfReport", () => {
  it("needs a required part, and a training for every attendance part", () => {
    expect(publishRefusal([{ required: false, mode: "SELF_REPORTED", linkedOfferingId: null }])).toBe(
      "programmes.error.noRequiredParts",
    );
    expect(publishRefusal([{ required: true, mode: "ATTENDANCE", linkedOfferingId: null }])).toBe(
      "programmes.error.attendanceWithoutOffering",
    );
    expect(publishRefusal([{ required: true, mode: "ATTENDANCE", linkedOfferingId: "o" }])).toBeNull();
  });
  it("lets participants mark only self-reported parts, and not after leaving", () => {
    expect(maySelfReport({ mode: "SELF_REPORTED" }, "ACTIVE")).toBe(true);
    expect(maySelfReport({ mode: "SELF_REPORTED" }, "COMPLETED")).toBe(true);
    expect(maySelfReport({ mode: "SELF_REPORTED" }, "LEFT")).toBe(false);
    expect(maySelfReport({ mode: "COORDINATOR" }, "ACTIVE")).toBe(false);
    expect(maySelfReport({ mode: "ATTENDANCE" }, "ACTIVE")).toBe(false);
  });
});

describe("dueReminder", () => {
  // Noon in Helsinki on the day named.
  const at = (day: string) => new Date(`${day}T10:00:00Z`);
  const active = (lastProgress: string) => ({ status: "ACTIVE" as const, lastProgressAt: at(lastProgress) });

  it("reminds 30 and then 7 days before the deadline, each once", () => {
    expect(dueReminder(active("2027-05-01"), "2027-05-31", [], at("2027-05-01"))).toBe("DEADLINE_30");
    expect(dueReminder(active("2027-05-01"), "2027-05-31", ["DEADLINE_30"], at("2027-05-02"))).toBeNull();
    expect(dueReminder(active("2027-05-20"), "2027-05-31", ["DEADLINE_30"], at("2027-05-24"))).toBe("DEADLINE_7");
    expect(dueReminder(active("2027-05-20"), "2027-05-31", ["DEADLINE_30", "DEADLINE_7"], at("2027-05-25"))).toBeNull();
  });
  it("sends the 7-day one even when the 30-day one was never due (joined late)", () => {
    expect(dueReminder(active("2027-05-28"), "2027-05-31", [], at("2027-05-28"))).toBe("DEADLINE_7");
  });
  it("reminds after 30 days without progress, once", () => {
    expect(dueReminder(active("2027-01-01"), null, [], at("2027-01-30"))).toBeNull();
    expect(dueReminder(active("2027-01-01"), null, [], at("2027-01-31"))).toBe("STALLED");
    expect(dueReminder(active("2027-01-01"), null, ["STALLED"], at("2027-03-31"))).toBeNull();
  });
  it("says nothing to those who left or completed, or once the deadline is past", () => {
    expect(dueReminder({ status: "LEFT", lastProgressAt: at("2027-01-01") }, null, [], at("2027-06-01"))).toBeNull();
    expect(
      dueReminder({ status: "COMPLETED", lastProgressAt: at("2027-01-01") }, "2027-01-10", [], at("2027-01-05")),
    ).toBeNull();
    expect(dueReminder(active("2027-01-01"), "2027-02-01", [], at("2027-03-01"))).toBeNull();
  });
  it("a deadline reminder to the stalled settles the stalled one too; a stalled one settles only itself", () => {
    expect(remindersSettled("DEADLINE_30", active("2027-04-01"), [], at("2027-05-01"))).toEqual([
      "DEADLINE_30",
      "STALLED",
    ]);
    expect(remindersSettled("DEADLINE_7", active("2027-04-01"), ["DEADLINE_30"], at("2027-05-25"))).toEqual([
      "DEADLINE_7",
      "STALLED",
    ]);
    expect(remindersSettled("DEADLINE_30", active("2027-04-20"), [], at("2027-05-01"))).toEqual(["DEADLINE_30"]);
    expect(remindersSettled("DEADLINE_7", active("2027-01-01"), ["STALLED"], at("2027-05-25"))).toEqual(["DEADLINE_7"]);
    expect(remindersSettled("STALLED", active("2027-01-01"), [], at("2027-03-01"))).toEqual(["STALLED"]);
  });
  it("counts days in Helsinki: 23.30 UTC is already the next day there", () => {
    const lastProgressAt = new Date("2027-01-01T10:00:00Z");
    expect(dueReminder({ status: "ACTIVE", lastProgressAt }, null, [], new Date("2027-01-30T22:30:00Z"))).toBe(
      "STALLED",
    );
  });
});

describe("certificate codes", () => {
  it("encodes 128 bits as 26 unambiguous characters and reads back what people type", () => {
    const bytes = Uint8Array.from({ length: 16 }, (_, i) => (i * 37 + 11) % 256);
    const code = encodeCertificateCode(bytes);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(normaliseCertificateCode(formatCertificateCode(code))).toBe(code);
    expect(normaliseCertificateCode(formatCertificateCode(code).toLowerCase())).toBe(code);
    expect(formatCertificateCode(code)).toMatch(/^(\w{5}-){4}\w{6}$/);
  });
  it("differs for different bytes and refuses what cannot be a code", () => {
    const a = encodeCertificateCode(new Uint8Array(16));
    const b = encodeCertificateCode(Uint8Array.from({ length: 16 }, (_, i) => (i === 15 ? 1 : 0)));
    expect(a).not.toBe(b);
    expect(normaliseCertificateCode("short")).toBeNull();
    expect(normaliseCertificateCode("U".repeat(26))).toBeNull();
    expect(normaliseCertificateCode("O".repeat(26))).toBe("0".repeat(26));
    expect(() => encodeCertificateCode(new Uint8Array(15))).toThrow();
  });
});
