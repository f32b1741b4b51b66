import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { MeetingStatus } from "@/lib/db/enums";
import type { Translate } from "@/lib/i18n/translate";

const TONES: Record<MeetingStatus, BadgeTone> = {
  PLANNED: "neutral",
  AGENDA_PUBLISHED: "info",
  MINUTES_DRAFT: "warning",
  MINUTES_APPROVED: "success",
};

export function MeetingStatusBadge({ status, t }: { status: MeetingStatus; t: Translate }) {
  return <Badge tone={TONES[status]}>{t(`meetings.status.${status}`)}</Badge>;
}
