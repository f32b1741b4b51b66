import { Badge } from "@/components/ui/badge";
import { PreviousActionItems } from "@/components/action-items/previous-action-items";
import { Markdown } from "@/components/markdown/markdown";
import type { PreviousActionItem } from "@/lib/action-items/data";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { AgendaItemView, MeetingDetail } from "@/lib/meetings/data";
import { displayName } from "@/lib/users/rules";
import { ItemOutcomes } from "./item-outcomes";
import { MaterialList } from "./material-list";
import { NewsRound } from "./news-round";

const SUBHEADING = "mt-4 mb-2 text-lg font-bold text-brand-900";

/** The agenda (asialista), item by item, with minutes when they are visible. */
export function Agenda({
  meeting,
  previousActionItems,
  t,
  locale,
}: {
  meeting: MeetingDetail;
  /** What was decided about earlier meetings' open action items (null: not shown to this actor). */
  previousActionItems: PreviousActionItem[] | null;
  t: Translate;
  locale: Locale;
}) {
  if (meeting.items.length === 0) return <p>{t("meetings.noAgenda")}</p>;
  return (
    <ol className="space-y-6 break-words">
      {meeting.items.map((item) => (
        <AgendaItem
          key={item.id}
          item={item}
          meeting={meeting}
          previousActionItems={previousActionItems}
          t={t}
          locale={locale}
        />
      ))}
    </ol>
  );
}

function AgendaItem({
  item,
  meeting,
  previousActionItems,
  t,
  locale,
}: {
  item: AgendaItemView;
  meeting: MeetingDetail;
  previousActionItems: PreviousActionItem[] | null;
  t: Translate;
  locale: Locale;
}) {
  const decisions = meeting.decisions.filter((d) => d.agendaItemId === item.id);
  const actionItems = meeting.actionItems.filter((a) => a.agendaItemId === item.id);
  return (
    <li id={`kohta-${item.position}`} className="scroll-mt-4 border-t-2 border-gray-300 pt-4">
      <h3 className="text-xl font-bold text-brand-900">
        {item.position}. {item.title}
      </h3>
      {item.presenter ? (
        <p className="text-gray-700">{t("meetings.presenter", { name: displayName(item.presenter, t) })}</p>
      ) : null}
      <Markdown source={item.body} headingLevel={4} className="mt-2" />
      {item.materials.length > 0 ? (
        <>
          <h4 className={SUBHEADING}>{t("meetings.materials")}</h4>
          <MaterialList materials={item.materials} t={t} locale={locale} />
        </>
      ) : null}
      {item.kind === "PREVIOUS_ACTIONS" ? (
        <PreviousActionItems items={previousActionItems} meetingId={meeting.id} t={t} />
      ) : null}
      {item.kind === "NEWS_ROUND" ? (
        <div className="mt-4">
          <NewsRound updates={meeting.newsRound} level={4} t={t} />
        </div>
      ) : null}
      {item.minutes?.trim() ? (
        <div className="mt-4 rounded bg-gray-50 p-4">
          <h4 className="mb-2 flex flex-wrap items-center gap-2 text-lg font-bold text-brand-900">
            {t("meetings.minutes")}
            {meeting.minutesDraft ? <Badge tone="warning">{t("meetings.minutesDraft")}</Badge> : null}
          </h4>
          <Markdown source={item.minutes} headingLevel={5} />
        </div>
      ) : null}
      <ItemOutcomes decisions={decisions} actionItems={actionItems} t={t} />
    </li>
  );
}
