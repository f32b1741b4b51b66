// The decisions page of one meeting: under each agenda item its decisions and
// action items, each editable and removable (after confirmation) by those who
// write the minutes; under "previous action items" the review of earlier
// meetings' open items. Read-only when the meeting is not editable.
import type { ReactNode } from "react";
import type { FormText } from "@/components/forms/form-parts";
import type { DecisionsEditor, EditorActionItem, EditorDecision, PreviousActionItem } from "@/lib/action-items/data";
import { isoDay } from "@/lib/dates";
import type { Translate } from "@/lib/i18n/translate";
import { ActionItemForm, DeleteActionItemForm } from "./action-item-forms";
import { DecisionForm, DeleteDecisionForm } from "./decision-forms";
import { DueDate, ownerText, StatusBadge } from "./facts";
import { PreviousActionItemList } from "./previous-action-items";
import { FormTextProvider } from "./text-context";

const H3 = "mt-4 mb-2 text-lg font-bold text-brand-900";
const SUMMARY =
  "inline-flex min-h-11 cursor-pointer items-center rounded px-1 font-semibold text-brand-800 underline underline-offset-4";

export function DecisionsEditorView({
  editor,
  previous,
  t,
  text,
}: {
  editor: DecisionsEditor;
  previous: PreviousActionItem[];
  t: Translate;
  text: FormText;
}) {
  const { meeting, canWrite } = editor;
  // The review shows once: under the first "previous action items" item, else above the agenda.
  const previousItemId = editor.items.find((item) => item.kind === "PREVIOUS_ACTIONS")?.id ?? null;
  const orphanDecisions = editor.decisions.filter((d) => !editor.items.some((i) => i.id === d.agendaItemId));
  const orphanActions = editor.actionItems.filter((a) => !editor.items.some((i) => i.id === a.agendaItemId));
  const previousList = (
    <div id="edelliset" className="scroll-mt-4">
      <PreviousActionItemList items={previous} meetingId={meeting.id} t={t} withForms={canWrite} />
    </div>
  );
  return (
    <FormTextProvider text={text}>
      {!previousItemId && previous.length > 0 ? (
        <section aria-labelledby="aiemmat" className="mb-8">
          <h2 id="aiemmat" className="mb-3 text-2xl font-bold text-brand-900">
            {t("actionItems.previous.title")}
          </h2>
          {previousList}
        </section>
      ) : null}
      {editor.items.length === 0 ? <p>{t("actionItems.editor.noAgenda")}</p> : null}
      <ol className="space-y-8">
        {editor.items.map((item) => (
          <li key={item.id} id={`kohta-${item.position}`} className="scroll-mt-4 border-t-2 border-gray-300 pt-4">
            <h2 className="text-2xl font-bold text-brand-900">
              {item.position}. {item.title}
            </h2>
            {item.id === previousItemId ? <div className="mt-3">{previousList}</div> : null}
            <ItemContent
              editor={editor}
              agendaItemId={item.id}
              itemTitle={item.title}
              decisions={editor.decisions.filter((d) => d.agendaItemId === item.id)}
              actionItems={editor.actionItems.filter((a) => a.agendaItemId === item.id)}
              t={t}
            />
          </li>
        ))}
      </ol>
      {orphanDecisions.length > 0 || orphanActions.length > 0 ? (
        <section aria-labelledby="ilman-kohtaa" className="mt-8 border-t-2 border-gray-300 pt-4">
          <h2 id="ilman-kohtaa" className="text-2xl font-bold text-brand-900">
            {t("actionItems.editor.withoutItem")}
          </h2>
          <ItemContent
            editor={editor}
            agendaItemId={null}
            itemTitle={t("actionItems.editor.withoutItem")}
            decisions={orphanDecisions}
            actionItems={orphanActions}
            t={t}
          />
        </section>
      ) : null}
    </FormTextProvider>
  );
}

