// The meetings JSON API (DESIGN.md §4): its query, the read models of
// lib/meetings/data.ts as JSON, and their description for the OpenAPI
// document. Visibility has already been applied by the loaders; this only
// shapes what they return. File bytes never go into JSON: files are named by
// their download address.
import { z } from "zod";
import { isoDay } from "@/lib/dates";
import { ActionItemStatus, AgendaItemKind, AttendanceStatus, MeetingStatus } from "@/lib/db/enums";
import { apiOperations, idParam, jsonDay, jsonId, jsonInstant } from "@/lib/http/openapi/operation";
import { icsResponse } from "@/lib/calendar/api";
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
    .optional()
    .meta({ description: "Year of the start (Helsinki time)" }),
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

const meetingStatus = z.enum(MeetingStatus);
const nullableText = z.string().nullable();
const person = z.object({ id: jsonId, name: z.string() });

export const meetingListItemSchema = z
  .object({
    id: jsonId,
    title: z.string(),
    startsAt: jsonInstant,
    endsAt: jsonInstant,
    location: nullableText,
    hasRemote: z.boolean(),
    status: meetingStatus,
    url: z.string().meta({ description: "The meeting's page (path)" }),
    icsUrl: z.string().meta({ description: "The meeting's .ics (path)" }),
  })
  .meta({ id: "MeetingListItem" });

export type MeetingListItemJson = z.output<typeof meetingListItemSchema>;

const materialSchema = z.discriminatedUnion("kind", [
  z.object({
    id: jsonId,
    kind: z.literal("FILE"),
    title: z.string(),
    fileName: nullableText,
    sizeBytes: z.int().min(0).nullable(),
    mimeType: nullableText.meta({ description: "As detected from the file's content" }),
    downloadUrl: z.string().meta({ description: "/api/materials/{id}; the bytes are never in the JSON" }),
  }),
  z.object({
    id: jsonId,
    kind: z.literal("LINK"),
    title: z.string(),
    url: z.url().nullable().meta({ description: "Only http(s) links; null otherwise" }),
  }),
]);

export const meetingSchema = z
  .object({
    id: jsonId,
    title: z.string(),
    startsAt: jsonInstant,
    endsAt: jsonInstant,
    location: nullableText,
    remoteUrl: nullableText.meta({ description: "Only http(s) links" }),
    status: meetingStatus,
    summary: nullableText,
    approvedAt: jsonInstant.nullable(),
    url: z.string().meta({ description: "The meeting's page (path)" }),
    icsUrl: z.string().meta({ description: "The meeting's .ics (path)" }),
    chair: person.nullable(),
    secretary: person.nullable(),
    attendees: z.array(
      z.object({ id: jsonId, name: z.string(), libraryName: nullableText, status: z.enum(AttendanceStatus) }),
    ),
    minutesVisible: z.boolean().meta({ description: "True from MINUTES_DRAFT on; until then items have no minutes" }),
    agenda: z.array(
      z.object({
        id: jsonId,
        position: z.int().min(1),
        kind: z.enum(AgendaItemKind),
        title: z.string(),
        description: nullableText,
        presenter: nullableText,
        minutes: nullableText
          .optional()
          .meta({ description: "Markdown; the property is absent while minutesVisible is false" }),
        materials: z
          .array(materialSchema)
          .meta({ description: "Coordinator-only materials are listed to coordinators alone" }),
      }),
    ),
    newsRound: z.array(
      z.object({
        id: jsonId,
        libraryName: z.string(),
        budget: nullableText,
        staffing: nullableText,
        projects: nullableText,
        events: nullableText,
        body: nullableText,
      }),
    ),
    decisions: z.array(z.object({ id: jsonId, text: z.string(), agendaItemId: jsonId.nullable() })),
    actionItems: z
      .array(
        z.object({
          id: jsonId,
          title: z.string(),
          description: nullableText,
          agendaItemId: jsonId.nullable(),
          ownerName: nullableText,
          dueDate: jsonDay.nullable(),
          status: z.enum(ActionItemStatus),
          overdue: z.boolean(),
        }),
      )
      .meta({ description: "Action items raised in this meeting" }),
  })
  .meta({ id: "Meeting" });

export type MeetingJson = z.output<typeof meetingSchema>;

/** The meetings listMeetingsForApi found (visible, filtered, oldest first) as JSON. */
export function meetingListJson(found: readonly MeetingSummary[]): { meetings: MeetingListItemJson[] } {
  const meetings = found.map((m) => ({
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

/** One meeting as the caller may see it; `minutes` is left out of items until the minutes are visible. */
export function meetingJson(meeting: MeetingDetail): MeetingJson {
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
      materials: item.materials.map((m) =>
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

const notVisible = "Unknown, or not visible to you (signed out included)";

export const meetingOperations = apiOperations([
  {
    operationId: "listMeetings",
    method: "get",
    path: "/api/meetings",
    tag: "meetings",
    summary: "Steering-group meetings the caller may see, oldest first",
    description:
      "PLANNED meetings for coordinators; published agendas and draft minutes for the steering group and coordinators; approved minutes for every signed-in user of a member library. A status the caller may not see matches nothing.",
    session: "required",
    query: meetingListQuery,
    responses: {
      200: {
        description: "The visible meetings (an empty list when none)",
        schema: z.object({ meetings: z.array(meetingListItemSchema) }),
      },
    },
    errors: { 401: "Signed out", 422: "Invalid year or status" },
  },
  {
    operationId: "getMeeting",
    method: "get",
    path: "/api/meetings/{id}",
    tag: "meetings",
    summary:
      "One meeting as the caller may see it: agenda, materials list, minutes, news round, decisions, action items",
    description:
      "Minutes appear from MINUTES_DRAFT on. Signed out, unknown, malformed and invisible ids all get the same 404 (a meeting you may not see does not exist for you).",
    session: "required",
    pathParams: z.object({ id: idParam("Meeting") }),
    responses: { 200: { description: "The meeting", schema: meetingSchema } },
    errors: { 404: notVisible },
  },
  {
    operationId: "getMeetingCalendarEvent",
    method: "get",
    path: "/api/meetings/{id}/event.ics",
    tag: "meetings",
    summary: "One meeting as an iCalendar file (attachment pike-kokous-<date>.ics)",
    description: "A VEVENT with a stable UID, UTC times and the meeting page's link; TENTATIVE while PLANNED.",
    session: "required",
    pathParams: z.object({ id: idParam("Meeting") }),
    responses: { 200: icsResponse },
    errors: { 404: notVisible },
  },
]);
