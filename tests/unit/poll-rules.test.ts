// Scheduling polls' pure rules: reading an option's date and times (as
// Helsinki wall-clock time, whatever the server's zone), duplicates, when a
// poll takes answers, counting and the best option; and the forms' schemas.
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/http/form";
import {
  bestOptionId,
  closedByDeadline,
  duplicateIndexes,
  isPollOpen,
  parseDay,
  parseOptionRow,
  parseTimeOfDay,
  tallyVotes,
  type Vote,
} from "@/lib/polls/rules";
import { pollAnswerSchema, pollCreateSchema, pollOptionAddSchema } from "@/lib/polls/schema";

const at = (iso: string) => new Date(iso);
const OPTION_A = "00000000-0000-4000-8000-00000000000a";
const OPTION_B = "00000000-0000-4000-8000-00000000000b";
const OPTION_C = "00000000-0000-4000-8000-00000000000c";

describe("an option's date and times", () => {
  it("reads ISO and Finnish dates, refusing days that do not exist", () => {
    expect(parseDay("2027-03-16")).toBe("2027-03-16");
    expect(parseDay(" 16.3.2027 ")).toBe("2027-03-16");
    expect(parseDay("2027-02-29")).toBeNull();
    expect(parseDay("30.2.2028")).toBeNull();
    expect(parseDay("2027-13-01")).toBeNull();
    expect(parseDay("16/03/2027")).toBeNull();
    expect(parseDay("")).toBeNull();
  });

  it("reads times with a colon or a Finnish dot", () => {
    expect(parseTimeOfDay("12:00")).toBe("12:00");
    expect(parseTimeOfDay("9.30")).toBe("09:30");
    expect(parseTimeOfDay("24:00")).toBeNull();
    expect(parseTimeOfDay("12:60")).toBeNull();
    expect(parseTimeOfDay("noon")).toBeNull();
  });

  it("is Helsinki wall-clock time, summer and winter", () => {
    // The test process runs in America/Sao_Paulo: a zone bug would show here.
    expect(parseOptionRow({ date: "2027-11-24", start: "12:00", end: "14:00" })).toEqual({
      ok: true,
      times: { startsAt: at("2027-11-24T10:00:00Z"), endsAt: at("2027-11-24T12:00:00Z") },
    });
    expect(parseOptionRow({ date: "16.6.2027", start: "9.00", end: "11.30" })).toEqual({
      ok: true,
      times: { startsAt: at("2027-06-16T06:00:00Z"), endsAt: at("2027-06-16T08:30:00Z") },
    });
  });

  it("must end after it starts, on the same day", () => {
    expect(parseOptionRow({ date: "2027-11-24", start: "14:00", end: "12:00" })).toEqual({
      ok: false,
      issues: [{ field: "end", key: "polls.error.endBeforeStart" }],
    });
    expect(parseOptionRow({ date: "2027-11-24", start: "12:00", end: "12:00" })).toMatchObject({ ok: false });
  });

  it("names each missing or malformed part", () => {
    expect(parseOptionRow({ date: "", start: "kello 12", end: "" })).toEqual({
      ok: false,
      issues: [
        { field: "date", key: "validation.required" },
        { field: "start", key: "polls.error.time" },
        { field: "end", key: "validation.required" },
      ],
    });
    expect(parseOptionRow({ date: "2027-02-30", start: "12:00", end: "13:00" })).toEqual({
      ok: false,
      issues: [{ field: "date", key: "polls.error.date" }],
    });
  });

  it("refuses a time the clocks skip in spring, and reads the repeated autumn hour as its first (summer-time) occurrence", () => {
    // 28.3.2027: at 03.00 the clocks go forward to 04.00.
    expect(parseOptionRow({ date: "28.3.2027", start: "3.30", end: "5.00" })).toEqual({
      ok: false,
      issues: [{ field: "start", key: "validation.nonexistentTime" }],
    });
    expect(parseOptionRow({ date: "2027-03-28", start: "01:00", end: "03:00" })).toEqual({
      ok: false,
      issues: [{ field: "end", key: "validation.nonexistentTime" }],
    });
    // 31.10.2027: at 04.00 summer time the clocks go back to 03.00.
    expect(parseOptionRow({ date: "2027-10-31", start: "02:00", end: "03:30" })).toEqual({
      ok: true,
      times: { startsAt: at("2027-10-30T23:00:00Z"), endsAt: at("2027-10-31T00:30:00Z") },
    });
  });

  it("finds later repeats of the same time, in the list or already in the poll", () => {
    const a = { startsAt: at("2027-11-24T10:00:00Z"), endsAt: at("2027-11-24T12:00:00Z") };
    const b = { startsAt: at("2027-11-24T10:00:00Z"), endsAt: at("2027-11-24T13:00:00Z") };
    expect(duplicateIndexes([a, b, { ...a }, null, { ...b }])).toEqual([2, 4]);
    expect(duplicateIndexes([b], [a])).toEqual([]);
    expect(duplicateIndexes([{ ...a }], [a])).toEqual([0]);
  });
});

