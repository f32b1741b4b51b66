import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ConfirmActionForm } from "@/components/forms/confirm-action-form";
import { pickText } from "@/components/forms/pick-text";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { sendProgrammeRemindersAction } from "@/lib/programmes/progress/actions";
import { countReminderRecipients } from "@/lib/programmes/progress/data";
import { filterParams, parseProgressQuery, type ProgressFilter } from "@/lib/programmes/progress/schema";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("programmesProgress.remind.link") };
}

/** The confirmation step of a reminder to the filtered group: how many will get it. */
export default async function ProgrammeReminderPage({
  params,
  searchParams,
}: PageProps<"/[locale]/koulutukset/hallinta/ohjelmat/[offeringId]/eteneminen/muistutus">) {
  const { offeringId } = await params;
  const back = `/koulutukset/hallinta/ohjelmat/${encodeURIComponent(offeringId)}/eteneminen`;
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=${back}/muistutus`);
  if (!can(actor, "programme.manage")) notFound();
  const parsed = parseProgressQuery(await searchParams);
  const { t } = await getI18n();
  // A filter that does not parse is refused: never a reminder to everyone by mistake.
  if (!parsed.success) {
    return (
      <>
        <PageHeader title={t("programmesProgress.remind.link")} />
        <Alert>{t("programmesProgress.error.filter")}</Alert>
        <p className="mt-4">
          <Link href={back}>{t("programmesProgress.remind.cancel")}</Link>
        </p>
      </>
    );
  }
  const { page: _page, ...filter } = parsed.data;
  const found = await countReminderRecipients(actor, offeringId, filter satisfies ProgressFilter);
  if (!found) notFound();
  const search = filterParams(filter).toString();
  const backWithFilter = search ? `${back}?${search}` : back;
  const fields: Record<string, string> = { offeringId: found.programme.id };
  for (const [key, value] of filterParams(filter)) fields[key] = value;
  return (
    <>
      <PageHeader title={t("programmesProgress.remind.title", { programme: found.programme.title })} />
      <div className="max-w-2xl space-y-3">
        {found.recipients === 0 ? (
          <p className="text-lg">{t("programmesProgress.remind.nobody")}</p>
        ) : (
          <>
            <p className="text-lg">{t("programmesProgress.remind.question", { count: found.recipients })}</p>
            <p>{t("programmesProgress.remind.who")}</p>
            <ConfirmActionForm
              action={sendProgrammeRemindersAction}
              fields={fields}
              submitLabel="programmesProgress.remind.submit"
              text={pickText(t, ["programmesProgress."])}
            />
          </>
        )}
        <p>
          <Link href={backWithFilter}>{t("programmesProgress.remind.cancel")}</Link>
        </p>
      </div>
    </>
  );
}
