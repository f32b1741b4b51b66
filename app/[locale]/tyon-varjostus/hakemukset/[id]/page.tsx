import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AcceptForm, ConsentForm, DeclineForm, WithdrawForm } from "@/components/exchanges/application-forms";
import { Day } from "@/components/exchanges/day";
import { CloseForm, CompleteForm, ReportForm } from "@/components/exchanges/report-forms";
import { pickText } from "@/components/forms/pick-text";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { formatDay } from "@/lib/dates";
import {
  consentAction,
  decideApplicationAction,
  withdrawApplicationAction,
} from "@/lib/exchanges/applications/actions";
import { getApplicationView } from "@/lib/exchanges/applications/data";
import { closeExchangeAction, completeExchangeAction, saveReportAction } from "@/lib/exchanges/reports/actions";
import { REPORT_SIDES } from "@/lib/exchanges/rules";
import { isUuid } from "@/lib/http/fields";
import { getI18n } from "@/lib/i18n/server";
import { displayNameWithLibrary } from "@/lib/users/rules";

// Per request: one person's application, for the people concerned only (others: 404).
export const instant = false;

const DONE = [
  "haettu",
  "lupa",
  "eilupaa",
  "hyvaksytty",
  "hylatty",
  "peruttu",
  "raportti",
  "toteutunut",
  "paatetty",
] as const;
const H2 = "mb-3 text-2xl font-bold text-brand-900";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("exchangeApplications.title") };
}

