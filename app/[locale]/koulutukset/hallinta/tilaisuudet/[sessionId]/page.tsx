import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ExportLinks } from "@/components/after-session/export-links";
import { ParticipantListSection } from "@/components/after-session/participant-list";
import { pickText } from "@/components/forms/pick-text";
import { placeChoices } from "@/components/trainings-admin/place-choices";
import { SessionForm } from "@/components/trainings-admin/session-form";
import { SessionStatusBadge } from "@/components/trainings-admin/status-badges";
import { helsinkiLocalInput } from "@/components/forms/values";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getParticipantList } from "@/lib/attendance/data";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { formatRange } from "@/lib/dates";
import { getI18n } from "@/lib/i18n/server";
import { getSessionForManagement, listPlaceOptions } from "@/lib/trainings/data";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/koulutukset/hallinta/tilaisuudet/[sessionId]">): Promise<Metadata> {
  const { sessionId } = await params;
  const [{ t }, session] = await Promise.all([getI18n(), getSessionForManagement(await getActor(), sessionId)]);
  return {
    title: session ? t("trainingsAdmin.session.editTitle", { offering: session.offering.title }) : t("notFound.title"),
  };
}

const H2 = "mb-3 text-2xl font-bold text-brand-900";

export default async function SessionAdminPage({
  params,
  searchParams,
}: PageProps<"/[locale]/koulutukset/hallinta/tilaisuudet/[sessionId]">) {
  const { sessionId } = await params;
  const query = await searchParams;
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=/koulutukset/hallinta/tilaisuudet/${encodeURIComponent(sessionId)}`);
  const session = await getSessionForManagement(actor, sessionId);
  if (!session) notFound();
  const [{ locale, t }, places, participants] = await Promise.all([
    getI18n(),
    listPlaceOptions(),
    getParticipantList(actor, sessionId),
  ]);
  const published = session.offering.menuStatus === "PUBLISHED";
  return (
    <>
      <p className="mb-4">
        <Link href={`/koulutukset/hallinta/koulutukset/${session.offering.id}`}>
          {t("trainingsAdmin.session.backToOffering")}
        </Link>
      </p>
      <PageHeader
        title={t("trainingsAdmin.session.editTitle", { offering: session.offering.title })}
        lead={`${formatRange(session.startsAt, session.endsAt, locale)}${session.title ? ` – ${session.title}` : ""}`}
      >
        <p className="mt-2">
          <SessionStatusBadge status={session.status} endsAt={session.endsAt} t={t} />
        </p>
      </PageHeader>
      {query.uusi === "1" ? (
        <div className="mb-6">
          <Alert tone="success">{t("trainingsAdmin.session.created")}</Alert>
        </div>
      ) : null}
      {query.peruttu === "1" && session.status === "CANCELLED" ? (
        <div className="mb-6">
          <Alert tone="success">{t("trainingsAdmin.session.cancelledNow")}</Alert>
        </div>
      ) : null}
      <section aria-labelledby="ilmoittautuneet" className="mb-8">
        <h2 id="ilmoittautuneet" className={H2}>
          {t("trainingsAdmin.session.facts")}
        </h2>
        <p>{t("trainingsAdmin.session.seatsTaken", { taken: session.seatsTaken, capacity: session.capacity })}</p>
        <p>{t("trainingsAdmin.session.active", { count: session.activeEnrolments })}</p>
        {session.fromOrder ? (
          <p className="mt-2">
            {t("trainingsAdmin.session.fromOrder", { library: session.fromOrder.libraryName })}{" "}
            <Link href={`/tilaukset/${session.fromOrder.id}`}>{t("trainingsAdmin.session.orderLink")}</Link>
          </p>
        ) : null}
        {published && session.status === "SCHEDULED" ? (
          <p className="mt-2">
            <Link href={`/koulutukset/${session.offering.slug}`}>{t("trainingsAdmin.offering.publicLink")}</Link>
          </p>
        ) : null}
      </section>
      {participants ? (
        <ParticipantListSection
          list={participants}
          t={t}
          locale={locale}
          attendanceText={pickText(t, ["afterSession.", "trainingsAdmin.error."])}
        />
      ) : null}
      {can(actor, "export.read") ? <ExportLinks sessionId={session.id} t={t} /> : null}
      {session.status === "CANCELLED" ? (
        <Alert>{t("trainingsAdmin.session.isCancelled")}</Alert>
      ) : (
        <>
          <section aria-labelledby="muokkaa" className="mb-8">
            <h2 id="muokkaa" className={H2}>
              {t("trainingsAdmin.session.edit")}
            </h2>
            {published && session.activeEnrolments > 0 ? (
              <p className="mb-4 max-w-2xl">
                {t("trainingsAdmin.session.changeNotice", { count: session.activeEnrolments })}
              </p>
            ) : null}
            <SessionForm
              mode="edit"
              defaults={{
                sessionId: session.id,
                title: session.title ?? "",
                startsAt: helsinkiLocalInput(session.startsAt),
                endsAt: helsinkiLocalInput(session.endsAt),
                servicePointId: session.servicePointId ?? "",
                place: session.place ?? "",
                remoteUrl: session.remoteUrl ?? "",
                capacity: String(session.capacity),
                registrationOpensAt: helsinkiLocalInput(session.registrationOpensAt),
                registrationClosesAt: helsinkiLocalInput(session.registrationClosesAt),
                eligibility: session.eligibility,
                restrictedLibraryId: session.restrictedLibraryId ?? "",
              }}
              places={placeChoices(places)}
              text={pickText(t, ["trainingsAdmin."])}
              capacityHint={
                session.seatsTaken > 0
                  ? t("trainingsAdmin.session.capacityHint", { taken: session.seatsTaken })
                  : undefined
              }
            />
          </section>
          <section aria-labelledby="peruminen">
            <h2 id="peruminen" className={H2}>
              {t("trainingsAdmin.session.cancelTitle")}
            </h2>
            <p>
              <Link href={`/koulutukset/hallinta/tilaisuudet/${session.id}/peru`}>
                {t("trainingsAdmin.session.cancelLink")}
              </Link>
            </p>
          </section>
        </>
      )}
    </>
  );
}
