import { Markdown } from "@/components/markdown/markdown";
import { ActionItemList } from "@/components/meetings/action-item-list";
import { DecisionList } from "@/components/meetings/decision-list";
import { ItemOutcomes } from "@/components/meetings/item-outcomes";
import { MeetingFacts } from "@/components/meetings/meeting-facts";
import { NewsRound } from "@/components/meetings/news-round";
import type { AttendanceStatus } from "@/lib/db/enums";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { AgendaItemView, MeetingDetail } from "@/lib/meetings/data";
import { displayName, displayNameWithLibrary } from "@/lib/users/rules";

const ATTENDANCE_ORDER: readonly AttendanceStatus[] = ["PRESENT", "REMOTE", "ABSENT", "INVITED"];

/**
 * The muistio as a document: what it is (minutes, or the agenda before there
 * are minutes), the meeting's facts and attendees, then every item with its
 * minutes, the news round, decisions and action items. Printed by the page's
 * print stylesheet; the "LUONNOS" marking stays on draft minutes on paper too.
 */
export function PrintableMinutes({ meeting, t, locale }: { meeting: MeetingDetail; t: Translate; locale: Locale }) {
  const groups = ATTENDANCE_ORDER.map((status) => ({
    status,
    people: meeting.attendees.filter((a) => a.status === status),
  })).filter((group) => group.people.length > 0);
  const itemIds = new Set(meeting.items.map((item) => item.id));
  const placed = (agendaItemId: string | null) => agendaItemId !== null && itemIds.has(agendaItemId);
  const unplacedDecisions = meeting.decisions.filter((d) => !placed(d.agendaItemId));
  const unplacedActions = meeting.actionItems.filter((a) => !placed(a.agendaItemId));
  return (
    <div className="printable-minutes break-words">
      <MeetingFacts meeting={meeting} t={t} locale={locale} />

      <section aria-labelledby="muistio-osallistujat" className="mt-6">
        <h2 id="muistio-osallistujat" className="mb-2 text-2xl font-bold text-brand-900">
          {t("minutes.print.attendees")}
        </h2>
        {groups.length === 0 ? (
          <p>{t("meetings.noAttendees")}</p>
        ) : (
          <dl className="grid max-w-3xl grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
            {groups.map(({ status, people }) => (
              <div key={status} className="contents">
                <dt className="font-semibold">{t(`minutes.print.attendance.${status}`)}</dt>
                <dd className="mb-2 sm:mb-0">{people.map((p) => displayNameWithLibrary(p, t)).join(", ")}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>

      <section aria-labelledby="muistio-asiakohdat" className="mt-8">
        <h2 id="muistio-asiakohdat" className="mb-2 text-2xl font-bold text-brand-900">
          {t("minutes.print.items")}
        </h2>
        {meeting.items.length === 0 ? (
          <p>{t("minutes.print.noItems")}</p>
        ) : (
          <ol className="space-y-6">
            {meeting.items.map((item) => (
              <PrintedItem key={item.id} item={item} meeting={meeting} t={t} />
            ))}
          </ol>
        )}
      </section>

      {!meeting.items.some((item) => item.kind === "NEWS_ROUND") && meeting.newsRound.length > 0 ? (
        <div className="mt-8">
          <NewsRound updates={meeting.newsRound} level={2} t={t} />
        </div>
      ) : null}
      {/* Decisions and action items recorded for the meeting as a whole, not under an item. */}
      {unplacedDecisions.length > 0 ? (
        <section aria-labelledby="muistio-paatokset" className="mt-8">
          <h2 id="muistio-paatokset" className="mb-2 text-2xl font-bold text-brand-900">
            {t("meetings.decisions")}
          </h2>
          <DecisionList decisions={unplacedDecisions} t={t} />
        </section>
      ) : null}
      {unplacedActions.length > 0 ? (
        <section aria-labelledby="muistio-toimenpiteet" className="mt-8">
          <h2 id="muistio-toimenpiteet" className="mb-2 text-2xl font-bold text-brand-900">
            {t("meetings.actionItems")}
          </h2>
          <ActionItemList items={unplacedActions} t={t} />
        </section>
      ) : null}
    </div>
  );
}

function PrintedItem({ item, meeting, t }: { item: AgendaItemView; meeting: MeetingDetail; t: Translate }) {
  const decisions = meeting.decisions.filter((d) => d.agendaItemId === item.id);
  const actionItems = meeting.actionItems.filter((a) => a.agendaItemId === item.id);
  const newsRound = item.kind === "NEWS_ROUND";
  // Before there are minutes the print is the agenda: the item's description stands in.
  const text = meeting.minutesVisible ? item.minutes : item.body;
  return (
    <li className="printed-item border-t border-gray-400 pt-4">
      <h3 className="text-xl font-bold text-brand-900">
        {item.position}. {item.title}
      </h3>
      {item.presenter ? (
        <p className="text-gray-700">{t("meetings.presenter", { name: displayName(item.presenter, t) })}</p>
      ) : null}
      <Markdown source={text} headingLevel={4} className="mt-2" />
      {meeting.minutesVisible && !text?.trim() && !newsRound && decisions.length + actionItems.length === 0 ? (
        <p className="mt-2 text-gray-700">{t("minutes.noMinutes")}</p>
      ) : null}
      {newsRound ? (
        <div className="mt-4">
          <NewsRound updates={meeting.newsRound} level={4} t={t} />
        </div>
      ) : null}
      <ItemOutcomes decisions={decisions} actionItems={actionItems} t={t} />
    </li>
  );
}
