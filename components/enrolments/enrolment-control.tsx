"use client";
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { cancelEnrolmentAction, enrolAction, type EnrolmentActionState } from "@/lib/enrolments/actions";
import type { EnrolmentResult } from "@/lib/enrolments/mutations";

export type EnrolmentControlLabels = {
  /** By status; WAITLISTED has a {position} placeholder. */
  statuses: Record<EnrolmentResult["status"], string>;
  enrol: string;
  enrolling: string;
  cancel: string;
  cancelQuestion: string;
  cancelYes: string;
  cancelNo: string;
  cancelling: string;
  errors: Record<string, string>;
};

function run(prev: EnrolmentActionState, formData: FormData): Promise<EnrolmentActionState> {
  return formData.get("intent") === "cancel" ? cancelEnrolmentAction(prev, formData) : enrolAction(prev, formData);
}

/**
 * One session's enrol button, or the actor's status in it with a cancel
 * button that asks for confirmation first. `context` (the session's time)
 * goes into the buttons' accessible names, so that several on a page differ.
 */
export function EnrolmentControl({
  sessionId,
  context,
  enrolment,
  canEnrol,
  beforeStart,
  labels,
}: {
  sessionId: string;
  context: string;
  enrolment: EnrolmentResult | null;
  /** Registration is open and the actor is eligible. */
  canEnrol: boolean;
  /** The session has not started, so an active enrolment can be cancelled. */
  beforeStart: boolean;
  labels: EnrolmentControlLabels;
}) {
  const [initial] = useState<EnrolmentActionState>(() => ({ enrolment }));
  const [state, dispatch, pending] = useActionState(run, initial);
  // The confirmation belongs to the state it was asked in: any answer closes it.
  const [confirmingIn, setConfirmingIn] = useState<EnrolmentActionState | null>(null);
  const confirming = confirmingIn === state;
  const pendingFocus = useRef<"keep" | "cancel" | null>(null);
  const id = useId();

  const current = state.enrolment;
  const active = current?.status === "CONFIRMED" || current?.status === "WAITLISTED";

  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(`${id}-${pendingFocus.current}`)?.focus();
    pendingFocus.current = null;
  });

  // After each answer the button that was pressed is gone: move focus to the result.
  useEffect(() => {
    if (state !== initial) document.getElementById(`${id}-status`)?.focus();
  }, [state, initial, id]);

  const statusText = current
    ? labels.statuses[current.status].replace("{position}", String(current.waitlistPosition ?? ""))
    : "";

  return (
    <div className="mt-3 space-y-2">
      <p id={`${id}-status`} role="status" tabIndex={-1} className="font-semibold">
        {statusText}
      </p>
      {state.error ? (
        <p role="alert" className="font-semibold text-red-800">
          {labels.errors[state.error] ?? labels.errors.fallback}
        </p>
      ) : null}

      {active && beforeStart ? (
        confirming ? (
          <div
            role="group"
            aria-labelledby={`${id}-question`}
            className="rounded border border-gray-400 bg-gray-50 p-3"
          >
            <p id={`${id}-question`} className="mb-2">
              {labels.cancelQuestion}
            </p>
            <form action={dispatch} className="flex flex-wrap gap-2">
              <input type="hidden" name="intent" value="cancel" />
              <input type="hidden" name="enrolmentId" value={current.id} />
              <Button type="submit" disabled={pending}>
                {pending ? labels.cancelling : labels.cancelYes}
              </Button>
              <Button
                id={`${id}-keep`}
                type="button"
                variant="secondary"
                onClick={() => {
                  setConfirmingIn(null);
                  pendingFocus.current = "cancel";
                }}
              >
                {labels.cancelNo}
              </Button>
            </form>
          </div>
        ) : (
          <Button
            id={`${id}-cancel`}
            type="button"
            variant="secondary"
            onClick={() => {
              setConfirmingIn(state);
              pendingFocus.current = "keep";
            }}
          >
            {labels.cancel}
            <span className="sr-only">: {context}</span>
          </Button>
        )
      ) : null}

      {!active && canEnrol ? (
        <form action={dispatch}>
          <input type="hidden" name="intent" value="enrol" />
          <input type="hidden" name="sessionId" value={sessionId} />
          <Button type="submit" disabled={pending}>
            {pending ? labels.enrolling : labels.enrol}
            <span className="sr-only">: {context}</span>
          </Button>
        </form>
      ) : null}
    </div>
  );
}
