import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { VerificationView, VerifyCodeForm } from "@/components/programmes/verification-view";
import { getI18n } from "@/lib/i18n/server";
import { verifyCertificate } from "@/lib/programmes/data";

// Per request, not cached: any string is a possible code, and a cache entry
// per guess would let anyone fill the cache (ADR 28). Not for search engines.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("programmes.verify.title"), robots: { index: false } };
}

export default async function CertificatePage({ params }: PageProps<"/[locale]/todistus/[code]">) {
  const { code } = await params;
  const [{ t }, verification] = await Promise.all([
    getI18n(),
    verifyCertificate(decodeURIComponent(code).slice(0, 64)),
  ]);
  return (
    <>
      <PageHeader title={t("programmes.verify.title")} lead={t("programmes.verify.lead")} />
      <VerificationView verification={verification} t={t} />
      <h2 className="mt-10 text-xl font-bold text-brand-900">{t("programmes.verify.another")}</h2>
      <VerifyCodeForm t={t} />
    </>
  );
}
