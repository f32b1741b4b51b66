import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DecisionsEditorView } from "@/components/action-items/decisions-editor";
import { MeetingNav } from "@/components/meetings/meeting-nav";
import { pickText } from "@/components/forms/pick-text";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getDecisionsEditor, listPreviousActionItems } from "@/lib/action-items/data";
import { getActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { getI18n } from "@/lib/i18n/server";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata({ params }: PageProps<"/[locale]/kokoukset/[id]/paatokset">): Promise<Metadata> {
  const { id } = await params;
  const [{ t }, editor] = await Promise.all([getI18n(), getDecisionsEditor(await getActor(), id)]);
  return { title: editor ? `${t("actionItems.editor.title")} – ${editor.meeting.title}` : t("notFound.title") };
}

export default async function DecisionsPage({ params, searchParams }: PageProps<"/[locale]/kokoukset/[id]/paatokset">) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const actor = await getActor();
  const [editor, previous] = await Promise.all([getDecisionsEditor(actor, id), listPreviousActionItems(actor, id)]);
  // Visible meetings only; and the page is for those who write the minutes, or manage the meeting.
  if (!editor || !previous || !(editor.canWrite || editor.canManage)) notFound();
  const { locale, t } = await getI18n();
  const { meeting } = editor;
  const removed = query.poistettu === "paatos" || query.poistettu === "toimenpide" ? query.poistettu : null;
  return (
    <>
      <p className="mb-4">
        <Link href={`/kokoukset/${meeting.id}`}>{t("actionItems.editor.back", { title: meeting.title })}</Link>
      </p>
      <PageHeader
        title={t("actionItems.editor.title")}
        lead={`${meeting.title}, ${formatDateTime(meeting.startsAt, locale)}`}
      />
      <MeetingNav meeting={meeting} actor={actor} current="decisions" t={t} />
      {removed ? (
        <div className="mb-6">
          <Alert tone="success">
            {t(removed === "paatos" ? "actionItems.notice.decisionDeleted" : "actionItems.notice.actionItemDeleted")}
          </Alert>
        </div>
      ) : null}
      {!editor.canWrite ? (
        <div className="mb-6">
          <Alert>
            {t(
              meeting.status === "MINUTES_APPROVED"
                ? "actionItems.editor.locked"
                : meeting.status === "PLANNED"
                  ? "actionItems.editor.notPublished"
                  : "actionItems.editor.readOnly",
            )}
          </Alert>
        </div>
      ) : (
        <p className="mb-6 max-w-3xl">{t("actionItems.editor.lead")}</p>
      )}
      <DecisionsEditorView editor={editor} previous={previous} t={t} text={pickText(t, ["actionItems.", "person."])} />
    </>
  );
}
