// Pure rules of managing the training menu: slugs, the menu's life cycle and
// what counts as a change that enrolled people must be told about.
import type { MenuStatus } from "@/lib/db/enums";
import type { CalendarChange } from "@/lib/calendar/changes";

/** URL segments under /koulutukset that are pages of their own, not offerings. */
export const RESERVED_OFFERING_SLUGS = ["hallinta"] as const;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX = 80;

/**
 * The most places a session may have. A network event left without a limit
 * gets this many (the database still counts the seats), and pages show such a
 * session as having no limit.
 */
export const MAX_CAPACITY = 10_000;

export function hasNoSeatLimit(session: { capacity: number }): boolean {
  return session.capacity >= MAX_CAPACITY;
}

/** "Kevät 2027: Äänikirjat & Öljyt" → "kevat-2027-aanikirjat-oljyt". */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_MAX)
    .replace(/-+$/g, "");
}

/** The n-th candidate for a slug that is taken: base, base-2, base-3 … within the length limit. */
export function slugCandidate(base: string, n: number): string {
  if (n <= 1) return base;
  const suffix = `-${n}`;
  return `${base.slice(0, SLUG_MAX - suffix.length).replace(/-+$/g, "")}${suffix}`;
}

/** A menu is drafted, then published, then archived; nothing goes back. */
const MENU_TRANSITIONS: Record<MenuStatus, readonly MenuStatus[]> = {
  DRAFT: ["PUBLISHED"],
  PUBLISHED: ["ARCHIVED"],
  ARCHIVED: [],
};

export function canChangeMenuStatus(from: MenuStatus, to: MenuStatus): boolean {
  return MENU_TRANSITIONS[from].includes(to);
}

export function nextMenuStatuses(from: MenuStatus): readonly MenuStatus[] {
  return MENU_TRANSITIONS[from];
}

export type SessionWhenWhere = {
  title: string | null;
  startsAt: Date;
  endsAt: Date;
  servicePointId: string | null;
  place: string | null;
  remoteUrl: string | null;
};

/**
 * What changed between two versions of a session, in the order the change
 * mail lists them. Whether it is worth telling enrolled people (and a new
 * SEQUENCE for their calendars) is `notifiableChanges` in lib/calendar/changes.
 */
export function sessionChanges(before: SessionWhenWhere, after: SessionWhenWhere): CalendarChange[] {
  const changes: CalendarChange[] = [];
  if (before.startsAt.getTime() !== after.startsAt.getTime() || before.endsAt.getTime() !== after.endsAt.getTime()) {
    changes.push("time");
  }
  if (before.servicePointId !== after.servicePointId || (before.place ?? "") !== (after.place ?? "")) {
    changes.push("place");
  }
  if ((before.remoteUrl ?? "") !== (after.remoteUrl ?? "")) changes.push("remote");
  if ((before.title ?? "") !== (after.title ?? "")) changes.push("title");
  return changes;
}

export type SessionOpenness = {
  status: "SCHEDULED" | "CANCELLED";
  startsAt: Date;
  registrationClosesAt: Date | null;
  eligibility: "REGION" | "LIBRARY";
  restrictedLibraryId: string | null;
};

/**
 * Whether a staff member of `libraryId` can still enrol in the session, now or
 * once registration opens: scheduled, not yet closed, and open to their library.
 */
export function isOpenTo(session: SessionOpenness, libraryId: string | null, now: Date): boolean {
  if (session.status !== "SCHEDULED") return false;
  if ((session.registrationClosesAt ?? session.startsAt) <= now) return false;
  return session.eligibility === "REGION" || (!!libraryId && session.restrictedLibraryId === libraryId);
}
