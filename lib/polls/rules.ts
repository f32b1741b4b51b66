// Pure rules of scheduling polls: when a poll takes answers, how an option's
// date and times are read, which options clash, and how answers are counted.
import { helsinkiLocalTime } from "@/lib/dates";
import { NONEXISTENT_TIME } from "@/lib/http/fields";
import type { PollAnswer, PollStatus } from "@/lib/db/enums";

export const POLL_TITLE_MAX = 200;
export const POLL_DESCRIPTION_MAX = 2000;
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 20;

export const POLL_ANSWERS = ["YES", "IF_NEED_BE", "NO"] as const satisfies readonly PollAnswer[];

/** A poll takes answers while it is OPEN and its closing time (if any) has not come. */
export function isPollOpen(poll: { status: PollStatus; closesAt: Date | null }, now: Date): boolean {
  return poll.status === "OPEN" && (poll.closesAt === null || poll.closesAt > now);
}

/** The poll stopped taking answers because its closing time came (rather than being closed by hand). */
export function closedByDeadline(poll: { status: PollStatus; closesAt: Date | null }, now: Date): boolean {
  return !isPollOpen(poll, now) && poll.closesAt !== null && poll.closesAt <= now;
}

// ───────────── options: a Helsinki date, a start time and an end time ─────────────

export type OptionTimes = { startsAt: Date; endsAt: Date };
/** One option row as a form sends it: "2027-03-16" (or "16.3.2027"), "12:00" (or "12.00"). */
export type OptionRow = { date: string; start: string; end: string };
export type OptionField = keyof OptionRow;
export type OptionIssue = { field: OptionField; key: string };

/** yyyy-mm-dd, or d.m.yyyy as typed where the browser has no date picker; null unless a real day. */
export function parseDay(value: string): string | null {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const fin = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : fin ? [fin[3], fin[2], fin[1]] : null;
  if (!parts) return null;
  const [y, m, d] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  // 30.2. rolls over into March: not a day.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  if (y < 2000 || y > 2100) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** HH:mm (a time input) or H.mm (as Finns type it); null unless a time of day. */
export function parseTimeOfDay(value: string): string | null {
  const m = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(value.trim());
  return m ? `${m[1]!.padStart(2, "0")}:${m[2]}` : null;
}

export const isBlankRow = (row: OptionRow) => !row.date.trim() && !row.start.trim() && !row.end.trim();

/**
 * An option row → its instants (Helsinki wall-clock time), or what is wrong
 * with it. Options end on the day they start: a meeting is not held overnight.
 */
export function parseOptionRow(
  row: OptionRow,
): { ok: true; times: OptionTimes } | { ok: false; issues: OptionIssue[] } {
  const issues: OptionIssue[] = [];
  const required = (field: OptionField, parsed: string | null, invalidKey: string) => {
    if (!row[field].trim()) issues.push({ field, key: "validation.required" });
    else if (!parsed) issues.push({ field, key: invalidKey });
    return parsed;
  };
  const day = required("date", parseDay(row.date), "polls.error.date");
  const start = required("start", parseTimeOfDay(row.start), "polls.error.time");
  const end = required("end", parseTimeOfDay(row.end), "polls.error.time");
  if (!day || !start || !end) return { ok: false, issues };
  const startsAt = helsinkiLocalTime(`${day}T${start}`);
  const endsAt = helsinkiLocalTime(`${day}T${end}`);
  // The day and the times are each valid, so only a time the clocks skip that night fails here.
  const skipped = (
    [
      ["start", startsAt],
      ["end", endsAt],
    ] as const
  )
    .filter(([, parsed]) => !parsed.ok)
    .map(([field]): OptionIssue => ({ field, key: NONEXISTENT_TIME }));
  if (!startsAt.ok || !endsAt.ok) return { ok: false, issues: skipped };
  if (endsAt.date <= startsAt.date) return { ok: false, issues: [{ field: "end", key: "polls.error.endBeforeStart" }] };
  return { ok: true, times: { startsAt: startsAt.date, endsAt: endsAt.date } };
}

export const sameTimes = (a: OptionTimes, b: OptionTimes) =>
  a.startsAt.getTime() === b.startsAt.getTime() && a.endsAt.getTime() === b.endsAt.getTime();

/**
 * Indexes of options that repeat an earlier one (same start and end), or one
 * the poll already has. The first of equal options is kept; later ones are the
 * duplicates. Overlapping but different times are fine: they are alternatives.
 */
export function duplicateIndexes(
  options: readonly (OptionTimes | null)[],
  existing: readonly OptionTimes[] = [],
): number[] {
  const seen: OptionTimes[] = [...existing];
  const out: number[] = [];
  options.forEach((option, index) => {
    if (!option) return;
    if (seen.some((other) => sameTimes(other, option))) out.push(index);
    else seen.push(option);
  });
  return out;
}

// ───────────── counting ─────────────

export type Vote = { optionId: string; userId: string; answer: PollAnswer };

export type OptionTally = {
  optionId: string;
  yes: number;
  ifNeedBe: number;
  no: number;
  /** Respondents who gave this option no answer. */
  notAnswered: number;
  /** yes + if need be: how many could come. */
  available: number;
};

/**
 * Counts per option. `respondentIds` are the people expected to answer (the
 * steering group); anyone else who did answer counts too, so no vote is lost
 * and "not answered" never goes below zero.
 */
export function tallyVotes(
  options: readonly { id: string }[],
  votes: readonly Vote[],
  respondentIds: readonly string[],
): OptionTally[] {
  const optionIds = new Set(options.map((option) => option.id));
  const people = new Set(respondentIds);
  for (const vote of votes) if (optionIds.has(vote.optionId)) people.add(vote.userId);
  return options.map((option) => {
    const mine = votes.filter((vote) => vote.optionId === option.id);
    const count = (answer: PollAnswer) => new Set(mine.filter((v) => v.answer === answer).map((v) => v.userId)).size;
    const yes = count("YES");
    const ifNeedBe = count("IF_NEED_BE");
    const no = count("NO");
    return {
      optionId: option.id,
      yes,
      ifNeedBe,
      no,
      notAnswered: Math.max(0, people.size - yes - ifNeedBe - no),
      available: yes + ifNeedBe,
    };
  });
}

/**
 * The best option: the most people available (yes + if need be), a tie broken
 * by more plain yeses, then by the earlier start. There is none while nobody
 * has answered, nor when nobody can come to any option (all answers "no"):
 * highlighting a time that suits no-one would mislead.
 */
export function bestOptionId(
  options: readonly ({ id: string } & OptionTimes)[],
  tallies: readonly OptionTally[],
): string | null {
  const byId = new Map(tallies.map((tally) => [tally.optionId, tally]));
  const ranked = options
    .map((option) => ({ option, tally: byId.get(option.id) }))
    .filter((entry): entry is { option: (typeof options)[number]; tally: OptionTally } => !!entry.tally)
    .filter(({ tally }) => tally.available > 0)
    .sort(
      (a, b) =>
        b.tally.available - a.tally.available ||
        b.tally.yes - a.tally.yes ||
        a.option.startsAt.getTime() - b.option.startsAt.getTime(),
    );
  return ranked[0]?.option.id ?? null;
}
