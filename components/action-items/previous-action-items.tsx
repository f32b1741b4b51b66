// "Edellisen kokouksen toimenpiteet": open action items of earlier meetings
// under a meeting's PREVIOUS_ACTIONS agenda item, with what this meeting
// decided about each (done / carried on). The meeting page renders
// <PreviousActionItems> with what its loader read; the decisions page renders
// the list with its forms.
import Link from "next/link";
import type { ReactNode } from "react";
import type { PreviousActionItem } from "@/lib/action-items/data";
import { formatDate, formatDay } from "@/lib/dates";
import type { Translate } from "@/lib/i18n/translate";
import { DueDate, ownerText, StatusBadge } from "./facts";
import { ReviewForm } from "./review-form";

/**
 * The previous action items of a meeting, read-only; where the actor may
 * record the review, a link leads to the decisions page.
 */
export function PreviousActionItems({
  items,
  meetingId,
  t,
}: {
  items: PreviousActionItem[] | null;
  meetingId: string;
  t: Translate;
}) {
  if (!items) return null;
  const editable = items.some((item) => item.choices !== null);
  return (
    <div className="mt-4">
      <PreviousActionItemList items={items} meetingId={meetingId} t={t} withForms={false} />
      {editable ? (
        <p className="mt-3">
          <Link href={`/kokoukset/${meetingId}/paatokset#edelliset`}>{t("actionItems.previous.reviewLink")}</Link>
        </p>
      ) : null}
    </div>
  );
}

/** The list itself; `withForms` adds the Tehty / Jatkuu / undo form to each item the actor may review. */
export function PreviousActionItemList({
  items,
  meetingId,
  t,
  withForms,
}: {
  items: PreviousActionItem[];
  meetingId: string;
  t: Translate;
  withForms: boolean;
}) {
  if (items.length === 0) return <p>{t("actionItems.previous.empty")}</p>;
  return (
    <ul className="space-y-3">
      {items.map((item) => {
        const facts: [string, ReactNode][] = [
          [t("meetings.owner"), ownerText(item.owner, t)],
          [t("meetings.dueDate"), <DueDate key="due" dueDate={item.dueDate} overdue={item.overdue} t={t} />],
          [t("meetings.status"), <StatusBadge key="status" status={item.status} t={t} />],
          [
            t("actionItems.originMeeting"),
            <Link
              key="origin"
              href={`/kokoukset/${item.originMeeting.id}${item.agendaItemPosition ? `#kohta-${item.agendaItemPosition}` : ""}`}
            >
              {item.originMeeting.title}
            </Link>,
          ],
        ];
        const earlier = item.carriedOnIn.filter((m) => m.id !== meetingId);
        return (
          <li key={item.id} className="break-words rounded border border-gray-300 p-3">
            <p className="font-semibold">{item.title}</p>
            {item.description ? <p className="mt-1 max-w-3xl">{item.description}</p> : null}
            <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
              {facts.map(([label, value]) => (
                <div key={label} className="flex flex-wrap items-center gap-x-1">
                  <dt className="font-semibold after:content-[':']">{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
            {earlier.length > 0 ? (
              <p className="mt-1 text-gray-700">
                {t("actionItems.carriedOnIn", { meetings: earlier.map((m) => m.title).join(", ") })}
              </p>
            ) : null}
            <p className="mt-2">
              <span className="font-semibold">{t("actionItems.previous.here")}:</span> {outcomeHere(item, meetingId, t)}
            </p>
            {withForms && item.choices ? (
              <ReviewForm meetingId={meetingId} actionItemId={item.id} title={item.title} choices={item.choices} />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function outcomeHere(item: PreviousActionItem, meetingId: string, t: Translate): string {
  if (item.reviewHere?.outcome === "CARRIED_ON") {
    return item.reviewHere.newDueDate
      ? t("actionItems.previous.carriedOnWithDate", { date: formatDay(item.reviewHere.newDueDate) })
      : t("actionItems.previous.carriedOn");
  }
  if (item.status === "DONE" && item.closedInMeeting?.id === meetingId) return t("actionItems.previous.doneHere");
  if (item.status !== "OPEN") {
    if (item.closedInMeeting) return t("actionItems.previous.closedIn", { title: item.closedInMeeting.title });
    if (item.closedAt) return t("actionItems.previous.closedOn", { date: formatDate(item.closedAt) });
  }
  return t("actionItems.previous.notReviewed");
}
