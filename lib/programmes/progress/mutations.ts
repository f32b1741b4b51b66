// Reminders of programmes (issue 13, items 4 and 5): a coordinator's reminder
// to a filtered group, and the worker's periodic run that reminds the
// stalled and those near the deadline.
//
// Each periodic reminder goes once per person and kind, however many workers
// run: the ProgrammeReminder row (key: participation and kind) is inserted
// with ON CONFLICT DO NOTHING and its mail is enqueued in the same
// transaction only for the rows that insert returned. A second worker's
// insert of the same key waits for the first one's commit and then inserts
// nothing, so it enqueues nothing. Rows go in in key order, so two runs
// never wait for each other crosswise (no deadlock).
//
// And one mail per participant per run: a deadline reminder to someone who
// has also stalled records STALLED beside its own kind in the same insert
// (remindersSettled), and mails only its own kind. Were STALLED left
// unrecorded, the next run (an hour later, or another worker reading after
// this one's commit) would find it due and mail again.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/mutations";
import { db, type Db } from "@/lib/db";
import type { ParticipationStatus, ProgrammeReminderKind } from "@/lib/db/enums";
import { fieldError } from "@/lib/http/errors";
import { enqueueMany } from "@/lib/jobs/mutations";
import { dayOf, today as helsinkiDay } from "@/lib/dates/days";
import { dueReminder, remindersSettled, STALLED_DAYS } from "../rules";
import { PARTICIPANTS_FROM, reminderGroupWhere } from "./data";
import { FILTER_KEYS, sendRemindersSchema } from "./schema";

type Options = { now?: Date; client?: Db };

const TX = { isolationLevel: "ReadCommitted", maxWait: 15_000, timeout: 60_000 } as const;

/**
 * A coordinator's reminder to the filtered group (after the confirmation
 * step): one mail each, through the queue, to the active participants with an
 * open account. At most one such reminder per person a day (a second
 * submission the same day adds none). Audited with the filters and the count.
 */
export async function sendProgrammeReminders(
  actor: Actor | null,
  input: unknown,
  options: Options = {},
): Promise<{ sent: number }> {
  assertCan(actor, "programme.manage");
  const parsed = sendRemindersSchema.parse(input);
  const now = options.now ?? new Date();
  const today = helsinkiDay(now);
  return (options.client ?? db()).$transaction(async (tx) => {
    const offering = await tx.offering.findFirst({
      where: { id: parsed.offeringId, kind: "PROGRAMME" },
      select: { id: true },
    });
    if (!offering) throw fieldError("offeringId", "programmesProgress.error.unknownProgramme", "NOT_FOUND");
    const group = await tx.$queryRaw<{ id: string }[]>`
      SELECT p."id" ${PARTICIPANTS_FROM}
      WHERE ${reminderGroupWhere(offering.id, parsed, today)}
      ORDER BY p."id"`;
    const sent = await enqueueMany(
      tx,
      "email.programmeReminder",
      group.map((p) => ({
        payload: { participationId: p.id, kind: "MANUAL" as const },
        options: { dedupeKey: `programme-reminder:${p.id}:MANUAL:${today}` },
      })),
    );
    const filters = Object.fromEntries(FILTER_KEYS.filter((key) => parsed[key]).map((key) => [key, parsed[key]]));
    await audit(
      tx,
      actor,
      "programme.remindersSent",
      { type: "Offering", id: offering.id },
      { after: { filters, group: group.length, sent } },
    );
    return { sent };
  }, TX);
}

/** Candidates handled per transaction of the periodic run. */
const BATCH = 200;

/** sent and byKind count mails (a settled-only row is not one). */
export type ReminderRun = { candidates: number; sent: number; byKind: Partial<Record<ProgrammeReminderKind, number>> };

