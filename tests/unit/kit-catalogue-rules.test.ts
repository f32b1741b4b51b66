import { describe, expect, it } from "vitest";
import {
  calendarMonth,
  contentsFromJson,
  isCalendarMonth,
  KIT_HOLDING_STATUSES,
  parseContentsRows,
  periodsInMonth,
  sniffKitPhotoType,
  type BookedPeriod,
} from "@/lib/kits/catalogue/rules";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const period = (start: string, end: string, shippingDays = 0): BookedPeriod => ({
  startDate: day(start),
  endDate: day(end),
  shippingDays,
});
/** The month's days as "d:state" strings, in order. */
const states = (month: ReturnType<typeof calendarMonth>) =>
  month.weeks.flat().flatMap((cell) => (cell ? [`${cell.day}:${cell.state[0]}`] : []));

describe("the month view of a kit's calendar", () => {
  it("runs in a zone that is neither UTC nor Helsinki", () => {
    expect(process.env.TZ).toBe("America/Sao_Paulo");
  });

  it("lays a month out Monday to Sunday with blanks before the 1st and after the last day", () => {
    // 1 March 2027 is a Monday; 1 February 2026 a Sunday.
    const march = calendarMonth("2027-03", [], day("2027-03-10"));
    expect(march.weeks[0]![0]).toMatchObject({ iso: "2027-03-01", day: 1 });
    expect(march.weeks).toHaveLength(5);
    expect(
      march.weeks
        .at(-1)!
        .filter(Boolean)
        .map((c) => c!.day),
    ).toEqual([29, 30, 31]);
    const february = calendarMonth("2026-02", [], day("2026-02-10"));
    expect(february.weeks[0]!.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(february.weeks[0]![6]).toMatchObject({ iso: "2026-02-01" });
    expect(february.weeks).toHaveLength(5);
    expect(february.weeks.flat().filter(Boolean)).toHaveLength(28);
    // A leap year's February.
    expect(calendarMonth("2028-02", [], day("2028-01-01")).weeks.flat().filter(Boolean)).toHaveLength(29);
    // Every week has seven cells.
    for (const month of [march, february]) expect(month.weeks.every((w) => w.length === 7)).toBe(true);
  });

  it("marks booked days, the shipping days either side, and today", () => {
    const month = calendarMonth("2027-03", [period("2027-03-10", "2027-03-12", 2)], day("2027-03-11"));
    expect(states(month).slice(6, 15)).toEqual(["7:f", "8:s", "9:s", "10:b", "11:b", "12:b", "13:s", "14:s", "15:f"]);
    expect(
      month.weeks
        .flat()
        .filter((c) => c?.today)
        .map((c) => c!.iso),
    ).toEqual(["2027-03-11"]);
  });

  it("a booking beats another's shipping day; adjacent periods touch without a gap", () => {
    const month = calendarMonth(
      "2027-03",
      [period("2027-03-01", "2027-03-05", 1), period("2027-03-06", "2027-03-08", 1)],
      day("2027-01-01"),
    );
    expect(states(month).slice(0, 10)).toEqual(["1:b", "2:b", "3:b", "4:b", "5:b", "6:b", "7:b", "8:b", "9:s", "10:f"]);
  });

  it("shows a period crossing the year and the DST change on whole days", () => {
    const periods = [period("2026-12-28", "2027-01-03", 2), period("2027-03-27", "2027-04-02", 0)];
    const january = calendarMonth("2027-01", periods, day("2026-12-01"));
    expect(states(january).slice(0, 6)).toEqual(["1:b", "2:b", "3:b", "4:s", "5:s", "6:f"]);
    // Helsinki's clocks go forward on Sunday 28 March 2027: still one cell per day.
    const march = calendarMonth("2027-03", periods, day("2027-03-01"));
    expect(states(march).slice(25)).toEqual(["26:f", "27:b", "28:b", "29:b", "30:b", "31:b"]);
    expect(march.weeks.flat().filter(Boolean)).toHaveLength(31);
    const october = calendarMonth("2027-10", [period("2027-10-30", "2027-11-01")], day("2027-10-01"));
    expect(states(october).slice(28)).toEqual(["29:f", "30:b", "31:b"]);
  });

  it("links to the months either side within a year back and two ahead", () => {
    const today = day("2027-03-15");
    expect(calendarMonth("2027-03", [], today)).toMatchObject({ previous: "2027-02", next: "2027-04" });
    expect(calendarMonth("2026-12", [], today)).toMatchObject({ previous: "2026-11", next: "2027-01" });
    expect(calendarMonth("2026-03", [], today)).toMatchObject({ previous: null, next: "2026-04" });
    expect(calendarMonth("2029-03", [], today)).toMatchObject({ previous: "2029-02", next: null });
    expect(isCalendarMonth("2029-04", today)).toBe(false);
    expect(isCalendarMonth("2026-02", today)).toBe(false);
    expect(isCalendarMonth("2027-13", today)).toBe(false);
    expect(isCalendarMonth("_", today)).toBe(false);
    expect(() => calendarMonth("2027-3", [], today)).toThrow();
  });

  it("lists the periods touching a month, shipping days included, in date order (the text alternative)", () => {
    const periods = [
      period("2027-04-02", "2027-04-05", 2),
      period("2027-03-10", "2027-03-12"),
      period("2027-02-20", "2027-02-27", 1),
      period("2027-02-01", "2027-02-05"),
    ];
    expect(periodsInMonth("2027-03", periods).map((p) => p.startDate.toISOString().slice(0, 10))).toEqual([
      "2027-03-10",
      "2027-04-02",
    ]);
    expect(periodsInMonth("2027-02", periods)).toHaveLength(2);
  });

  it("holds the kit for every live reservation: requested, confirmed, sent and received", () => {
    expect([...KIT_HOLDING_STATUSES].sort()).toEqual(["CONFIRMED", "RECEIVED", "REQUESTED", "SENT"]);
  });
});

describe("the contents checklist", () => {
  it("drops blank rows, keeps items without a quantity", () => {
    expect(parseContentsRows(["Tabletti", " ", "Ohjevihko", ""], ["6", "", "", ""])).toEqual({
      ok: true,
      rows: [{ item: "Tabletti", count: 6 }, { item: "Ohjevihko" }],
    });
    expect(parseContentsRows(undefined, undefined)).toEqual({ ok: true, rows: [] });
    expect(parseContentsRows("Laturi", "2")).toEqual({ ok: true, rows: [{ item: "Laturi", count: 2 }] });
  });

  it("refuses a quantity without an item, a bad quantity, too many rows", () => {
    expect(parseContentsRows([""], ["3"])).toEqual({ ok: false, message: "kitCatalogue.error.contentsItem" });
    for (const count of ["0", "-1", "1.5", "kuusi", "1000"]) {
      expect(parseContentsRows(["Tabletti"], [count])).toEqual({
        ok: false,
        message: "kitCatalogue.error.contentsCount",
      });
    }
    const many = Array.from({ length: 101 }, (_, i) => `Tavara ${i}`);
    expect(parseContentsRows(many, [])).toEqual({ ok: false, message: "kitCatalogue.error.contentsTooMany" });
    expect(parseContentsRows([{ item: "x" }], [])).toEqual({ ok: false, message: "validation.invalid" });
  });

  it("reads the JSON form of the list", () => {
    const { items, counts } = contentsFromJson([{ item: "Tabletti", count: 6 }, { item: "Ohje" }]);
    expect(parseContentsRows(items, counts)).toEqual({
      ok: true,
      rows: [{ item: "Tabletti", count: 6 }, { item: "Ohje" }],
    });
  });
});

describe("photos by their bytes", () => {
  const bytes = (...parts: (number[] | string)[]) =>
    new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));
  it("knows JPEG, PNG and WebP, nothing else", () => {
    expect(sniffKitPhotoType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpeg");
    expect(sniffKitPhotoType(bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a]))).toBe("png");
    expect(sniffKitPhotoType(bytes("RIFF", [0, 0, 0, 0], "WEBP"))).toBe("webp");
    expect(sniffKitPhotoType(bytes("RIFF", [0, 0, 0, 0], "WAVE"))).toBeNull();
    expect(sniffKitPhotoType(bytes("GIF89a"))).toBeNull();
    expect(sniffKitPhotoType(bytes("<svg xmlns="))).toBeNull();
    expect(sniffKitPhotoType(bytes("MZ"))).toBeNull();
    expect(sniffKitPhotoType(new Uint8Array())).toBeNull();
  });
});
