// Reads for the news round (kuulumiskierros): the writer's own entry, the
// coordinator's overview of who has reported, and a library's entries over
// time. Visibility lives in the `where`: meetings the actor may not see, and
// entries of libraries they may not write for, do not exist for them.
import "server-only";
import { can, visibleMeetingStatuses, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { canManageMeeting, canWriteNewsRound, type MeetingRef } from "@/lib/meetings/rules";
import {
  canWriteLibraryEntry,
  chosenLibraryId,
  entryStatus,
  overviewRows,
  type EntryStatus,
  type OverviewRow,
} from "./rules";
import { isUuid } from "@/lib/http/fields";
import { personNameSelect, toPersonNameOrNull } from "@/lib/users/data";
import type { PersonName } from "@/lib/users/rules";

export type LibraryOption = { id: string; slug: string; name: string };

/** Every member library in library order: the coordinator's picker. */
export async function listNewsRoundLibraries(actor: Actor | null): Promise<LibraryOption[]> {
  if (!can(actor, "meeting.manage")) return [];
  return db().library.findMany({
    select: { id: true, slug: true, name: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
}

export type NewsRoundPage = {
  /** A coordinator (or the meeting's secretary): picks the library and sees the overview. */
  manage: boolean;
  /** The news round takes entries (minutes not yet approved). */
  open: boolean;
  libraries: LibraryOption[];
  libraryId: string | null;
  selectedSlug: string | null;
  entry: NewsRoundEntryView | null;
  /** The entry may be saved by this actor now. */
  writable: boolean;
  overview: OverviewRow[] | null;
};

/**
 * What the news-round page of a visible meeting shows this actor; null when
 * the actor has no news round to write (the page answers 404).
 */
export async function getNewsRoundPage(
  actor: Actor,
  meeting: MeetingRef,
  askedSlug: string | undefined,
): Promise<NewsRoundPage | null> {
  const manage = canManageMeeting(actor, meeting);
  // Only the steering group and coordinators have a news round to write.
  if (!manage && !can(actor, "newsRound.writeOwnLibrary")) return null;
  const libraries = manage ? await listNewsRoundLibraries(actor) : [];
  const libraryId = chosenLibraryId(actor, manage, libraries, askedSlug);
  const [entry, overview] = await Promise.all([
    libraryId ? getNewsRoundEntry(actor, meeting.id, libraryId) : null,
    manage ? getNewsRoundOverview(actor, meeting.id) : null,
  ]);
  return {
    manage,
    open: canWriteNewsRound(actor, meeting),
    libraries,
    libraryId,
    selectedSlug: libraries.find((library) => library.id === libraryId)?.slug ?? null,
    entry,
    writable: !!entry && canWriteLibraryEntry(actor, meeting, entry.libraryId),
    overview,
  };
}

export type NewsRoundEntryView = {
  libraryId: string;
  libraryName: string;
  status: EntryStatus;
  budget: string | null;
  staffing: string | null;
  projects: string | null;
  events: string | null;
  body: string | null;
  submittedAt: Date | null;
  updatedAt: Date | null;
  author: PersonName | null;
};

/**
 * One library's entry for a meeting as its writer sees it, draft or not
 * (status MISSING with empty fields when nothing is saved yet). Null when the
 * meeting is not visible, the library is unknown, or the actor may not write
 * for that library (steering members see only their own library's entry).
 */
export async function getNewsRoundEntry(
  actor: Actor | null,
  meetingId: string,
  libraryId: string,
): Promise<NewsRoundEntryView | null> {
  if (!actor || !isUuid(meetingId) || !isUuid(libraryId)) return null;
  if (!can(actor, "meeting.manage") && actor.libraryId !== libraryId) return null;
  if (!can(actor, "newsRound.writeOwnLibrary")) return null;
  const statuses = visibleMeetingStatuses(actor);
  const [meeting, library] = await Promise.all([
    db().meeting.findFirst({
      where: { id: meetingId, status: { in: statuses } },
      select: {
        libraryUpdates: {
          where: { libraryId },
          select: {
            budget: true,
            staffing: true,
            projects: true,
            events: true,
            body: true,
            submittedAt: true,
            updatedAt: true,
            author: { select: personNameSelect },
          },
        },
      },
    }),
    db().library.findUnique({ where: { id: libraryId }, select: { id: true, name: true } }),
  ]);
  if (!meeting || !library) return null;
  const entry = meeting.libraryUpdates[0];
  return {
    libraryId: library.id,
    libraryName: library.name,
    status: entryStatus(entry),
    budget: entry?.budget ?? null,
    staffing: entry?.staffing ?? null,
    projects: entry?.projects ?? null,
    events: entry?.events ?? null,
    body: entry?.body ?? null,
    submittedAt: entry?.submittedAt ?? null,
    updatedAt: entry?.updatedAt ?? null,
    author: toPersonNameOrNull(entry?.author),
  };
}

const librarySelect = { id: true, slug: true, name: true, sortOrder: true } as const;

/**
 * The coordinator's overview: the libraries expected to report (those of the
 * invited attendees who are in the steering group) and any library that has an
 * entry, each with its status. Null unless the actor manages meetings and sees this one.
 */
export async function getNewsRoundOverview(actor: Actor | null, meetingId: string): Promise<OverviewRow[] | null> {
  if (!can(actor, "meeting.manage") || !isUuid(meetingId)) return null;
  const meeting = await db().meeting.findFirst({
    where: { id: meetingId, status: { in: visibleMeetingStatuses(actor) } },
    select: {
      attendances: {
        where: { user: { roles: { has: "STEERING" }, libraryId: { not: null } } },
        select: { user: { select: { library: { select: librarySelect } } } },
      },
      libraryUpdates: {
        select: {
          libraryId: true,
          submittedAt: true,
          updatedAt: true,
          author: { select: personNameSelect },
          library: { select: librarySelect },
        },
      },
    },
  });
  if (!meeting) return null;
  return overviewRows(
    meeting.attendances.flatMap((a) => (a.user.library ? [a.user.library] : [])),
    meeting.libraryUpdates.map((u) => u.library),
    meeting.libraryUpdates.map((u) => ({
      libraryId: u.libraryId,
      submittedAt: u.submittedAt,
      updatedAt: u.updatedAt,
      author: toPersonNameOrNull(u.author),
    })),
  );
}

export type LibraryNewsItem = {
  id: string;
  meetingId: string;
  meetingTitle: string;
  meetingStartsAt: Date;
  budget: string | null;
  staffing: string | null;
  projects: string | null;
  events: string | null;
  body: string | null;
};

/** How many of a library's entries its page lists, newest meeting first. */
const LIBRARY_NEWS_LIMIT = 40;

/**
 * A library's submitted news-round entries over time, newest meeting first,
 * from the meetings the actor may see. Null when the actor may see no meeting
 * at all (signed out, or without a member library): the page then shows no section.
 */
export async function listLibraryNewsRound(actor: Actor | null, slug: string): Promise<LibraryNewsItem[] | null> {
  const statuses = visibleMeetingStatuses(actor);
  if (statuses.length === 0) return null;
  const rows = await db().libraryUpdate.findMany({
    where: { library: { slug }, submittedAt: { not: null }, meeting: { status: { in: statuses } } },
    select: {
      id: true,
      budget: true,
      staffing: true,
      projects: true,
      events: true,
      body: true,
      meeting: { select: { id: true, title: true, startsAt: true } },
    },
    orderBy: [{ meeting: { startsAt: "desc" } }, { id: "asc" }],
    take: LIBRARY_NEWS_LIMIT,
  });
  return rows.map(({ meeting, ...entry }) => ({
    ...entry,
    meetingId: meeting.id,
    meetingTitle: meeting.title,
    meetingStartsAt: meeting.startsAt,
  }));
}
