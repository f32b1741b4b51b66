import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AnnualFiguresView } from "@/components/coverage/annual-figures";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { getAnnualFigures } from "@/lib/coverage/annual/data";
import { canReadAnnualFigures, FIRST_REPORT_YEAR, lastReportYear } from "@/lib/coverage/annual/rules";
import { annualYearOrNull } from "@/lib/coverage/annual/schema";
import { helsinkiYear } from "@/lib/dates";
import { getI18n } from "@/lib/i18n/server";

// Per request: reads the session (ADR 17); coordinators, admins and the steering group only (others: 404).
export const instant = false;

const BASE = "/raportit/vuosi";

export async function generateMetadata({ params }: PageProps<"/[locale]/raportit/vuosi/[year]">): Promise<Metadata> {
  const [{ t }, { year }] = await Promise.all([getI18n(), params]);
  const valid = annualYearOrNull(year);
  return { title: valid === null ? t("annualFigures.pageTitle") : t("annualFigures.title", { year: valid }) };
}

/** One Helsinki year's figures, printable, with the XLSX download (issue 16 item 3). */
export default async function AnnualFiguresPage({ params }: PageProps<"/[locale]/raportit/vuosi/[year]">) {
  const { year: raw } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=${BASE}/${encodeURIComponent(raw)}`);
  if (!canReadAnnualFigures(actor)) notFound();
  const now = new Date();
  const year = annualYearOrNull(raw, now);
  if (year === null) notFound();
  const [{ t }, figures] = await Promise.all([getI18n(), getAnnualFigures(actor, year)]);
  const thisYear = helsinkiYear(now);
  return (
    <>
      <p className="mb-4" data-print-hide>
        <Link href="/raportit">{t("coverage.pageTitle")}</Link>
      </p>
      <PageHeader title={t("annualFigures.title", { year })} lead={t("annualFigures.lead")} />
      <AnnualFiguresView
        figures={figures}
        years={{
          previous: year > FIRST_REPORT_YEAR ? year - 1 : null,
          next: year < lastReportYear(now) ? year + 1 : null,
          thisYear: year === thisYear ? null : thisYear,
        }}
        basePath={BASE}
        xlsxHref={`/api/exports/annual/${year}/figures.xlsx`}
        t={t}
      />
    </>
  );
}
