"use client";
import { useActionState, useEffect, useRef, useState } from "react";
import { createCalendarFeed, regenerateCalendarFeed, type CalendarFeedState } from "@/lib/calendar/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Labels = {
  create: string;
  createLead: string;
  createError: string;
  created: string;
  url: string;
  secret: string;
  copy: string;
  copied: string;
  regenerate: string;
  confirm: string;
  confirmYes: string;
  cancel: string;
  regenerating: string;
  regenerated: string;
  error: string;
};

/**
 * The secret feed address with copy, and "create a new address" behind a
 * confirmation; before there is an address, the button that makes one (the
 * page that shows it never does).
 */
export function PersonalFeed({ url, labels }: { url: string | null; labels: Labels }) {
  const [created, create, creating] = useActionState<CalendarFeedState, FormData>(createCalendarFeed, {
    status: "idle",
  });
  const [confirming, setConfirming] = useState(false);
  const [copied, setCopied] = useState(false);
  const [state, action, pending] = useActionState<CalendarFeedState, FormData>(
    async (prev, formData) => {
      const next = await regenerateCalendarFeed(prev, formData);
      setConfirming(false);
      setCopied(false);
      return next;
    },
    { status: "idle" },
  );
  const asked = useRef(false);

  // Keep keyboard focus on the control that replaced the one pressed.
  useEffect(() => {
    if (confirming) {
      asked.current = true;
      document.getElementById("calendar-feed-confirm-yes")?.focus();
    } else if (asked.current) {
      document.getElementById("calendar-feed-regenerate")?.focus();
    }
  }, [confirming]);

  // The button that was pressed is gone once the address is there: focus moves to the address.
  useEffect(() => {
    if (url && created.status === "created") document.getElementById("calendar-feed-url")?.focus();
  }, [url, created.status]);

  if (!url) {
    return (
      <form action={create} className="space-y-3">
        <p id="calendar-feed-create-lead">{labels.createLead}</p>
        {created.status === "error" ? <Alert tone="error">{labels.createError}</Alert> : null}
        <Button type="submit" disabled={creating} aria-disabled={creating} aria-describedby="calendar-feed-create-lead">
          {creating ? labels.regenerating : labels.create}
        </Button>
      </form>
    );
  }

  async function copy() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  const status = copied
    ? labels.copied
    : state.status === "regenerated"
      ? labels.regenerated
      : created.status === "created"
        ? labels.created
        : "";
  return (
    <div className="space-y-3">
      <div>
        <label htmlFor="calendar-feed-url" className="block font-semibold">
          {labels.url}
        </label>
        <p id="calendar-feed-hint" className="text-sm text-gray-700">
          {labels.secret}
        </p>
        <div className="mt-1 flex flex-col gap-2 sm:flex-row">
          <input
            id="calendar-feed-url"
            type="text"
            readOnly
            value={url}
            aria-describedby="calendar-feed-hint"
            onFocus={(event) => event.currentTarget.select()}
            className="min-h-11 w-full rounded border border-gray-600 px-3 py-2 font-mono text-sm"
          />
          <Button type="button" variant="secondary" onClick={() => void copy()} className="shrink-0">
            {labels.copy}
          </Button>
        </div>
      </div>
      <p role="status" className="min-h-6 text-sm font-semibold text-green-900">
        {status}
      </p>
      {state.status === "error" ? <Alert tone="error">{labels.error}</Alert> : null}
      {confirming ? (
        <form action={action} className="space-y-3 rounded border border-red-700 bg-red-50 p-4">
          <p id="calendar-feed-confirm" className="text-red-900">
            {labels.confirm}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button
              id="calendar-feed-confirm-yes"
              type="submit"
              disabled={pending}
              aria-disabled={pending}
              aria-describedby="calendar-feed-confirm"
            >
              {pending ? labels.regenerating : labels.confirmYes}
            </Button>
            <Button type="button" variant="secondary" disabled={pending} onClick={() => setConfirming(false)}>
              {labels.cancel}
            </Button>
          </div>
        </form>
      ) : (
        <Button id="calendar-feed-regenerate" type="button" variant="secondary" onClick={() => setConfirming(true)}>
          {labels.regenerate}
        </Button>
      )}
    </div>
  );
}
