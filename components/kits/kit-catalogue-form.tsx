"use client";
// A kit's details, contents checklist and photo: the coordinators' form for a
// new kit and for editing one. The checklist's row buttons submit the form
// with an intent, so they work without JavaScript (the server answers the form
// with a row more or less, nothing saved); with JavaScript they act at once.
import { useActionState, useRef, useState, type MouseEvent } from "react";
import { Button } from "@/components/ui/button";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { idleForm, type FormValues } from "@/lib/http/form-state";
import { createKitAction, updateKitAction } from "@/lib/kits/catalogue/actions";
import { KIT_PHOTO_ACCEPT } from "@/lib/kits/catalogue/rules";
import {
  CheckboxField,
  fieldHelpers,
  FormFeedback,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  type FormText,
  type SelectOption,
} from "@/components/forms/form-parts";

const INPUT =
  "w-full rounded border border-gray-600 px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

type Row = { key: number; item: string; count: string };

const listOf = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

function rowsOf(values: FormValues | undefined): Row[] {
  const items = listOf(values?.contentsItem);
  const counts = listOf(values?.contentsCount);
  const rows = items.map((item, i) => ({ key: i, item, count: counts[i] ?? "" }));
  return rows.length > 0 ? rows : [{ key: 0, item: "", count: "" }];
}

