// Training sessions as calendar events and as the facts a mail lists: one
// wording for the feeds, the attachments and the mails.
import type { SessionStatus } from "@/lib/db/enums";
import type { Translate } from "@/lib/i18n/translate";
import { snapshotOf, type CalendarSnapshot } from "./changes";
import type { IcsEvent } from "./ics";

/** What a calendar entry or a mail says about one session. */
export type CalendarSession = {
  id: string;
  title: string | null;
  startsAt: Date;
  endsAt: Date;
  status: SessionStatus;
  place: string | null;
  remoteUrl: string | null;
  updatedAt: Date;
  /** The entry's SEQUENCE (lib/calendar/changes.ts). */
  icsSequence: number;
  servicePoint: {
    name: string;
    address: string | null;
    postalCode: string | null;
    city: string | null;
    library: { name: string };
  } | null;
  restrictedLibrary: { name: string } | null;
  offering: { slug: string; title: string; summary: string | null };
};

export function sessionUid(sessionId: string): string {
  return `session-${sessionId}@pike-portaali`;
}

/** The offering's page, where the session is described and enrolled in. */
export function offeringUrl(appUrl: string, slug: string): string {
  return new URL(`/koulutukset/${encodeURIComponent(slug)}`, appUrl).toString();
}

/** "Offering – session title", or the offering alone. */
export function sessionSummary(session: { title: string | null; offering: { title: string } }): string {
  const title = session.title?.trim();
  return title && title !== session.offering.title ? `${session.offering.title} – ${title}` : session.offering.title;
}

type SessionPlace = Pick<CalendarSession, "place" | "servicePoint">;

/** The free-text place, else the service point and its library; with the street address when known. */
export function sessionPlace(session: SessionPlace): string {
  const sp = session.servicePoint;
  const name = session.place?.trim() || (sp ? `${sp.name}, ${sp.library.name}` : "");
  const street = sp ? [sp.address, [sp.postalCode, sp.city].filter(Boolean).join(" ")].filter(Boolean).join(", ") : "";
  return [name, street && !name.includes(street) ? street : ""].filter(Boolean).join(", ");
}

/** The place, or "remote" for a session held only online. */
export function sessionLocation(session: SessionPlace & Pick<CalendarSession, "remoteUrl">, t: Translate): string {
  const where = sessionPlace(session);
  if (where) return where;
  return session.remoteUrl ? t("common.remote") : "";
}

/** The session as a change notice remembers it. */
export function sessionSnapshot(
  session: SessionPlace &
    Pick<CalendarSession, "title" | "startsAt" | "endsAt" | "remoteUrl"> & { offering: { title: string } },
): CalendarSnapshot {
  return snapshotOf({ ...session, title: sessionSummary(session), place: sessionPlace(session) || null });
}

export type EventOptions = {
  appUrl: string;
  t: Translate;
  /** The reader is on the waitlist: the entry is tentative and says so. */
  waitlisted?: boolean;
  /** Only participants get the remote link; public feeds never carry it. */
  includeRemoteUrl?: boolean;
};

export function sessionEvent(session: CalendarSession, options: EventOptions): IcsEvent {
  const { t, appUrl } = options;
  const url = offeringUrl(appUrl, session.offering.slug);
  const cancelled = session.status === "CANCELLED";
  const summary = sessionSummary(session);
  const description = [
    cancelled ? t("calendar.ics.cancelled") : null,
    options.waitlisted && !cancelled ? t("calendar.ics.waitlistNote") : null,
    session.offering.summary,
    session.restrictedLibrary ? t("calendar.ics.restricted", { library: session.restrictedLibrary.name }) : null,
    options.includeRemoteUrl && session.remoteUrl ? t("calendar.ics.remoteLink", { url: session.remoteUrl }) : null,
    t("calendar.ics.moreInfo", { url }),
  ].filter((line): line is string => !!line);
  return {
    uid: sessionUid(session.id),
    start: session.startsAt,
    end: session.endsAt,
    summary: options.waitlisted ? `${summary} ${t("calendar.ics.waitlisted")}` : summary,
    location: sessionLocation(session, t) || null,
    description: description.join("\n\n"),
    url,
    status: cancelled ? "CANCELLED" : options.waitlisted ? "TENTATIVE" : "CONFIRMED",
    lastModified: session.updatedAt,
    sequence: session.icsSequence,
  };
}
