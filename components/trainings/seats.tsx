import { Badge } from "@/components/ui/badge";
import type { Translate } from "@/lib/i18n/translate";
import type { SessionView } from "@/lib/trainings/data";
import { hasNoSeatLimit } from "@/lib/trainings/rules";

/** Seats left, full (waitlist) or cancelled – always in words. */
export function Seats({ session, t }: { session: SessionView; t: Translate }) {
  if (session.status === "CANCELLED") return <Badge tone="danger">{t("trainings.cancelled")}</Badge>;
  if (hasNoSeatLimit(session)) return <Badge tone="success">{t("trainings.noSeatLimit")}</Badge>;
  if (session.seatsLeft > 0) {
    return <Badge tone="success">{t("trainings.seatsLeft", { count: session.seatsLeft })}</Badge>;
  }
  return <Badge tone="warning">{t("trainings.full")}</Badge>;
}
