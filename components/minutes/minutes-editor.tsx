"use client";
// The minutes editor: one form per agenda item, each with a Write/Preview
// toggle (buttons with aria-pressed), its own save, and the answer of its
// server action beside it. The preview is rendered on the server by the same
// renderer as the meeting page and the printed muistio (what is previewed is
// what is shown), and no Markdown parser is shipped to the browser.
import Link from "next/link";
import { useActionState, useEffect, useId, useState, type ReactNode } from "react";
import { fieldHelpers, FormFeedback, SubmitButton, type FormText } from "@/components/forms/form-parts";
import { formatDateTime } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { previewMinutesAction, saveMinutesAction, type MinutesFormState } from "@/lib/minutes/actions";
import { MARKDOWN_CLASS } from "@/lib/markdown/rules";
import { normalizeMinutes } from "@/lib/minutes/rules";
import { displayName } from "@/lib/users/rules";

export type MinutesEditorItemProps = {
  id: string;
  position: number;
  title: string;
  /** The minutes as saved now, and the revision they are (blank: none yet). */
  minutes: string;
  baseRevisionId: string;
  /** "Last saved by … on …", composed on the server. */
  lastSaved: string;
  /** Extra guidance for the item (the news round's), if any. */
  note?: string;
  history?: { href: string; label: string };
};

export function MinutesEditor({
  meetingId,
  items,
  text,
  locale,
}: {
  meetingId: string;
  items: MinutesEditorItemProps[];
  text: FormText;
  locale: Locale;
}) {
  return (
    <ol className="space-y-10">
      {items.map((item) => (
        <li key={item.id} id={`kohta-${item.position}`} className="scroll-mt-4 border-t-2 border-gray-300 pt-4">
          <ItemMinutesForm meetingId={meetingId} item={item} text={text} locale={locale} />
        </li>
      ))}
    </ol>
  );
}

const idleMinutes: MinutesFormState = { status: "idle" };

function ItemMinutesForm({
  meetingId,
  item,
  text,
  locale,
}: {
  meetingId: string;
  item: MinutesEditorItemProps;
  text: FormText;
  locale: Locale;
}) {
  const [state, action, pending] = useActionState(saveMinutesAction, idleMinutes);
  const prefix = `kohta-${item.position}-`;
  const f = fieldHelpers(state, { minutes: item.minutes, baseRevisionId: item.baseRevisionId }, text, prefix);
  const headingId = `${prefix}otsikko`;
  const label = f.tr("minutes.field.minutes");
  return (
    <form action={action} noValidate aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-xl font-bold break-words text-brand-900">
        {item.position}. {item.title}
      </h2>
      <p className="text-sm text-gray-700">{item.lastSaved}</p>
      {item.note ? <p className="max-w-3xl">{item.note}</p> : null}
      <FormFeedback state={state} text={text} labels={{ minutes: label }} idPrefix={prefix} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="agendaItemId" value={item.id} />
      {/* Remounted after each answer, so the fields show what the server kept. */}
      <div key={state.attempt ?? 0} className="space-y-3">
        <input type="hidden" name="baseRevisionId" value={f.value("baseRevisionId")} />
        <MinutesField
          id={f.id("minutes")}
          label={label}
          item={item}
          initial={f.value("minutes")}
          saved={item.minutes}
          error={f.error("minutes")}
          conflict={state.conflict}
          tr={f.tr}
          locale={locale}
        />
      </div>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <SubmitButton
          pending={pending}
          label={f.tr("minutes.save", { position: item.position })}
          pendingLabel={f.tr("form.saving")}
        />
        {item.history ? <Link href={item.history.href}>{item.history.label}</Link> : null}
      </div>
    </form>
  );
}

