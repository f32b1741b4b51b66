"use client";
import { useActionState } from "react";
import { idleForm, type FormValues } from "@/lib/http/form-state";
import { createLibraryAction, updateLibraryAction } from "@/lib/libraries/actions";
import {
  fieldHelpers,
  FormFeedback,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  type FormText,
  type SelectOption,
} from "@/components/forms/form-parts";

/**
 * A library's details. An admin ("create", or "edit" with adminFields) sees
 * every field; a coordinator only the library's content (the server takes
 * nothing else from them either).
 */
export function LibraryForm({
  mode,
  adminFields,
  defaults,
  people,
  text,
}: {
  mode: "create" | "edit";
  adminFields: boolean;
  defaults: FormValues;
  /** The representative's choices: the library's people (none for a new library). */
  people: SelectOption[];
  text: FormText;
}) {
  const [state, action, pending] = useActionState(
    mode === "create" ? createLibraryAction : updateLibraryAction,
    idleForm,
  );
  const f = fieldHelpers(state, defaults, text);
  const labels = {
    name: f.tr("libraries.field.name"),
    slug: f.tr("libraries.field.slug"),
    municipality: f.tr("libraries.field.municipality"),
    region: f.tr("libraries.field.region"),
    consortium: f.tr("libraries.field.consortium"),
    emailDomains: f.tr("libraries.field.emailDomains"),
    website: f.tr("libraries.field.website"),
    contactEmail: f.tr("libraries.field.contactEmail"),
    contactPhone: f.tr("libraries.field.contactPhone"),
    streetAddress: f.tr("libraries.field.streetAddress"),
    postalCode: f.tr("libraries.field.postalCode"),
    city: f.tr("libraries.field.city"),
    deliveryAddress: f.tr("libraries.field.deliveryAddress"),
    staffCount: f.tr("libraries.field.staffCount"),
    steeringRepresentativeId: f.tr("libraries.field.representative"),
  };
  const choose = { value: "", label: f.tr("libraries.choose") };
  return (
    <form action={action} noValidate className="max-w-2xl space-y-4">
      <FormFeedback state={state} text={text} labels={labels} />
      <div key={state.attempt ?? 0} className="space-y-4">
        {mode === "edit" ? <input type="hidden" name="libraryId" value={f.value("libraryId")} /> : null}
        {adminFields ? (
          <>
            <TextField {...f.props("name", labels.name)} required />
            <TextField
              {...f.props("slug", labels.slug)}
              hint={f.tr("libraries.field.slugHint")}
              required={mode === "edit"}
            />
            <TextField {...f.props("municipality", labels.municipality)} required />
            <SelectField
              {...f.props("region", labels.region)}
              required
              options={[
                choose,
                ...["PIRKANMAA", "KESKI_SUOMI"].map((v) => ({ value: v, label: f.tr(`libraries.region.${v}`) })),
              ]}
            />
            <SelectField
              {...f.props("consortium", labels.consortium)}
              required
              options={[
                choose,
                ...["PIKI", "KESKI", "OTHER"].map((v) => ({ value: v, label: f.tr(`libraries.consortium.${v}`) })),
              ]}
            />
            <TextArea
              {...f.props("emailDomains", labels.emailDomains)}
              hint={f.tr("libraries.field.emailDomainsHint")}
              rows={3}
            />
          </>
        ) : null}
        <TextField {...f.props("website", labels.website)} type="url" inputMode="url" />
        <TextField {...f.props("contactEmail", labels.contactEmail)} />
        <TextField {...f.props("contactPhone", labels.contactPhone)} />
        <TextField {...f.props("streetAddress", labels.streetAddress)} />
        <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
          <TextField {...f.props("postalCode", labels.postalCode)} inputMode="numeric" />
          <TextField {...f.props("city", labels.city)} />
        </div>
        <TextArea
          {...f.props("deliveryAddress", labels.deliveryAddress)}
          hint={f.tr("libraries.field.deliveryAddressHint")}
          rows={3}
        />
        <TextField {...f.props("staffCount", labels.staffCount)} inputMode="numeric" className="max-w-40" />
        {mode === "edit" ? (
          <SelectField
            {...f.props("steeringRepresentativeId", labels.steeringRepresentativeId)}
            hint={f.tr("libraries.field.representativeHint")}
            options={[{ value: "", label: f.tr("libraries.field.representativeNone") }, ...people]}
          />
        ) : null}
      </div>
      <SubmitButton
        pending={pending}
        label={f.tr(mode === "create" ? "libraries.new.submit" : "libraries.edit.submit")}
        pendingLabel={f.tr("form.saving")}
      />
    </form>
  );
}
