import type { ReactNode } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ownerLabel } from "@/lib/action-items/rules";
import { formatDay } from "@/lib/dates";
import type { ActionItemStatus } from "@/lib/db/enums";
import type { Translate } from "@/lib/i18n/translate";
import type { ActionItemView } from "@/lib/meetings/data";

const TONES: Record<ActionItemStatus, BadgeTone> = { OPEN: "info", DONE: "success", CANCELLED: "neutral" };

/** Action items with owner, due date and status; overdue ones say so in words. */
export function ActionItemList({
  items,
  showItemRef = false,
  t,
}: {
  items: ActionItemView[];
  showItemRef?: boolean;
  t: Translate;
}) {
  return (
    <ul className="space-y-3">
      {items.map((item) => {
        const facts: [string, ReactNode][] = [
          [t("meetings.owner"), item.owner ? ownerLabel(item.owner, t) : t("meetings.notSet")],
          [
            t("meetings.dueDate"),
            item.dueDate ? (
              <time dateTime={item.dueDate.toISOString().slice(0, 10)}>{formatDay(item.dueDate)}</time>
            ) : (
              "–"
            ),
          ],
          [
            t("meetings.status"),
            <span key="status" className="inline-flex flex-wrap gap-2">
              <Badge tone={TONES[item.status]}>{t(`meetings.actionStatus.${item.status}`)}</Badge>
              {item.overdue ? <Badge tone="danger">{t("meetings.overdue")}</Badge> : null}
            </span>,
          ],
        ];
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
            {showItemRef && item.itemPosition !== null ? (
              <p className="mt-1 text-gray-700">
                <a href={`#kohta-${item.itemPosition}`}>{t("meetings.itemRef", { position: item.itemPosition })}</a>
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
