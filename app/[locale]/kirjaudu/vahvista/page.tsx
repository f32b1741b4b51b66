import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getI18n } from "@/lib/i18n/server";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("auth.confirm.title"), referrer: "no-referrer" };
}

/**
 * Where the emailed link lands. Opening it changes nothing; the button's POST
 * signs in (see app/api/auth/confirm).
 */
export default async function ConfirmSignInPage({ searchParams }: PageProps<"/[locale]/kirjaudu/vahvista">) {
  const { t } = await getI18n();
  const { token, email, callbackUrl } = await searchParams;
  const valid = typeof token === "string" && token.length > 0 && typeof email === "string" && email.includes("@");
  return (
    <>
      <PageHeader title={t("auth.confirm.title")} />
      {valid ? (
        <form method="post" action="/api/auth/confirm" className="space-y-4">
          <p>{t("auth.confirm.body", { email })}</p>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="email" value={email} />
          {typeof callbackUrl === "string" ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
          <Button type="submit">{t("auth.confirm.submit")}</Button>
        </form>
      ) : (
        <Alert tone="error">
          <p>{t("auth.confirm.invalid")}</p>
          <p className="mt-2">
            <Link href="/kirjaudu">{t("auth.error.requestNew")}</Link>
          </p>
        </Alert>
      )}
    </>
  );
}
