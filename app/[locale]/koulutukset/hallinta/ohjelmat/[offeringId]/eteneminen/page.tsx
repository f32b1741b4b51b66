import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ParticipantProgressTable } from "@/components/programmes-progress/participant-progress-table";
import { ProgressFilters } from "@/components/programmes-progress/progress-filters";
import { ProgrammeFiguresSection } from "@/components/programmes-progress/programme-figures";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { formatDay } from "@/lib/dates";
import { getI18n } from "@/lib/i18n/server";
import { getProgrammeProgress } from "@/lib/programmes/progress/data";
import { filterParams, parseProgressQuery, type ProgressQuery } from "@/lib/programmes/progress/schema";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("programmesProgress.list.title") };
}

const H2 = "mb-3 text-2xl font-bold text-brand-900";

/** Coordinators: every participant of a programme; a supervisor: their own library's. */
export default async function ProgrammeProgressPage({
  params,
  searchParams,
}: PageProps<"/[locale]/koulutukset/hallinta/ohjelmat/[offeringId]/eteneminen">) {
  const { offeringId } = await params;
  const path = `/koulutukset/hallinta/ohjelmat/${encodeURIComponent(offeringId)}/eteneminen`;
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=${path}`);
  if (!can(actor, "programme.progressOwnLibrary")) notFound();
  const raw = await searchParams;
  const parsed = parseProgressQuery(raw);
  const query: ProgressQuery = parsed.success ? parsed.data : {};
  const [{ t }, progress] = await Promise.all([getI18n(), getProgrammeProgress(actor, offeringId, query)]);
  if (!progress) notFound();
  const { programme, figures } = progress;
  const manager = can(actor, "programme.manage");
  const reminded = typeof raw.muistutettu === "string" && /^\d+$/.test(raw.muistutettu) ? raw.muistutettu : null;
  const filterSearch = filterParams(query).toString();
  const libraries = figures.libraries.flatMap((row) =>
    row.key && row.libraryName ? [{ id: row.key, name: row.libraryName }] : [],
  );
  return (
    <>
      <PageHeader
        title={t("programmesProgress.title", { programme: programme.title })}
        lead={manager ? t("programmesProgress.lead") : t("programmesProgress.leadSupervisor")}
      >
        <p className="mt-2">
          {programme.deadline === null
            ? t("programmesProgress.noDeadline")
            : (programme.daysLeft ?? 0) < 0
              ? t("programmesProgress.deadlinePast", { date: formatDay(programme.deadline) })
              : t("programmesProgress.deadline", {
                  date: formatDay(programme.deadline),
                  days: programme.daysLeft ?? 0,
                })}
        </p>
      </PageHeader>
      {reminded !== null ? (
        <div className="mb-6">
          <Alert tone="success">{t("programmesProgress.remind.sent", { count: Number(reminded) })}</Alert>
        </div>
      ) : null}
      {parsed.success ? null : (
        <div className="mb-6">
          <Alert>{t("programmesProgress.filter.invalid")}</Alert>
        </div>
      )}
      <ProgressFilters action={path} filter={query} libraries={libraries} showLibraries={manager} t={t} />
      <section aria-labelledby="osallistujat" className="mb-8">
        <h2 id="osallistujat" className={H2}>
          {t("programmesProgress.list.title")}
        </h2>
        <p className="mb-3" role="status">
          {t("programmesProgress.list.count", { count: progress.matching })}
        </p>
        {manager ? (
          <p className="mb-4">
            <Link
              href={`${path}/muistutus${filterSearch ? `?${filterSearch}` : ""}`}
              className="inline-flex min-h-11 items-center"
            >
              {t("programmesProgress.remind.link")}
            </Link>
          </p>
        ) : null}
        {progress.participants.length === 0 ? (
          <p>{t("programmesProgress.list.empty")}</p>
        ) : (
          <ParticipantProgressTable
            participants={progress.participants}
            detailHref={
              can(actor, "programme.manage")
                ? (participationId) => `/koulutukset/hallinta/ohjelmat/${offeringId}/osallistujat/${participationId}`
                : undefined
            }
            t={t}
          />
        )}
        <Pager
          page={progress.page}
          hasNext={progress.hasNext}
          hrefFor={(page) => {
            const search = filterParams(query, page).toString();
            return search ? `${path}?${search}` : path;
          }}
          t={t}
        />
      </section>
      <ProgrammeFiguresSection figures={figures} exportBase={`/api/exports/programmes/${programme.id}/figures`} t={t} />
    </>
  );
}