describe("a poll takes answers", () => {
  const now = at("2027-03-01T10:00:00Z");
  it("while OPEN and before its closing time", () => {
    expect(isPollOpen({ status: "OPEN", closesAt: null }, now)).toBe(true);
    expect(isPollOpen({ status: "OPEN", closesAt: at("2027-03-01T10:00:01Z") }, now)).toBe(true);
    expect(isPollOpen({ status: "OPEN", closesAt: now }, now)).toBe(false);
    expect(isPollOpen({ status: "CLOSED", closesAt: null }, now)).toBe(false);
    expect(isPollOpen({ status: "CLOSED", closesAt: at("2027-04-01T00:00:00Z") }, now)).toBe(false);
  });

  it("is closed by its deadline only when the closing time has come, not when closed by hand", () => {
    expect(closedByDeadline({ status: "OPEN", closesAt: now }, now)).toBe(true);
    expect(closedByDeadline({ status: "CLOSED", closesAt: at("2027-02-28T00:00:00Z") }, now)).toBe(true);
    expect(closedByDeadline({ status: "CLOSED", closesAt: at("2027-04-01T00:00:00Z") }, now)).toBe(false);
    expect(closedByDeadline({ status: "CLOSED", closesAt: null }, now)).toBe(false);
    expect(closedByDeadline({ status: "OPEN", closesAt: at("2027-03-01T10:00:01Z") }, now)).toBe(false);
  });
});

