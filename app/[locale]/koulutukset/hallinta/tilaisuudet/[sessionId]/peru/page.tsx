import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ConfirmActionForm } from "@/components/forms/confirm-action-form";
import { pickText } from "@/components/forms/pick-text";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { formatRange } from "@/lib/dates";
import { getI18n } from "@/lib/i18n/server";
import { cancelSessionAction } from "@/lib/trainings/actions";
import { getSessionForManagement } from "@/lib/trainings/data";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("trainingsAdmin.session.cancelTitle") };
}

/** The confirmation step before a session is cancelled. */
export default async function CancelSessionPage({
  params,
}: PageProps<"/[locale]/koulutukset/hallinta/tilaisuudet/[sessionId]/peru">) {
  const { sessionId } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=/koulutukset/hallinta/tilaisuudet/${encodeURIComponent(sessionId)}/peru`);
  const session = await getSessionForManagement(actor, sessionId);
  if (!session) notFound();
  const back = `/koulutukset/hallinta/tilaisuudet/${session.id}`;
  if (session.status === "CANCELLED") redirect(back);
  const { locale, t } = await getI18n();
  return (
    <>
      <PageHeader title={t("trainingsAdmin.session.cancelTitle")} />
      <div className="max-w-2xl space-y-3">
        <p className="text-lg">
          {t("trainingsAdmin.session.cancelQuestion", {
            offering: session.offering.title,
            time: formatRange(session.startsAt, session.endsAt, locale),
          })}
        </p>
        <p>{t("trainingsAdmin.session.cancelFinal")}</p>
        <p>{t("trainingsAdmin.session.cancelWhoIsTold", { count: session.activeEnrolments })}</p>
        <ConfirmActionForm
          action={cancelSessionAction}
          fields={{ sessionId: session.id }}
          submitLabel="trainingsAdmin.session.cancelSubmit"
          text={pickText(t, ["trainingsAdmin."])}
        />
        <p>
          <Link href={back}>{t("trainingsAdmin.session.cancelKeep")}</Link>
        </p>
      </div>
    </>
  );
}
