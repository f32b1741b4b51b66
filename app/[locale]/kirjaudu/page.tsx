import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/auth/sign-in-form";
import { PageHeader } from "@/components/ui/page-header";
import { env } from "@/lib/env";
import { getI18n } from "@/lib/i18n/server";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("auth.signIn.title") };
}

export default async function SignInPage({ searchParams }: PageProps<"/[locale]/kirjaudu">) {
  const { t } = await getI18n();
  const { callbackUrl } = await searchParams;
  const safeCallback = typeof callbackUrl === "string" && /^\/(?!\/)/.test(callbackUrl) ? callbackUrl : undefined;
  return (
    <>
      <PageHeader title={t("auth.signIn.title")} lead={t("auth.signIn.lead")} />
      <SignInForm
        callbackUrl={safeCallback}
        labels={{
          email: t("auth.signIn.email"),
          emailHint: t("auth.signIn.emailHint"),
          submit: t("auth.signIn.submit"),
          sending: t("auth.signIn.sending"),
          sent: t("auth.signIn.sent"),
          errors: {
            "auth.error.email": t("auth.error.email"),
            "auth.error.rateLimited": t("auth.error.rateLimited"),
            "auth.error.unavailable": t("auth.error.unavailable"),
            invalid: t("validation.invalid"),
          },
        }}
      />
      <p className="mt-6 max-w-xl text-sm">
        {t("privacy.signInNote")} <Link href="/tietosuoja">{t("privacy.link")}</Link>
      </p>
      {env().DEMO_MODE ? (
        <p className="mt-8">
          <Link href="/kirjaudu/demo">{t("auth.signIn.demoLink")}</Link>
        </p>
      ) : null}
    </>
  );
}
