import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { getI18n } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("auth.check.title") };
}

export default async function CheckEmailPage() {
  const { t } = await getI18n();
  return <PageHeader title={t("auth.check.title")} lead={t("auth.check.body")} />;
}
