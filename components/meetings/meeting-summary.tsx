import type { Translate } from "@/lib/i18n/translate";
import type { MeetingDetail } from "@/lib/meetings/data";
import { ActionItemList } from "./action-item-list";
import { DecisionList } from "./decision-list";

/** All decisions and action items of the meeting, each linked to its agenda item. */
export function MeetingSummary({ meeting, t }: { meeting: MeetingDetail; t: Translate }) {
  return (
    <section aria-labelledby="paatokset-ja-toimenpiteet" className="break-words">
      <h2 id="paatokset-ja-toimenpiteet" className="mb-1 text-2xl font-bold text-brand-900">
        {t("meetings.summary")}
      </h2>
      <p className="mb-3 text-gray-800">{t("meetings.summaryLead")}</p>
      <h3 className="mb-2 text-xl font-bold text-brand-900">{t("meetings.decisions")}</h3>
      {meeting.decisions.length === 0 ? (
        <p>{t("meetings.noDecisions")}</p>
      ) : (
        <DecisionList decisions={meeting.decisions} showItemRef t={t} />
      )}
      <h3 className="mt-6 mb-2 text-xl font-bold text-brand-900">{t("meetings.actionItems")}</h3>
      {meeting.actionItems.length === 0 ? (
        <p>{t("meetings.noActionItems")}</p>
      ) : (
        <ActionItemList items={meeting.actionItems} showItemRef t={t} />
      )}
    </section>
  );
}
