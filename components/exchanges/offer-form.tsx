"use client";
// A library's job-shadowing offer (issue 15 item 2): what the visitor sees
// and does, themes, days, places, on site or partly remote, and notes on
// access and travel. A supervisor's own library is fixed; a coordinator
// chooses it. Texts arrive translated (pickText).
import { useActionState } from "react";
import {
  ChoiceGroup,
  fieldHelpers,
  FormFeedback,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  type FormText,
  type SelectGroup,
  type SelectOption,
} from "@/components/forms/form-parts";
import { idleForm, type FormState } from "@/lib/http/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function OfferForm({
  action: serverAction,
  roundId,
  library,
  libraries,
  themes,
  text,
}: {
  action: Action;
  roundId: string;
  /** The supervisor's own library, fixed; null: a coordinator chooses from `libraries`. */
  library: { id: string; name: string } | null;
  libraries: SelectGroup[];
  themes: SelectOption[];
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const f = fieldHelpers(state, { places: "1", mode: "ONSITE" }, text, "paikka-");
  const labels = {
    hostLibraryId: f.tr("exchangeOffers.field.library"),
    title: f.tr("exchangeOffers.field.title"),
    description: f.tr("exchangeOffers.field.description"),
    hostName: f.tr("exchangeOffers.field.hostName"),
    themes: f.tr("exchangeOffers.field.themes"),
    startDate: f.tr("exchangeOffers.field.startDate"),
    endDate: f.tr("exchangeOffers.field.endDate"),
    dates: f.tr("exchangeOffers.field.dates"),
    places: f.tr("exchangeOffers.field.places"),
    mode: f.tr("exchangeOffers.field.mode"),
    accessibilityNotes: f.tr("exchangeOffers.field.accessibilityNotes"),
    travelNotes: f.tr("exchangeOffers.field.travelNotes"),
    roundId: f.tr("exchangeOffers.field.round"),
  };
  const modeChoices = [
    { value: "ONSITE", label: f.tr("exchangeOffers.mode.ONSITE") },
    { value: "PARTLY_REMOTE", label: f.tr("exchangeOffers.mode.PARTLY_REMOTE") },
  ];
  return (
    <form action={action} noValidate className="max-w-2xl space-y-4">
      <FormFeedback state={state} text={text} labels={labels} idPrefix="paikka-" />
      <input type="hidden" name="roundId" value={roundId} />
      {library ? (
        <>
          <input type="hidden" name="hostLibraryId" value={library.id} />
          <p>
            <span className="font-semibold">{labels.hostLibraryId}:</span> {library.name}
          </p>
        </>
      ) : (
        <SelectField
          {...f.props("hostLibraryId", labels.hostLibraryId)}
          required
          options={[{ value: "", label: f.tr("exchangeOffers.chooseLibrary") }]}
          groups={libraries}
        />
      )}
      <TextField {...f.props("title", labels.title)} required hint={f.tr("exchangeOffers.hint.title")} />
      <TextArea
        {...f.props("description", labels.description)}
        required
        rows={5}
        hint={f.tr("exchangeOffers.hint.description")}
      />
      <TextField {...f.props("hostName", labels.hostName)} hint={f.tr("exchangeOffers.hint.hostName")} />
      <ChoiceGroup
        id="paikka-themes"
        name="themes"
        legend={labels.themes}
        type="checkbox"
        choices={themes}
        selected={f.values("themes")}
        error={f.error("themes")}
        required
        text={text}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...f.props("startDate", labels.startDate)} type="date" required />
        <TextField {...f.props("endDate", labels.endDate)} type="date" required />
      </div>
      <TextField {...f.props("dates", labels.dates)} hint={f.tr("exchangeOffers.hint.dates")} />
      <TextField {...f.props("places", labels.places)} inputMode="numeric" required className="max-w-xs" />
      <ChoiceGroup
        id="paikka-mode"
        name="mode"
        legend={labels.mode}
        type="radio"
        choices={modeChoices}
        selected={f.values("mode")}
        error={f.error("mode")}
        required
        text={text}
      />
      <TextArea {...f.props("accessibilityNotes", labels.accessibilityNotes)} rows={2} />
      <TextArea
        {...f.props("travelNotes", labels.travelNotes)}
        rows={2}
        hint={f.tr("exchangeOffers.hint.travelNotes")}
      />
      <SubmitButton pending={pending} label={f.tr("exchangeOffers.publish")} pendingLabel={f.tr("form.saving")} />
    </form>
  );
}
