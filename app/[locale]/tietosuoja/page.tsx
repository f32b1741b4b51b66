import type { Metadata } from "next";
import { PrivacyNotice } from "@/components/privacy/privacy-notice";
import { PageHeader } from "@/components/ui/page-header";
import { getI18n } from "@/lib/i18n/server";
import { privacyController } from "@/lib/site/privacy";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("privacy.title") };
}

/** The privacy notice (tietosuojaseloste), public, in the reader's language. */
export default async function PrivacyNoticePage() {
  const { t } = await getI18n();
  return (
    <>
      <PageHeader title={t("privacy.title")} lead={t("privacy.lead")} />
      <PrivacyNotice t={t} controller={privacyController()} />
    </>
  );
}
