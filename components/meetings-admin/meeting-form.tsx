"use client";
import { useActionState } from "react";
import {
  ChoiceGroup,
  fieldHelpers,
  FormFeedback,
  SelectField,
  SubmitButton,
  TextField,
  type FormText,
} from "@/components/forms/form-parts";
import { idleForm, type FormValues } from "@/lib/http/form-state";
import { createMeetingAction, updateMeetingAction } from "@/lib/meetings/actions";
import { eligibleOptions, type PersonChoice } from "./people";

/** A meeting's details and invitations: the new-meeting page and the edit page. */
export function MeetingForm({
  mode,
  defaults,
  people,
  text,
}: {
  mode: "create" | "edit";
  defaults: FormValues;
  people: PersonChoice[];
  text: FormText;
}) {
  const [state, action, pending] = useActionState(
    mode === "create" ? createMeetingAction : updateMeetingAction,
    idleForm,
  );
  const f = fieldHelpers(state, defaults, text);
  const labels = {
    title: f.tr("meetingsAdmin.field.title"),
    startsAt: f.tr("meetingsAdmin.field.startsAt"),
    endsAt: f.tr("meetingsAdmin.field.endsAt"),
    location: f.tr("meetingsAdmin.field.location"),
    remoteUrl: f.tr("meetingsAdmin.field.remoteUrl"),
    chairId: f.tr("meetingsAdmin.field.chairId"),
    secretaryId: f.tr("meetingsAdmin.field.secretaryId"),
    attendeeIds: f.tr("meetingsAdmin.field.attendeeIds"),
  };
  const nobody = [{ value: "", label: f.tr("meetingsAdmin.field.nobody") }];
  const selected = f.values("attendeeIds");
  // Invitees and the chair among those who will see the agenda, the secretary among those who could write the minutes.
  const invitable = (p: PersonChoice) => p.invitable;
  const chairOptions = eligibleOptions(
    people,
    invitable,
    [f.value("chairId")],
    f.tr,
    "meetingsAdmin.field.notInvitable",
  );
  const secretaryOptions = eligibleOptions(
    people,
    (p) => p.secretaryEligible,
    [f.value("secretaryId")],
    f.tr,
    "meetingsAdmin.field.notSecretary",
  );
  const inviteeChoices = eligibleOptions(people, invitable, selected, f.tr, "meetingsAdmin.field.notInvitable");
  return (
    <form action={action} noValidate className="max-w-2xl space-y-4">
      <FormFeedback state={state} text={text} labels={labels} />
      <div key={state.attempt ?? 0} className="space-y-4">
        {mode === "edit" ? <input type="hidden" name="meetingId" value={f.value("meetingId")} /> : null}
        <TextField
          id={f.id("title")}
          name="title"
          label={labels.title}
          hint={f.tr("meetingsAdmin.field.titleHint")}
          required
          text={text}
          defaultValue={f.value("title")}
          error={f.error("title")}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id={f.id("startsAt")}
            name="startsAt"
            type="datetime-local"
            label={labels.startsAt}
            hint={f.tr("meetingsAdmin.field.timeHint")}
            required
            text={text}
            defaultValue={f.value("startsAt")}
            error={f.error("startsAt")}
          />
          <TextField
            id={f.id("endsAt")}
            name="endsAt"
            type="datetime-local"
            label={labels.endsAt}
            hint={f.tr("meetingsAdmin.field.timeHint")}
            required
            text={text}
            defaultValue={f.value("endsAt")}
            error={f.error("endsAt")}
          />
        </div>
        <TextField
          id={f.id("location")}
          name="location"
          label={labels.location}
          hint={f.tr("meetingsAdmin.field.locationHint")}
          text={text}
          defaultValue={f.value("location")}
          error={f.error("location")}
        />
        <TextField
          id={f.id("remoteUrl")}
          name="remoteUrl"
          type="url"
          inputMode="url"
          label={labels.remoteUrl}
          hint={f.tr("meetingsAdmin.field.remoteUrlHint")}
          text={text}
          defaultValue={f.value("remoteUrl")}
          error={f.error("remoteUrl")}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            id={f.id("chairId")}
            name="chairId"
            label={labels.chairId}
            options={[...nobody, ...chairOptions]}
            text={text}
            defaultValue={f.value("chairId")}
            error={f.error("chairId")}
          />
          <SelectField
            id={f.id("secretaryId")}
            name="secretaryId"
            label={labels.secretaryId}
            hint={f.tr("meetingsAdmin.field.secretaryIdHint")}
            options={[...nobody, ...secretaryOptions]}
            text={text}
            defaultValue={f.value("secretaryId")}
            error={f.error("secretaryId")}
          />
        </div>
        <ChoiceGroup
          id={f.id("attendeeIds")}
          name="attendeeIds"
          type="checkbox"
          legend={labels.attendeeIds}
          hint={f.tr("meetingsAdmin.field.attendeeIdsHint")}
          choices={inviteeChoices}
          selected={selected}
          error={f.error("attendeeIds")}
          text={text}
        />
      </div>
      <SubmitButton
        pending={pending}
        label={f.tr(mode === "create" ? "meetingsAdmin.create" : "meetingsAdmin.save")}
        pendingLabel={f.tr("form.saving")}
      />
    </form>
  );
}
