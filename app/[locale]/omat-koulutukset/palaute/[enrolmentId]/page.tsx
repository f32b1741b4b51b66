import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { FeedbackForm } from "@/components/after-session/feedback-form";
import { pickText } from "@/components/forms/pick-text";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { formatDate, formatRange, isoInstant } from "@/lib/dates";
import { getFeedbackPage } from "@/lib/feedback/data";
import { getI18n } from "@/lib/i18n/server";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/omat-koulutukset/palaute/[enrolmentId]">): Promise<Metadata> {
  const { enrolmentId } = await params;
  const [{ t }, page] = await Promise.all([getI18n(), getFeedbackPage(await getActor(), enrolmentId)]);
  return { title: page ? t("afterSession.feedback.title", { offering: page.offering.title }) : t("notFound.title") };
}

const H2 = "mb-3 text-2xl font-bold text-brand-900";

export default async function FeedbackPage({
  params,
  searchParams,
}: PageProps<"/[locale]/omat-koulutukset/palaute/[enrolmentId]">) {
  const { enrolmentId } = await params;
  const query = await searchParams;
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=/omat-koulutukset/palaute/${encodeURIComponent(enrolmentId)}`);
  const page = await getFeedbackPage(actor, enrolmentId);
  if (!page) notFound();
  const { locale, t } = await getI18n();
  const { feedback } = page;
  return (
    <>
      <p className="mb-4">
        <Link href="/omat-koulutukset">{t("afterSession.feedback.back")}</Link>
      </p>
      <PageHeader
        title={t("afterSession.feedback.title", { offering: page.offering.title })}
        lead={
          <>
            <time dateTime={isoInstant(page.session.startsAt)}>
              {formatRange(page.session.startsAt, page.session.endsAt, locale)}
            </time>
            {page.session.title ? ` – ${page.session.title}` : null}
          </>
        }
      />
      {feedback && query.kiitos === "1" ? (
        <div className="mb-6">
          <Alert tone="success">{t("afterSession.feedback.thanks")}</Alert>
        </div>
      ) : null}
      {feedback && query.jo === "1" ? (
        <div className="mb-6">
          <Alert>{t("afterSession.feedback.already")}</Alert>
        </div>
      ) : null}
      {feedback ? (
        <section aria-labelledby="antamasi-palaute">
          <h2 id="antamasi-palaute" className={H2}>
            {t("afterSession.feedback.yours")}
          </h2>
          <dl className="max-w-2xl space-y-2">
            <div>
              <dt className="font-semibold">{t("afterSession.feedback.rating")}</dt>
              <dd>{t(`afterSession.feedback.rating.${feedback.rating as 1 | 2 | 3 | 4 | 5}`)}</dd>
            </div>
            <div>
              <dt className="font-semibold">{t("afterSession.feedback.comment")}</dt>
              <dd className="break-words whitespace-pre-line">
                {feedback.comment ?? t("afterSession.feedback.noComment")}
              </dd>
            </div>
            <div>
              <dt className="font-semibold">{t("afterSession.feedback.givenAt")}</dt>
              <dd>
                <time dateTime={isoInstant(feedback.createdAt)}>{formatDate(feedback.createdAt)}</time>
              </dd>
            </div>
          </dl>
        </section>
      ) : page.canGive ? (
        <>
          <p className="mb-4 max-w-2xl">{t("afterSession.feedback.lead")}</p>
          <FeedbackForm enrolmentId={page.enrolmentId} text={pickText(t, ["afterSession.feedback."])} />
        </>
      ) : (
        <Alert>{t("afterSession.feedback.notAttended")}</Alert>
      )}
    </>
  );
}
