import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { pickText } from "@/components/forms/pick-text";
import { ProgressView } from "@/components/programmes/progress-view";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { completePartAction, joinProgrammeAction, leaveProgrammeAction } from "@/lib/programmes/actions";
import { getOwnProgress } from "@/lib/programmes/data";

// Per request: the reader's own progress (ADR 17, ADR 28).
export const instant = false;

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/koulutukset/[slug]/eteneminen">): Promise<Metadata> {
  const { slug } = await params;
  const [{ t }, own] = await Promise.all([getI18n(), getOwnProgress(await getActor(), { slug })]);
  return {
    title: own ? `${t("programmes.progress.title")}: ${own.programme.title}` : t("notFound.title"),
    robots: { index: false },
  };
}

export default async function ProgrammeProgressPage({ params }: PageProps<"/[locale]/koulutukset/[slug]/eteneminen">) {
  const { slug } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=${encodeURIComponent(`/koulutukset/${slug}/eteneminen`)}`);
  const [{ t }, own] = await Promise.all([getI18n(), getOwnProgress(actor, { slug })]);
  if (!own) notFound();
  return (
    <>
      <p className="mb-4">
        <Link href={`/koulutukset/${own.programme.slug}`}>{t("programmes.progress.back")}</Link>
      </p>
      <PageHeader title={`${t("programmes.progress.title")}: ${own.programme.title}`} />
      <ProgressView
        own={own}
        actions={{ join: joinProgrammeAction, partDone: completePartAction, leave: leaveProgrammeAction }}
        text={pickText(t, ["programmes."])}
        t={t}
      />
    </>
  );
}