export default async function ApplicationPage({
  params,
  searchParams,
}: PageProps<"/[locale]/tyon-varjostus/hakemukset/[id]">) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=/tyon-varjostus/hakemukset/${encodeURIComponent(id)}`);
  const application = isUuid(id) ? await getApplicationView(actor, id) : null;
  if (!application) notFound();
  const { t } = await getI18n();
  const text = pickText(t, ["exchangeApplications.", "exchangeReports.", "exchanges.error."]);
  const done = DONE.find((key) => key === query.tehty);
  const { offer } = application;
  const showReports =
    application.status === "ACCEPTED" || application.status === "COMPLETED" || application.reports.length > 0;
  const row = (label: string, value: React.ReactNode) => (
    <>
      <dt className="font-semibold">{label}</dt>
      <dd>{value}</dd>
    </>
  );
  return (
    <>
      <p className="mb-4 flex flex-wrap gap-x-6">
        <Link href="/tyon-varjostus/omat">{t("exchangeOverview.title")}</Link>
        <Link href="/tyon-varjostus/paikat">{t("exchangeOffers.browse.title")}</Link>
      </p>
      <PageHeader
        title={t("exchangeApplications.title")}
        lead={t("exchangeApplications.lead", { offer: offer.title, library: offer.hostLibrary.name })}
      />
      {done ? (
        <div className="mb-4">
          <Alert tone="success">{t(`exchangeApplications.done.${done}`)}</Alert>
        </div>
      ) : null}
      <dl className="mb-6 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {row(t("exchangeApplications.field.status"), t(`exchangeApplications.status.${application.status}`))}
        {row(t("exchangeApplications.field.applicant"), displayNameWithLibrary(application.applicant, t))}
        {row(t("exchangeRounds.field.title"), offer.round.title)}
        {row(
          t("exchanges.field.hostLibrary"),
          <Link href={`/kirjastot/${offer.hostLibrary.slug}`}>{offer.hostLibrary.name}</Link>,
        )}
        {offer.hostName ? row(t("exchanges.field.host"), offer.hostName) : null}
        {row(
          t("exchangeApplications.field.preferredDates"),
          application.preferredDates.map((d) => formatDay(d)).join(", "),
        )}
        {application.visitDate
          ? row(t("exchangeApplications.field.visitDate"), <Day date={application.visitDate} />)
          : null}
        {application.consentBy
          ? row(t("exchangeApplications.field.consentBy"), displayNameWithLibrary(application.consentBy, t))
          : null}
        {application.closeReason ? row(t("exchangeApplications.field.closeReason"), application.closeReason) : null}
      </dl>
      {application.completedAt ? (
        <p className="mb-6">{t("exchangeReports.completed", { date: formatDay(application.completedAt) })}</p>
      ) : null}
      {application.closedAt ? (
        <p className="mb-6">{t("exchangeReports.closed", { date: formatDay(application.closedAt) })}</p>
      ) : null}
      {application.motivation ? (
        <section aria-labelledby="perustelut" className="mb-6">
          <h2 id="perustelut" className={H2}>
            {t("exchangeApplications.field.motivation")}
          </h2>
          <p className="whitespace-pre-line" lang="fi">
            {application.motivation}
          </p>
        </section>
      ) : null}
      {application.hostMessage ? (
        <section aria-labelledby="vastaus" className="mb-6">
          <h2 id="vastaus" className={H2}>
            {t("exchangeApplications.field.hostMessage")}
          </h2>
          <p className="whitespace-pre-line" lang="fi">
            {application.hostMessage}
          </p>
        </section>
      ) : null}
      {application.may.consent ? (
        <section aria-labelledby="lupa" className="mb-6">
          <h2 id="lupa" className={H2}>
            {t("exchangeApplications.consent.title")}
          </h2>
          <p className="mb-3">{t("exchangeApplications.consent.lead")}</p>
          <div className="flex flex-wrap items-start gap-4">
            <ConsentForm action={consentAction} applicationId={application.id} decision="approve" text={text} />
            <ConsentForm action={consentAction} applicationId={application.id} decision="decline" text={text} />
          </div>
        </section>
      ) : null}
      {application.may.decide ? (
        <section aria-labelledby="paatos" className="mb-6">
          <h2 id="paatos" className={H2}>
            {t("exchangeApplications.decide.title")}
          </h2>
          <p className="mb-3">{t("exchangeApplications.decide.placesLeft", { count: offer.placesLeft })}</p>
          <div className="grid gap-6 md:grid-cols-2">
            <AcceptForm
              action={decideApplicationAction}
              applicationId={application.id}
              days={application.acceptableDays.map((d) => ({
                value: d.toISOString().slice(0, 10),
                label: formatDay(d),
              }))}
              text={text}
            />
            <DeclineForm action={decideApplicationAction} applicationId={application.id} text={text} />
          </div>
        </section>
      ) : null}
      {showReports ? (
        <section aria-labelledby="raportit" className="mb-6">
          <h2 id="raportit" className={H2}>
            {t("exchangeReports.title")}
          </h2>
          <p className="mb-3">{t("exchangeReports.lead")}</p>
          {application.status === "ACCEPTED" && !application.visitDayReached && application.visitDate ? (
            <p className="mb-3">{t("exchangeReports.notYet", { date: formatDay(application.visitDate) })}</p>
          ) : null}
          {REPORT_SIDES.map((side) => {
            const report = application.reports.find((r) => r.side === side) ?? null;
            const writes = application.may.report.includes(side);
            if (!report && !writes) return null;
            return (
              <section key={side} aria-labelledby={`raportti-${side}`} className="mb-6">
                <h3 id={`raportti-${side}`} className="mb-2 text-xl font-bold text-brand-900">
                  {t(`exchangeReports.side.${side}`)}
                </h3>
                {report ? (
                  <div className="mb-3">
                    <p className="text-sm text-gray-700">
                      {report.author ? `${displayNameWithLibrary(report.author, t)} · ` : null}
                      {report.publishedAt
                        ? t("exchangeReports.published", { date: formatDay(report.publishedAt) })
                        : t(
                            report.consentToPublish
                              ? "exchangeReports.consentGiven"
                              : "exchangeReports.consentNotGiven",
                          )}
                    </p>
                    <h4 className="mt-2 font-semibold">{t("exchangeReports.field.experience")}</h4>
                    <p className="whitespace-pre-line" lang="fi">
                      {report.experience}
                    </p>
                    {report.takeHome ? (
                      <>
                        <h4 className="mt-2 font-semibold">{t("exchangeReports.field.takeHome")}</h4>
                        <p className="whitespace-pre-line" lang="fi">
                          {report.takeHome}
                        </p>
                      </>
                    ) : null}
                  </div>
                ) : null}
                {writes ? (
                  <details open={!report} className="mb-2">
                    <summary className="cursor-pointer font-semibold">{t(`exchangeReports.write.${side}`)}</summary>
                    <div className="mt-3">
                      <ReportForm
                        action={saveReportAction}
                        applicationId={application.id}
                        side={side}
                        current={report}
                        text={text}
                      />
                    </div>
                  </details>
                ) : null}
              </section>
            );
          })}
          {application.reports.length === 0 && application.may.report.length === 0 ? (
            <p>{t("exchangeReports.none")}</p>
          ) : null}
        </section>
      ) : null}
      {application.may.close || application.may.complete ? (
        <section aria-labelledby="paattaminen" className="mb-6">
          <h2 id="paattaminen" className={H2}>
            {t("exchangeReports.coordinator.title")}
          </h2>
          {application.may.complete ? (
            <div className="mb-4">
              <p className="mb-3">{t("exchangeReports.coordinator.completeLead")}</p>
              <CompleteForm action={completeExchangeAction} applicationId={application.id} text={text} />
            </div>
          ) : application.status === "ACCEPTED" ? (
            <p className="mb-4">{t("exchangeReports.coordinator.waiting")}</p>
          ) : null}
          {application.may.close ? (
            <div>
              <p className="mb-3">{t("exchangeReports.coordinator.closeLead")}</p>
              <CloseForm action={closeExchangeAction} applicationId={application.id} text={text} />
            </div>
          ) : null}
        </section>
      ) : null}
      {application.may.withdraw ? (
        <section aria-labelledby="peruminen" className="mb-6">
          <h2 id="peruminen" className={H2}>
            {t("exchangeApplications.withdrawTitle")}
          </h2>
          <p className="mb-3">{t("exchangeApplications.withdrawLead")}</p>
          <WithdrawForm action={withdrawApplicationAction} applicationId={application.id} text={text} />
        </section>
      ) : null}
    </>
  );
}
