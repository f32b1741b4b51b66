"use client";
// Adding, editing and removing one action item (toimenpide): what, owner (a
// person, a member library, or a name written out), optional due date.
import { useActionState } from "react";
import {
  fieldHelpers,
  FormFeedback,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  translateWith,
} from "@/components/forms/form-parts";
import { createActionItemAction, deleteActionItemAction, updateActionItemAction } from "@/lib/action-items/actions";
import type { OwnerChoices } from "@/lib/action-items/data";
import { idleForm, type FormValues } from "@/lib/http/form-state";
import { displayNameWithLibrary } from "@/lib/users/rules";
import { ConfirmActionForm } from "@/components/forms/confirm-action-form";
import { useFormText } from "./text-context";

export function ActionItemForm({
  mode,
  meetingId,
  agendaItemId,
  actionItemId,
  defaults,
  owners,
  idPrefix,
}: {
  mode: "create" | "edit";
  meetingId: string;
  agendaItemId?: string;
  actionItemId?: string;
  /** title, description, owner ("user:<id>" | "library:<id>" | "name"), ownerName, dueDate (yyyy-mm-dd) */
  defaults: FormValues;
  owners: OwnerChoices;
  idPrefix: string;
}) {
  const text = useFormText();
  const [state, action, pending] = useActionState(
    mode === "create" ? createActionItemAction : updateActionItemAction,
    idleForm,
  );
  const f = fieldHelpers(state, defaults, text, idPrefix);
  const labels = {
    title: f.tr("actionItems.field.title"),
    description: f.tr("actionItems.field.description"),
    owner: f.tr("actionItems.field.owner"),
    ownerName: f.tr("actionItems.field.ownerName"),
    dueDate: f.tr("actionItems.field.dueDate"),
    agendaItemId: f.tr("actionItems.field.agendaItem"),
    actionItemId: f.tr("actionItems.field.actionItemRef"),
  };
  return (
    <form action={action} noValidate className="max-w-3xl space-y-3">
      <FormFeedback state={state} text={text} labels={labels} idPrefix={idPrefix} />
      <input type="hidden" name="meetingId" value={meetingId} />
      {agendaItemId ? <input type="hidden" name="agendaItemId" value={agendaItemId} /> : null}
      {actionItemId ? <input type="hidden" name="actionItemId" value={actionItemId} /> : null}
      <div key={state.attempt ?? 0} className="space-y-3">
        <TextField
          id={f.id("title")}
          name="title"
          label={labels.title}
          hint={f.tr("actionItems.hint.title")}
          required
          text={text}
          defaultValue={f.value("title")}
          error={f.error("title")}
        />
        <TextArea
          id={f.id("description")}
          name="description"
          label={labels.description}
          rows={2}
          text={text}
          defaultValue={f.value("description")}
          error={f.error("description")}
        />
        <SelectField
          id={f.id("owner")}
          name="owner"
          label={labels.owner}
          required
          text={text}
          defaultValue={f.value("owner")}
          error={f.error("owner")}
          options={[{ value: "", label: f.tr("actionItems.owner.choose") }]}
          groups={[
            {
              label: f.tr("actionItems.owner.people"),
              options: owners.users.map((u) => ({
                value: `user:${u.id}`,
                label: displayNameWithLibrary(u.person, f.tr),
              })),
            },
            {
              label: f.tr("actionItems.owner.libraries"),
              options: owners.libraries.map((l) => ({ value: `library:${l.id}`, label: l.label })),
            },
            {
              label: f.tr("actionItems.owner.other"),
              options: [{ value: "name", label: f.tr("actionItems.owner.byName") }],
            },
          ]}
        />
        <TextField
          id={f.id("ownerName")}
          name="ownerName"
          label={labels.ownerName}
          hint={f.tr("actionItems.hint.ownerName")}
          text={text}
          defaultValue={f.value("ownerName")}
          error={f.error("ownerName")}
        />
        <TextField
          id={f.id("dueDate")}
          name="dueDate"
          type="date"
          label={labels.dueDate}
          hint={f.tr("actionItems.hint.dueDate")}
          text={text}
          defaultValue={f.value("dueDate")}
          error={f.error("dueDate")}
          className="max-w-xs"
        />
      </div>
      <SubmitButton
        pending={pending}
        label={f.tr(mode === "create" ? "actionItems.addActionItem" : "actionItems.save")}
        pendingLabel={f.tr("form.saving")}
      />
    </form>
  );
}

/** The confirmation step's button (inside a disclosure that asks first). */
export function DeleteActionItemForm({ meetingId, actionItemId }: { meetingId: string; actionItemId: string }) {
  const text = useFormText();
  return (
    <ConfirmActionForm
      action={deleteActionItemAction}
      fields={{ meetingId, actionItemId }}
      submitLabel="actionItems.deleteActionItem"
      text={text}
    >
      <p>{translateWith(text)("actionItems.confirmDeleteActionItem")}</p>
    </ConfirmActionForm>
  );
}
