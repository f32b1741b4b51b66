import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { CoverageFilters } from "@/components/coverage/coverage-filters";
import { CachedCoverageView } from "@/components/coverage/cached-coverage-view";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { dataKeyOf } from "@/lib/coverage/cached";
import { coverageRequest } from "@/lib/coverage/data";
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
  const [{ t }, params] = await Promise.all([getI18n(), searchParams]);
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
  // The role and the period are checked here, per request; the figures and their rendering come from the cache.
  const request = valid
    ? coverageRequest(actor, { ...period, region: parsed.success ? parsed.data.alue : undefined })
    : null;
  const query = request
    ? new URLSearchParams({
        from: request.period.from,
        to: request.period.to,
        ...(request.region ? { region: request.region } : {}),
      }).toString()
    : "";
  const { kirjastot, kunnat, ...filters } = values;
  const lead = scope.allLibraries
    ? t("coverage.lead")
    : scope.totals
      ? t("coverage.leadSteering")
      : t("coverage.leadSupervisor");
  return (
    <>
      <PageHeader title={t("coverage.pageTitle")} lead={lead} />
      <CoverageFilters values={values} choices={periodChoices()} errors={errors} t={t} />
      {request ? (
        <>
          <CachedCoverageView
            dataKey={dataKeyOf(request)}
            allLibraries={request.allLibraries}
            pages={{ kirjastot: pageNumber.parse(kirjastot), kunnat: pageNumber.parse(kunnat) }}
            filters={filters}
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
                    href={`/raportit/vuosi/${request.period.to.slice(0, 4)}`}
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
