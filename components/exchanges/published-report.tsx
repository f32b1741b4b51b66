import Link from "next/link";
import { formatDay } from "@/lib/dates";
import type { PublishedReport } from "@/lib/exchanges/reports/data";
import type { Translate } from "@/lib/i18n/translate";
import { displayNameWithLibrary } from "@/lib/users/rules";

/**
 * One published report: whose, from which visit, what was learned and what to
 * take home (plain text, line breaks kept). `group` keeps its heading's id
 * unique when the report is listed under more than one theme.
 */
export function PublishedReportCard({ report, group, t }: { report: PublishedReport; group: string; t: Translate }) {
  const { offer } = report;
  const headingId = `raportti-${group}-${report.id}`;
  return (
    <li>
      <article className="rounded border border-gray-300 p-4" aria-labelledby={headingId}>
        <h3 id={headingId} className="text-lg font-bold">
          {t(`exchangeReports.side.${report.side}`)}: {offer.title}
        </h3>
        <p className="mb-2 text-sm text-gray-700">
          <Link href={`/kirjastot/${offer.hostLibrary.slug}`}>{offer.hostLibrary.name}</Link>
          {" · "}
          {offer.round.title}
          {report.visitDate ? ` · ${formatDay(report.visitDate)}` : null}
          {report.author ? ` · ${displayNameWithLibrary(report.author, t)}` : null}
        </p>
        <h4 className="font-semibold">{t("exchangeReports.field.experience")}</h4>
        <p className="mb-2 whitespace-pre-line" lang="fi">
          {report.experience}
        </p>
        {report.takeHome ? (
          <>
            <h4 className="font-semibold">{t("exchangeReports.field.takeHome")}</h4>
            <p className="whitespace-pre-line" lang="fi">
              {report.takeHome}
            </p>
          </>
        ) : null}
      </article>
    </li>
  );
}
