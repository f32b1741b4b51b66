import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AddMaterialForms } from "@/components/materials/add-material-forms";
import { ManagedMaterialList } from "@/components/materials/managed-material-list";
import { MeetingNav } from "@/components/meetings/meeting-nav";
import { MeetingStatusBadge } from "@/components/meetings/meeting-status-badge";
import { pickText } from "@/components/forms/pick-text";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { formatRange } from "@/lib/dates";
import { getI18n } from "@/lib/i18n/server";
import { getMaterialsForManagement } from "@/lib/materials/data";
import { MATERIAL_ACCEPT, MAX_MATERIAL_BYTES } from "@/lib/materials/rules";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/kokoukset/[id]/materiaalit">): Promise<Metadata> {
  const { id } = await params;
  const [{ t }, page] = await Promise.all([getI18n(), getMaterialsForManagement(await getActor(), id)]);
  return { title: page ? t("materials.pageTitle", { title: page.meeting.title }) : t("notFound.title") };
}

/** Coordinators add files and links to the agenda items, and remove them, until the minutes are approved. */
export default async function MeetingMaterialsPage({
  params,
  searchParams,
}: PageProps<"/[locale]/kokoukset/[id]/materiaalit">) {
  const { id } = await params;
  const query = await searchParams;
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=/kokoukset/${encodeURIComponent(id)}/materiaalit`);
  const page = await getMaterialsForManagement(actor, id);
  if (!page) notFound();
  const { locale, t } = await getI18n();
  const { meeting, items, editable } = page;
  const text = editable ? pickText(t, ["materials."]) : {};
  return (
    <>
      <p className="mb-4">
        <Link href={`/kokoukset/${meeting.id}`}>{t("materials.backToMeeting")}</Link>
      </p>
      <PageHeader title={meeting.title} lead={formatRange(meeting.startsAt, meeting.endsAt, locale)}>
        <p className="mt-2">
          <span className="sr-only">{t("meetings.status")}: </span>
          <MeetingStatusBadge status={meeting.status} t={t} />
        </p>
      </PageHeader>
      <MeetingNav meeting={meeting} actor={actor} current="materials" t={t} />
      <div className="space-y-4">
        {query.poistettu === "1" ? <Alert tone="success">{t("materials.removed")}</Alert> : null}
        {editable ? <p className="max-w-3xl">{t("materials.lead")}</p> : <Alert>{t("materials.locked")}</Alert>}
      </div>
      {items.length === 0 ? (
        <p className="mt-6">{t("materials.noItems")}</p>
      ) : (
        <ol className="mt-6 space-y-8">
          {items.map((item) => (
            <li key={item.id} className="border-t-2 border-gray-300 pt-4">
              <h2 id={`kohta-${item.position}`} className="mb-3 text-xl font-bold break-words text-brand-900">
                {item.position}. {item.title}
              </h2>
              <ManagedMaterialList
                meetingId={meeting.id}
                materials={item.materials}
                editable={editable}
                t={t}
                locale={locale}
              />
              {editable ? (
                <AddMaterialForms
                  target={{ meetingId: meeting.id, agendaItemId: item.id, position: item.position, title: item.title }}
                  accept={MATERIAL_ACCEPT}
                  maxBytes={MAX_MATERIAL_BYTES}
                  text={text}
                />
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