describe("counting answers and the best option", () => {
  const options = [
    { id: OPTION_A, startsAt: at("2027-11-22T10:00:00Z"), endsAt: at("2027-11-22T12:00:00Z") },
    { id: OPTION_B, startsAt: at("2027-11-29T10:00:00Z"), endsAt: at("2027-11-29T12:00:00Z") },
    { id: OPTION_C, startsAt: at("2027-12-05T10:00:00Z"), endsAt: at("2027-12-05T12:00:00Z") },
  ];
  const votes = (rows: [string, string, Vote["answer"]][]): Vote[] =>
    rows.map(([optionId, userId, answer]) => ({ optionId, userId, answer }));
  const best = (v: Vote[], respondents: string[] = []) => bestOptionId(options, tallyVotes(options, v, respondents));

  it("counts yes, if need be, no and not answered per option", () => {
    const tallies = tallyVotes(
      options,
      votes([
        [OPTION_A, "hanna", "YES"],
        [OPTION_A, "laila", "IF_NEED_BE"],
        [OPTION_A, "niina", "NO"],
        [OPTION_B, "hanna", "YES"],
      ]),
      ["hanna", "laila", "niina", "johanna"],
    );
    expect(tallies).toEqual([
      { optionId: OPTION_A, yes: 1, ifNeedBe: 1, no: 1, notAnswered: 1, available: 2 },
      { optionId: OPTION_B, yes: 1, ifNeedBe: 0, no: 0, notAnswered: 3, available: 1 },
      { optionId: OPTION_C, yes: 0, ifNeedBe: 0, no: 0, notAnswered: 4, available: 0 },
    ]);
  });

  it("counts someone outside the steering group who answered, without negative 'not answered'", () => {
    const [a] = tallyVotes(options, votes([[OPTION_A, "juli", "YES"]]), ["hanna"]);
    expect(a).toMatchObject({ yes: 1, notAnswered: 1 });
    // Votes on another poll's option are not counted.
    const tallies = tallyVotes(options, votes([["other-option", "juli", "YES"]]), ["hanna"]);
    expect(tallies.map((t) => t.notAnswered)).toEqual([1, 1, 1]);
  });

  it("picks the most people available, counting 'if need be'", () => {
    expect(
      best(
        votes([
          [OPTION_A, "hanna", "YES"],
          [OPTION_A, "laila", "NO"],
          [OPTION_B, "hanna", "IF_NEED_BE"],
          [OPTION_B, "laila", "IF_NEED_BE"],
        ]),
      ),
    ).toBe(OPTION_B);
  });

  it("breaks a tie by more plain yeses, then by the earlier time", () => {
    expect(
      best(
        votes([
          [OPTION_A, "hanna", "IF_NEED_BE"],
          [OPTION_A, "laila", "IF_NEED_BE"],
          [OPTION_C, "hanna", "YES"],
          [OPTION_C, "laila", "IF_NEED_BE"],
        ]),
      ),
    ).toBe(OPTION_C);
    expect(
      best(
        votes([
          [OPTION_C, "hanna", "YES"],
          [OPTION_B, "hanna", "YES"],
        ]),
      ),
    ).toBe(OPTION_B);
  });

  it("has none while nobody has answered, or when nobody can come", () => {
    expect(best([], ["hanna", "laila"])).toBeNull();
    expect(
      best(
        votes([
          [OPTION_A, "hanna", "NO"],
          [OPTION_B, "hanna", "NO"],
        ]),
      ),
    ).toBeNull();
  });

  it("matches the seeded poll that chose 29.11.2023", () => {
    const seeded = votes([
      [OPTION_A, "hanna", "YES"],
      [OPTION_A, "johanna", "NO"],
      [OPTION_A, "laila", "IF_NEED_BE"],
      [OPTION_A, "niina", "YES"],
      [OPTION_A, "muurame", "NO"],
      [OPTION_B, "hanna", "YES"],
      [OPTION_B, "johanna", "YES"],
      [OPTION_B, "laila", "YES"],
      [OPTION_B, "niina", "IF_NEED_BE"],
      [OPTION_B, "muurame", "YES"],
      [OPTION_C, "hanna", "IF_NEED_BE"],
      [OPTION_C, "johanna", "YES"],
      [OPTION_C, "laila", "NO"],
      [OPTION_C, "niina", "NO"],
      [OPTION_C, "muurame", "IF_NEED_BE"],
    ]);
    expect(best(seeded)).toBe(OPTION_B);
  });
});

