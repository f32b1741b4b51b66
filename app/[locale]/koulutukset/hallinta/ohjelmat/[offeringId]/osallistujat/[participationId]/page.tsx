import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { pickText } from "@/components/forms/pick-text";
import { ConfirmPartForm, RevokeCertificateForm } from "@/components/programmes/admin/participant-forms";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { getI18n } from "@/lib/i18n/server";
import { confirmPartAction, revokeCertificateAction } from "@/lib/programmes/admin/actions";
import { getParticipationForCoordinator } from "@/lib/programmes/admin/data";
import { formatCertificateCode } from "@/lib/programmes/rules";
import { displayName } from "@/lib/users/rules";

// Per request: a coordinator's view of one participant (ADR 17, ADR 28).
export const instant = false;

type Props = PageProps<"/[locale]/koulutukset/hallinta/ohjelmat/[offeringId]/osallistujat/[participationId]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { offeringId, participationId } = await params;
  const [{ t }, p] = await Promise.all([
    getI18n(),
    getParticipationForCoordinator(await getActor(), offeringId, participationId),
  ]);
  return {
    title: p
      ? t("programmesAdmin.participant.title", { name: displayName(p.person, t), programme: p.programme.title })
      : t("notFound.title"),
  };
}

const H2 = "mb-3 text-2xl font-bold text-brand-900";

export default async function ParticipantPage({ params }: Props) {
  const { offeringId, participationId } = await params;
  const actor = await getActor();
  if (!actor) {
    redirect(`/kirjaudu?callbackUrl=/koulutukset/hallinta/ohjelmat/${offeringId}/osallistujat/${participationId}`);
  }
  const [{ t }, p] = await Promise.all([getI18n(), getParticipationForCoordinator(actor, offeringId, participationId)]);
  if (!p) notFound();
  const name = displayName(p.person, t);
  const text = pickText(t, ["programmesAdmin."]);
  return (
    <>
      <p className="mb-4">
        <Link href={`/koulutukset/hallinta/ohjelmat/${p.programme.id}/eteneminen`}>
          {t("programmesAdmin.participant.back")}
        </Link>
      </p>
      <PageHeader
        title={t("programmesAdmin.participant.title", { name, programme: p.programme.title })}
        lead={`${p.person.libraryName ?? ""} ${t("programmesAdmin.participant.joined", { date: formatDate(p.joinedAt) })}`.trim()}
      />
      <p className="mb-6">
        <Badge tone={p.status === "COMPLETED" ? "success" : p.status === "LEFT" ? "neutral" : "info"}>
          {t(`programmes.status.${p.status}`)}
        </Badge>
        {p.completedAt ? ` ${t("programmes.progress.completed", { date: formatDate(p.completedAt) })}` : null}
      </p>
      <section aria-labelledby="osiot" className="mb-8">
        <h2 id="osiot" className={H2}>
          {t("programmesAdmin.participant.parts")}
        </h2>
        <ol className="space-y-3">
          {p.parts.map((part, index) => (
            <li key={part.id} className="break-words rounded border border-gray-300 p-4">
              <h3 className="flex flex-wrap items-center gap-2 text-lg font-semibold">
                <span>
                  {index + 1}. {part.title}
                </span>
                {part.required ? null : <Badge tone="neutral">{t("trainings.moduleOptional")}</Badge>}
                {part.done ? (
                  <Badge tone="success">
                    {t("programmes.progress.partDoneBy", {
                      date: formatDate(part.done.at),
                      how: t(`programmes.mode.${part.done.mode}`),
                    })}
                  </Badge>
                ) : (
                  <Badge tone="neutral">{t("programmes.progress.partNotDone")}</Badge>
                )}
              </h3>
              <p>{t(`programmes.mode.${part.mode}`)}</p>
              {part.done?.note ? (
                <div className="mt-2">
                  <p className="font-semibold">{t("programmesAdmin.participant.reflection")}</p>
                  <p className="max-w-3xl whitespace-pre-line">{part.done.note}</p>
                </div>
              ) : null}
              {part.done ? null : (
                <ConfirmPartForm
                  action={confirmPartAction}
                  offeringId={p.programme.id}
                  participationId={p.participationId}
                  userId={p.userId}
                  part={{ id: part.id, title: part.title }}
                  text={text}
                />
              )}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="todistus" className="mb-8">
        <h2 id="todistus" className={H2}>
          {t("programmesAdmin.participant.certificate")}
        </h2>
        {p.certificate ? (
          <>
            <p>
              {t("programmesAdmin.participant.code")}: <code>{formatCertificateCode(p.certificate.code)}</code>{" "}
              <Link href={`/todistus/${p.certificate.code}`}>{t("programmesAdmin.participant.verify")}</Link>
            </p>
            {p.certificate.revokedAt ? (
              <div className="mt-3">
                <Alert>
                  {t("programmesAdmin.participant.revoked", {
                    date: formatDate(p.certificate.revokedAt),
                    reason: p.certificate.revokeReason ?? "",
                  })}
                </Alert>
              </div>
            ) : (
              <details className="mt-3 rounded border border-gray-300 p-4">
                <summary className="cursor-pointer font-semibold">{t("programmesAdmin.participant.revoke")}</summary>
                <div className="mt-3">
                  <RevokeCertificateForm
                    action={revokeCertificateAction}
                    offeringId={p.programme.id}
                    participationId={p.participationId}
                    certificateId={p.certificate.id}
                    text={text}
                  />
                </div>
              </details>
            )}
          </>
        ) : (
          <p>{t("programmesAdmin.participant.noCertificate")}</p>
        )}
      </section>
    </>
  );
}
