import type { OfferingFeedback } from "@/lib/feedback/data";
import { intlLocale, type Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";

const H3 = "mb-2 mt-6 text-xl font-semibold text-brand-900";

function formatAverage(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

/** An offering's feedback over all its sessions: count, average, distribution, comments without names. */
export function FeedbackSummary({ summary, t, locale }: { summary: OfferingFeedback; t: Translate; locale: Locale }) {
  if (summary.count === 0) return <p>{t("afterSession.summary.empty")}</p>;
  const widest = Math.max(...summary.distribution.map((d) => d.count));
  return (
    <div>
      <p className="text-lg">
        {t("afterSession.summary.count", { count: summary.count, sessions: summary.sessionsWithFeedback })}
      </p>
      {summary.average !== null ? (
        <p className="text-lg font-semibold">
          {t("afterSession.summary.average", { average: formatAverage(summary.average, locale) })}
        </p>
      ) : null}
      <table className="mt-4 w-full max-w-xl border-collapse text-left">
        <caption className="mb-2 text-left text-xl font-semibold text-brand-900">
          {t("afterSession.summary.distribution")}
        </caption>
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="py-2 pr-4">
              {t("afterSession.summary.rating")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("afterSession.summary.answers")}
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.distribution.map(({ rating, count }) => (
            <tr key={rating} className="border-b border-gray-300">
              <th scope="row" className="py-2 pr-4">
                {t(`afterSession.feedback.rating.${rating}`)}
              </th>
              <td className="py-2 pr-4">
                <span className="flex items-center gap-3">
                  <span className="w-8 text-right tabular-nums">{count}</span>
                  {/* The bar repeats the number for the eye; the number is what is read out. */}
                  <span
                    aria-hidden="true"
                    className="inline-block h-3 rounded bg-brand-800"
                    // At most 12rem, less on a narrow screen so that the table fits (WCAG 1.4.10 Reflow).
                    style={{ width: `calc(${widest === 0 ? 0 : (count / widest).toFixed(3)} * min(12rem, 30vw))` }}
                  />
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className={H3}>{t("afterSession.summary.comments", { count: summary.comments.length })}</h3>
      {summary.comments.length === 0 ? (
        <p>{t("afterSession.summary.noComments")}</p>
      ) : (
        <>
          <p className="mb-2 text-sm text-gray-800">{t("afterSession.summary.anonymous")}</p>
          <ul className="max-w-3xl space-y-3">
            {summary.comments.map((comment, index) => (
              <li key={index} className="rounded border border-gray-300 p-3">
                <p className="text-sm font-semibold">
                  {t("afterSession.summary.commentRating", { rating: comment.rating })}
                </p>
                <p className="break-words whitespace-pre-line">{comment.text}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
