// The meetings JSON API (DESIGN.md §4): its query and the read models of
// lib/meetings/data.ts as JSON. Visibility has already been applied by the
// loaders; this only shapes what they return. File bytes never go into JSON:
// files are named by their download address.
import { z } from "zod";
import { helsinkiYear, isoDay } from "@/lib/dates";
import { MeetingStatus } from "@/lib/db/enums";
import { translator } from "@/lib/i18n/translate";
import { ownerLabel } from "@/lib/action-items/rules";
import { displayName, type PersonName } from "@/lib/users/rules";
import type { MeetingDetail, MeetingSummary } from "./data";

/** The API speaks English (as its field messages do): a person without a name is "Staff member (…)". */
const apiText = translator("en");
const personText = (person: PersonName) => displayName(person, apiText);

export const meetingPath = (id: string) => `/kokoukset/${id}`;
export const meetingIcsPath = (id: string) => `/api/meetings/${id}/event.ics`;
export const materialDownloadPath = (id: string) => `/api/materials/${id}`;

export const meetingListQuery = z.object({
  year: z.coerce
    .number({ error: "validation.invalid" })
    .int({ error: "validation.invalid" })
    .min(2000, { error: "validation.invalid" })
    .max(2100, { error: "validation.invalid" })
    .optional(),
  status: z.enum(MeetingStatus, { error: "validation.invalid" }).optional(),
});

export type MeetingListQuery = z.infer<typeof meetingListQuery>;

/** ?year=&status= ; empty parameters are no filter. Throws a ZodError (→ 422) for bad values. */
export function parseMeetingListQuery(params: URLSearchParams): MeetingListQuery {
  return meetingListQuery.parse({
    year: params.get("year") || undefined,
    status: params.get("status") || undefined,
  });
}

export type MeetingListItemJson = {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  location: string | null;
  hasRemote: boolean;
  status: MeetingStatus;
  url: string;
  icsUrl: string;
};

/**
 * The visible meetings (from listMeetingsForActor) narrowed by the query,
 * oldest first. A status the caller may not see simply matches nothing.
 */
export function meetingListJson(
  visible: { upcoming: readonly MeetingSummary[]; past: readonly MeetingSummary[] },
  query: MeetingListQuery,
): { meetings: MeetingListItemJson[] } {
  const meetings = [...visible.past, ...visible.upcoming]
    .filter((m) => query.year === undefined || helsinkiYear(m.startsAt) === query.year)
    .filter((m) => query.status === undefined || m.status === query.status)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id))
    .map((m) => ({
      id: m.id,
      title: m.title,
      startsAt: m.startsAt.toISOString(),
      endsAt: m.endsAt.toISOString(),
      location: m.location,
      hasRemote: m.hasRemote,
      status: m.status,
      url: meetingPath(m.id),
      icsUrl: meetingIcsPath(m.id),
    }));
  return { meetings };
}

type MaterialJson =
  | {
      id: string;
      kind: "FILE";
      title: string;
      fileName: string | null;
      sizeBytes: number | null;
      mimeType: string | null;
      downloadUrl: string;
    }
  | { id: string; kind: "LINK"; title: string; url: string | null };

export type MeetingJson = ReturnType<typeof meetingJson>;

/** One meeting as the caller may see it; `minutes` is left out of items until the minutes are visible. */
export function meetingJson(meeting: MeetingDetail) {
  return {
    id: meeting.id,
    title: meeting.title,
    startsAt: meeting.startsAt.toISOString(),
    endsAt: meeting.endsAt.toISOString(),
    location: meeting.location,
    remoteUrl: meeting.remoteUrl,
    status: meeting.status,
    summary: meeting.summary,
    approvedAt: meeting.approvedAt?.toISOString() ?? null,
    url: meetingPath(meeting.id),
    icsUrl: meetingIcsPath(meeting.id),
    chair: meeting.chairId && meeting.chair ? { id: meeting.chairId, name: personText(meeting.chair) } : null,
    secretary:
      meeting.secretaryId && meeting.secretary
        ? { id: meeting.secretaryId, name: personText(meeting.secretary) }
        : null,
    attendees: meeting.attendees.map((a) => ({
      id: a.userId,
      name: personText(a),
      libraryName: a.libraryName,
      status: a.status,
    })),
    minutesVisible: meeting.minutesVisible,
    agenda: meeting.items.map((item) => ({
      id: item.id,
      position: item.position,
      kind: item.kind,
      title: item.title,
      description: item.body,
      presenter: item.presenter ? personText(item.presenter) : null,
      ...(meeting.minutesVisible ? { minutes: item.minutes } : {}),
      materials: item.materials.map((m): MaterialJson =>
        m.kind === "FILE"
          ? {
              id: m.id,
              kind: "FILE",
              title: m.title,
              fileName: m.fileName,
              sizeBytes: m.sizeBytes,
              mimeType: m.mimeType,
              downloadUrl: materialDownloadPath(m.id),
            }
          : { id: m.id, kind: "LINK", title: m.title, url: m.url },
      ),
    })),
    newsRound: meeting.newsRound.map((u) => ({
      id: u.id,
      libraryName: u.libraryName,
      budget: u.budget,
      staffing: u.staffing,
      projects: u.projects,
      events: u.events,
      body: u.body,
    })),
    decisions: meeting.decisions.map((d) => ({ id: d.id, text: d.text, agendaItemId: d.agendaItemId })),
    actionItems: meeting.actionItems.map((a) => ({
      id: a.id,
      title: a.title,
      description: a.description,
      agendaItemId: a.agendaItemId,
      ownerName: a.owner ? ownerLabel(a.owner, apiText) : null,
      dueDate: a.dueDate ? isoDay(a.dueDate) : null,
      status: a.status,
      overdue: a.overdue,
    })),
  };
}
