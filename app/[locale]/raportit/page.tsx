import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { CoverageFilters } from "@/components/coverage/coverage-filters";
import { CoverageView } from "@/components/coverage/coverage-view";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { getCoverage } from "@/lib/coverage/data";
import { choicePeriod, coverageScope, periodChoices, type PeriodChoice } from "@/lib/coverage/rules";
import { dashboardParams, dashboardQuerySchema } from "@/lib/coverage/schema";
import type { FieldErrors } from "@/lib/http/errors";
import { pageNumber } from "@/lib/http/fields";
import { fieldErrorsOf } from "@/lib/http/form";
import { getI18n } from "@/lib/i18n/server";

// Per request: reads the session and shows figures by role (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("coverage.pageTitle") };
}

/** The regional coverage dashboard (issue 16): coordinators everything, a supervisor their library, the steering group the totals. */
export default async function CoveragePage({ searchParams }: PageProps<"/[locale]/raportit">) {
  const actor = await getActor();
  if (!actor) redirect("/kirjaudu?callbackUrl=/raportit");
  const scope = coverageScope(actor);
  if (!scope) notFound();
  const [{ t, locale }, params] = await Promise.all([getI18n(), searchParams]);
  const values = dashboardParams(params);
  const parsed = dashboardQuerySchema.safeParse(values);
  let errors: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  let period: { from?: string; to?: string } = {};
  if (parsed.success) {
    const { jakso, alku, loppu } = parsed.data;
    if (jakso && jakso !== "oma") {
      const chosen = choicePeriod(jakso as Exclude<PeriodChoice, "oma">);
      if (chosen) period = chosen;
      else errors = { jakso: "validation.invalid" };
    } else if (alku && loppu) period = { from: alku, to: loppu };
  }
  const valid = Object.keys(errors).length === 0;
  const report = valid
    ? await getCoverage(actor, { ...period, region: parsed.success ? parsed.data.alue : undefined })
    : null;
  const query = report
    ? new URLSearchParams({
        from: report.period.from,
        to: report.period.to,
        ...(report.region ? { region: report.region } : {}),
      }).toString()
    : "";
  const lead = scope.allLibraries
    ? t("coverage.lead")
    : scope.totals
      ? t("coverage.leadSteering")
      : t("coverage.leadSupervisor");
  return (
    <>
      <PageHeader title={t("coverage.pageTitle")} lead={lead} />
      <CoverageFilters values={values} choices={periodChoices()} errors={errors} t={t} />
      {report ? (
        <>
          <CoverageView
            report={report}
            locale={locale}
            t={t}
            pages={{ kirjastot: pageNumber.parse(values.kirjastot), kunnat: pageNumber.parse(values.kunnat) }}
            hrefFor={(table, page) => {
              const next = new URLSearchParams({ ...values, [table]: String(page) });
              if (page === 1) next.delete(table);
              return `/raportit?${next.toString()}#${table === "kirjastot" ? "kirjastoittain" : "kunnittain"}`;
            }}
          />
          <section aria-labelledby="kattavuus-lataa" className="mb-8" data-print-hide>
            <h2 id="kattavuus-lataa" className="mb-3 text-2xl font-bold text-brand-900">
              {t("coverage.export")}
            </h2>
            <ul className="space-y-1">
              <li>
                <a
                  href={`/api/exports/coverage/figures.xlsx?${query}`}
                  download
                  className="inline-flex min-h-11 items-center underline"
                >
                  {t("coverage.xlsx")}
                </a>
              </li>
              {scope.totals ? (
                <li>
                  <Link
                    href={`/raportit/vuosi/${report.period.to.slice(0, 4)}`}
                    className="inline-flex min-h-11 items-center underline"
                  >
                    {t("coverage.annualLink")}
                  </Link>
                </li>
              ) : null}
              {can(actor, "reports.read") ? (
                <li>
                  <Link href="/raportit/palaute" className="inline-flex min-h-11 items-center underline">
                    {t("coverage.feedbackLink")}
                  </Link>
                </li>
              ) : null}
            </ul>
          </section>
        </>
      ) : (
        <p role="alert" className="font-semibold text-red-800">
          {t("coverage.filter.errors")}
        </p>
      )}
    </>
  );
}
