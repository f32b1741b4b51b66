import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { getI18n } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getI18n();
  return (
    <>
      <PageHeader title={t("notFound.title")} lead={t("notFound.body")} />
      <p>
        <Link href="/">{t("notFound.home")}</Link>
      </p>
    </>
  );
}