function MinutesField({
  id,
  label,
  item,
  initial,
  saved,
  error,
  conflict,
  tr,
  locale,
}: {
  id: string;
  label: string;
  item: MinutesEditorItemProps;
  initial: string;
  saved: string;
  error?: string;
  conflict?: MinutesFormState["conflict"];
  tr: (key: string, vars?: Record<string, string | number>) => string;
  locale: Locale;
}) {
  const [value, setValue] = useState(initial);
  const [mode, setMode] = useState<"write" | "preview">("write");
  const regionId = useId();
  const dirty = normalizeMinutes(value) !== normalizeMinutes(saved);

  // Leaving the page with unsaved text asks first (the browser's own dialog).
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const describedBy = [`${id}-hint`, error ? `${id}-error` : null, conflict ? `${id}-conflict` : null]
    .filter(Boolean)
    .join(" ");
  const itemName = `${item.position}. ${item.title}`;
  const toggle = (target: "write" | "preview", labelKey: string) => (
    <button
      type="button"
      aria-pressed={mode === target}
      onClick={() => setMode(target)}
      className={`min-h-11 rounded px-4 py-2 font-semibold ${
        mode === target
          ? "bg-brand-800 text-white"
          : "border border-brand-800 bg-white text-brand-800 hover:bg-brand-50"
      }`}
    >
      {tr(labelKey)}
    </button>
  );

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <label htmlFor={id} className="block font-semibold">
          {label}
          <span className="sr-only">: {itemName}</span>
        </label>
        <div role="group" aria-label={`${tr("minutes.mode.label")}: ${itemName}`} className="flex gap-2 print:hidden">
          {toggle("write", "minutes.mode.write")}
          {toggle("preview", "minutes.mode.preview")}
        </div>
      </div>
      <p id={`${id}-hint`} className="max-w-3xl text-sm text-gray-700">
        {tr("minutes.field.hint")}
      </p>
      {/* Hidden in preview, still sent with the form. */}
      <textarea
        id={id}
        name="minutes"
        rows={12}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        hidden={mode === "preview"}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 w-full rounded border border-gray-600 px-3 py-2 font-mono text-sm aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700"
      />
      {mode === "preview" ? (
        <MinutesPreview id={regionId} label={`${tr("minutes.preview.label")}: ${itemName}`} source={value} tr={tr} />
      ) : null}
      {dirty ? <p className="text-sm font-semibold text-amber-900">{tr("minutes.unsaved")}</p> : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      {conflict ? (
        <div id={`${id}-conflict`} className="space-y-2 rounded border-l-4 border-amber-700 bg-amber-50 p-4">
          <p className="max-w-3xl">
            {tr("minutes.conflict.detail", {
              name: conflict.author ? displayName(conflict.author, tr) : tr("minutes.unknownAuthor"),
              time: formatDateTime(conflict.savedAt, locale),
            })}
          </p>
          <details open className="rounded border border-gray-400 bg-white p-3">
            <summary className="cursor-pointer font-semibold">{tr("minutes.conflict.latest")}</summary>
            <div className={`mt-2 ${MARKDOWN_CLASS}`}>{conflict.rendered}</div>
          </details>
        </div>
      ) : null}
    </div>
  );
}

type PreviewState =
  | { source: string; status: "loading" }
  | { source: string; status: "done"; preview: ReactNode }
  | { source: string; status: "failed"; messageKey: string };

/** Waits this long before asking the server, so quick toggling costs one request. */
const PREVIEW_DEBOUNCE_MS = 150;

/**
 * The rendered text, asked from the server (previewMinutesAction) when the
 * preview is shown; an answer for text that has changed since is dropped.
 * A polite status line says when it is loading, ready or failed.
 */
function MinutesPreview({
  id,
  label,
  source,
  tr,
}: {
  id: string;
  label: string;
  source: string;
  tr: (key: string, vars?: Record<string, string | number>) => string;
}) {
  const [state, setState] = useState<PreviewState | null>(null);
  const empty = !source.trim();

  useEffect(() => {
    if (empty) return;
    let current = true;
    const timer = setTimeout(() => {
      setState({ source, status: "loading" });
      previewMinutesAction(source).then(
        (answer) => {
          if (!current) return;
          setState(
            answer.ok
              ? { source, status: "done", preview: answer.preview }
              : { source, status: "failed", messageKey: answer.messageKey ?? "minutes.preview.failed" },
          );
        },
        () => current && setState({ source, status: "failed", messageKey: "minutes.preview.failed" }),
      );
    }, PREVIEW_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [source, empty]);

  const shown = state?.source === source ? state : null;
  const loading = !empty && shown?.status !== "done" && shown?.status !== "failed";
  const status = empty
    ? null
    : loading
      ? tr("minutes.preview.loading")
      : shown?.status === "failed"
        ? tr(shown.messageKey)
        : tr("minutes.preview.ready");

  return (
    <div
      id={id}
      role="region"
      aria-label={label}
      aria-busy={loading || undefined}
      className="min-h-32 rounded border border-gray-400 bg-gray-50 p-4"
    >
      <p
        role="status"
        className={shown?.status === "failed" ? "font-semibold text-red-800" : loading ? "text-gray-700" : "sr-only"}
      >
        {status}
      </p>
      {empty ? (
        <p className="text-gray-700">{tr("minutes.preview.empty")}</p>
      ) : shown?.status === "done" ? (
        <div className={MARKDOWN_CLASS}>{shown.preview}</div>
      ) : null}
    </div>
  );
}
