"use client";
// One radio group per participant (fieldset + legend: the arrow keys move
// within a person's choices, Tab to the next person) and one save button.
import { useActionState } from "react";
import { markAttendanceAction } from "@/lib/attendance/actions";
import type { EnrolmentStatus } from "@/lib/db/enums";
import { idleForm } from "@/lib/http/form-state";
import { fieldHelpers, FormFeedback, SubmitButton, type FormText } from "@/components/forms/form-parts";

const MARKS = ["ATTENDED", "NO_SHOW"] as const;

export type AttendanceRow = {
  enrolmentId: string;
  name: string;
  email: string;
  library: string | null;
  status: EnrolmentStatus;
};

export function AttendanceForm({
  sessionId,
  participants,
  text,
}: {
  sessionId: string;
  participants: AttendanceRow[];
  text: FormText;
}) {
  const [state, action, pending] = useActionState(markAttendanceAction, idleForm);
  const defaults = Object.fromEntries(
    participants.filter((p) => p.status !== "CONFIRMED").map((p) => [`marks.${p.enrolmentId}`, p.status]),
  );
  const f = fieldHelpers(state, defaults, text);
  const labels = Object.fromEntries(participants.map((p) => [`marks.${p.enrolmentId}`, p.name]));
  return (
    <form action={action} noValidate aria-label={f.tr("afterSession.attendance.title")} className="space-y-4">
      <p className="max-w-3xl">{f.tr("afterSession.attendance.hint")}</p>
      <FormFeedback state={state} text={text} labels={labels} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <ul key={state.attempt ?? 0} className="divide-y divide-gray-300 border-y border-gray-300">
        {participants.map((p) => {
          const field = `marks.${p.enrolmentId}`;
          const error = f.error(field);
          const chosen = f.value(field);
          const detailsId = `${field}-details`;
          return (
            <li key={p.enrolmentId} className="py-3">
              <fieldset
                id={field}
                tabIndex={-1}
                aria-describedby={[detailsId, error ? `${field}-error` : null].filter(Boolean).join(" ")}
              >
                <legend className="font-semibold break-words">{p.name}</legend>
                <div className="flex flex-wrap items-center gap-x-6">
                  <span id={detailsId} className="text-sm break-all text-gray-800">
                    {p.email}
                    {p.library ? ` · ${p.library}` : null}
                    {chosen === "" ? ` · ${f.tr("afterSession.attendance.unmarked")}` : null}
                  </span>
                  {MARKS.map((mark) => (
                    <span key={mark} className="flex min-h-11 items-center gap-2">
                      <input
                        id={`${field}-${mark}`}
                        name={field}
                        type="radio"
                        value={mark}
                        defaultChecked={chosen === mark}
                        className="h-5 w-5"
                      />
                      <label htmlFor={`${field}-${mark}`}>{f.tr(`afterSession.attendance.mark.${mark}`)}</label>
                    </span>
                  ))}
                </div>
                {error ? (
                  <p id={`${field}-error`} className="text-sm font-semibold text-red-800">
                    {error}
                  </p>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ul>
      <SubmitButton pending={pending} label={f.tr("afterSession.attendance.save")} pendingLabel={f.tr("form.saving")} />
    </form>
  );
}
