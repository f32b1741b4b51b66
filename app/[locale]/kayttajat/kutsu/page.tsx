import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { pickText } from "@/components/forms/pick-text";
import { InviteForm } from "@/components/users-admin/invite-form";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { Role } from "@/lib/db/enums";
import { getI18n } from "@/lib/i18n/server";
import { listLibraryChoices } from "@/lib/users/admin/data";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("users.inviteTitle") };
}

/** ADMIN: invite a person by email, with a library and roles. */
export default async function InviteUserPage() {
  const actor = await getActor();
  if (!actor) redirect("/kirjaudu?callbackUrl=/kayttajat/kutsu");
  if (!can(actor, "users.manage")) notFound();
  const [{ t }, libraries] = await Promise.all([getI18n(), listLibraryChoices(actor)]);
  return (
    <>
      <p className="mb-4">
        <Link href="/kayttajat">{t("users.title")}</Link>
      </p>
      <PageHeader title={t("users.inviteTitle")} lead={t("users.inviteLead")} />
      <InviteForm
        libraries={libraries.map((l) => ({ value: l.id, label: l.name }))}
        roles={Object.values(Role).map((r) => ({ value: r, label: t(`role.${r}`) }))}
        locales={[
          { value: "fi", label: "suomi" },
          { value: "en", label: "English" },
        ]}
        text={pickText(t, ["users."])}
      />
    </>
  );
}
