// A participant's own progress in a programme: the summary (parts done of
// all, next step, deadline and days left), each part with how it is done and
// whether it is, the forms to join, mark parts and leave, and the certificate
// once completed. The page loads everything; this only shows it.
import Link from "next/link";
import type { ReactNode } from "react";
import { ConfirmActionForm } from "@/components/forms/confirm-action-form";
import type { FormText } from "@/components/forms/form-parts";
import { Markdown } from "@/components/markdown/markdown";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/dates";
import type { FormState } from "@/lib/http/form-state";
import type { Translate } from "@/lib/i18n/translate";
import { formatDayFi } from "@/lib/dates/days";
import type { OwnProgress, ProgrammePart } from "@/lib/programmes/data";
import { formatCertificateCode } from "@/lib/programmes/rules";
import { JoinProgrammeForm, PartDoneForm } from "./progress-forms";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

const H2 = "mb-3 text-2xl font-bold text-brand-900";

export function ProgressView({
  own,
  actions,
  text,
  t,
}: {
  own: OwnProgress;
  actions: { join: Action; partDone: Action; leave: Action };
  text: FormText;
  t: Translate;
}) {
  const { programme, participation, progress, done } = own;
  const status = participation?.status ?? null;
  const next = programme.parts.find((part) => part.id === progress.nextPartId);
  const percent = progress.total === 0 ? 0 : Math.round((100 * progress.done) / progress.total);
  return (
    <>
      <section aria-labelledby="tilanne" className="mb-8 rounded border border-gray-300 bg-brand-50 p-4">
        <h2 id="tilanne" className="sr-only">
          {t("programmes.progress.bar")}
        </h2>
        <p className="text-lg font-semibold">
          {t("programmes.progress.summary", { done: progress.done, total: progress.total })}
        </p>
        <progress
          className="mt-2 h-3 w-full max-w-md accent-brand-800"
          max={progress.total}
          value={progress.done}
          aria-label={t("programmes.progress.bar")}
        >
          {percent} %
        </progress>
        {status === "COMPLETED" && participation?.completedAt ? (
          <p className="mt-2 font-semibold">
            <Badge tone="success">{t("programmes.status.COMPLETED")}</Badge>{" "}
            {t("programmes.progress.completed", { date: formatDate(participation.completedAt) })}
          </p>
        ) : next ? (
          <p className="mt-2">{t("programmes.progress.next", { part: next.title })}</p>
        ) : null}
        {programme.deadline && status !== "COMPLETED" ? (
          <p className="mt-2">
            {t("programmes.progress.deadline", { date: formatDayFi(programme.deadline) })}{" "}
            {progress.daysLeft !== null && progress.daysLeft < 0
              ? t("programmes.progress.overdue")
              : t("programmes.progress.daysLeft", { count: progress.daysLeft ?? 0 })}
          </p>
        ) : null}
      </section>

      {status === null || status === "LEFT" ? (
        <div className="mb-8 space-y-3">
          <p>{t(status === "LEFT" ? "programmes.progress.left" : "programmes.progress.notJoined")}</p>
          <JoinProgrammeForm
            action={actions.join}
            offeringId={programme.id}
            slug={programme.slug}
            label={t(status === "LEFT" ? "programmes.progress.rejoin" : "programmes.progress.join")}
            text={text}
          />
        </div>
      ) : null}

      {status === "COMPLETED" ? <CertificateSection own={own} t={t} /> : null}

      <section aria-labelledby="osiot" className="mb-8">
        <h2 id="osiot" className={H2}>
          {t("programmes.progress.parts")}
        </h2>
        <ol className="space-y-4">
          {programme.parts.map((part, index) => (
            <PartItem
              key={part.id}
              part={part}
              index={index}
              done={done[part.id] ?? null}
              form={
                part.mode === "SELF_REPORTED" && !done[part.id] && (status === "ACTIVE" || status === "COMPLETED") ? (
                  <PartDoneForm
                    action={actions.partDone}
                    partId={part.id}
                    partTitle={part.title}
                    slug={programme.slug}
                    text={text}
                  />
                ) : null
              }
              t={t}
            />
          ))}
        </ol>
      </section>

      {status === "ACTIVE" ? (
        <details className="mb-8 rounded border border-gray-300 p-4">
          <summary className="cursor-pointer font-semibold">{t("programmes.progress.leave")}</summary>
          <div className="mt-3">
            <ConfirmActionForm
              action={actions.leave}
              fields={{ offeringId: programme.id, slug: programme.slug }}
              submitLabel="programmes.progress.leaveConfirm"
              text={text}
            >
              <p>{t("programmes.progress.leaveQuestion")}</p>
            </ConfirmActionForm>
          </div>
        </details>
      ) : null}
    </>
  );
}

