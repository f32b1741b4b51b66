"use client";
// A chair's edit of the network's description and playbook (ADR 29). The
// base revision is the optimistic lock: after a conflict the form carries the
// revision that got in between, and the chair merges their text into it.
import Link from "next/link";
import { useActionState } from "react";
import { fieldHelpers, FormFeedback, SubmitButton, TextArea, type FormText } from "@/components/forms/form-parts";
import { idleForm, type FormState } from "@/lib/http/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function PlaybookForm({
  action: serverAction,
  networkId,
  slug,
  defaults,
  text,
}: {
  action: Action;
  networkId: string;
  slug: string;
  defaults: { description: string; playbook: string; baseRevisionId: string };
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const f = fieldHelpers(state, defaults, text, "pelikirja-");
  const labels = {
    description: f.tr("networksPlaybook.field.description"),
    playbook: f.tr("networksPlaybook.field.playbook"),
  };
  return (
    <form action={action} noValidate className="max-w-3xl space-y-4">
      <FormFeedback state={state} text={text} labels={labels} idPrefix="pelikirja-" />
      <input type="hidden" name="networkId" value={networkId} />
      <input type="hidden" name="baseRevisionId" value={f.value("baseRevisionId")} />
      <TextArea
        {...f.props("description", labels.description)}
        rows={3}
        hint={f.tr("networksPlaybook.hint.description")}
      />
      <TextArea {...f.props("playbook", labels.playbook)} rows={20} hint={f.tr("networksPlaybook.hint.playbook")} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pending={pending} label={f.tr("networksPlaybook.save")} pendingLabel={f.tr("form.saving")} />
        <Link href={`/verkostot/${slug}`}>{f.tr("networksPlaybook.backToNetwork")}</Link>
      </div>
    </form>
  );
}
