import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { pickText } from "@/components/forms/pick-text";
import { ServicePointForm } from "@/components/libraries-admin/service-point-forms";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { getLibraryForEdit } from "@/lib/libraries/data";

// Per request: reads the session (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("libraries.servicePoint.newTitle") };
}

export default async function NewServicePointPage({
  params,
}: PageProps<"/[locale]/kirjastot/[slug]/toimipisteet/uusi">) {
  const { slug } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=/kirjastot/${encodeURIComponent(slug)}/toimipisteet/uusi`);
  const library = await getLibraryForEdit(actor, slug);
  if (!library) notFound();
  const { t } = await getI18n();
  return (
    <>
      <p className="mb-4">
        <Link href={`/kirjastot/${library.slug}`}>{library.name}</Link>
      </p>
      <PageHeader title={`${t("libraries.servicePoint.newTitle")}: ${library.name}`} />
      <ServicePointForm
        mode="create"
        defaults={{ libraryId: library.id, kind: "BRANCH", status: "OPEN" }}
        text={pickText(t, ["libraries."])}
      />
    </>
  );
}
