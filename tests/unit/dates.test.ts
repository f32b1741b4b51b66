import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatDay,
  formatMonth,
  formatRange,
  formatTime,
  helsinkiLocalTime,
  helsinkiMonthRange,
  parseHelsinkiLocal,
  upcomingMonths,
} from "@/lib/dates";
import { helsinkiDateTime } from "@/lib/http/fields";

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

  it("refuses a wall-clock time the clocks skip on the spring-forward night instead of shifting it", () => {
    // 28.3.2027: at 03.00 EET (01.00 UTC) the clocks go forward to 04.00 EEST.
    expect(helsinkiLocalTime("2027-03-28T02:59")).toEqual({ ok: true, date: new Date("2027-03-28T00:59:00Z") });
    for (const time of ["03:00", "03:30", "03:59"]) {
      expect(helsinkiLocalTime(`2027-03-28T${time}`), time).toEqual({ ok: false, reason: "nonexistent" });
      expect(parseHelsinkiLocal(`2027-03-28T${time}`), time).toBeNull();
    }
    expect(helsinkiLocalTime("2027-03-28T04:00")).toEqual({ ok: true, date: new Date("2027-03-28T01:00:00Z") });
    // The same hour on an ordinary Sunday is fine.
    expect(helsinkiLocalTime("2027-03-21T03:30")).toEqual({ ok: true, date: new Date("2027-03-21T01:30:00Z") });
  });

  it("reads the hour the clocks repeat in October as its first occurrence, still in summer time", () => {
    // 31.10.2027: at 04.00 EEST (01.00 UTC) the clocks go back to 03.00 EET, so 03.00–03.59 happens twice.
    expect(helsinkiLocalTime("2027-10-31T02:59")).toEqual({ ok: true, date: new Date("2027-10-30T23:59:00Z") });
    expect(helsinkiLocalTime("2027-10-31T03:00")).toEqual({ ok: true, date: new Date("2027-10-31T00:00:00Z") });
    expect(helsinkiLocalTime("2027-10-31T03:30")).toEqual({ ok: true, date: new Date("2027-10-31T00:30:00Z") });
    expect(helsinkiLocalTime("2027-10-31T04:00")).toEqual({ ok: true, date: new Date("2027-10-31T02:00:00Z") });
    expect(formatDateTime(new Date("2027-10-31T00:30:00Z"))).toBe("31.10.2027 klo 3.30");
  });

  it("refuses days and times that do not exist on any calendar", () => {
    for (const value of [
      "2027-02-29T12:00",
      "2027-04-31T12:00",
      "2027-03-16T24:00",
      "2027-03-16T09:60",
      "2027-3-16T09:00",
    ]) {
      expect(helsinkiLocalTime(value), value).toEqual({ ok: false, reason: "invalid" });
    }
    expect(helsinkiLocalTime("2028-02-29T12:00")).toEqual({ ok: true, date: new Date("2028-02-29T10:00:00Z") });
  });

  it("gives a form field the clock-change message for a skipped time, the field's own message otherwise", () => {
    const field = helsinkiDateTime("meetingsAdmin.error.dateTime");
    expect(field.safeParse("2027-03-28T03:30").error?.issues[0]?.message).toBe("validation.nonexistentTime");
    expect(field.safeParse("2027-02-30T10:00").error?.issues[0]?.message).toBe("meetingsAdmin.error.dateTime");
    expect(field.parse("2027-03-28T04:30")).toEqual(new Date("2027-03-28T01:30:00Z"));
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
