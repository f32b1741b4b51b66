import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { pickText } from "@/components/forms/pick-text";
import { LoanFeedbackForm } from "@/components/kits/usage/feedback-form";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { isUuid } from "@/lib/http/fields";
import { getI18n } from "@/lib/i18n/server";
import { formatDayRange } from "@/lib/dates/days";
import { saveLoanFeedbackAction } from "@/lib/kits/usage/actions";
import { getFeedbackLoan } from "@/lib/kits/usage/data";

// Per request: reads the session (ADR 17).
export const instant = false;

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/pike-boksit/palaute/[reservationId]">): Promise<Metadata> {
  const { t } = await getI18n();
  const { reservationId } = await params;
  const actor = await getActor();
  const loan = isUuid(reservationId) ? await getFeedbackLoan(actor, reservationId) : null;
  return { title: loan ? t("kitsUsage.feedback.title", { kit: loan.kit.name }) : t("kitsUsage.link") };
}

export default async function LoanFeedbackPage({ params }: PageProps<"/[locale]/pike-boksit/palaute/[reservationId]">) {
  const { reservationId } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=/pike-boksit/palaute/${encodeURIComponent(reservationId)}`);
  // Another library's loan, one not ended, or an unknown one: not found (ADR 27).
  const loan = isUuid(reservationId) ? await getFeedbackLoan(actor, reservationId) : null;
  if (!loan) notFound();
  const { t } = await getI18n();
  return (
    <>
      <p className="mb-4">
        <Link href="/pike-boksit/varaukset">{t("kitsUsage.feedback.back")}</Link>
      </p>
      <PageHeader
        title={t("kitsUsage.feedback.title", { kit: loan.kit.name })}
        lead={t("kitsUsage.feedback.lead", { period: formatDayRange(loan), library: loan.library.name })}
      />
      <LoanFeedbackForm
        action={saveLoanFeedbackAction}
        reservationId={loan.id}
        defaults={{
          uses: loan.feedback?.uses ?? [],
          peopleReached: loan.feedback ? String(loan.feedback.peopleReached) : "",
          comment: loan.feedback?.comment ?? "",
        }}
        text={pickText(t, ["kitsUsage."])}
      />
    </>
  );
}
