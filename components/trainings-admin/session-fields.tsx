"use client";
// The fields of a session: time, place, seats, registration window and, in
// the session form, who may enrol. The workshop scheduling form reuses them.
import {
  ChoiceGroup,
  SelectField,
  TextField,
  type fieldHelpers,
  type FormText,
  type SelectGroup,
} from "@/components/forms/form-parts";

export type PlaceChoices = {
  /** Service points grouped by library. */
  servicePoints: SelectGroup[];
  libraries: { value: string; label: string }[];
};

export const SESSION_FIELD_LABEL_KEYS = {
  title: "trainingsAdmin.field.sessionTitle",
  startsAt: "trainingsAdmin.field.startsAt",
  endsAt: "trainingsAdmin.field.endsAt",
  servicePointId: "trainingsAdmin.field.servicePoint",
  place: "trainingsAdmin.field.place",
  remoteUrl: "trainingsAdmin.field.remoteUrl",
  capacity: "trainingsAdmin.field.capacity",
  registrationOpensAt: "trainingsAdmin.field.registrationOpensAt",
  registrationClosesAt: "trainingsAdmin.field.registrationClosesAt",
  eligibility: "trainingsAdmin.field.eligibility",
  restrictedLibraryId: "trainingsAdmin.field.restrictedLibrary",
} as const;

export function sessionFieldLabels(tr: (key: string) => string, withEligibility: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, key] of Object.entries(SESSION_FIELD_LABEL_KEYS)) {
    if (!withEligibility && (name === "eligibility" || name === "restrictedLibraryId")) continue;
    out[name] = tr(key);
  }
  return out;
}

export function SessionFields({
  f,
  text,
  places,
  withEligibility,
  capacityHint,
}: {
  f: ReturnType<typeof fieldHelpers>;
  text: FormText;
  places: PlaceChoices;
  withEligibility: boolean;
  capacityHint?: string;
}) {
  const labels = sessionFieldLabels(f.tr, withEligibility);
  const field = (name: keyof typeof SESSION_FIELD_LABEL_KEYS) => f.props(name, labels[name] ?? name);
  const timeHint = f.tr("trainingsAdmin.field.dateTimeHint");
  return (
    <>
      <TextField {...field("title")} hint={f.tr("trainingsAdmin.field.sessionTitleHint")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...field("startsAt")} type="datetime-local" required hint={timeHint} />
        <TextField {...field("endsAt")} type="datetime-local" required hint={timeHint} />
      </div>
      <fieldset className="space-y-4 rounded border border-gray-300 p-4">
        <legend className="px-1 font-semibold">{f.tr("trainingsAdmin.field.where")}</legend>
        <p id={f.id("where-hint")} className="text-sm text-gray-700">
          {f.tr("trainingsAdmin.field.whereHint")}
        </p>
        <SelectField
          {...field("servicePointId")}
          options={[{ value: "", label: f.tr("trainingsAdmin.field.servicePointNone") }]}
          groups={places.servicePoints}
        />
        <TextField {...field("place")} hint={f.tr("trainingsAdmin.field.placeHint")} />
        <TextField
          {...field("remoteUrl")}
          type="url"
          inputMode="url"
          hint={f.tr("trainingsAdmin.field.remoteUrlHint")}
        />
      </fieldset>
      <TextField
        {...field("capacity")}
        type="number"
        inputMode="numeric"
        required
        hint={capacityHint}
        className="max-w-xs"
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...field("registrationOpensAt")} type="datetime-local" hint={timeHint} />
        <TextField
          {...field("registrationClosesAt")}
          type="datetime-local"
          hint={f.tr("trainingsAdmin.field.registrationClosesHint")}
        />
      </div>
      {withEligibility ? (
        <>
          <ChoiceGroup
            id={f.id("eligibility")}
            name="eligibility"
            legend={labels.eligibility ?? ""}
            type="radio"
            choices={[
              { value: "REGION", label: f.tr("trainingsAdmin.field.eligibility.REGION") },
              { value: "LIBRARY", label: f.tr("trainingsAdmin.field.eligibility.LIBRARY") },
            ]}
            selected={[f.value("eligibility") || "REGION"]}
            error={f.error("eligibility")}
            required
            text={text}
          />
          <SelectField
            {...field("restrictedLibraryId")}
            hint={f.tr("trainingsAdmin.field.restrictedLibraryHint")}
            options={[{ value: "", label: f.tr("trainingsAdmin.field.restrictedLibraryNone") }, ...places.libraries]}
          />
        </>
      ) : null}
    </>
  );
}