function PartItem({
  part,
  index,
  done,
  form,
  t,
}: {
  part: ProgrammePart;
  index: number;
  done: OwnProgress["done"][string] | null;
  form: ReactNode;
  t: Translate;
}) {
  return (
    <li className="break-words rounded border border-gray-300 p-4">
      <h3 className="flex flex-wrap items-center gap-2 text-lg font-semibold">
        <span>
          {index + 1}. {part.title}
        </span>
        {part.required ? null : <Badge tone="neutral">{t("trainings.moduleOptional")}</Badge>}
        {done ? (
          <Badge tone="success">
            {t("programmes.progress.partDoneBy", {
              date: formatDate(done.at),
              how: t(`programmes.mode.${done.mode}`),
            })}
          </Badge>
        ) : (
          <Badge tone="neutral">{t("programmes.progress.partNotDone")}</Badge>
        )}
      </h3>
      <Markdown source={part.description} headingLevel={4} className="mt-2 max-w-3xl" />
      {part.materials.length > 0 ? (
        <div className="mt-2">
          <p className="font-semibold">{t("programmes.part.materials")}</p>
          <ul className="list-disc pl-6">
            {part.materials.map((m) => (
              <li key={m.url}>
                <a href={m.url} rel="noopener noreferrer">
                  {m.title}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {!done && part.mode === "ATTENDANCE" && part.linkedOffering ? (
        <p className="mt-2">
          {t("programmes.progress.byAttendance")}{" "}
          <Link href={`/koulutukset/${part.linkedOffering.slug}`}>{part.linkedOffering.title}</Link>
        </p>
      ) : null}
      {!done && part.mode === "COORDINATOR" ? <p className="mt-2">{t("programmes.progress.byCoordinator")}</p> : null}
      {done?.note && done.mode === "SELF_REPORTED" ? (
        <div className="mt-2">
          <p className="font-semibold">{t("programmes.progress.yourReflection")}</p>
          <p className="max-w-3xl whitespace-pre-line">{done.note}</p>
        </div>
      ) : null}
      {form}
    </li>
  );
}

function CertificateSection({ own, t }: { own: OwnProgress; t: Translate }) {
  const certificate = own.certificate;
  if (!certificate) return null;
  const base = `/api/programmes/${own.programme.id}/certificate.pdf`;
  return (
    <section aria-labelledby="todistus" className="mb-8">
      <h2 id="todistus" className={H2}>
        {t("programmes.progress.certificate")}
      </h2>
      {certificate.revoked ? (
        <Alert>{t("programmes.progress.revoked")}</Alert>
      ) : (
        <>
          <ul className="space-y-2">
            <li>
              <a href={`${base}?lang=fi`} download>
                {t("programmes.progress.downloadFi")}
              </a>
            </li>
            <li>
              <a href={`${base}?lang=en`} download>
                {t("programmes.progress.downloadEn")}
              </a>
            </li>
            <li>
              <Link href={`/todistus/${certificate.code}`}>{t("programmes.progress.verifyLink")}</Link>
            </li>
          </ul>
          <p className="mt-2">
            {t("programmes.progress.code")}: <code>{formatCertificateCode(certificate.code)}</code>
          </p>
        </>
      )}
    </section>
  );
}
