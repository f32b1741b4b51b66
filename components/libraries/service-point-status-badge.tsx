import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ServicePointStatus } from "@/lib/db/enums";
import type { Translate } from "@/lib/i18n/translate";

const TONES: Record<ServicePointStatus, BadgeTone> = {
  OPEN: "success",
  UNDER_REVIEW: "warning",
  RENOVATION: "info",
  CLOSED: "danger",
};

export function ServicePointStatusBadge({ status, t }: { status: ServicePointStatus; t: Translate }) {
  return <Badge tone={TONES[status]}>{t(`libraries.servicePointStatus.${status}`)}</Badge>;
}
