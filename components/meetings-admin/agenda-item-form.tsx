"use client";
import { useActionState } from "react";
import {
  fieldHelpers,
  FormFeedback,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  type FormText,
} from "@/components/forms/form-parts";
import { idleForm, type FormValues } from "@/lib/http/form-state";
import { addAgendaItemAction, updateAgendaItemAction } from "@/lib/meetings/actions";
import { personGroups, type PersonChoice } from "./people";

/**
 * Adds an agenda item, or edits one. Every form of the page has its own
 * id prefix, so labels and error links never point at another form's field.
 */
export function AgendaItemForm({
  mode,
  defaults,
  people,
  text,
  idPrefix,
}: {
  mode: "create" | "edit";
  defaults: FormValues;
  people: PersonChoice[];
  text: FormText;
  idPrefix: string;
}) {
  const [state, action, pending] = useActionState(
    mode === "create" ? addAgendaItemAction : updateAgendaItemAction,
    idleForm,
  );
  const f = fieldHelpers(state, defaults, text, idPrefix);
  const labels = {
    title: f.tr("meetingsAdmin.item.title"),
    body: f.tr("meetingsAdmin.item.body"),
    presenterId: f.tr("meetingsAdmin.item.presenterId"),
    presenterName: f.tr("meetingsAdmin.item.presenterName"),
  };
  return (
    <form action={action} noValidate className="max-w-2xl space-y-4">
      <FormFeedback state={state} text={text} labels={labels} idPrefix={idPrefix} />
      <div key={state.attempt ?? 0} className="space-y-4">
        <input type="hidden" name="meetingId" value={f.value("meetingId")} />
        {mode === "edit" ? <input type="hidden" name="itemId" value={f.value("itemId")} /> : null}
        <TextField
          id={f.id("title")}
          name="title"
          label={labels.title}
          required
          text={text}
          defaultValue={f.value("title")}
          error={f.error("title")}
        />
        <TextArea
          id={f.id("body")}
          name="body"
          label={labels.body}
          hint={f.tr("meetingsAdmin.item.bodyHint")}
          rows={3}
          text={text}
          defaultValue={f.value("body")}
          error={f.error("body")}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            id={f.id("presenterId")}
            name="presenterId"
            label={labels.presenterId}
            hint={f.tr("meetingsAdmin.item.presenterIdHint")}
            options={[{ value: "", label: f.tr("meetingsAdmin.item.noPresenter") }]}
            groups={personGroups(
              people,
              { core: f.tr("meetingsAdmin.group.core"), others: f.tr("meetingsAdmin.group.others") },
              f.tr,
            )}
            text={text}
            defaultValue={f.value("presenterId")}
            error={f.error("presenterId")}
          />
          <TextField
            id={f.id("presenterName")}
            name="presenterName"
            label={labels.presenterName}
            text={text}
            defaultValue={f.value("presenterName")}
            error={f.error("presenterName")}
          />
        </div>
      </div>
      <SubmitButton
        pending={pending}
        label={f.tr(mode === "create" ? "meetingsAdmin.agenda.addSubmit" : "meetingsAdmin.save")}
        pendingLabel={f.tr("form.saving")}
        variant={mode === "create" ? "primary" : "secondary"}
      />
    </form>
  );
}
