// A poll's results: counts per option with the best one marked, and each
// person's answers. Rows are options in both tables, so a screen reader
// moving along a row hears one time and what everyone said of it; answers are
// words with a symbol, never colour alone.
import { Badge } from "@/components/ui/badge";
import { isoInstant } from "@/lib/dates";
import type { PollAnswer } from "@/lib/db/enums";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { PollDetail } from "@/lib/polls/data";
import { displayName } from "@/lib/users/rules";
import { optionLabel } from "./format";
import { ScrollRegion } from "@/components/ui/scroll-region";

const SYMBOL: Record<PollAnswer | "none", string> = { YES: "✓", IF_NEED_BE: "~", NO: "✕", none: "–" };
const STYLE: Record<PollAnswer | "none", string> = {
  YES: "text-green-900",
  IF_NEED_BE: "text-amber-950",
  NO: "text-red-900",
  none: "text-gray-700",
};

export function AnswerMark({ answer, t }: { answer: PollAnswer | null; t: Translate }) {
  const key = answer ?? "none";
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap ${STYLE[key]}`}>
      <span aria-hidden="true" className="font-bold">
        {SYMBOL[key]}
      </span>
      {t(`polls.answer.${key}`)}
    </span>
  );
}

const TH = "px-2 py-2 align-bottom";
const TD = "px-2 py-2 text-right tabular-nums";

/** The option's time as a row header, with the best option's badge in the header itself. */
function OptionHeader({
  option,
  best,
  t,
  locale,
}: {
  option: PollDetail["options"][number];
  best: boolean;
  t: Translate;
  locale: Locale;
}) {
  return (
    <th scope="row" className="px-2 py-2 text-left align-top font-semibold">
      <time dateTime={isoInstant(option.startsAt)}>{optionLabel(option, locale)}</time>
      {best ? (
        <span className="mt-1 block">
          <Badge tone="success">{t("polls.results.best")}</Badge>
        </span>
      ) : null}
    </th>
  );
}

export function ResultsTable({ poll, t, locale }: { poll: PollDetail; t: Translate; locale: Locale }) {
  const tallies = new Map(poll.tallies.map((tally) => [tally.optionId, tally]));
  const best = poll.options.find((option) => option.id === poll.bestOptionId);
  return (
    <>
      <p className="mb-3 font-semibold">
        {best ? t("polls.results.bestIs", { option: optionLabel(best, locale) }) : t("polls.results.noBest")}
      </p>
      <ScrollRegion labelledBy="tulokset-otsikko">
        <table className="w-full border-collapse">
          <caption id="tulokset-otsikko" className="mb-2 text-left font-semibold">
            {t("polls.results.caption")}
          </caption>
          <thead>
            <tr className="border-b-2 border-gray-500">
              <th scope="col" className={`${TH} text-left`}>
                {t("polls.results.option")}
              </th>
              {(["YES", "IF_NEED_BE", "NO", "none"] as const).map((key) => (
                <th key={key} scope="col" className={`${TH} text-right`}>
                  <span aria-hidden="true" className="mr-1">
                    {SYMBOL[key]}
                  </span>
                  {t(`polls.answer.${key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {poll.options.map((option) => {
              const tally = tallies.get(option.id);
              const isBest = option.id === poll.bestOptionId;
              return (
                <tr
                  key={option.id}
                  className={isBest ? "border-4 border-green-700 bg-green-50" : "border-b border-gray-300"}
                >
                  <OptionHeader option={option} best={isBest} t={t} locale={locale} />
                  <td className={TD}>{tally?.yes ?? 0}</td>
                  <td className={TD}>{tally?.ifNeedBe ?? 0}</td>
                  <td className={TD}>{tally?.no ?? 0}</td>
                  <td className={TD}>{tally?.notAnswered ?? 0}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="mt-2 text-sm text-gray-800">{t("polls.results.bestRule")}</p>
    </>
  );
}

export function AnswersTable({
  poll,
  actorId,
  t,
  locale,
}: {
  poll: PollDetail;
  actorId: string;
  t: Translate;
  locale: Locale;
}) {
  if (poll.respondents.length === 0) return <p>{t("polls.answers.none")}</p>;
  return (
    <>
      <p className="mb-2 text-sm text-gray-800">{t("polls.answers.scrollHint")}</p>
      <ScrollRegion labelledBy="vastaukset-otsikko">
        <table className="border-collapse">
          <caption id="vastaukset-otsikko" className="mb-2 text-left font-semibold">
            {t("polls.answers.caption")}
          </caption>
          <thead>
            <tr className="border-b-2 border-gray-500">
              <th scope="col" className={`${TH} text-left`}>
                {t("polls.results.option")}
              </th>
              {poll.respondents.map((person) => (
                <th key={person.id} scope="col" className={`${TH} min-w-28 text-left`}>
                  {displayName(person, t)}
                  {person.id === actorId ? <span className="font-normal"> {t("polls.answers.you")}</span> : null}
                  {person.libraryName ? (
                    <span className="block text-sm font-normal text-gray-700">{person.libraryName}</span>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {poll.options.map((option) => (
              <tr key={option.id} className="border-b border-gray-300">
                <OptionHeader option={option} best={option.id === poll.bestOptionId} t={t} locale={locale} />
                {poll.respondents.map((person) => (
                  <td key={person.id} className="px-2 py-2">
                    <AnswerMark answer={poll.answers[option.id]?.[person.id] ?? null} t={t} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
