import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { MenuStatus, SessionStatus } from "@/lib/db/enums";
import type { Translate } from "@/lib/i18n/translate";

const MENU_TONES: Record<MenuStatus, BadgeTone> = { DRAFT: "warning", PUBLISHED: "success", ARCHIVED: "neutral" };

export function MenuStatusBadge({ status, t }: { status: MenuStatus; t: Translate }) {
  return <Badge tone={MENU_TONES[status]}>{t(`trainingsAdmin.status.${status}`)}</Badge>;
}

/** Upcoming, held or cancelled – in words, not only colour. */
export function SessionStatusBadge({
  status,
  endsAt,
  t,
  now = new Date(),
}: {
  status: SessionStatus;
  endsAt: Date;
  t: Translate;
  now?: Date;
}) {
  if (status === "CANCELLED") return <Badge tone="danger">{t("trainingsAdmin.sessionStatus.CANCELLED")}</Badge>;
  if (endsAt < now) return <Badge tone="neutral">{t("trainingsAdmin.sessionStatus.PAST")}</Badge>;
  return <Badge tone="info">{t("trainingsAdmin.sessionStatus.SCHEDULED")}</Badge>;
}
