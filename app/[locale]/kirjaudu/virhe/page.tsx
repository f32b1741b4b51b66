import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getI18n } from "@/lib/i18n/server";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("auth.error.title") };
}

export default async function SignInErrorPage({ searchParams }: PageProps<"/[locale]/kirjaudu/virhe">) {
  const { t } = await getI18n();
  const { error } = await searchParams;
  const message =
    error === "Verification"
      ? t("auth.error.Verification")
      : error === "AccessDenied"
        ? t("auth.error.AccessDenied")
        : t("auth.error.Default");
  return (
    <>
      <PageHeader title={t("auth.error.title")} />
      <Alert tone="error">
        <p>{message}</p>
      </Alert>
      <p className="mt-4">
        <Link href="/kirjaudu">{t("auth.error.requestNew")}</Link>
      </p>
    </>
  );
}
