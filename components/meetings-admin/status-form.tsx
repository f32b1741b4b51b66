"use client";
// The meeting's next step, behind a confirmation: the first button only
// opens a box that says what will happen, the second one does it. Reopening
// approved minutes also asks why.
import { useActionState } from "react";
import { fieldHelpers, FormFeedback, TextArea, type FormText } from "@/components/forms/form-parts";
import { Button } from "@/components/ui/button";
import type { MeetingStatus } from "@/lib/db/enums";
import { idleForm } from "@/lib/http/form-state";
import { DEFAULT_LOCALE, isLocale, TEXT_LOCALE_KEY } from "@/lib/i18n/config";
import { listNames } from "@/lib/users/rules";
import { changeMeetingStatusAction } from "@/lib/meetings/actions";

export function StatusForm({
  meetingId,
  current,
  next,
  recipients,
  text,
}: {
  meetingId: string;
  current: MeetingStatus;
  next: MeetingStatus;
  /** Publishing: the invitees it will mail, and those it will not (they may not see the agenda), as names. */
  recipients: { mailed: string[]; notMailed: string[] };
  text: FormText;
}) {
  const [state, action, pending] = useActionState(changeMeetingStatusAction, idleForm);
  const f = fieldHelpers(state, { reason: "" }, text, "vaihe-");
  const reopen = current === "MINUTES_APPROVED";
  const label = reopen ? f.tr("meetingsAdmin.status.reopen") : f.tr(`meetingsAdmin.status.to.${next}`);
  const textLocale = text[TEXT_LOCALE_KEY];
  const locale = isLocale(textLocale) ? textLocale : DEFAULT_LOCALE;
  const names = (list: string[]) => ({ count: list.length, names: listNames(list, locale) });
  const explanation = reopen
    ? [f.tr("meetingsAdmin.status.confirm.reopen")]
    : next === "AGENDA_PUBLISHED"
      ? [
          recipients.mailed.length > 0
            ? f.tr("meetingsAdmin.status.confirm.AGENDA_PUBLISHED", names(recipients.mailed))
            : f.tr("meetingsAdmin.status.confirm.nobodyMailed"),
          ...(recipients.notMailed.length > 0
            ? [f.tr("meetingsAdmin.status.confirm.notMailed", names(recipients.notMailed))]
            : []),
        ]
      : [f.tr(`meetingsAdmin.status.confirm.${next}`)];
  return (
    <div className="max-w-2xl space-y-3">
      <FormFeedback
        state={state}
        text={text}
        labels={{ reason: f.tr("meetingsAdmin.status.reason") }}
        idPrefix="vaihe-"
      />
      {/* Open after a refused attempt, so the message and the reason field stay in view. */}
      <details
        key={current}
        open={state.status === "error" || undefined}
        className="rounded border border-gray-300 p-4"
      >
        <summary className="cursor-pointer font-semibold text-brand-800">{label}</summary>
        <form action={action} noValidate className="mt-3 space-y-3">
          <input type="hidden" name="meetingId" value={meetingId} />
          <input type="hidden" name="status" value={next} />
          <input type="hidden" name="confirm" value="yes" />
          {explanation.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          {reopen ? (
            <div key={state.attempt ?? 0}>
              <TextArea
                id={f.id("reason")}
                name="reason"
                label={f.tr("meetingsAdmin.status.reason")}
                hint={f.tr("meetingsAdmin.status.reasonHint")}
                required
                rows={3}
                text={text}
                defaultValue={f.value("reason")}
                error={f.error("reason")}
              />
            </div>
          ) : null}
          <Button type="submit" disabled={pending} aria-disabled={pending}>
            {pending ? f.tr("form.saving") : f.tr("meetingsAdmin.status.confirmSubmit", { action: label })}
          </Button>
        </form>
      </details>
    </div>
  );
}
