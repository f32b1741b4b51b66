// What the public verification page says about a code: genuine, revoked or
// unknown, and for a known code only what its certificate shows.
import { Alert } from "@/components/ui/alert";
import { formatDate } from "@/lib/dates";
import type { Translate } from "@/lib/i18n/translate";
import type { Verification } from "@/lib/programmes/data";
import { formatCertificateCode } from "@/lib/programmes/rules";

export function VerificationView({ verification, t }: { verification: Verification; t: Translate }) {
  if (verification.state === "unknown") {
    return <Alert tone="error">{t("programmes.verify.unknown")}</Alert>;
  }
  const { certificate } = verification;
  return (
    <>
      {verification.state === "genuine" ? (
        <Alert tone="success">{t("programmes.verify.genuine")}</Alert>
      ) : (
        <Alert tone="error">
          {t("programmes.verify.revoked", { date: certificate.revokedAt ? formatDate(certificate.revokedAt) : "" })}
        </Alert>
      )}
      <section aria-labelledby="todistuksessa" className="mt-6">
        <h2 id="todistuksessa" className="mb-3 text-2xl font-bold text-brand-900">
          {t("programmes.verify.shows")}
        </h2>
        <dl className="grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("programmes.verify.holder")}</dt>
          <dd>{certificate.holderName}</dd>
          <dt className="font-semibold">{t("programmes.verify.programme")}</dt>
          <dd>{certificate.programmeTitle}</dd>
          <dt className="font-semibold">{t("programmes.verify.parts")}</dt>
          <dd>
            <ol className="list-decimal pl-6">
              {certificate.parts.map((part, i) => (
                <li key={i}>{part}</li>
              ))}
            </ol>
          </dd>
          <dt className="font-semibold">{t("programmes.verify.completedOn")}</dt>
          <dd>{formatDate(certificate.completedOn)}</dd>
          <dt className="font-semibold">{t("programmes.verify.issuer")}</dt>
          <dd>{certificate.issuer}</dd>
          <dt className="font-semibold">{t("programmes.verify.code")}</dt>
          <dd>
            <code>{formatCertificateCode(certificate.code)}</code>
          </dd>
        </dl>
      </section>
    </>
  );
}

/** A plain GET form: works without JavaScript, the code ends up in the address. */
export function VerifyCodeForm({ t, defaultValue = "" }: { t: Translate; defaultValue?: string }) {
  return (
    <form action="/todistus" method="get" className="mt-8 max-w-md space-y-3">
      <div>
        <label htmlFor="koodi" className="block font-semibold">
          {t("programmes.verify.codeLabel")}
        </label>
        <input
          id="koodi"
          name="koodi"
          required
          maxLength={64}
          autoComplete="off"
          spellCheck={false}
          defaultValue={defaultValue}
          className="mt-1 min-h-11 w-full rounded border border-gray-600 px-3 py-2"
        />
      </div>
      <button
        type="submit"
        className="inline-flex min-h-11 items-center justify-center rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900"
      >
        {t("programmes.verify.submit")}
      </button>
    </form>
  );
}
