// Writing the minutes of one agenda item: the item's text and a revision
// (who, when) in one transaction, audited. A save based on an older revision
// than the latest is refused, so nobody overwrites another's work unseen.
import "server-only";
import { type Actor, assertSignedIn } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { lockVisibleMeeting } from "@/lib/meetings/mutations";
import { AppError, fieldError } from "@/lib/http/errors";
import { personNameSelect, toPersonNameOrNull } from "@/lib/users/data";
import type { PersonName } from "@/lib/users/rules";
import { isStaleBase, minutesAccess, nextRevisionTime } from "./rules";
import type { MinutesSaveInput } from "./schema";
import { invalidating } from "@/lib/cache/invalidate";
import { MEETINGS_TAG } from "@/lib/cache/tags";

export type LatestRevision = { revisionId: string; author: PersonName | null; savedAt: Date; minutes: string };

/** Someone saved the item after the writer opened it; nothing was written. */
export class MinutesConflictError extends AppError {
  constructor(readonly latest: LatestRevision) {
    super("CONFLICT", "The minutes were saved by someone else in the meantime.", { minutes: "minutes.error.conflict" });
    this.name = "MinutesConflictError";
  }
}

export type MinutesSaveResult = {
  /** False when the text was already the item's minutes: no revision, no audit. */
  changed: boolean;
  /** The item's latest revision after the save (the next save's base). */
  revisionId: string | null;
};

async function saveItemMinutesUncached(actor: Actor | null, input: MinutesSaveInput): Promise<MinutesSaveResult> {
  assertSignedIn(actor);
  return db().$transaction(async (tx) => {
    // FOR SHARE: approving (or reopening) the minutes waits for this save, and this save for it.
    const meeting = await lockVisibleMeeting(tx, actor, input.meetingId, "SHARE", () =>
      fieldError("_", "minutes.error.unknownMeeting", "NOT_FOUND"),
    );
    const access = minutesAccess(actor, meeting);
    if (access !== "write") {
      throw new AppError("FORBIDDEN", "You may not write these minutes.", { _: `minutes.error.${access}` });
    }
    // FOR UPDATE: two saves of one item run one after the other, so the second sees the first's revision.
    const [item] = await tx.$queryRaw<{ id: string; minutes: string | null }[]>`
      SELECT "id", "minutes" FROM "AgendaItem"
      WHERE "id" = ${input.agendaItemId}::uuid AND "meetingId" = ${meeting.id}::uuid
      FOR UPDATE`;
    if (!item)
      throw new AppError("NOT_FOUND", "No such agenda item in this meeting.", { _: "minutes.error.unknownItem" });

    const latest = await tx.minutesRevision.findFirst({
      where: { agendaItemId: item.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, createdAt: true, minutes: true, author: { select: personNameSelect } },
    });
    const current = item.minutes ?? "";
    // The same text overwrites nothing, whoever saved last: no revision, no conflict.
    if (current === input.minutes) return { changed: false, revisionId: latest?.id ?? null };
    if (isStaleBase(input.baseRevisionId, latest?.id ?? null)) {
      // A base given for an item without revisions is no revision of this item at all.
      if (!latest)
        throw new AppError("VALIDATION_FAILED", "Unknown base revision.", { _: "minutes.error.unknownItem" });
      throw new MinutesConflictError({
        revisionId: latest.id,
        author: toPersonNameOrNull(latest.author),
        savedAt: latest.createdAt,
        minutes: latest.minutes,
      });
    }

    await tx.agendaItem.update({ where: { id: item.id }, data: { minutes: input.minutes || null } });
    const revision = await tx.minutesRevision.create({
      data: {
        agendaItemId: item.id,
        minutes: input.minutes,
        authorId: actor.id,
        createdAt: nextRevisionTime(latest?.createdAt ?? null),
      },
      select: { id: true },
    });
    await audit(
      tx,
      actor,
      "minutes.save",
      { type: "AgendaItem", id: item.id },
      {
        summary: `Minutes of agenda item saved (meeting ${meeting.id})`,
        before: { revisionId: latest?.id ?? null, length: current.length },
        after: { revisionId: revision.id, length: input.minutes.length },
      },
    );
    return { changed: true, revisionId: revision.id };
  });
}

// ───────────── Cache invalidation (ADR 23): the meetings' audience pages show all of the above ─────────────

const meetingPages = () => Promise.resolve([MEETINGS_TAG]);
export const saveItemMinutes = invalidating(saveItemMinutesUncached, meetingPages);
