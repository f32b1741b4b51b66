// Small pieces shared by the action item lists: due date with the overdue
// mark in words (not only colour), status badge, owner.
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ownerLabel, type Owner } from "@/lib/action-items/rules";
import { formatDay, isoDay } from "@/lib/dates";
import type { ActionItemStatus } from "@/lib/db/enums";
import type { Translate } from "@/lib/i18n/translate";

const TONES: Record<ActionItemStatus, BadgeTone> = { OPEN: "info", DONE: "success", CANCELLED: "neutral" };

export function DueDate({ dueDate, overdue, t }: { dueDate: Date | null; overdue: boolean; t: Translate }) {
  if (!dueDate) return <>{t("actionItems.noDueDate")}</>;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <time dateTime={isoDay(dueDate)}>{formatDay(dueDate)}</time>
      {overdue ? <Badge tone="danger">{t("meetings.overdue")}</Badge> : null}
    </span>
  );
}

export function StatusBadge({ status, t }: { status: ActionItemStatus; t: Translate }) {
  return <Badge tone={TONES[status]}>{t(`meetings.actionStatus.${status}`)}</Badge>;
}

export function ownerText(owner: Owner | null, t: Translate): string {
  return owner ? ownerLabel(owner, t) : t("meetings.notSet");
}
