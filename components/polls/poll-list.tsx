import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDate, formatDateTime, formatRange, isoInstant } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { PollListItem } from "@/lib/polls/data";

const H2 = "mb-3 text-2xl font-bold text-brand-900";

/** Open polls first, each saying whether the user has answered; then closed ones with the meeting they chose. */
export function PollList({
  open,
  closed,
  t,
  locale,
}: {
  open: PollListItem[];
  closed: PollListItem[];
  t: Translate;
  locale: Locale;
}) {
  return (
    <div className="space-y-8">
      <section aria-labelledby="avoimet">
        <h2 id="avoimet" className={H2}>
          {t("polls.list.openHeading")}
        </h2>
        {open.length === 0 ? <p>{t("polls.list.openEmpty")}</p> : <PollItems polls={open} t={t} locale={locale} />}
      </section>
      <section aria-labelledby="paattyneet">
        <h2 id="paattyneet" className={H2}>
          {t("polls.list.closedHeading")}
        </h2>
        {closed.length === 0 ? (
          <p>{t("polls.list.closedEmpty")}</p>
        ) : (
          <PollItems polls={closed} t={t} locale={locale} />
        )}
      </section>
    </div>
  );
}

function PollItems({ polls, t, locale }: { polls: PollListItem[]; t: Translate; locale: Locale }) {
  return (
    <ul className="space-y-3">
      {polls.map((poll) => (
        <li key={poll.id} className="break-words rounded border border-gray-300 p-4">
          <h3 className="text-lg font-semibold">
            <Link href={`/kokoukset/kyselyt/${poll.id}`}>{poll.title}</Link>
          </h3>
          {poll.firstStartsAt && poll.lastStartsAt ? (
            <p className="mt-1">
              {t("polls.list.options", {
                count: poll.optionCount,
                range:
                  formatDate(poll.firstStartsAt) === formatDate(poll.lastStartsAt)
                    ? formatDate(poll.firstStartsAt)
                    : `${formatDate(poll.firstStartsAt)}–${formatDate(poll.lastStartsAt)}`,
              })}
            </p>
          ) : null}
          {poll.isOpen ? (
            <OpenFacts poll={poll} t={t} locale={locale} />
          ) : (
            <ClosedFacts poll={poll} t={t} locale={locale} />
          )}
        </li>
      ))}
    </ul>
  );
}

function OpenFacts({ poll, t, locale }: { poll: PollListItem; t: Translate; locale: Locale }) {
  return (
    <>
      {poll.closesAt ? (
        <p className="text-gray-800">{t("polls.list.closesAt", { date: formatDateTime(poll.closesAt, locale) })}</p>
      ) : null}
      <p className="mt-2">
        {poll.unansweredByMe === 0 ? (
          <Badge tone="success">{t("polls.list.answered")}</Badge>
        ) : poll.unansweredByMe === poll.optionCount ? (
          <Badge tone="warning">{t("polls.list.notAnswered")}</Badge>
        ) : (
          <Badge tone="warning">{t("polls.list.partlyAnswered", { count: poll.unansweredByMe })}</Badge>
        )}
      </p>
    </>
  );
}

function ClosedFacts({ poll, t, locale }: { poll: PollListItem; t: Translate; locale: Locale }) {
  if (poll.chosenMeeting) {
    return (
      <p className="mt-1">
        {t("polls.list.chosenMeeting")}{" "}
        <Link href={`/kokoukset/${poll.chosenMeeting.id}`}>{poll.chosenMeeting.title}</Link>,{" "}
        <time dateTime={isoInstant(poll.chosenMeeting.startsAt)}>
          {formatRange(poll.chosenMeeting.startsAt, poll.chosenMeeting.endsAt, locale)}
        </time>
      </p>
    );
  }
  return <p className="mt-1 text-gray-800">{t(poll.converted ? "polls.list.chosenHidden" : "polls.list.noMeeting")}</p>;
}
