import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { pickText } from "@/components/forms/pick-text";
import { LibraryForm } from "@/components/libraries-admin/library-form";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";

// Per request: reads the session (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("libraries.new.title") };
}

export default async function NewLibraryPage() {
  const actor = await getActor();
  if (!actor) redirect("/kirjaudu?callbackUrl=/kirjastot/uusi");
  if (!can(actor, "libraries.manage")) notFound();
  const { t } = await getI18n();
  return (
    <>
      <p className="mb-4">
        <Link href="/kirjastot">{t("libraries.backToList")}</Link>
      </p>
      <PageHeader title={t("libraries.new.title")} />
      <LibraryForm
        mode="create"
        adminFields
        defaults={{ region: "PIRKANMAA", consortium: "PIKI" }}
        people={[]}
        text={pickText(t, ["libraries."])}
      />
    </>
  );
}
