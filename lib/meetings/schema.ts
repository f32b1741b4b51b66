// Coordinators' meeting forms: details and invitations, attendance, agenda
// items, status steps and deletion. One schema per form, used by the server
// action and the tests. Errors are message keys, translated where they are
// shown. Form fields arrive as strings; blank means "not given".
import { z } from "zod";
import {
  blankToUndefined,
  confirmed,
  httpsUrl,
  idList,
  optionalId,
  optionalText,
  requiredDateTime as sharedRequiredDateTime,
  requiredId,
  requiredText,
} from "@/lib/http/fields";
import { AttendanceStatus, MeetingStatus } from "@/lib/db/enums";

export const TITLE_MAX = 200;
export const PLACE_MAX = 300;
export const URL_MAX = 500;
export const DESCRIPTION_MAX = 5000;
export const PRESENTER_MAX = 200;
export const REASON_MAX = 1000;
/** More than the whole user base of the region's steering work; guards the form. */
export const ATTENDEES_MAX = 300;

/**
 * What a new meeting needs; createMeetingInTx (lib/meetings/mutations.ts)
 * takes it from the form and from a scheduling poll's chosen option.
 * attendeeIds undefined: the steering group is invited (plus chair and secretary).
 */
export type MeetingCreateInput = {
  title: string;
  startsAt: Date;
  endsAt: Date;
  location?: string | null;
  remoteUrl?: string | null;
  chairId?: string | null;
  secretaryId?: string | null;
  attendeeIds?: string[];
};

const requiredDateTime = sharedRequiredDateTime("meetingsAdmin.error.dateTime");

export const remoteUrlSchema = httpsUrl("meetingsAdmin.error.remoteUrl", URL_MAX);

const meetingConfirmed = confirmed("meetingsAdmin.error.confirm");

const meetingFields = {
  title: requiredText(TITLE_MAX),
  startsAt: requiredDateTime,
  endsAt: requiredDateTime,
  location: optionalText(PLACE_MAX),
  remoteUrl: z.preprocess(blankToUndefined, remoteUrlSchema.optional()),
  chairId: optionalId,
  secretaryId: optionalId,
  attendeeIds: idList(ATTENDEES_MAX),
};

/**
 * The end after the start; checked whenever both times parse, even if
 * another field (say an empty title) failed, so the form shows every problem.
 */
const endAfterStart = (meeting: { startsAt: Date; endsAt: Date }) => meeting.endsAt > meeting.startsAt;
const endAfterStartParams = {
  path: ["endsAt"],
  error: "meetingsAdmin.error.endBeforeStart",
  when: (payload: { value: unknown }) => {
    const value = payload.value as { startsAt?: unknown; endsAt?: unknown } | null;
    return value?.startsAt instanceof Date && value.endsAt instanceof Date;
  },
};

/** The create form always sends its attendee checkboxes (ticked for the steering group). */
export const meetingCreateSchema = z.object(meetingFields).refine(endAfterStart, endAfterStartParams);
export const meetingUpdateSchema = z
  .object({ ...meetingFields, meetingId: requiredId })
  .refine(endAfterStart, endAfterStartParams);
export type MeetingUpdateInput = z.infer<typeof meetingUpdateSchema>;

/** Who came: `attendance.<userId>` = PRESENT | REMOTE | ABSENT | INVITED, one per invitee. */
export const attendanceSchema = z.preprocess(
  (value: unknown) => {
    if (typeof value !== "object" || value === null) return value;
    const entries = Object.entries(value as Record<string, unknown>);
    const attendance = Object.fromEntries(
      entries.filter(([key]) => key.startsWith("attendance.")).map(([key, v]) => [key.slice("attendance.".length), v]),
    );
    return { meetingId: (value as Record<string, unknown>).meetingId, attendance };
  },
  z.object({
    meetingId: requiredId,
    attendance: z
      .record(z.uuid({ error: "validation.invalid" }), z.enum(AttendanceStatus, { error: "validation.invalid" }), {
        error: "validation.invalid",
      })
      .refine((record) => Object.keys(record).length <= ATTENDEES_MAX, { error: "validation.invalid" }),
  }),
);
export type AttendanceInput = z.infer<typeof attendanceSchema>;

export const meetingDeleteSchema = z.object({ meetingId: requiredId, confirm: meetingConfirmed });
export type MeetingDeleteInput = z.infer<typeof meetingDeleteSchema>;

/** The next status; a reason is required to reopen approved minutes (checked with the current status). */
export const meetingStatusSchema = z.object({
  meetingId: requiredId,
  status: z.preprocess(blankToUndefined, z.enum(MeetingStatus, { error: "validation.invalid" })),
  reason: optionalText(REASON_MAX),
  confirm: meetingConfirmed,
});
export type MeetingStatusInput = z.infer<typeof meetingStatusSchema>;

const agendaItemFields = {
  meetingId: requiredId,
  title: requiredText(TITLE_MAX),
  body: optionalText(DESCRIPTION_MAX),
  /** A user as presenter, or a name typed in (a guest); the user wins when both are given. */
  presenterId: optionalId,
  presenterName: optionalText(PRESENTER_MAX),
};

export const agendaItemCreateSchema = z.object(agendaItemFields);
export type AgendaItemCreateInput = z.infer<typeof agendaItemCreateSchema>;

export const agendaItemUpdateSchema = z.object({ ...agendaItemFields, itemId: requiredId });
export type AgendaItemUpdateInput = z.infer<typeof agendaItemUpdateSchema>;

export const agendaItemDeleteSchema = z.object({
  meetingId: requiredId,
  itemId: requiredId,
  confirm: meetingConfirmed,
});
export type AgendaItemDeleteInput = z.infer<typeof agendaItemDeleteSchema>;

export const agendaItemMoveSchema = z.object({
  meetingId: requiredId,
  itemId: requiredId,
  direction: z.enum(["up", "down"], { error: "validation.invalid" }),
});
export type AgendaItemMoveInput = z.infer<typeof agendaItemMoveSchema>;
