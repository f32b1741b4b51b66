// Pure rules of the news round (kuulumiskierros): who writes which library's
// entry, what an entry's status is, and whom the coordinator expects to report.
import { can, type Actor } from "@/lib/auth/policy";
import { canWriteNewsRound, type MeetingRef } from "@/lib/meetings/rules";
import type { PersonName } from "@/lib/users/rules";
import type { NewsRoundIntent } from "./schema";

/**
 * A steering member writes their own library's entry; coordinators write or
 * correct any library's (e.g. what was said at the meeting). Both only while
 * the meeting is visible to them and its minutes are not approved.
 */
export function canWriteLibraryEntry(actor: Actor | null | undefined, meeting: MeetingRef, libraryId: string): boolean {
  if (!actor || !canWriteNewsRound(actor, meeting)) return false;
  return can(actor, "meeting.manage") || (actor.libraryId !== null && actor.libraryId === libraryId);
}

/**
 * Whose entry the news-round page opens: a coordinator's choice (?kirjasto=
 * slug) among the libraries, else their own library, else the first; a
 * steering member always their own.
 */
export function chosenLibraryId(
  actor: Actor,
  manage: boolean,
  libraries: readonly { id: string; slug: string }[],
  askedSlug: string | undefined,
): string | null {
  if (!manage) return actor.libraryId;
  const asked = askedSlug ? libraries.find((library) => library.slug === askedSlug) : undefined;
  return asked?.id ?? actor.libraryId ?? libraries[0]?.id ?? null;
}

export type EntryStatus = "SUBMITTED" | "DRAFT" | "MISSING";

export function entryStatus(entry: { submittedAt: Date | null } | null | undefined): EntryStatus {
  if (!entry) return "MISSING";
  return entry.submittedAt ? "SUBMITTED" : "DRAFT";
}

/**
 * When the entry counts as submitted after this save: a draft save withdraws
 * it; submitting again keeps the first submission's time.
 */
export function nextSubmittedAt(intent: NewsRoundIntent, current: Date | null, now: Date): Date | null {
  if (intent === "draft") return null;
  return current ?? now;
}

export type OverviewLibrary = { id: string; slug: string; name: string; sortOrder: number };
export type OverviewEntry = { libraryId: string; submittedAt: Date | null; updatedAt: Date; author: PersonName | null };
export type OverviewRow = OverviewLibrary & {
  status: EntryStatus;
  /** Expected: a steering member of the library is invited. Others appear because they have an entry. */
  expected: boolean;
  submittedAt: Date | null;
  updatedAt: Date | null;
  author: PersonName | null;
};

/**
 * The coordinator's overview: every expected library and every library with an
 * entry, once each, in library order (sortOrder, then name).
 */
export function overviewRows(
  expected: readonly OverviewLibrary[],
  withEntries: readonly OverviewLibrary[],
  entries: readonly OverviewEntry[],
): OverviewRow[] {
  const expectedIds = new Set(expected.map((library) => library.id));
  const libraries = new Map<string, OverviewLibrary>();
  for (const library of [...expected, ...withEntries]) libraries.set(library.id, library);
  const entryOf = new Map(entries.map((entry) => [entry.libraryId, entry]));
  return [...libraries.values()]
    .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, "fi"))
    .map((library) => {
      const entry = entryOf.get(library.id);
      return {
        ...library,
        status: entryStatus(entry),
        expected: expectedIds.has(library.id),
        submittedAt: entry?.submittedAt ?? null,
        updatedAt: entry?.updatedAt ?? null,
        author: entry?.author ?? null,
      };
    });
}
