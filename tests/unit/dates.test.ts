import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatDay,
  formatMonth,
  formatRange,
  formatTime,
  helsinkiMonthRange,
  parseHelsinkiLocal,
  upcomingMonths,
} from "@/lib/dates";

describe("Finnish dates in Europe/Helsinki", () => {
  it("runs in a zone that is neither UTC nor Helsinki", () => {
    expect(process.env.TZ).toBe("America/Sao_Paulo");
    expect(new Date("2023-11-29T10:00:00Z").getTimezoneOffset()).not.toBe(0);
  });

  it("formats winter time (UTC+2)", () => {
    const start = new Date("2023-11-29T10:00:00Z");
    expect(formatDate(start)).toBe("29.11.2023");
    expect(formatTime(start)).toBe("12.00");
    expect(formatDateTime(start)).toBe("29.11.2023 klo 12.00");
    expect(formatRange(start, new Date("2023-11-29T12:00:00Z"))).toBe("29.11.2023 klo 12.00–14.00");
    expect(formatDateTime(start, "en")).toBe("29.11.2023 at 12.00");
  });

  it("formats summer time (UTC+3) and the day boundary", () => {
    expect(formatDateTime(new Date("2023-09-12T10:00:00Z"))).toBe("12.9.2023 klo 13.00");
    // 22.30 UTC on the 14th is already the 15th in Helsinki
    expect(formatDate(new Date("2023-09-14T22:30:00Z"))).toBe("15.9.2023");
  });

  it("shows both ends of a range over several days", () => {
    expect(formatRange(new Date("2024-09-05T06:00:00Z"), new Date("2024-09-06T13:00:00Z"))).toBe(
      "5.9.2024 klo 9.00 – 6.9.2024 klo 16.00",
    );
  });

  it("shows calendar dates as stored, whatever the zone", () => {
    expect(formatDay(new Date("2023-09-15"))).toBe("15.9.2023");
  });

  it("parses datetime-local input as Helsinki wall-clock time, DST included", () => {
    expect(parseHelsinkiLocal("2023-11-29T12:00")?.toISOString()).toBe("2023-11-29T10:00:00.000Z");
    expect(parseHelsinkiLocal("2023-09-12T13:00")?.toISOString()).toBe("2023-09-12T10:00:00.000Z");
    expect(parseHelsinkiLocal("29.11.2023 12:00")).toBeNull();
  });

  it("knows where Helsinki months begin, across the turn of the year and DST", () => {
    expect(helsinkiMonthRange("2027-03")).toEqual({
      start: new Date("2027-02-28T22:00:00Z"),
      end: new Date("2027-03-31T21:00:00Z"),
    });
    expect(helsinkiMonthRange("2026-12").end).toEqual(new Date("2026-12-31T22:00:00Z"));
    expect(formatMonth("2027-03")).toBe("maaliskuu 2027");
    expect(formatMonth("2027-03", "en")).toBe("March 2027");
    // 23.30 on 30.11. in Helsinki is already December there
    expect(upcomingMonths(3, new Date("2026-11-30T22:30:00Z"))).toEqual(["2026-12", "2027-01", "2027-02"]);
  });
});
