import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AcceptForm, ConsentForm, DeclineForm, WithdrawForm } from "@/components/exchanges/application-forms";
import { Day } from "@/components/exchanges/day";
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
import { isUuid } from "@/lib/http/fields";
import { getI18n } from "@/lib/i18n/server";
import { displayNameWithLibrary } from "@/lib/users/rules";

// Per request: one person's application, for the people concerned only (others: 404).
export const instant = false;

const DONE = ["haettu", "lupa", "eilupaa", "hyvaksytty", "hylatty", "peruttu"] as const;
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
  const text = pickText(t, ["exchangeApplications.", "exchanges.error."]);
  const done = DONE.find((key) => key === query.tehty);
  const { offer } = application;
  const row = (label: string, value: React.ReactNode) => (
    <>
      <dt className="font-semibold">{label}</dt>
      <dd>{value}</dd>
    </>
  );
  return (
    <>
      <p className="mb-4">
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
      </dl>
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
