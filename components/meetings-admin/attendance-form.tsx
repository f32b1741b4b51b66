"use client";
import { useActionState } from "react";
import { ChoiceGroup, fieldHelpers, FormFeedback, SubmitButton, type FormText } from "@/components/forms/form-parts";
import type { AttendanceStatus } from "@/lib/db/enums";
import { idleForm } from "@/lib/http/form-state";
import { recordAttendanceAction } from "@/lib/meetings/actions";
import { displayNameWithLibrary, type PersonName } from "@/lib/users/rules";

const STATUSES: AttendanceStatus[] = ["PRESENT", "REMOTE", "ABSENT", "INVITED"];

export type AttendeeRow = PersonName & { userId: string; status: AttendanceStatus };

/** Who was present, remote or absent: one radio group per invitee. */
export function AttendanceForm({
  meetingId,
  attendees,
  text,
}: {
  meetingId: string;
  attendees: AttendeeRow[];
  text: FormText;
}) {
  const [state, action, pending] = useActionState(recordAttendanceAction, idleForm);
  const defaults = Object.fromEntries(attendees.map((a) => [`attendance.${a.userId}`, a.status]));
  const f = fieldHelpers(state, { meetingId, ...defaults }, text);
  const labels = Object.fromEntries(attendees.map((a) => [`attendance.${a.userId}`, displayNameWithLibrary(a, f.tr)]));
  const choices = STATUSES.map((status) => ({ value: status, label: f.tr(`meetingsAdmin.attendance.${status}`) }));
  return (
    <form action={action} noValidate className="max-w-3xl space-y-4">
      <FormFeedback state={state} text={text} labels={labels} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <div key={state.attempt ?? 0} className="divide-y divide-gray-200 rounded border border-gray-300 px-4">
        {attendees.map((a) => {
          const name = `attendance.${a.userId}`;
          return (
            <div key={a.userId} className="py-2">
              <ChoiceGroup
                id={name}
                name={name}
                type="radio"
                legend={labels[name]!}
                choices={choices}
                selected={[f.value(name)]}
                error={f.error(name)}
                text={text}
              />
            </div>
          );
        })}
      </div>
      <SubmitButton
        pending={pending}
        label={f.tr("meetingsAdmin.attendance.save")}
        pendingLabel={f.tr("form.saving")}
      />
    </form>
  );
}
