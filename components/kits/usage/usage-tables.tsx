// The coordinators' usage figures: one table per grouping (box, library),
// with a total row, and the free feedback as a list. Server component.
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { MessageKey, Translate } from "@/lib/i18n/translate";
import { formatDayRange } from "@/lib/dates/days";
import type { KitUsage, UsageFigures } from "@/lib/kits/usage/data";

const CELL = "py-2 pr-2 text-right tabular-nums sm:pr-4";

export function UsageTable({
  rows,
  totals,
  nameHeader,
  caption,
  t,
}: {
  rows: UsageFigures[];
  totals: KitUsage["totals"];
  nameHeader: string;
  caption: string;
  t: Translate;
}) {
  return (
    <ScrollRegion label={caption}>
      <table className="w-full max-w-4xl border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="py-2 pr-2 sm:pr-4">
              {nameHeader}
            </th>
            <th scope="col" className={CELL}>
              {t("kitsUsage.col.loans")}
            </th>
            <th scope="col" className={CELL}>
              {t("kitsUsage.col.loanDays")}
            </th>
            <th scope="col" className={CELL}>
              {t("kitsUsage.col.peopleReached")}
            </th>
            <th scope="col" className={CELL}>
              {t("kitsUsage.col.answers")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-gray-200">
              <th scope="row" className="py-2 pr-2 font-normal sm:pr-4">
                {row.name}
              </th>
              <td className={CELL}>{row.loans}</td>
              <td className={CELL}>{row.loanDays}</td>
              <td className={CELL}>{row.peopleReached}</td>
              <td className={CELL}>{row.answers}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-gray-400 font-semibold">
            <th scope="row" className="py-2 pr-2 sm:pr-4">
              {t("kitsUsage.col.total")}
            </th>
            <td className={CELL}>{totals.loans}</td>
            <td className={CELL}>{totals.loanDays}</td>
            <td className={CELL}>{totals.peopleReached}</td>
            <td className={CELL}>{totals.answers}</td>
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}

export function UsageComments({ comments, t }: { comments: KitUsage["comments"]; t: Translate }) {
  if (comments.length === 0) return <p>{t("kitsUsage.comments.empty")}</p>;
  return (
    <ul className="max-w-3xl space-y-4">
      {comments.map((c) => (
        <li key={c.reservationId} className="border-l-4 border-brand-700 pl-4">
          <p className="text-sm text-gray-800">
            {t("kitsUsage.comments.meta", {
              kit: c.kitName,
              library: c.libraryName,
              period: formatDayRange(c),
              people: c.peopleReached,
            })}
            {c.uses.length ? ` · ${c.uses.map((u) => t(`kitsUsage.use.${u}` as MessageKey)).join(", ")}` : ""}
          </p>
          <p className="mt-1 whitespace-pre-line">{c.comment}</p>
        </li>
      ))}
    </ul>
  );
}
