// Writes of the news round (kuulumiskierros): one library's entry for one
// meeting, saved as a draft or submitted. Checks the rules itself, runs in one
// transaction and leaves an AuditEvent.
import "server-only";
import { assertSignedIn, can, type Actor } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { lockVisibleMeeting } from "@/lib/meetings/mutations";
import { AppError, fieldError } from "@/lib/http/errors";
import { canWriteLibraryEntry, entryStatus, nextSubmittedAt, type EntryStatus } from "./rules";
import type { NewsRoundEntryInput } from "./schema";
import { invalidating } from "@/lib/cache/invalidate";
import { MEETINGS_TAG } from "@/lib/cache/tags";

type EntryRow = {
  id: string;
  budget: string | null;
  staffing: string | null;
  projects: string | null;
  events: string | null;
  body: string | null;
  submittedAt: Date | null;
};

/**
 * Saves (creates or replaces) a library's entry for a meeting. Concurrent
 * first saves of the same entry end with one row: the insert waits on the
 * other's unique key and then updates the row that won.
 */
async function saveLibraryUpdateUncached(
  actor: Actor | null,
  input: NewsRoundEntryInput,
  now: Date = new Date(),
): Promise<{ id: string; status: EntryStatus; created: boolean }> {
  assertSignedIn(actor);
  const libraryId = input.libraryId ?? actor.libraryId;
  return db().$transaction(async (tx) => {
    // FOR SHARE: approving the minutes (an UPDATE of this row) waits for this
    // save, or this save sees the approved status; never a write into approved minutes.
    const meeting = await lockVisibleMeeting(tx, actor, input.meetingId, "SHARE", () =>
      fieldError("meetingId", "newsRound.error.unknownMeeting", "NOT_FOUND"),
    );
    if (!can(actor, "newsRound.writeOwnLibrary")) throw new AppError("FORBIDDEN", "You may not do this.");
    if (meeting.status === "MINUTES_APPROVED") throw fieldError("_", "newsRound.error.locked", "FORBIDDEN");
    if (!libraryId) throw fieldError("libraryId", "newsRound.error.noLibrary");
    if (!canWriteLibraryEntry(actor, meeting, libraryId)) {
      throw fieldError("libraryId", "newsRound.error.notOwnLibrary");
    }
    const library = await tx.library.findUnique({ where: { id: libraryId }, select: { id: true } });
    if (!library) throw fieldError("libraryId", "newsRound.error.unknownLibrary");

    const fields = {
      budget: input.budget ?? null,
      staffing: input.staffing ?? null,
      projects: input.projects ?? null,
      events: input.events ?? null,
      body: input.body ?? null,
    };
    const { count } = await tx.libraryUpdate.createMany({
      data: [
        {
          meetingId: meeting.id,
          libraryId,
          authorId: actor.id,
          ...fields,
          submittedAt: nextSubmittedAt(input.intent, null, now),
        },
      ],
      skipDuplicates: true,
    });
    if (count === 1) {
      const created = await tx.libraryUpdate.findUniqueOrThrow({
        where: { meetingId_libraryId: { meetingId: meeting.id, libraryId } },
        select: { id: true, submittedAt: true },
      });
      await audit(
        tx,
        actor,
        "newsRound.create",
        { type: "LibraryUpdate", id: created.id },
        { after: { meetingId: meeting.id, libraryId, ...fields, submittedAt: created.submittedAt } },
      );
      return { id: created.id, status: entryStatus(created), created: true };
    }

    // The row exists (or a concurrent first save just committed it): lock it, so
    // the audit's "before" is what this save replaces.
    const [before] = await tx.$queryRaw<EntryRow[]>`
      SELECT "id", "budget", "staffing", "projects", "events", "body", "submittedAt"
      FROM "LibraryUpdate" WHERE "meetingId" = ${meeting.id}::uuid AND "libraryId" = ${libraryId}::uuid
      FOR UPDATE`;
    if (!before) throw new AppError("CONFLICT", "The entry vanished while saving.");
    const after = { ...fields, submittedAt: nextSubmittedAt(input.intent, before.submittedAt, now) };
    await tx.libraryUpdate.update({ where: { id: before.id }, data: { ...after, authorId: actor.id } });
    const { id, ...beforeFields } = before;
    await audit(
      tx,
      actor,
      "newsRound.update",
      { type: "LibraryUpdate", id },
      { before: beforeFields, after: { libraryId, ...after } },
    );
    return { id, status: entryStatus(after), created: false };
  });
}

// ───────────── Cache invalidation (ADR 23): the meetings' audience pages show all of the above ─────────────

const meetingPages = () => Promise.resolve([MEETINGS_TAG]);
export const saveLibraryUpdate = invalidating(saveLibraryUpdateUncached, meetingPages);
