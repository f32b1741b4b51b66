import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MeetingNav } from "@/components/meetings/meeting-nav";
import { ApprovalNote } from "@/components/minutes/approval-note";
import { MinutesEditor, type MinutesEditorItemProps } from "@/components/minutes/minutes-editor";
import { MinutesReadOnly } from "@/components/minutes/minutes-readonly";
import { pickText } from "@/components/forms/pick-text";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { getI18n } from "@/lib/i18n/server";
import { canManageMeeting } from "@/lib/meetings/rules";
import { getMinutesEditor } from "@/lib/minutes/data";
import { displayName } from "@/lib/users/rules";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata({ params }: PageProps<"/[locale]/kokoukset/[id]/muistio">): Promise<Metadata> {
  const { id } = await params;
  const [{ t }, editor] = await Promise.all([getI18n(), getMinutesEditor(await getActor(), id)]);
  return { title: editor ? t("minutes.editor.metaTitle", { title: editor.meeting.title }) : t("notFound.title") };
}

/**
 * The minutes editor. Coordinators and the meeting's secretary write here;
 * others who see the meeting get a page that says why they cannot, and
 * approved minutes are shown read-only.
 */
export default async function MinutesPage({ params }: PageProps<"/[locale]/kokoukset/[id]/muistio">) {
  const { id } = await params;
  const actor = await getActor();
  const editor = await getMinutesEditor(actor, id);
  if (!editor) notFound();
  const { locale, t } = await getI18n();
  const { meeting } = editor;
  const base = `/kokoukset/${meeting.id}`;

  const items: MinutesEditorItemProps[] = editor.items.map((item) => ({
    id: item.id,
    position: item.position,
    title: item.title,
    minutes: item.minutes ?? "",
    baseRevisionId: item.latestRevision?.id ?? "",
    lastSaved: item.latestRevision
      ? t("minutes.lastSaved", {
          name: item.latestRevision.author ? displayName(item.latestRevision.author, t) : t("minutes.unknownAuthor"),
          time: formatDateTime(item.latestRevision.createdAt, locale),
        })
      : t("minutes.neverSaved"),
    note: item.kind === "NEWS_ROUND" ? t("minutes.editor.newsRoundNote") : undefined,
    history:
      editor.historyVisible && item.revisionCount > 0
        ? {
            href: `${base}/muistio/${item.id}/historia`,
            label: t("minutes.historyLink", { position: item.position, count: item.revisionCount }),
          }
        : undefined,
  }));

  return (
    <>
      <p className="mb-4 print:hidden">
        <Link href={base}>{t("minutes.backToMeeting")}</Link>
      </p>
      <PageHeader title={meeting.title} lead={editor.access === "write" ? t("minutes.editor.lead") : undefined} />
      <MeetingNav meeting={meeting} actor={actor} current="minutes" t={t} />
      {editor.access === "write" ? (
        <>
          <div className="mb-6">
            <Alert>
              {t(meeting.status === "MINUTES_DRAFT" ? "minutes.editor.draftNote" : "minutes.editor.hiddenUntilDraft")}
            </Alert>
          </div>
          {items.length === 0 ? (
            <p>{t("minutes.editor.noItems")}</p>
          ) : (
            <MinutesEditor
              meetingId={meeting.id}
              items={items}
              text={pickText(t, ["minutes.", "person."])}
              locale={locale}
            />
          )}
        </>
      ) : editor.access === "locked" ? (
        <>
          <div className="mb-6">
            <Alert>
              <p>{t("minutes.error.locked")}</p>
              {canManageMeeting(actor, meeting) ? (
                <p className="mt-2">
                  <Link href={`${base}/muokkaa`}>{t("minutes.reopenLink")}</Link>
                </p>
              ) : null}
            </Alert>
          </div>
          <ApprovalNote approval={editor.approval} t={t} locale={locale} />
          <MinutesReadOnly editor={editor} t={t} />
        </>
      ) : (
        <Alert>
          <p>{t(editor.access === "notYet" ? "minutes.error.notYet" : "minutes.error.notAllowed")}</p>
          <p className="mt-2">
            <Link href={base}>{t("minutes.backToMeeting")}</Link>
          </p>
        </Alert>
      )}
    </>
  );
}
