import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { PollList } from "@/components/polls/poll-list";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { listPollsForActor } from "@/lib/polls/data";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("polls.title") };
}

export default async function PollsPage() {
  const actor = await getActor();
  if (!actor) redirect("/kirjaudu?callbackUrl=/kokoukset/kyselyt");
  const polls = await listPollsForActor(actor);
  // Polls are for the steering group and coordinators only; for others they do not exist.
  if (!polls) notFound();
  const { locale, t } = await getI18n();
  return (
    <>
      <p className="mb-4">
        <Link href="/kokoukset">{t("polls.back")}</Link>
      </p>
      <PageHeader title={t("polls.title")} lead={t("polls.lead")}>
        {can(actor, "meeting.manage") ? (
          <p className="mt-4">
            <Link
              href="/kokoukset/kyselyt/uusi"
              className="inline-flex min-h-11 items-center rounded bg-brand-800 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white"
            >
              {t("polls.new")}
            </Link>
          </p>
        ) : null}
      </PageHeader>
      <PollList open={polls.open} closed={polls.closed} t={t} locale={locale} />
    </>
  );
}
