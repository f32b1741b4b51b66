// One zod schema per poll form, used by the server actions and the tests.
// Errors are message keys. Form fields arrive as strings (repeated names as
// arrays); blank means "not given".
import { z } from "zod";
import {
  optionalDateTime as sharedOptionalDateTime,
  optionalId,
  optionalText,
  requiredId,
  requiredText,
  isUuid,
} from "@/lib/http/fields";
import { PollAnswer } from "@/lib/db/enums";
import { PLACE_MAX, TITLE_MAX } from "@/lib/meetings/schema";
import {
  duplicateIndexes,
  isBlankRow,
  MAX_OPTIONS,
  MIN_OPTIONS,
  parseOptionRow,
  POLL_DESCRIPTION_MAX,
  POLL_TITLE_MAX,
  type OptionRow,
  type OptionTimes,
} from "./rules";

/** The form's own names for an option row's inputs (repeated, one per row). */
export const OPTION_FIELDS = { date: "optionDate", start: "optionStart", end: "optionEnd" } as const;

/** The field an option row's error belongs to, as the form names its inputs' ids: "options.2.end". */
export const optionFieldId = (index: number, field: keyof OptionRow) => `options.${index}.${field}`;

const strings = (value: unknown): string[] =>
  value === undefined || value === null ? [] : (Array.isArray(value) ? value : [value]).map((v) => String(v));

/** The repeated option inputs → rows; a shorter list is padded with blanks. */
function optionRows(values: Record<string, unknown>): OptionRow[] {
  const dates = strings(values[OPTION_FIELDS.date]);
  const starts = strings(values[OPTION_FIELDS.start]);
  const ends = strings(values[OPTION_FIELDS.end]);
  const length = Math.max(dates.length, starts.length, ends.length);
  return Array.from({ length }, (_, i) => ({ date: dates[i] ?? "", start: starts[i] ?? "", end: ends[i] ?? "" }));
}

const optionalDateTime = sharedOptionalDateTime("polls.error.dateTime");

/**
 * The options of a new poll. Rows left wholly blank are skipped (a form
 * without script offers a few spare rows); errors keep the row's own index
 * ("options.2.end"), so each message lands beside its input.
 */
function checkOptionRows(rows: OptionRow[], ctx: z.RefinementCtx): OptionTimes[] {
  const parsed = rows.map((row) => (isBlankRow(row) ? null : parseOptionRow(row)));
  let valid = true;
  parsed.forEach((result, index) => {
    if (result && !result.ok) {
      valid = false;
      for (const issue of result.issues)
        ctx.addIssue({ code: "custom", path: [index, issue.field], message: issue.key });
    }
  });
  const times = parsed.map((result) => (result?.ok ? result.times : null));
  for (const index of duplicateIndexes(times)) {
    valid = false;
    ctx.addIssue({ code: "custom", path: [index, "date"], message: "polls.error.duplicateOption" });
  }
  const given = parsed.filter((result) => result !== null).length;
  if (given < MIN_OPTIONS || given > MAX_OPTIONS) {
    valid = false;
    const message = given < MIN_OPTIONS ? "polls.error.tooFewOptions" : "polls.error.tooManyOptions";
    ctx.addIssue({ code: "custom", path: [], message });
  }
  return valid ? times.filter((t): t is OptionTimes => t !== null) : [];
}

const optionRowSchema = z.object({ date: z.string(), start: z.string(), end: z.string() });

/** The form's repeated option inputs become `options` rows before the fields are checked. */
const withOptionRows = (value: unknown) =>
  typeof value === "object" && value !== null
    ? { ...(value as Record<string, unknown>), options: optionRows(value as Record<string, unknown>) }
    : value;

// Every field is checked on its own, so one submission reports every mistake.
export const pollCreateSchema = z.preprocess(
  withOptionRows,
  z.object({
    title: requiredText(POLL_TITLE_MAX),
    description: optionalText(POLL_DESCRIPTION_MAX),
    forMeetingId: optionalId,
    closesAt: optionalDateTime,
    options: z.array(optionRowSchema).transform(checkOptionRows),
  }),
);
export type PollCreateInput = z.output<typeof pollCreateSchema>;

/** A coordinator adds one option to an open poll: the same date and time fields, unnumbered. */
export const pollOptionAddSchema = z
  .object({
    pollId: requiredId,
    date: z.string({ error: "validation.required" }).optional().default(""),
    start: z.string({ error: "validation.required" }).optional().default(""),
    end: z.string({ error: "validation.required" }).optional().default(""),
  })
  .transform(({ pollId, date, start, end }, ctx) => {
    const result = parseOptionRow({ date, start, end });
    if (!result.ok) {
      for (const issue of result.issues) ctx.addIssue({ code: "custom", path: [issue.field], message: issue.key });
      return z.NEVER;
    }
    return { pollId, ...result.times };
  });
export type PollOptionAddInput = z.output<typeof pollOptionAddSchema>;

export const pollOptionRemoveSchema = z.object({
  pollId: requiredId,
  optionId: requiredId,
  confirm: z.literal("yes", { error: "polls.error.confirm" }),
});
export type PollOptionRemoveInput = z.output<typeof pollOptionRemoveSchema>;

export const pollCloseSchema = z.object({ pollId: requiredId });
export type PollCloseInput = z.output<typeof pollCloseSchema>;

/** Reopening may set a new closing time; without one the poll stays open until closed. */
export const pollReopenSchema = z.object({ pollId: requiredId, closesAt: optionalDateTime });
export type PollReopenInput = z.output<typeof pollReopenSchema>;

/** The name of the radio group for one option's answer: "answers.<optionId>". */
export const answerFieldName = (optionId: string) => `answers.${optionId}`;

const ANSWER_PREFIX = "answers.";

/** One answer per option the user chose; an option left unanswered is left out. */
export const pollAnswerSchema = z.preprocess(
  (value) => {
    if (typeof value !== "object" || value === null) return value;
    const answers: Record<string, unknown> = {};
    for (const [key, answer] of Object.entries(value)) {
      if (key.startsWith(ANSWER_PREFIX)) answers[key.slice(ANSWER_PREFIX.length)] = answer;
    }
    return { pollId: (value as Record<string, unknown>).pollId, answers };
  },
  z.object({
    pollId: requiredId,
    answers: z.record(z.string(), z.enum(PollAnswer, { error: "polls.error.answer" })).superRefine((answers, ctx) => {
      const optionIds = Object.keys(answers);
      if (optionIds.length === 0) ctx.addIssue({ code: "custom", message: "polls.error.noAnswers" });
      else if (optionIds.length > MAX_OPTIONS || optionIds.some((id) => !isUuid(id))) {
        ctx.addIssue({ code: "custom", message: "polls.error.unknownOption" });
      }
    }),
  }),
);
export type PollAnswerInput = z.output<typeof pollAnswerSchema>;

/** "Tee tästä kokous": the chosen option becomes a planned meeting with this title and place. */
export const pollConvertSchema = z.object({
  pollId: requiredId,
  optionId: requiredId,
  title: requiredText(TITLE_MAX),
  location: optionalText(PLACE_MAX),
});
export type PollConvertInput = z.output<typeof pollConvertSchema>;