function ItemContent({
  editor,
  agendaItemId,
  itemTitle,
  decisions,
  actionItems,
  t,
}: {
  editor: DecisionsEditor;
  /** Null for the records whose agenda item was removed: nothing new is added there. */
  agendaItemId: string | null;
  itemTitle: string;
  decisions: EditorDecision[];
  actionItems: EditorActionItem[];
  t: Translate;
}) {
  const { meeting, canWrite, ownerChoices } = editor;
  const key = agendaItemId ?? "none";
  return (
    <>
      <h3 className={H3}>{t("meetings.decisions")}</h3>
      {decisions.length === 0 ? (
        <p className="text-gray-800">{t("actionItems.editor.noDecisions")}</p>
      ) : (
        <ul className="space-y-3">
          {decisions.map((decision, index) => (
            <li key={decision.id} className="rounded border border-gray-300 p-3 break-words">
              <p className="max-w-3xl whitespace-pre-line">{decision.text}</p>
              {canWrite ? (
                <Actions
                  edit={
                    <DecisionForm
                      mode="edit"
                      meetingId={meeting.id}
                      decisionId={decision.id}
                      defaultText={decision.text}
                      idPrefix={`paatos-${decision.id}-`}
                    />
                  }
                  remove={<DeleteDecisionForm meetingId={meeting.id} decisionId={decision.id} />}
                  editLabel={t("actionItems.editDecision", { n: index + 1 })}
                  removeLabel={t("actionItems.removeDecision", { n: index + 1 })}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canWrite && agendaItemId ? (
        <details className="mt-3">
          <summary className={SUMMARY}>{t("actionItems.addDecisionTo", { title: itemTitle })}</summary>
          <div className="mt-2 border-l-4 border-brand-100 pl-4">
            <DecisionForm
              mode="create"
              meetingId={meeting.id}
              agendaItemId={agendaItemId}
              idPrefix={`uusi-paatos-${key}-`}
            />
          </div>
        </details>
      ) : null}

      <h3 className={H3}>{t("meetings.actionItems")}</h3>
      {actionItems.length === 0 ? (
        <p className="text-gray-800">{t("actionItems.editor.noActionItems")}</p>
      ) : (
        <ul className="space-y-3">
          {actionItems.map((item) => (
            <li key={item.id} className="rounded border border-gray-300 p-3 break-words">
              <p className="font-semibold">{item.title}</p>
              {item.description ? <p className="mt-1 max-w-3xl">{item.description}</p> : null}
              <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
                <Fact label={t("meetings.owner")}>{ownerText(item.owner, t)}</Fact>
                <Fact label={t("meetings.dueDate")}>
                  <DueDate dueDate={item.dueDate} overdue={item.overdue} t={t} />
                </Fact>
                <Fact label={t("meetings.status")}>
                  <StatusBadge status={item.status} t={t} />
                </Fact>
              </dl>
              {canWrite && ownerChoices ? (
                <Actions
                  edit={
                    <ActionItemForm
                      mode="edit"
                      meetingId={meeting.id}
                      actionItemId={item.id}
                      owners={ownerChoices}
                      idPrefix={`toimenpide-${item.id}-`}
                      defaults={{
                        title: item.title,
                        description: item.description ?? "",
                        owner: item.ownerChoice,
                        ownerName: item.ownerName ?? "",
                        dueDate: item.dueDate ? isoDay(item.dueDate) : "",
                      }}
                    />
                  }
                  remove={
                    item.hasHistory ? (
                      <p>{t("actionItems.error.hasHistory")}</p>
                    ) : (
                      <DeleteActionItemForm meetingId={meeting.id} actionItemId={item.id} />
                    )
                  }
                  editLabel={t("actionItems.editActionItem", { title: item.title })}
                  removeLabel={t("actionItems.removeActionItem", { title: item.title })}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canWrite && ownerChoices && agendaItemId ? (
        <details className="mt-3">
          <summary className={SUMMARY}>{t("actionItems.addActionItemTo", { title: itemTitle })}</summary>
          <div className="mt-2 border-l-4 border-brand-100 pl-4">
            <ActionItemForm
              mode="create"
              meetingId={meeting.id}
              agendaItemId={agendaItemId}
              owners={ownerChoices}
              idPrefix={`uusi-toimenpide-${key}-`}
              defaults={{}}
            />
          </div>
        </details>
      ) : null}
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-x-1">
      <dt className="font-semibold after:content-[':']">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Edit and remove, each behind a disclosure; removing asks once more inside it. */
function Actions({
  edit,
  remove,
  editLabel,
  removeLabel,
}: {
  edit: ReactNode;
  remove: ReactNode;
  editLabel: string;
  removeLabel: string;
}) {
  return (
    <div className="mt-2 space-y-2">
      <details>
        <summary className={SUMMARY}>{editLabel}</summary>
        <div className="mt-2 border-l-4 border-brand-100 pl-4">{edit}</div>
      </details>
      <details>
        <summary className={SUMMARY}>{removeLabel}</summary>
        <div className="mt-2 border-l-4 border-red-200 pl-4">{remove}</div>
      </details>
    </div>
  );
}
