// What a calendar entry (a training session or a meeting) looked like when a
// change notice was queued, and what has changed since: the change mail
// shows "before → now" from these. Pure; the snapshot travels in the job's
// payload as JSON (no personal data: times, a place, a link, a title).

/** What a change notice names; other values are ignored. */
export const CALENDAR_CHANGES = ["time", "place", "remote", "title"] as const;
export type CalendarChange = (typeof CALENDAR_CHANGES)[number];

export type CalendarSnapshot = {
  /** As the entry's SUMMARY shows it. */
  title: string;
  /** ISO instants. */
  startsAt: string;
  endsAt: string;
  /** As the entry's LOCATION shows it, without the "remote" fallback; null when there is none. */
  place: string | null;
  remoteUrl: string | null;
};

export function snapshotOf(entry: {
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  remoteUrl: string | null;
}): CalendarSnapshot {
  return {
    title: entry.title,
    startsAt: entry.startsAt.toISOString(),
    endsAt: entry.endsAt.toISOString(),
    place: entry.place?.trim() || null,
    remoteUrl: entry.remoteUrl?.trim() || null,
  };
}

const sameInstant = (a: string, b: string) => new Date(a).getTime() === new Date(b).getTime();

/** What differs between two snapshots, in the order the mail lists changes. */
export function snapshotChanges(before: CalendarSnapshot, after: CalendarSnapshot): CalendarChange[] {
  const changes: CalendarChange[] = [];
  if (!sameInstant(before.startsAt, after.startsAt) || !sameInstant(before.endsAt, after.endsAt)) changes.push("time");
  if ((before.place ?? "") !== (after.place ?? "")) changes.push("place");
  if ((before.remoteUrl ?? "") !== (after.remoteUrl ?? "")) changes.push("remote");
  if (before.title !== after.title) changes.push("title");
  return changes;
}

/**
 * Attendees are told, and calendars get a new SEQUENCE, when the time, the
 * place or the remote link changes; a new title alone is not worth a mail
 * (it still goes along when something else changed).
 */
export function notifiableChanges(changes: readonly CalendarChange[]): CalendarChange[] {
  return changes.some((change) => change !== "title") ? [...changes] : [];
}

export function isCalendarChange(value: string): value is CalendarChange {
  return (CALENDAR_CHANGES as readonly string[]).includes(value);
}

export type ChangeNotice = { changes: string[]; before?: CalendarSnapshot };

/**
 * One notice for changes made while earlier notices to the same person were
 * still waiting in the queue: the earliest "before" (what they were last
 * told) and every change named. `earlier` is oldest first.
 */
export function mergeChangeNotices(earlier: readonly ChangeNotice[], latest: ChangeNotice): ChangeNotice {
  const all = [...earlier, latest];
  const named = new Set(all.flatMap((notice) => notice.changes));
  const before = all.find((notice) => notice.before)?.before;
  return {
    changes: CALENDAR_CHANGES.filter((change) => named.has(change)),
    ...(before ? { before } : {}),
  };
}
