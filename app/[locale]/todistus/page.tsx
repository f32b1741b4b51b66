import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { VerifyCodeForm } from "@/components/programmes/verification-view";
import { PageHeader } from "@/components/ui/page-header";
import { getI18n } from "@/lib/i18n/server";
import { normaliseCertificateCode } from "@/lib/programmes/rules";

// Per request: reads the query (ADR 17). A typed code goes to its own address.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("programmes.verify.title"), robots: { index: false } };
}

export default async function VerifyPage({ searchParams }: PageProps<"/[locale]/todistus">) {
  const { koodi } = await searchParams;
  const typed = typeof koodi === "string" ? koodi.slice(0, 64) : "";
  const code = typed ? normaliseCertificateCode(typed) : null;
  if (code) redirect(`/todistus/${code}`);
  const { t } = await getI18n();
  return (
    <>
      <PageHeader title={t("programmes.verify.title")} lead={t("programmes.verify.lead")} />
      {typed ? (
        <p role="alert" className="font-semibold text-red-800">
          {t("programmes.verify.unknown")}
        </p>
      ) : null}
      <VerifyCodeForm t={t} defaultValue={typed} />
    </>
  );
}
