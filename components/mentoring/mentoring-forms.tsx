"use client";
// Mentoring forms: one's application (role, library, goals, availability) and
// the coordinators' pair of a mentor and a mentee.
import { useActionState } from "react";
import {
  ChoiceGroup,
  FormFeedback,
  SelectField,
  SubmitButton,
  TextArea,
  fieldHelpers,
  type FormText,
} from "@/components/forms/form-parts";
import { idleForm, type FormState, type FormValues } from "@/lib/http/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function MentoringApplicationForm({
  action: serverAction,
  offeringId,
  slug,
  defaults,
  libraries,
  editing,
  text,
}: {
  action: Action;
  offeringId: string;
  slug: string;
  defaults: FormValues;
  libraries: { id: string; name: string }[];
  editing: boolean;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const f = fieldHelpers(state, defaults, text, "hakemus-");
  const labels = {
    role: f.tr("mentoring.field.role"),
    libraryId: f.tr("mentoring.field.libraryId"),
    goals: f.tr("mentoring.field.goals"),
    availability: f.tr("mentoring.field.availability"),
  };
  return (
    <form action={action} className="space-y-4">
      <FormFeedback state={state} text={text} labels={labels} idPrefix="hakemus-" />
      <input type="hidden" name="offeringId" value={offeringId} />
      <input type="hidden" name="slug" value={slug} />
      <ChoiceGroup
        id={f.id("role")}
        name="role"
        legend={labels.role}
        type="radio"
        required
        choices={[
          { value: "MENTEE", label: f.tr("mentoring.role.MENTEE") },
          { value: "MENTOR", label: f.tr("mentoring.role.MENTOR") },
        ]}
        selected={f.values("role")}
        error={f.error("role")}
        text={text}
      />
      <SelectField
        {...f.props("libraryId", labels.libraryId)}
        required
        options={[{ value: "", label: "—" }, ...libraries.map((l) => ({ value: l.id, label: l.name }))]}
      />
      <TextArea {...f.props("goals", labels.goals)} hint={f.tr("mentoring.field.goalsHint")} required rows={4} />
      <TextArea
        {...f.props("availability", labels.availability)}
        hint={f.tr("mentoring.field.availabilityHint")}
        required
        rows={2}
      />
      <SubmitButton
        pending={pending}
        label={f.tr(editing ? "mentoring.submit.edit" : "mentoring.submit.apply")}
        pendingLabel={f.tr("form.saving")}
      />
    </form>
  );
}

export function PairForm({
  action: serverAction,
  offeringId,
  mentors,
  mentees,
  text,
}: {
  action: Action;
  offeringId: string;
  mentors: { id: string; label: string }[];
  mentees: { id: string; label: string }[];
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const f = fieldHelpers(state, {}, text, "pari-");
  const labels = { mentorId: f.tr("mentoring.admin.pairMentor"), menteeId: f.tr("mentoring.admin.pairMentee") };
  return (
    <form action={action} className="space-y-4">
      <FormFeedback state={state} text={text} labels={labels} idPrefix="pari-" />
      <input type="hidden" name="offeringId" value={offeringId} />
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          {...f.props("mentorId", labels.mentorId)}
          required
          options={[{ value: "", label: "—" }, ...mentors.map((m) => ({ value: m.id, label: m.label }))]}
        />
        <SelectField
          {...f.props("menteeId", labels.menteeId)}
          required
          options={[{ value: "", label: "—" }, ...mentees.map((m) => ({ value: m.id, label: m.label }))]}
        />
      </div>
      <SubmitButton pending={pending} label={f.tr("mentoring.admin.pairSubmit")} pendingLabel={f.tr("form.saving")} />
    </form>
  );
}
