"use server";
// Coordinators' meeting forms: origin → session → policy → zod → mutation →
// revalidate. Each answers a FormState for useActionState; creating a
// meeting goes to its edit page, deleting one to the list.
import { revalidatePage } from "@/lib/cache/paths";
import { redirect } from "next/navigation";
import { runFormAction, savedState } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import {
  addAgendaItem,
  changeMeetingStatus,
  createMeeting,
  deleteMeeting,
  moveAgendaItem,
  recordAttendance,
  removeAgendaItem,
  updateAgendaItem,
  updateMeeting,
} from "./mutations";
import {
  agendaItemCreateSchema,
  agendaItemDeleteSchema,
  agendaItemMoveSchema,
  agendaItemUpdateSchema,
  attendanceSchema,
  meetingCreateSchema,
  meetingDeleteSchema,
  meetingStatusSchema,
  meetingUpdateSchema,
} from "./schema";

/** The list, the meeting's pages, search and calendars all show what changed. */
function revalidateMeetings() {
  revalidatePage("/kokoukset", "layout");
}

export async function createMeetingAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "meeting.manage", (actor, values) =>
    createMeeting(actor, meetingCreateSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidateMeetings();
  redirect(`/kokoukset/${outcome.result.id}/muokkaa?uusi=1`);
}

export async function updateMeetingAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "meeting.manage", (actor, values) =>
    updateMeeting(actor, meetingUpdateSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidateMeetings();
  const { mailsQueued, notified } = outcome.result;
  return savedState(
    prev,
    outcome.values,
    notified > 0
      ? { key: "meetingsAdmin.details.savedNotified", vars: { count: notified } }
      : mailsQueued > 0
        ? { key: "meetingsAdmin.details.savedMailed", vars: { count: mailsQueued } }
        : { key: "meetingsAdmin.saved" },
  );
}

export async function recordAttendanceAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "meeting.manage", (actor, values) =>
    recordAttendance(actor, attendanceSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidateMeetings();
  return savedState(prev, outcome.values, { key: "meetingsAdmin.attendance.saved" });
}

export async function deleteMeetingAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "meeting.manage", (actor, values) =>
    deleteMeeting(actor, meetingDeleteSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidateMeetings();
  redirect("/kokoukset?poistettu=1");
}

export async function changeMeetingStatusAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "meeting.manage", (actor, values) =>
    changeMeetingStatus(actor, meetingStatusSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidateMeetings();
  const { from, to, mailsQueued, notMailed } = outcome.result;
  // Who exactly was mailed, and who was not and why, is listed on the page under the form (AgendaMailing).
  const key =
    from === "MINUTES_APPROVED"
      ? "meetingsAdmin.status.reopened"
      : notMailed > 0
        ? "meetingsAdmin.status.publishedSomeNotMailed"
        : (`meetingsAdmin.status.changed.${to}` as const);
  return savedState(prev, {}, { key, vars: { count: mailsQueued, notMailed } });
}

export async function addAgendaItemAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "meeting.manage", async (actor, values) => {
    const input = agendaItemCreateSchema.parse(values);
    const added = await addAgendaItem(actor, input);
    return { ...added, meetingId: input.meetingId, title: input.title };
  });
  if (!outcome.ok) return outcome.state;
  revalidateMeetings();
  // A fresh, empty form for the next item.
  const { meetingId, title, position } = outcome.result;
  return savedState(prev, { meetingId }, { key: "meetingsAdmin.agenda.added", vars: { title, position } });
}

export async function updateAgendaItemAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "meeting.manage", (actor, values) =>
    updateAgendaItem(actor, agendaItemUpdateSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidateMeetings();
  return savedState(prev, outcome.values, { key: "meetingsAdmin.saved" });
}

export async function removeAgendaItemAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "meeting.manage", async (actor, values) => {
    const input = agendaItemDeleteSchema.parse(values);
    await removeAgendaItem(actor, input);
    return input;
  });
  if (!outcome.ok) return outcome.state;
  revalidateMeetings();
  return savedState(prev, {}, { key: "meetingsAdmin.agenda.removed" });
}

export async function moveAgendaItemAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "meeting.manage", (actor, values) =>
    moveAgendaItem(actor, agendaItemMoveSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidateMeetings();
  const { title, position } = outcome.result;
  return savedState(prev, outcome.values, { key: "meetingsAdmin.agenda.moved", vars: { title, position } });
}
