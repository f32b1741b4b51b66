import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ConfirmActionForm } from "@/components/forms/confirm-action-form";
import { pickText } from "@/components/forms/pick-text";
import { MentoringApplicationForm } from "@/components/mentoring/mentoring-forms";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { getI18n } from "@/lib/i18n/server";
import { applyForMentoringAction, withdrawMentoringAction } from "@/lib/mentoring/actions";
import { getOwnMentoring } from "@/lib/mentoring/data";

// Per request: the reader's own application (ADR 17, ADR 28).
export const instant = false;

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/koulutukset/[slug]/ilmoittautuminen">): Promise<Metadata> {
  const { slug } = await params;
  const [{ t }, own] = await Promise.all([getI18n(), getOwnMentoring(await getActor(), slug)]);
  return {
    title: own ? t("mentoring.own.title", { offering: own.offering.title }) : t("notFound.title"),
    robots: { index: false },
  };
}

const H2 = "mb-3 text-2xl font-bold text-brand-900";

export default async function MentoringApplicationPage({
  params,
}: PageProps<"/[locale]/koulutukset/[slug]/ilmoittautuminen">) {
  const { slug } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=${encodeURIComponent(`/koulutukset/${slug}/ilmoittautuminen`)}`);
  const [{ t }, own] = await Promise.all([getI18n(), getOwnMentoring(actor, slug)]);
  if (!own) notFound();
  const { offering, application } = own;
  const live = application?.status === "SUBMITTED";
  const text = pickText(t, ["mentoring."]);
  return (
    <>
      <p className="mb-4">
        <Link href={`/koulutukset/${offering.slug}`}>{t("mentoring.own.back")}</Link>
      </p>
      <PageHeader
        title={t("mentoring.own.title", { offering: offering.title })}
        lead={offering.deadline ? t("mentoring.offering.deadline", { date: formatDate(offering.deadline) }) : undefined}
      />
      {application ? (
        <section aria-labelledby="hakemuksesi" className="mb-8">
          <h2 id="hakemuksesi" className={H2}>
            {t("mentoring.own.yours")}
          </h2>
          {live ? (
            <dl className="grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
              <dt className="font-semibold">{t("mentoring.field.role")}</dt>
              <dd>{t(`mentoring.role.${application.role}`)}</dd>
              <dt className="font-semibold">{t("mentoring.field.goals")}</dt>
              <dd className="whitespace-pre-line">{application.goals}</dd>
              <dt className="font-semibold">{t("mentoring.field.availability")}</dt>
              <dd className="whitespace-pre-line">{application.availability}</dd>
            </dl>
          ) : (
            <p>{t("mentoring.own.withdrawn")}</p>
          )}
          {live ? (
            <p className="mt-2">{t("mentoring.own.submittedAt", { date: formatDate(application.updatedAt) })}</p>
          ) : null}
          {application.paired && live ? (
            <div className="mt-3">
              <Alert>{t("mentoring.own.paired")}</Alert>
            </div>
          ) : null}
        </section>
      ) : null}
      {!offering.open ? (
        <Alert>{t("mentoring.own.closed")}</Alert>
      ) : application?.paired && live ? null : (
        <section aria-labelledby="lomake" className="mb-8">
          <h2 id="lomake" className={H2}>
            {t(live ? "mentoring.own.edit" : "mentoring.own.apply")}
          </h2>
          <MentoringApplicationForm
            action={applyForMentoringAction}
            offeringId={offering.id}
            slug={offering.slug}
            editing={live}
            libraries={own.libraries}
            defaults={
              live
                ? {
                    role: application.role,
                    libraryId: application.libraryId ?? "",
                    goals: application.goals,
                    availability: application.availability,
                  }
                : { libraryId: actor.libraryId ?? "" }
            }
            text={text}
          />
        </section>
      )}
      {live ? (
        <details className="mb-8 rounded border border-gray-300 p-4">
          <summary className="cursor-pointer font-semibold">{t("mentoring.withdraw")}</summary>
          <div className="mt-3">
            <ConfirmActionForm
              action={withdrawMentoringAction}
              fields={{ offeringId: offering.id, slug: offering.slug }}
              submitLabel="mentoring.withdrawConfirm"
              text={text}
            >
              <p>{t("mentoring.withdrawQuestion")}</p>
            </ConfirmActionForm>
          </div>
        </details>
      ) : null}
    </>
  );
}
