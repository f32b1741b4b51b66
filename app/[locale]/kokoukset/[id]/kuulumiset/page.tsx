import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { MeetingNav } from "@/components/meetings/meeting-nav";
import { NewsRoundEntryForm } from "@/components/news-round/entry-form";
import { EntryStatusLine } from "@/components/news-round/entry-status";
import { NewsRoundLibraryPicker } from "@/components/news-round/library-picker";
import { NewsRoundOverviewTable } from "@/components/news-round/overview-table";
import { pickText } from "@/components/forms/pick-text";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { getMeetingHeaderForActor } from "@/lib/meetings/data";
import { getNewsRoundPage, type NewsRoundEntryView } from "@/lib/news-round/data";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/kokoukset/[id]/kuulumiset">): Promise<Metadata> {
  const { id } = await params;
  const [{ t }, meeting] = await Promise.all([getI18n(), getMeetingHeaderForActor(await getActor(), id)]);
  return { title: meeting ? `${t("newsRound.title")} – ${meeting.title}` : t("notFound.title") };
}

const H2 = "mb-3 text-2xl font-bold text-brand-900";

export default async function NewsRoundPage({
  params,
  searchParams,
}: PageProps<"/[locale]/kokoukset/[id]/kuulumiset">) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=${encodeURIComponent(`/kokoukset/${id}/kuulumiset`)}`);
  const meeting = await getMeetingHeaderForActor(actor, id);
  if (!meeting) notFound();
  const { kirjasto } = await searchParams;
  const [{ locale, t }, page] = await Promise.all([
    getI18n(),
    getNewsRoundPage(actor, meeting, typeof kirjasto === "string" ? kirjasto : undefined),
  ]);
  if (!page) notFound();
  const { manage, open, libraries, libraryId, selectedSlug, entry, writable, overview } = page;

  const entrySection = (level: 2 | 3) => {
    if (!entry) return <p>{t("newsRound.noLibrary")}</p>;
    const Heading = `h${level}` as const;
    return (
      <>
        <Heading id="kuulumislomake" className={level === 2 ? H2 : "mt-6 mb-2 text-xl font-bold text-brand-900"}>
          {t("newsRound.formTitle", { library: entry.libraryName })}
        </Heading>
        <EntryStatusLine entry={entry} t={t} locale={locale} />
        {writable ? (
          <NewsRoundEntryForm
            // A fresh form for each library the coordinator opens.
            key={entry.libraryId}
            defaults={formDefaults(meeting.id, entry)}
            submitted={entry.status === "SUBMITTED"}
            text={pickText(t, ["newsRound."])}
          />
        ) : null}
      </>
    );
  };

  return (
    <>
      <p className="mb-4">
        <Link href={`/kokoukset/${meeting.id}`}>{t("newsRound.backToMeeting")}</Link>
      </p>
      <PageHeader title={meeting.title} lead={t("newsRound.title")} />
      <MeetingNav meeting={meeting} actor={actor} current="newsRound" t={t} />
      {open ? (
        <p className="mb-6 max-w-3xl">{t(manage ? "newsRound.introCoordinator" : "newsRound.intro")}</p>
      ) : (
        <div className="mb-6">
          <Alert>{t("newsRound.locked")}</Alert>
        </div>
      )}
      {manage ? (
        <>
          <section aria-labelledby="tilanne" className="mb-8">
            <h2 id="tilanne" className={H2}>
              {t("newsRound.overview.title")}
            </h2>
            <NewsRoundOverviewTable
              rows={overview ?? []}
              meetingId={meeting.id}
              currentLibraryId={open ? libraryId : null}
              canWrite={open}
              t={t}
              locale={locale}
            />
          </section>
          {open ? (
            <section aria-labelledby="korjaa">
              <h2 id="korjaa" className={H2}>
                {t("newsRound.picker.title")}
              </h2>
              <NewsRoundLibraryPicker meetingId={meeting.id} libraries={libraries} selectedSlug={selectedSlug} t={t} />
              {entrySection(3)}
            </section>
          ) : null}
        </>
      ) : entry ? (
        <section aria-labelledby="kuulumislomake">{entrySection(2)}</section>
      ) : (
        <Alert>{t("newsRound.noLibrary")}</Alert>
      )}
    </>
  );
}

function formDefaults(meetingId: string, entry: NewsRoundEntryView) {
  return {
    meetingId,
    libraryId: entry.libraryId,
    budget: entry.budget ?? "",
    staffing: entry.staffing ?? "",
    projects: entry.projects ?? "",
    events: entry.events ?? "",
    body: entry.body ?? "",
  };
}
