import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { pickText } from "@/components/forms/pick-text";
import { LibraryForm } from "@/components/libraries-admin/library-form";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { getLibraryForEdit } from "@/lib/libraries/data";
import { displayName } from "@/lib/users/rules";

// Per request: reads the session (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("libraries.edit.title") };
}

export default async function EditLibraryPage({ params }: PageProps<"/[locale]/kirjastot/[slug]/muokkaa">) {
  const { slug } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=/kirjastot/${encodeURIComponent(slug)}/muokkaa`);
  const library = await getLibraryForEdit(actor, slug);
  if (!library) notFound();
  const { t } = await getI18n();
  const admin = can(actor, "libraries.manage");
  return (
    <>
      <p className="mb-4">
        <Link href={`/kirjastot/${library.slug}`}>{library.name}</Link>
      </p>
      <PageHeader
        title={`${t("libraries.edit.title")}: ${library.name}`}
        lead={admin ? undefined : t("libraries.edit.adminOnly")}
      />
      <LibraryForm
        mode="edit"
        adminFields={admin}
        defaults={{
          libraryId: library.id,
          name: library.name,
          slug: library.slug,
          municipality: library.municipality,
          region: library.region,
          consortium: library.consortium,
          emailDomains: library.emailDomains.join("\n"),
          website: library.website ?? "",
          contactEmail: library.contactEmail ?? "",
          contactPhone: library.contactPhone ?? "",
          streetAddress: library.streetAddress ?? "",
          postalCode: library.postalCode ?? "",
          city: library.city ?? "",
          deliveryAddress: library.deliveryAddress ?? "",
          staffCount: library.staffCount === null ? "" : String(library.staffCount),
          steeringRepresentativeId: library.steeringRepresentativeId ?? "",
        }}
        people={library.people.map((person) => ({ value: person.id, label: displayName(person.name, t) }))}
        text={pickText(t, ["libraries."])}
      />
    </>
  );
}
