import type { Translate } from "@/lib/i18n/translate";
import type { ActionItemView, DecisionView } from "@/lib/meetings/data";
import { ActionItemList } from "./action-item-list";
import { DecisionList } from "./decision-list";

const SUBHEADING = "mt-4 mb-2 text-lg font-bold text-brand-900";

/** What an agenda item led to: its decisions and action items (the page and the printed muistio). */
export function ItemOutcomes({
  decisions,
  actionItems,
  t,
}: {
  decisions: DecisionView[];
  actionItems: ActionItemView[];
  t: Translate;
}) {
  return (
    <>
      {decisions.length > 0 ? (
        <>
          <h4 className={SUBHEADING}>{t("meetings.decisions")}</h4>
          <DecisionList decisions={decisions} t={t} />
        </>
      ) : null}
      {actionItems.length > 0 ? (
        <>
          <h4 className={SUBHEADING}>{t("meetings.actionItems")}</h4>
          <ActionItemList items={actionItems} t={t} />
        </>
      ) : null}
    </>
  );
}
