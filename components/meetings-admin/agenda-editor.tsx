"use client";
// The agenda as its coordinator edits it. Reordering is done with buttons
// ("Siirrä ylös" / "Siirrä alas"), which work from the keyboard and without
// JavaScript; after a move the focus returns to the moved item's button and
// the new position is announced. Removing an item takes a second, explicit
// button that says what goes with it.
import { useActionState, useEffect, useRef } from "react";
import { FormFeedback, translateWith, type FormText } from "@/components/forms/form-parts";
import type { AgendaItemKind } from "@/lib/db/enums";
import { idleForm } from "@/lib/http/form-state";
import { moveAgendaItemAction, removeAgendaItemAction } from "@/lib/meetings/actions";
import { AgendaItemForm } from "./agenda-item-form";
import { displayName, type PersonName } from "@/lib/users/rules";
import type { PersonChoice } from "./people";

export type AgendaEditorItem = {
  id: string;
  position: number;
  kind: AgendaItemKind;
  title: string;
  body: string | null;
  presenterId: string | null;
  presenterName: string | null;
  presenter: PersonName | null;
  materials: number;
  decisions: number;
  actionItems: number;
  hasMinutes: boolean;
};

const moveButtonId = (itemId: string, direction: "up" | "down") => `siirra-${direction}-${itemId}`;

const MOVE_BUTTON =
  "inline-flex min-h-11 items-center justify-center rounded border border-brand-800 bg-white px-3 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:border-gray-400 disabled:text-gray-600 disabled:hover:bg-white";

export function AgendaEditor({
  meetingId,
  items,
  people,
  text,
}: {
  meetingId: string;
  items: AgendaEditorItem[];
  people: PersonChoice[];
  text: FormText;
}) {
  const tr = translateWith(text);
  const [moveState, moveAction] = useActionState(moveAgendaItemAction, idleForm);
  const [removeState, removeAction, removePending] = useActionState(removeAgendaItemAction, idleForm);
  const listRef = useRef<HTMLOListElement>(null);

  // Keep the focus on the moved item: on the button pressed, or on the other
  // one when the item reached the top or the bottom.
  useEffect(() => {
    if (moveState.status !== "saved") return;
    const itemId = moveState.values?.itemId;
    const direction = moveState.values?.direction;
    if (typeof itemId !== "string" || (direction !== "up" && direction !== "down")) return;
    const pressed = document.getElementById(moveButtonId(itemId, direction));
    const other = document.getElementById(moveButtonId(itemId, direction === "up" ? "down" : "up"));
    const target = pressed instanceof HTMLButtonElement && !pressed.disabled ? pressed : other;
    target?.focus();
  }, [moveState.status, moveState.attempt, moveState.values]);

  // The removed item's buttons are gone: continue from the list.
  useEffect(() => {
    if (removeState.status === "saved") listRef.current?.focus();
  }, [removeState.status, removeState.attempt]);

  return (
    <div className="space-y-4">
      <FormFeedback state={moveState} text={text} labels={{}} />
      <FormFeedback state={removeState} text={text} labels={{}} />
      {items.length === 0 ? (
        <p>{tr("meetingsAdmin.agenda.empty")}</p>
      ) : (
        <ol
          ref={listRef}
          tabIndex={-1}
          aria-label={tr("meetingsAdmin.agenda.title")}
          className="space-y-4 focus:outline-2"
        >
          {items.map((item, index) => (
            <li key={item.id} id={`kohta-${item.id}`} className="rounded border border-gray-300 p-4">
              <h3 className="text-xl font-bold break-words text-brand-900">
                {item.position}. {item.title}
              </h3>
              {item.presenter ? (
                <p className="mt-1">
                  {tr("meetingsAdmin.agenda.presenter", { name: displayName(item.presenter, tr) })}
                </p>
              ) : null}
              {item.body ? <p className="mt-1 whitespace-pre-line text-gray-800">{item.body}</p> : null}
              {item.kind === "NEWS_ROUND" || item.kind === "PREVIOUS_ACTIONS" ? (
                <p className="mt-1 text-sm text-gray-700">{tr(`meetingsAdmin.agenda.kind.${item.kind}`)}</p>
              ) : null}
              <p className="mt-1 text-sm text-gray-700">
                {tr("meetingsAdmin.agenda.counts", {
                  materials: item.materials,
                  decisions: item.decisions,
                  actionItems: item.actionItems,
                })}
                {item.hasMinutes ? ` ${tr("meetingsAdmin.agenda.hasMinutes")}` : ""}
              </p>
              <div className="mt-3 flex flex-wrap gap-2">
                {(["up", "down"] as const).map((direction) => {
                  const atEdge = direction === "up" ? index === 0 : index === items.length - 1;
                  return (
                    <form key={direction} action={moveAction}>
                      <input type="hidden" name="meetingId" value={meetingId} />
                      <input type="hidden" name="itemId" value={item.id} />
                      <input type="hidden" name="direction" value={direction} />
                      <button
                        type="submit"
                        id={moveButtonId(item.id, direction)}
                        disabled={atEdge}
                        className={MOVE_BUTTON}
                      >
                        <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}&nbsp;</span>
                        {tr(direction === "up" ? "meetingsAdmin.agenda.moveUp" : "meetingsAdmin.agenda.moveDown")}
                        <span className="sr-only">: {item.title}</span>
                      </button>
                    </form>
                  );
                })}
              </div>
              <details className="mt-3">
                <summary className="cursor-pointer font-semibold text-brand-800">
                  {tr("meetingsAdmin.agenda.edit")}
                  <span className="sr-only">: {item.title}</span>
                </summary>
                <div className="mt-3">
                  <AgendaItemForm
                    mode="edit"
                    idPrefix={`kohta-${item.id}-`}
                    defaults={{
                      meetingId,
                      itemId: item.id,
                      title: item.title,
                      body: item.body ?? "",
                      presenterId: item.presenterId ?? "",
                      presenterName: item.presenterName ?? "",
                    }}
                    people={people}
                    text={text}
                  />
                </div>
              </details>
              <details className="mt-2">
                <summary className="cursor-pointer font-semibold text-red-800">
                  {tr("meetingsAdmin.agenda.remove")}
                  <span className="sr-only">: {item.title}</span>
                </summary>
                <form action={removeAction} className="mt-3 max-w-2xl space-y-3">
                  <input type="hidden" name="meetingId" value={meetingId} />
                  <input type="hidden" name="itemId" value={item.id} />
                  <input type="hidden" name="confirm" value="yes" />
                  <p className="font-semibold">{tr("meetingsAdmin.agenda.removeQuestion", { title: item.title })}</p>
                  <p>
                    {tr("meetingsAdmin.agenda.removeWarning", {
                      materials: item.materials,
                      decisions: item.decisions,
                      actionItems: item.actionItems,
                    })}
                  </p>
                  <button
                    type="submit"
                    disabled={removePending}
                    className="inline-flex min-h-11 items-center justify-center rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900 disabled:bg-gray-500"
                  >
                    {tr("meetingsAdmin.agenda.removeSubmit")}
                    <span className="sr-only">: {item.title}</span>
                  </button>
                </form>
              </details>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
