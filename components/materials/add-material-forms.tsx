"use client";
// The two ways to add a material to one agenda item, each behind a disclosure
// so a long agenda stays readable: a file upload and a link. Both post to
// server actions (lib/materials/actions.ts); the server checks everything
// again, the browser only spares a 20 MB+ upload that would be refused.
import { useActionState, useState, type FormEvent } from "react";
import {
  ChoiceGroup,
  fieldHelpers,
  FormFeedback,
  SubmitButton,
  TextField,
  translateWith,
  type FormText,
} from "@/components/forms/form-parts";
import { addFileMaterialAction, addLinkMaterialAction } from "@/lib/materials/actions";
import { idleForm, type FormState } from "@/lib/http/form-state";

type Target = { meetingId: string; agendaItemId: string; position: number; title: string };

const VISIBILITIES = ["MEETING", "COORDINATORS"] as const;

const DETAILS = "self-start rounded border border-gray-400 bg-white";
const SUMMARY =
  "flex min-h-11 cursor-pointer items-center px-4 py-2 font-semibold text-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-800";

export function AddMaterialForms({
  target,
  accept,
  maxBytes,
  text,
}: {
  target: Target;
  accept: string;
  maxBytes: number;
  text: FormText;
}) {
  return (
    <div className="mt-3 grid gap-3 lg:grid-cols-2">
      <AddFileForm target={target} accept={accept} maxBytes={maxBytes} text={text} />
      <AddLinkForm target={target} text={text} />
    </div>
  );
}

function VisibilityChoice({ f, id, text }: { f: ReturnType<typeof fieldHelpers>; id: string; text: FormText }) {
  return (
    <ChoiceGroup
      id={id}
      name="visibility"
      legend={f.tr("materials.field.visibility")}
      type="radio"
      choices={VISIBILITIES.map((v) => ({ value: v, label: f.tr(`materials.visibility.${v}`) }))}
      selected={[f.value("visibility") || "MEETING"]}
      error={f.error("visibility")}
      text={text}
    />
  );
}

function Hidden({ target }: { target: Target }) {
  return (
    <>
      <input type="hidden" name="meetingId" value={target.meetingId} />
      <input type="hidden" name="agendaItemId" value={target.agendaItemId} />
    </>
  );
}

function Summary({ label, target, text }: { label: string; target: Target; text: FormText }) {
  const tr = translateWith(text);
  return (
    <summary className={SUMMARY}>
      {label}
      <span className="sr-only"> {tr("materials.toItem", { position: target.position, title: target.title })}</span>
    </summary>
  );
}

function AddFileForm({
  target,
  accept,
  maxBytes,
  text,
}: {
  target: Target;
  accept: string;
  maxBytes: number;
  text: FormText;
}) {
  const [serverState, action, pending] = useActionState(addFileMaterialAction, idleForm);
  // A file over the limit is refused here, before 20 MB travel to be refused by the server.
  const [local, setLocal] = useState<FormState | null>(null);
  const state = local ?? serverState;
  const prefix = `aineisto-${target.agendaItemId}-tiedosto-`;
  const f = fieldHelpers(state, {}, text, prefix);
  const labels = {
    file: f.tr("materials.field.file"),
    title: f.tr("materials.field.title"),
    visibility: f.tr("materials.field.visibility"),
  };
  const fileError = f.error("file");

  function checkSize(event: FormEvent<HTMLFormElement>) {
    const input = event.currentTarget.elements.namedItem("file");
    const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
    if (file && file.size > maxBytes) {
      event.preventDefault();
      setLocal({
        status: "error",
        fields: { file: "materials.error.tooLarge" },
        values: Object.fromEntries(
          [...new FormData(event.currentTarget).entries()].filter(
            (entry): entry is [string, string] => typeof entry[1] === "string",
          ),
        ),
        attempt: (state.attempt ?? 0) + 1,
      });
    } else {
      setLocal(null);
    }
  }

  return (
    <details className={DETAILS} open={state.status !== "idle" || undefined}>
      <Summary label={f.tr("materials.addFile")} target={target} text={text} />
      <form
        action={action}
        onSubmit={checkSize}
        encType="multipart/form-data"
        noValidate
        className="space-y-4 border-t border-gray-300 p-4"
      >
        <FormFeedback state={state} text={text} labels={labels} idPrefix={prefix} />
        <div key={state.attempt ?? 0} className="space-y-4">
          <Hidden target={target} />
          <div>
            <label htmlFor={f.id("file")} className="block font-semibold">
              {labels.file} <span className="font-normal text-gray-700">{f.tr("form.required")}</span>
            </label>
            <p id={`${f.id("file")}-hint`} className="text-sm text-gray-700">
              {f.tr("materials.field.fileHint")}
            </p>
            <input
              id={f.id("file")}
              name="file"
              type="file"
              accept={accept}
              aria-required
              aria-invalid={fileError ? true : undefined}
              aria-describedby={`${f.id("file")}-hint${fileError ? ` ${f.id("file")}-error` : ""}`}
              className="mt-1 block w-full rounded border border-gray-600 px-3 py-2 file:mr-3 file:min-h-9 file:rounded file:border file:border-brand-800 file:bg-white file:px-3 file:font-semibold file:text-brand-800 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700"
            />
            {fileError ? (
              <p id={`${f.id("file")}-error`} className="mt-1 text-sm font-semibold text-red-800">
                {fileError}
              </p>
            ) : null}
          </div>
          <TextField
            id={f.id("title")}
            name="title"
            label={labels.title}
            text={text}
            hint={f.tr("materials.field.titleHint")}
            defaultValue={f.value("title")}
            error={f.error("title")}
          />
          <VisibilityChoice f={f} id={f.id("visibility")} text={text} />
        </div>
        <SubmitButton
          pending={pending}
          label={f.tr("materials.submitFile")}
          pendingLabel={f.tr("materials.uploading")}
        />
      </form>
    </details>
  );
}

function AddLinkForm({ target, text }: { target: Target; text: FormText }) {
  const [state, action, pending] = useActionState(addLinkMaterialAction, idleForm);
  const prefix = `aineisto-${target.agendaItemId}-linkki-`;
  const f = fieldHelpers(state, {}, text, prefix);
  const labels = {
    url: f.tr("materials.field.url"),
    title: f.tr("materials.field.title"),
    visibility: f.tr("materials.field.visibility"),
  };
  return (
    <details className={DETAILS} open={state.status !== "idle" || undefined}>
      <Summary label={f.tr("materials.addLink")} target={target} text={text} />
      <form action={action} noValidate className="space-y-4 border-t border-gray-300 p-4">
        <FormFeedback state={state} text={text} labels={labels} idPrefix={prefix} />
        <div key={state.attempt ?? 0} className="space-y-4">
          <Hidden target={target} />
          <TextField
            id={f.id("url")}
            name="url"
            type="url"
            inputMode="url"
            label={labels.url}
            text={text}
            required
            hint={f.tr("materials.field.urlHint")}
            defaultValue={f.value("url")}
            error={f.error("url")}
          />
          <TextField
            id={f.id("title")}
            name="title"
            label={labels.title}
            text={text}
            required
            defaultValue={f.value("title")}
            error={f.error("title")}
          />
          <VisibilityChoice f={f} id={f.id("visibility")} text={text} />
        </div>
        <SubmitButton pending={pending} label={f.tr("materials.submitLink")} pendingLabel={f.tr("form.saving")} />
      </form>
    </details>
  );
}
