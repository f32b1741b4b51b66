import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { FeedbackSummary } from "@/components/after-session/feedback-summary";
import { ApplicationsAdmin } from "@/components/mentoring/applications-admin";
import { ProgrammeEditor } from "@/components/programmes/admin/programme-editor";
import { OfferingForm } from "@/components/trainings-admin/offering-form";
import { pickText } from "@/components/forms/pick-text";
import { SessionTable } from "@/components/trainings-admin/session-table";
import { themeName } from "@/components/trainings/theme-names";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { getOfferingFeedbackSummary } from "@/lib/feedback/data";
import { getI18n } from "@/lib/i18n/server";
import {
  deletePartAction,
  movePartAction,
  saveProgrammeSettingsAction,
  savePartAction,
} from "@/lib/programmes/admin/actions";
import { getProgrammeForEditing } from "@/lib/programmes/admin/data";
import { pairMentoringAction, unpairMentoringAction } from "@/lib/mentoring/actions";
import { listMentoringApplications } from "@/lib/mentoring/data";
import { applicationFiltersSchema } from "@/lib/mentoring/schema";
import { getOfferingForManagement, listMenuOptions, listThemeOptions } from "@/lib/trainings/data";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/koulutukset/hallinta/koulutukset/[offeringId]">): Promise<Metadata> {
  const { offeringId } = await params;
  const [{ t }, offering] = await Promise.all([getI18n(), getOfferingForManagement(await getActor(), offeringId)]);
  return { title: offering?.title ?? t("notFound.title") };
}

const H2 = "mb-3 text-2xl font-bold text-brand-900";

export default async function OfferingAdminPage({
  params,
  searchParams,
}: PageProps<"/[locale]/koulutukset/hallinta/koulutukset/[offeringId]">) {
  const { offeringId } = await params;
  const filters = applicationFiltersSchema.parse(await searchParams);
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=/koulutukset/hallinta/koulutukset/${encodeURIComponent(offeringId)}`);
  const offering = await getOfferingForManagement(actor, offeringId);
  if (!offering) notFound();
  const [{ locale, t }, menus, themes, feedback, programme] = await Promise.all([
    getI18n(),
    listMenuOptions(),
    listThemeOptions(),
    getOfferingFeedbackSummary(actor, offering.id),
    offering.kind === "PROGRAMME" ? getProgrammeForEditing(actor, offering.id) : null,
  ]);
  const [applications, allApplications] =
    offering.kind === "MENTORING"
      ? await Promise.all([
          listMentoringApplications(actor, offering.id, filters),
          listMentoringApplications(actor, offering.id),
        ])
      : [null, null];
  return (
    <>
      <p className="mb-4">
        <Link href={`/koulutukset/hallinta/tarjottimet/${offering.menuId}`}>
          {t("trainingsAdmin.offering.backToMenu")}
        </Link>
      </p>
      <PageHeader
        title={offering.title}
        lead={t("trainingsAdmin.offering.inMenu", {
          menu: offering.menu.title,
          status: t(`trainingsAdmin.status.${offering.menu.status}`),
        })}
      />
      {offering.menu.status === "PUBLISHED" ? (
        <p className="mb-6">
          <Link href={`/koulutukset/${offering.slug}`}>{t("trainingsAdmin.offering.publicLink")}</Link>
        </p>
      ) : (
        <div className="mb-6">
          <Alert>{t("trainingsAdmin.offering.notPublished")}</Alert>
        </div>
      )}
      {programme ? (
        <ProgrammeEditor
          programme={programme}
          actions={{
            savePart: savePartAction,
            movePart: movePartAction,
            deletePart: deletePartAction,
            settings: saveProgrammeSettingsAction,
          }}
          text={pickText(t, ["programmesAdmin.", "programmes.mode."])}
          t={t}
        />
      ) : null}
      {applications && allApplications ? (
        <ApplicationsAdmin
          list={applications}
          pairable={allApplications.rows.filter((r) => r.status === "SUBMITTED" && !r.pair)}
          filters={filters}
          actions={{ pair: pairMentoringAction, unpair: unpairMentoringAction }}
          text={pickText(t, ["mentoring."])}
          t={t}
        />
      ) : null}
      <section aria-labelledby="tilaisuudet" className="mb-8">
        <h2 id="tilaisuudet" className={H2}>
          {t("trainingsAdmin.offering.sessions")}
        </h2>
        <p className="mb-4">
          <Link
            href={`/koulutukset/hallinta/koulutukset/${offering.id}/uusi-tilaisuus`}
            className="inline-flex min-h-11 items-center rounded bg-brand-800 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white"
          >
            {t("trainingsAdmin.offering.newSession")}
          </Link>
        </p>
        {offering.sessions.length === 0 ? (
          <p>{t("trainingsAdmin.offering.noSessions")}</p>
        ) : (
          <SessionTable sessions={offering.sessions} t={t} locale={locale} />
        )}
      </section>
      {feedback ? (
        <section aria-labelledby="palaute" className="mb-8">
          <h2 id="palaute" className={H2}>
            {t("afterSession.summary.title")}
          </h2>
          <FeedbackSummary summary={feedback} t={t} locale={locale} />
        </section>
      ) : null}
      <section aria-labelledby="tiedot">
        <h2 id="tiedot" className={H2}>
          {t("trainingsAdmin.offering.details")}
        </h2>
        <OfferingForm
          mode="edit"
          defaults={{
            offeringId: offering.id,
            menuId: offering.menuId,
            title: offering.title,
            slug: offering.slug,
            kind: offering.kind,
            summary: offering.summary ?? "",
            description: offering.description ?? "",
            themeIds: offering.themeIds,
            audience: offering.audience ?? "",
            trainerName: offering.trainerName ?? "",
            ...(offering.orderable ? { orderable: "on" } : {}),
          }}
          menus={menus.map((m) => ({ value: m.id, label: `${m.title} (${t(`trainingsAdmin.status.${m.status}`)})` }))}
          themes={themes.map((theme) => ({ value: theme.id, label: themeName({ slug: "", ...theme }, locale) }))}
          text={pickText(t, ["trainingsAdmin.", "trainings.kind."])}
        />
      </section>
    </>
  );
}
