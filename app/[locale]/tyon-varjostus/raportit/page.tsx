import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PublishedReportCard } from "@/components/exchanges/published-report";
import { OfferFilters } from "@/components/exchanges/offer-filters";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { listPublishedReports } from "@/lib/exchanges/reports/data";
import { getI18n } from "@/lib/i18n/server";

// Per request: for signed-in staff only (ADR 30), filtered by the query.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("exchangeReports.list.title") };
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function ExchangeReportsPage({ searchParams }: PageProps<"/[locale]/tyon-varjostus/raportit">) {
  const [query, actor, { t, locale }] = await Promise.all([searchParams, getActor(), getI18n()]);
  if (!actor) redirect("/kirjaudu?callbackUrl=/tyon-varjostus/raportit");
  const theme = one(query.teema) || undefined;
  const listed = await listPublishedReports(actor, { theme });
  if (!listed) redirect("/kirjaudu?callbackUrl=/tyon-varjostus/raportit");
  const name = (th: { slug: string; nameFi: string | null; nameEn: string | null }) =>
    (locale === "en" ? th.nameEn : th.nameFi) ?? th.nameFi ?? th.slug;
  const unknownTheme = theme !== undefined && !listed.themes.some((th) => th.slug === theme);
  return (
    <>
      <p className="mb-4">
        <Link href="/tyon-varjostus">{t("exchanges.title")}</Link>
      </p>
      <PageHeader title={t("exchangeReports.list.title")} lead={t("exchangeReports.list.lead")} />
      {listed.themes.length > 0 ? (
        <OfferFilters
          action="/tyon-varjostus/raportit"
          title={t("exchangeReports.list.filter")}
          values={{ theme: unknownTheme ? undefined : theme }}
          themes={listed.themes.map((th) => [th.slug, name(th)])}
          t={t}
        />
      ) : null}
      <p role="status" className="mb-4">
        {unknownTheme
          ? t("exchangeReports.list.unknownTheme")
          : t("exchangeReports.list.count", { count: listed.total })}
      </p>
      {listed.groups.map((group) => (
        <section key={group.theme.slug} aria-labelledby={`teema-${group.theme.slug}`} className="mb-8">
          <h2 id={`teema-${group.theme.slug}`} className="mb-3 text-2xl font-bold text-brand-900">
            {name(group.theme)}
          </h2>
          <ul className="space-y-4">
            {group.reports.map((report) => (
              <PublishedReportCard key={report.id} report={report} group={group.theme.slug} t={t} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
