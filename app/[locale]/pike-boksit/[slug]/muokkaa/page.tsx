import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { pickText } from "@/components/forms/pick-text";
import { KitCatalogueForm } from "@/components/kits/kit-catalogue-form";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { getKitForEdit, getKitFormChoices } from "@/lib/kits/catalogue/data";
import { BLANK_CONTENTS_ROWS } from "@/lib/kits/catalogue/rules";

// Per request: reads the session (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("kitCatalogue.edit.title") };
}

export default async function EditKitPage({ params }: PageProps<"/[locale]/pike-boksit/[slug]/muokkaa">) {
  const { slug } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=/pike-boksit/${encodeURIComponent(slug)}/muokkaa`);
  const [kit, choices] = await Promise.all([getKitForEdit(actor, slug), getKitFormChoices(actor)]);
  if (!kit || !choices) notFound();
  const { locale, t } = await getI18n();
  const blank = Array.from({ length: BLANK_CONTENTS_ROWS - 1 }, () => "");
  return (
    <>
      <p className="mb-4">
        <Link href={`/pike-boksit/${kit.slug}`}>{kit.name}</Link>
      </p>
      <PageHeader title={`${t("kitCatalogue.edit.title")}: ${kit.name}`} />
      <KitCatalogueForm
        mode="edit"
        defaults={{
          kitId: kit.id,
          name: kit.name,
          slug: kit.slug,
          themeId: kit.themeId ?? "",
          description: kit.description ?? "",
          homeLibraryId: kit.homeLibraryId ?? "",
          shippingDays: String(kit.shippingDays),
          requiresApproval: kit.requiresApproval ? "on" : "",
          status: kit.status,
          guide: kit.guide ?? "",
          photoAlt: kit.photo?.alt ?? "",
          contentsItem: [...kit.contents.map((row) => row.item), ...blank],
          contentsCount: [...kit.contents.map((row) => (row.count === undefined ? "" : String(row.count))), ...blank],
        }}
        themes={choices.themes.map((theme) => ({
          value: theme.id,
          label: locale === "en" ? theme.nameEn : theme.nameFi,
        }))}
        libraries={choices.libraries.map((library) => ({ value: library.id, label: library.name }))}
        photo={kit.photo ? { src: `/api/kit-photos/${kit.photo.id}/thumbnail`, alt: kit.photo.alt } : null}
        text={pickText(t, ["kitCatalogue.", "kits.status."])}
      />
    </>
  );
}
