import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { pickText } from "@/components/forms/pick-text";
import { KitCatalogueForm } from "@/components/kits/kit-catalogue-form";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { getKitFormChoices } from "@/lib/kits/catalogue/data";
import { BLANK_CONTENTS_ROWS } from "@/lib/kits/catalogue/rules";

// Per request: reads the session (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("kitCatalogue.new.title") };
}

export default async function NewKitPage() {
  const actor = await getActor();
  if (!actor) redirect("/kirjaudu?callbackUrl=/pike-boksit/uusi");
  const choices = await getKitFormChoices(actor);
  if (!choices) notFound();
  const { locale, t } = await getI18n();
  const blank = Array.from({ length: BLANK_CONTENTS_ROWS + 1 }, () => "");
  return (
    <>
      <p className="mb-4">
        <Link href="/pike-boksit">{t("kits.backToList")}</Link>
      </p>
      <PageHeader title={t("kitCatalogue.new.title")} />
      <KitCatalogueForm
        mode="create"
        defaults={{ shippingDays: "2", status: "AVAILABLE", contentsItem: blank, contentsCount: blank }}
        themes={choices.themes.map((theme) => ({
          value: theme.id,
          label: locale === "en" ? theme.nameEn : theme.nameFi,
        }))}
        libraries={choices.libraries.map((library) => ({ value: library.id, label: library.name }))}
        photo={null}
        text={pickText(t, ["kitCatalogue.", "kits.status."])}
      />
    </>
  );
}
