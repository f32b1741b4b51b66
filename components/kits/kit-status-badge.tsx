import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { KitStatus } from "@/lib/db/enums";
import type { Translate } from "@/lib/i18n/translate";

const TONES: Record<KitStatus, BadgeTone> = {
  AVAILABLE: "success",
  MAINTENANCE: "warning",
  RETIRED: "neutral",
};

export function KitStatusBadge({ status, t }: { status: KitStatus; t: Translate }) {
  return <Badge tone={TONES[status]}>{t(`kits.status.${status}`)}</Badge>;
}
