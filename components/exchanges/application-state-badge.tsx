import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatDay } from "@/lib/dates";
import type { ExchangeRoundView } from "@/lib/exchanges/data";
import type { Translate } from "@/lib/i18n/translate";

const TONES: Record<ExchangeRoundView["applicationState"], BadgeTone> = {
  OPEN: "success",
  UPCOMING: "info",
  CLOSED: "neutral",
};

export function ApplicationStateBadge({ round, t }: { round: ExchangeRoundView; t: Translate }) {
  const state = round.applicationState;
  return (
    <Badge tone={TONES[state]}>
      {state === "UPCOMING"
        ? t("exchanges.applicationState.UPCOMING", { date: formatDay(round.applicationOpensAt) })
        : t(`exchanges.applicationState.${state}`)}
    </Badge>
  );
}
