// Pure rules of programmes (ADR 28): what counts as progress, when a
// programme is complete, which reminder is due, and what a certificate's code
// looks like. Unit-tested in tests/unit/programme-rules.test.ts.
import type { ParticipationStatus, ProgrammePartMode, ProgrammeReminderKind } from "@/lib/db/enums";
import { z } from "zod";
import { safeHttpUrl } from "@/lib/http/fields";
import { dayNumber, today as helsinkiDay, type Day } from "@/lib/dates/days";

export const PART_MODES = ["SELF_REPORTED", "ATTENDANCE", "COORDINATOR"] as const satisfies ProgrammePartMode[];

/** Who issues the certificates (a proper noun: the same in both languages). */
export const CERTIFICATE_ISSUER = "PiKe – Pirkanmaan ja Keski-Suomen alueellinen kehittämiskirjasto";

/** No progress for this many days makes a participant "stuck" (the coordinators' filter, the reminder). */
export const STALLED_DAYS = 30;

/** Deadline reminders: this many days before the deadline (30 first, then 7). */
export const DEADLINE_REMINDER_DAYS = { DEADLINE_30: 30, DEADLINE_7: 7 } as const;

export type PartRef = { id: string; position: number; required: boolean };

export type Progress = {
  /** Required parts done, of all required parts. */
  done: number;
  total: number;
  /** The first required part in order not yet done; null when all are. */
  nextPartId: string | null;
  complete: boolean;
  /** Days from today to the deadline (negative: past); null without a deadline. */
  daysLeft: number | null;
};

/**
 * Progress over the programme's parts. Optional parts never hold completion
 * back; a programme without required parts is never complete (nothing to
 * certify), so publishing one is refused (see publishRefusal).
 */
export function progressOf(
  parts: readonly PartRef[],
  completedPartIds: ReadonlySet<string> | readonly string[],
  deadline: Day | null,
  today: Day,
): Progress {
  const done = completedPartIds instanceof Set ? completedPartIds : new Set(completedPartIds);
  const required = [...parts].filter((part) => part.required).sort((a, b) => a.position - b.position);
  const doneRequired = required.filter((part) => done.has(part.id));
  const next = required.find((part) => !done.has(part.id)) ?? null;
  return {
    done: doneRequired.length,
    total: required.length,
    nextPartId: next?.id ?? null,
    complete: required.length > 0 && next === null,
    daysLeft: deadline === null ? null : dayNumber(deadline) - dayNumber(today),
  };
}

/** Why a programme cannot be published yet (a message key), or null. */
export function publishRefusal(
  parts: readonly { required: boolean; mode: ProgrammePartMode; linkedOfferingId: string | null }[],
): string | null {
  if (!parts.some((part) => part.required)) return "programmes.error.noRequiredParts";
  if (parts.some((part) => part.mode === "ATTENDANCE" && !part.linkedOfferingId)) {
    return "programmes.error.attendanceWithoutOffering";
  }
  return null;
}

/** Whether a participant may mark this part done themselves (after completing: the optional parts). */
export function maySelfReport(part: { mode: ProgrammePartMode }, status: ParticipationStatus): boolean {
  return part.mode === "SELF_REPORTED" && status !== "LEFT";
}

/**
 * The reminder due for one unfinished participant today, if any: the
 * deadline's come first (7 days before, then 30), then "no progress for 30
 * days". Each kind goes once per participation: `sent` lists those already sent.
 */
export function dueReminder(
  participation: { status: ParticipationStatus; lastProgressAt: Date },
  deadline: Day | null,
  sent: readonly ProgrammeReminderKind[],
  now: Date,
): ProgrammeReminderKind | null {
  if (participation.status !== "ACTIVE") return null;
  const today = helsinkiDay(now);
  if (deadline !== null) {
    const left = dayNumber(deadline) - dayNumber(today);
    if (left >= 0 && left <= DEADLINE_REMINDER_DAYS.DEADLINE_7 && !sent.includes("DEADLINE_7")) return "DEADLINE_7";
    if (
      left > DEADLINE_REMINDER_DAYS.DEADLINE_7 &&
      left <= DEADLINE_REMINDER_DAYS.DEADLINE_30 &&
      !sent.includes("DEADLINE_30")
    ) {
      return "DEADLINE_30";
    }
    if (left < 0) return null;
  }
  const idle = dayNumber(today) - dayNumber(helsinkiDay(participation.lastProgressAt));
  if (idle >= STALLED_DAYS && !sent.includes("STALLED")) return "STALLED";
  return null;
}

/**
 * The kinds a reminder of `kind` settles, itself first. A deadline reminder
 * to someone who has also stalled settles the stalled one too: its mail
 * already says how far they are and which part is next, and a second mail
 * about the same standstill an hour later (the next periodic run) would only
 * repeat it. So the deadline's kind wins and both are recorded as sent. A
 * stall that begins after the deadline reminder still gets its own mail.
 */
export function remindersSettled(
  kind: ProgrammeReminderKind,
  participation: { lastProgressAt: Date },
  sent: readonly ProgrammeReminderKind[],
  now: Date,
): ProgrammeReminderKind[] {
  if (kind === "STALLED" || sent.includes("STALLED")) return [kind];
  const idle = dayNumber(helsinkiDay(now)) - dayNumber(helsinkiDay(participation.lastProgressAt));
  return idle >= STALLED_DAYS ? [kind, "STALLED"] : [kind];
}

export type MaterialLink = { title: string; url: string };

const materialsSchema = z.array(z.object({ title: z.string(), url: z.string() }));

/** Stored material links, keeping only well-formed http(s) ones (a link is shown as given). */
export function parseMaterials(value: unknown): MaterialLink[] {
  const parsed = materialsSchema.safeParse(value);
  if (!parsed.success) return [];
  return parsed.data.flatMap((m) => {
    const url = safeHttpUrl(m.url);
    return url ? [{ title: m.title, url }] : [];
  });
}

// ───────────── Certificate codes ─────────────

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed is unambiguous. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** 16 random bytes (128 bits) as 26 base32 characters. */
export function encodeCertificateCode(bytes: Uint8Array): string {
  if (bytes.length !== 16) throw new Error("A certificate code is 16 bytes.");
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let out = "";
  for (let i = 0; i < 26; i++) {
    out = ALPHABET[Number(bits & 31n)] + out;
    bits >>= 5n;
  }
  return out;
}

/**
 * The code as printed, in groups for reading: four groups of five characters
 * and a last one of six (26 in all), so no lone character trails at the end.
 */
export function formatCertificateCode(code: string): string {
  if (code.length !== 26) return code;
  return [0, 5, 10, 15].map((i) => code.slice(i, i + 5)).join("-") + "-" + code.slice(20);
}

/**
 * The code as stored, from what someone typed or a link carried: dashes and
 * spaces dropped, case folded, the look-alikes read as Crockford does
 * (O→0, I/L→1). Null when it cannot be a code.
 */
export function normaliseCertificateCode(input: string): string | null {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (cleaned.length !== 26) return null;
  for (const ch of cleaned) if (!ALPHABET.includes(ch)) return null;
  return cleaned;
}