/**
 * The worker's periodic run: finds, in SQL, the active participants who may
 * be due a reminder (stalled for STALLED_DAYS days, or 30 or 7 days from the
 * deadline, not yet sent that kind), lets dueReminder decide which one is
 * due, and sends each once (see the file's comment). One reminder per
 * participant per run: the next run sends the next one due, unless the one
 * sent settled it (remindersSettled).
 */
export async function sendDueProgrammeReminders(client: Db, now: Date = new Date()): Promise<ReminderRun> {
  const today = helsinkiDay(now);
  const run: ReminderRun = { candidates: 0, sent: 0, byKind: {} };
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const candidates = await client.$queryRaw<
      {
        id: string;
        status: ParticipationStatus;
        lastProgressAt: Date;
        deadline: Date | null;
        sent: ProgrammeReminderKind[];
      }[]
    >`
      SELECT p."id", p."status", p."lastProgressAt", o."deadline",
             coalesce(array_agg(r."kind"::text) FILTER (WHERE r."kind" IS NOT NULL), '{}') AS "sent"
      FROM "ProgrammeParticipation" p
      JOIN "Offering" o ON o."id" = p."offeringId"
      JOIN "User" u ON u."id" = p."userId"
      LEFT JOIN "ProgrammeReminder" r ON r."participationId" = p."id"
      WHERE p."status" = 'ACTIVE' AND p."id" > ${after}::uuid
        AND o."kind" = 'PROGRAMME' AND o."programmePublishedAt" IS NOT NULL
        AND u."deactivatedAt" IS NULL AND u."anonymizedAt" IS NULL
        AND (
          (o."deadline" BETWEEN ${today}::date AND ${today}::date + 30)
          OR ((p."lastProgressAt" AT TIME ZONE 'Europe/Helsinki')::date <= ${today}::date - ${STALLED_DAYS}::int
              AND (o."deadline" IS NULL OR o."deadline" >= ${today}::date))
        )
      GROUP BY p."id", o."deadline"
      HAVING NOT (coalesce(array_agg(r."kind"::text) FILTER (WHERE r."kind" IS NOT NULL), '{}')
                  @> ARRAY['STALLED', 'DEADLINE_30', 'DEADLINE_7'])
      ORDER BY p."id"
      LIMIT ${BATCH}`;
    if (candidates.length === 0) break;
    after = candidates.at(-1)!.id;
    run.candidates += candidates.length;
    // The kind to mail per participation, and every kind that mail settles.
    const mailKind = new Map<string, ProgrammeReminderKind>();
    const settled = candidates.flatMap((c) => {
      const kind = dueReminder(c, c.deadline ? dayOf(c.deadline) : null, c.sent, now);
      if (!kind) return [];
      mailKind.set(c.id, kind);
      return remindersSettled(kind, c, c.sent, now).map((k) => ({ participationId: c.id, kind: k }));
    });
    if (settled.length === 0) continue;
    const inserted = await client.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ participationId: string; kind: ProgrammeReminderKind }[]>`
        INSERT INTO "ProgrammeReminder" ("participationId", "kind", "sentAt")
        SELECT t.id, t.kind::"ProgrammeReminderKind", ${now}
        FROM unnest(${settled.map((d) => d.participationId)}::uuid[], ${settled.map((d) => d.kind)}::text[]) AS t(id, kind)
        ORDER BY t.id, t.kind::"ProgrammeReminderKind"
        ON CONFLICT ("participationId", "kind") DO NOTHING
        RETURNING "participationId", "kind"`;
      // Only the mailed kind's own row sends: a row a concurrent run inserted first sends nothing here.
      const mails = rows.filter((row) => mailKind.get(row.participationId) === row.kind);
      await enqueueMany(
        tx,
        "email.programmeReminder",
        mails.map((row) => ({ payload: { participationId: row.participationId, kind: row.kind } })),
      );
      return mails;
    }, TX);
    run.sent += inserted.length;
    for (const row of inserted) run.byKind[row.kind] = (run.byKind[row.kind] ?? 0) + 1;
    if (candidates.length < BATCH) break;
  }
  return run;
}