/** The checklist's rows: a table with a header per column, one labelled input per cell. */
function ContentsEditor({
  initial,
  error,
  tr,
}: {
  initial: Row[];
  error?: string;
  tr: (key: string, vars?: Record<string, string | number>) => string;
}) {
  const [rows, setRows] = useState(initial);
  const nextKey = useRef(initial.length);

  function add(event: MouseEvent<HTMLButtonElement>) {
    event.preventDefault();
    const key = nextKey.current++;
    setRows((current) => [...current, { key, item: "", count: "" }]);
    // The new row's first field, once rendered.
    requestAnimationFrame(() => document.getElementById(`contentsItem-${key}`)?.focus());
  }

  function remove(event: MouseEvent<HTMLButtonElement>, index: number) {
    event.preventDefault();
    const next = rows[index + 1] ?? rows[index - 1];
    setRows((current) => current.filter((_, i) => i !== index));
    requestAnimationFrame(() =>
      (next ? document.getElementById(`contentsItem-${next.key}`) : document.getElementById("contents-add"))?.focus(),
    );
  }

  return (
    <fieldset id="contents" tabIndex={-1} aria-describedby={`contents-hint${error ? " contents-error" : ""}`}>
      <legend className="font-semibold">{tr("kitCatalogue.field.contents")}</legend>
      <p id="contents-hint" className="text-sm text-gray-700">
        {tr("kitCatalogue.field.contentsHint")}
      </p>
      <ScrollRegion label={tr("kitCatalogue.field.contents")}>
        <table className="mt-2 w-full border-collapse text-left">
          <thead>
            <tr>
              <th scope="col" className="pb-1">
                {tr("kitCatalogue.contents.item")}
              </th>
              <th scope="col" className="w-24 pb-1 pl-2">
                {tr("kitCatalogue.contents.count")}
              </th>
              <th scope="col" className="pb-1 pl-2">
                <span className="sr-only">{tr("kitCatalogue.contents.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.key}>
                <td className="py-1">
                  <input
                    id={`contentsItem-${row.key}`}
                    name="contentsItem"
                    defaultValue={row.item}
                    aria-label={tr("kitCatalogue.field.contentsItem", { row: index + 1 })}
                    aria-invalid={error ? true : undefined}
                    autoComplete="off"
                    className={INPUT}
                  />
                </td>
                <td className="py-1 pl-2">
                  <input
                    name="contentsCount"
                    defaultValue={row.count}
                    inputMode="numeric"
                    aria-label={tr("kitCatalogue.field.contentsCount", { row: index + 1 })}
                    aria-invalid={error ? true : undefined}
                    autoComplete="off"
                    className={INPUT}
                  />
                </td>
                <td className="py-1 pl-2">
                  <Button
                    type="submit"
                    variant="secondary"
                    name="intent"
                    value={`removeRow:${index}`}
                    formNoValidate
                    onClick={(event) => remove(event, index)}
                  >
                    {tr("kitCatalogue.contents.removeRow", { row: index + 1 })}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {error ? (
        <p id="contents-error" className="mt-1 text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      <Button
        id="contents-add"
        type="submit"
        variant="secondary"
        name="intent"
        value="addRow"
        formNoValidate
        onClick={add}
        className="mt-2"
      >
        {tr("kitCatalogue.contents.addRow")}
      </Button>
    </fieldset>
  );
}

export function KitCatalogueForm({
  mode,
  defaults,
  themes,
  libraries,
  photo,
  text,
}: {
  mode: "create" | "edit";
  defaults: FormValues;
  themes: SelectOption[];
  libraries: SelectOption[];
  /** The current photo (edit): its thumbnail's address and alt text. */
  photo: { src: string; alt: string } | null;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(mode === "create" ? createKitAction : updateKitAction, idleForm);
  const f = fieldHelpers(state, defaults, text);
  const labels = {
    name: f.tr("kitCatalogue.field.name"),
    slug: f.tr("kitCatalogue.field.slug"),
    themeId: f.tr("kitCatalogue.field.theme"),
    description: f.tr("kitCatalogue.field.description"),
    homeLibraryId: f.tr("kitCatalogue.field.homeLibrary"),
    shippingDays: f.tr("kitCatalogue.field.shippingDays"),
    requiresApproval: f.tr("kitCatalogue.field.requiresApproval"),
    status: f.tr("kitCatalogue.field.status"),
    guide: f.tr("kitCatalogue.field.guide"),
    contents: f.tr("kitCatalogue.field.contents"),
    photo: f.tr("kitCatalogue.field.photo"),
    photoAlt: f.tr("kitCatalogue.field.photoAlt"),
  };
  const photoError = f.error("photo");
  const values = state.values ?? defaults;
  return (
    <form action={action} encType="multipart/form-data" noValidate className="max-w-3xl space-y-4">
      {/* Enter in a field submits with the form's first submit button: this one saves, not a row button. */}
      <button
        type="submit"
        tabIndex={-1}
        aria-hidden="true"
        className="absolute -left-[9999px] h-px w-px overflow-hidden"
      >
        {labels.name}
      </button>
      <FormFeedback state={state} text={text} labels={labels} />
      <div key={state.attempt ?? 0} className="space-y-4">
        {mode === "edit" ? <input type="hidden" name="kitId" value={f.value("kitId")} /> : null}
        <TextField {...f.props("name", labels.name)} required />
        <TextField {...f.props("slug", labels.slug)} hint={f.tr("kitCatalogue.field.slugHint")} />
        <SelectField
          {...f.props("themeId", labels.themeId)}
          options={[{ value: "", label: f.tr("kitCatalogue.field.themeNone") }, ...themes]}
        />
        <TextArea {...f.props("description", labels.description)} rows={4} />
        <ContentsEditor initial={rowsOf(values)} error={f.error("contents")} tr={f.tr} />
        <SelectField
          {...f.props("homeLibraryId", labels.homeLibraryId)}
          options={[{ value: "", label: f.tr("kitCatalogue.field.homeLibraryNone") }, ...libraries]}
        />
        <TextField
          {...f.props("shippingDays", labels.shippingDays)}
          hint={f.tr("kitCatalogue.field.shippingDaysHint")}
          inputMode="numeric"
          className="max-w-60"
          required
        />
        <CheckboxField
          id={f.id("requiresApproval")}
          name="requiresApproval"
          label={labels.requiresApproval}
          hint={f.tr("kitCatalogue.field.requiresApprovalHint")}
          error={f.error("requiresApproval")}
          defaultChecked={f.value("requiresApproval") === "on"}
        />
        <SelectField
          {...f.props("status", labels.status)}
          required
          options={["AVAILABLE", "MAINTENANCE", "RETIRED"].map((v) => ({ value: v, label: f.tr(`kits.status.${v}`) }))}
        />
        <TextArea {...f.props("guide", labels.guide)} hint={f.tr("kitCatalogue.field.guideHint")} rows={8} />
        <div>
          {photo ? (
            <figure className="mb-2">
              {/* eslint-disable-next-line @next/next/no-img-element -- a stored photo served by /api/kit-photos */}
              <img src={photo.src} alt={photo.alt} className="max-h-40 rounded border border-gray-300" />
              <figcaption className="text-sm text-gray-700">{f.tr("kitCatalogue.currentPhoto")}</figcaption>
            </figure>
          ) : null}
          <label htmlFor={f.id("photo")} className="block font-semibold">
            {labels.photo}
          </label>
          <p id={`${f.id("photo")}-hint`} className="text-sm text-gray-700">
            {f.tr(photo ? "kitCatalogue.field.photoReplaceHint" : "kitCatalogue.field.photoHint")}
          </p>
          <input
            id={f.id("photo")}
            name="photo"
            type="file"
            accept={KIT_PHOTO_ACCEPT}
            aria-invalid={photoError ? true : undefined}
            aria-describedby={`${f.id("photo")}-hint${photoError ? ` ${f.id("photo")}-error` : ""}`}
            className="mt-1 block w-full rounded border border-gray-600 px-3 py-2 file:mr-3 file:min-h-9 file:rounded file:border file:border-brand-800 file:bg-white file:px-3 file:font-semibold file:text-brand-800 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700"
          />
          {photoError ? (
            <p id={`${f.id("photo")}-error`} className="mt-1 text-sm font-semibold text-red-800">
              {photoError}
            </p>
          ) : null}
        </div>
        <TextField {...f.props("photoAlt", labels.photoAlt)} hint={f.tr("kitCatalogue.field.photoAltHint")} />
        {photo ? (
          <CheckboxField
            id={f.id("removePhoto")}
            name="removePhoto"
            label={f.tr("kitCatalogue.field.removePhoto")}
            defaultChecked={f.value("removePhoto") === "on"}
          />
        ) : null}
      </div>
      <SubmitButton
        pending={pending}
        label={f.tr(mode === "create" ? "kitCatalogue.new.submit" : "kitCatalogue.edit.submit")}
        pendingLabel={f.tr("form.saving")}
      />
    </form>
  );
}
