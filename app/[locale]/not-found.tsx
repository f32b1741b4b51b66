import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { getI18n } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getI18n();
  // data-error-state: a page found missing after its shell was sent answers
  // 200 with noindex (Cache Components streams); the marker says what it is.
  return (
    <div data-error-state="not-found">
      <PageHeader title={t("notFound.title")} lead={t("notFound.body")} />
      <p>
        <Link href="/">{t("notFound.home")}</Link>
      </p>
    </div>
  );
}