describe("the poll forms' schemas", () => {
  const errors = (result: { success: boolean; error?: unknown }) =>
    result.success ? {} : fieldErrorsOf(result.error as Parameters<typeof fieldErrorsOf>[0]);
  const base = {
    title: "Kevään kokous",
    description: "",
    forMeetingId: "",
    closesAt: "",
    optionDate: ["2027-03-16", "2027-03-18"],
    optionStart: ["12:00", "09:00"],
    optionEnd: ["14:00", "11:00"],
  };

  it("reads a new poll with its options in Helsinki time", () => {
    const parsed = pollCreateSchema.parse({ ...base, closesAt: "2027-03-01T16:00" });
    expect(parsed).toEqual({
      title: "Kevään kokous",
      description: undefined,
      forMeetingId: undefined,
      closesAt: at("2027-03-01T14:00:00Z"),
      options: [
        { startsAt: at("2027-03-16T10:00:00Z"), endsAt: at("2027-03-16T12:00:00Z") },
        { startsAt: at("2027-03-18T07:00:00Z"), endsAt: at("2027-03-18T09:00:00Z") },
      ],
    });
  });

  it("skips wholly blank rows but keeps each row's own index in messages", () => {
    const parsed = pollCreateSchema.safeParse({
      ...base,
      optionDate: ["", "2027-03-16", "2027-03-18", "2027-03-16"],
      optionStart: ["", "12:00", "14:00", "12:00"],
      optionEnd: ["", "14:00", "13:00", "14:00"],
    });
    expect(errors(parsed)).toEqual({
      "options.2.end": "polls.error.endBeforeStart",
      "options.3.date": "polls.error.duplicateOption",
    });
  });

  it("reports every mistake at once: title, count of options, closing time", () => {
    const parsed = pollCreateSchema.safeParse({
      title: "x".repeat(201),
      forMeetingId: "not-a-uuid",
      closesAt: "huomenna",
      optionDate: ["2027-03-16", ""],
      optionStart: ["12:00", ""],
      optionEnd: ["14:00", ""],
    });
    expect(errors(parsed)).toEqual({
      title: "validation.tooLong",
      forMeetingId: "validation.invalid",
      closesAt: "polls.error.dateTime",
      options: "polls.error.tooFewOptions",
    });
    expect(errors(pollCreateSchema.safeParse({ ...base, title: "   " }))).toEqual({ title: "validation.required" });
  });

  it("refuses more than 20 options", () => {
    const days = Array.from({ length: 21 }, (_, i) => `2027-04-${String(i + 1).padStart(2, "0")}`);
    const parsed = pollCreateSchema.safeParse({
      ...base,
      optionDate: days,
      optionStart: days.map(() => "12:00"),
      optionEnd: days.map(() => "13:00"),
    });
    expect(errors(parsed)).toEqual({ options: "polls.error.tooManyOptions" });
  });

  it("reads one added option by its unnumbered fields", () => {
    const pollId = OPTION_A;
    expect(pollOptionAddSchema.parse({ pollId, date: "2027-03-16", start: "12:00", end: "13:00" })).toEqual({
      pollId,
      startsAt: at("2027-03-16T10:00:00Z"),
      endsAt: at("2027-03-16T11:00:00Z"),
    });
    expect(errors(pollOptionAddSchema.safeParse({ pollId, date: "2027-03-16", start: "13:00", end: "12:00" }))).toEqual(
      { end: "polls.error.endBeforeStart" },
    );
    expect(errors(pollOptionAddSchema.safeParse({ pollId: "x", date: "", start: "", end: "" }))).toMatchObject({
      pollId: "validation.invalid",
    });
  });

  it("reads answers from the radio groups' names, refusing values outside the enum", () => {
    expect(
      pollAnswerSchema.parse({ pollId: OPTION_C, [`answers.${OPTION_A}`]: "YES", [`answers.${OPTION_B}`]: "NO" }),
    ).toEqual({ pollId: OPTION_C, answers: { [OPTION_A]: "YES", [OPTION_B]: "NO" } });
    expect(errors(pollAnswerSchema.safeParse({ pollId: OPTION_C, [`answers.${OPTION_A}`]: "MAYBE" }))).toEqual({
      [`answers.${OPTION_A}`]: "polls.error.answer",
    });
    expect(errors(pollAnswerSchema.safeParse({ pollId: OPTION_C }))).toEqual({ answers: "polls.error.noAnswers" });
    expect(errors(pollAnswerSchema.safeParse({ pollId: OPTION_C, "answers.nope": "YES" }))).toMatchObject({
      answers: "polls.error.unknownOption",
    });
  });
});
