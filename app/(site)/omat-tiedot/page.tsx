import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { getProfile } from "@/lib/auth/data";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("account.title") };
}

export default async function MyDataPage() {
  const actor = await getActor();
  if (!actor) redirect("/kirjaudu?callbackUrl=/omat-tiedot");
  const profile = await getProfile(actor.id);
  if (!profile) redirect("/kirjaudu");
  const { t } = await getI18n();
  const rows: [string, string][] = [
    [t("account.name"), profile.name ?? "–"],
    [t("account.email"), profile.email],
    [t("account.library"), profile.libraryName ?? "–"],
    [t("account.roles"), profile.roles.map((r) => t(`role.${r}`)).join(", ")],
  ];
  return (
    <>
      <PageHeader title={t("account.title")} lead={t("account.lead")} />
      <dl className="grid max-w-xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
