import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { WorkshopOrderStatus } from "@/lib/db/enums";
import type { Translate } from "@/lib/i18n/translate";

const TONES: Record<WorkshopOrderStatus, BadgeTone> = {
  REQUESTED: "warning",
  ACCEPTED: "info",
  SCHEDULED: "success",
  DECLINED: "danger",
};

export function OrderStatusBadge({ status, t }: { status: WorkshopOrderStatus; t: Translate }) {
  return <Badge tone={TONES[status]}>{t(`orders.status.${status}`)}</Badge>;
}
