// The coordinators' programme editor on an offering's administration page:
// the deadline and publishing, the parts in order (move, edit, remove), and a
// new part. The page loads the programme; this only shows it.
import Link from "next/link";
import { ConfirmActionForm } from "@/components/forms/confirm-action-form";
import type { FormText } from "@/components/forms/form-parts";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import type { FormState } from "@/lib/http/form-state";
import type { Translate } from "@/lib/i18n/translate";
import { formatDayFi } from "@/lib/dates/days";
import type { ProgrammeForEditing } from "@/lib/programmes/admin/data";
import { materialLines } from "@/lib/programmes/admin/schema";
import { MovePartButtons, PartForm, ProgrammeSettingsForm } from "./programme-forms";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

const H2 = "mb-3 text-2xl font-bold text-brand-900";
const H3 = "mb-2 text-xl font-semibold";

export function ProgrammeEditor({
  programme,
  actions,
  text,
  t,
}: {
  programme: ProgrammeForEditing;
  actions: { savePart: Action; movePart: Action; deletePart: Action; settings: Action };
  text: FormText;
  t: Translate;
}) {
  return (
    <section aria-labelledby="osiot" className="mb-8">
      <h2 id="osiot" className={H2}>
        {t("programmesAdmin.title")}
      </h2>
      <p className="mb-2">{t("programmesAdmin.lead")}</p>
      <p className="mb-2">{t("programmesAdmin.participants", { count: programme.participants })}</p>
      <p className="mb-4">
        <Link href={`/koulutukset/hallinta/ohjelmat/${programme.id}/eteneminen`}>
          {t("programmesAdmin.progressLink")}
        </Link>
      </p>
      {programme.publishedAt ? null : (
        <div className="mb-4">
          <Alert>{t("programmesAdmin.notPublished")}</Alert>
        </div>
      )}
      <div className="mb-6 rounded border border-gray-300 p-4">
        <h3 className={H3}>{t("programmesAdmin.settings")}</h3>
        <ProgrammeSettingsForm
          action={actions.settings}
          offeringId={programme.id}
          defaults={{
            deadline: programme.deadline ? formatDayFi(programme.deadline) : "",
            ...(programme.publishedAt ? { published: "on" } : {}),
          }}
          text={text}
        />
      </div>
      {programme.parts.length === 0 ? (
        <p className="mb-6">{t("programmesAdmin.noParts")}</p>
      ) : (
        <ol className="mb-6 space-y-4">
          {programme.parts.map((part, index) => (
            <li key={part.id} className="break-words rounded border border-gray-300 p-4">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div>
                  <h3 className="flex flex-wrap items-center gap-2 text-lg font-semibold">
                    <span>
                      {index + 1}. {part.title}
                    </span>
                    {part.required ? null : <Badge tone="neutral">{t("trainings.moduleOptional")}</Badge>}
                  </h3>
                  <p>
                    {t(`programmes.mode.${part.mode}`)}
                    {part.linkedOfferingTitle
                      ? ` – ${t("programmesAdmin.linked", { title: part.linkedOfferingTitle })}`
                      : ""}
                  </p>
                  <p className="text-gray-800">{t("programmesAdmin.doneCount", { count: part.doneCount })}</p>
                </div>
                <MovePartButtons
                  action={actions.movePart}
                  offeringId={programme.id}
                  partId={part.id}
                  partTitle={part.title}
                  first={index === 0}
                  last={index === programme.parts.length - 1}
                  text={text}
                />
              </div>
              <details className="mt-3">
                <summary className="min-h-11 cursor-pointer py-2 font-semibold">
                  {t("programmesAdmin.edit")}
                  <span className="sr-only">: {part.title}</span>
                </summary>
                <div className="mt-3">
                  <PartForm
                    action={actions.savePart}
                    offeringId={programme.id}
                    partId={part.id}
                    defaults={{
                      title: part.title,
                      description: part.description ?? "",
                      mode: part.mode,
                      linkedOfferingId: part.linkedOfferingId ?? "",
                      materials: materialLines(part.materials),
                      ...(part.required ? { required: "on" } : {}),
                    }}
                    linkable={programme.linkable}
                    text={text}
                  />
                </div>
              </details>
              <details className="mt-2">
                <summary className="min-h-11 cursor-pointer py-2 font-semibold">
                  {t("programmesAdmin.remove")}
                  <span className="sr-only">: {part.title}</span>
                </summary>
                <div className="mt-3">
                  <ConfirmActionForm
                    action={actions.deletePart}
                    fields={{ offeringId: programme.id, partId: part.id }}
                    submitLabel="programmesAdmin.removeConfirm"
                    text={text}
                  >
                    <p>{t("programmesAdmin.removeQuestion", { count: part.doneCount })}</p>
                  </ConfirmActionForm>
                </div>
              </details>
            </li>
          ))}
        </ol>
      )}
      <div className="rounded border border-gray-300 p-4">
        <h3 className={H3}>{t("programmesAdmin.newPart")}</h3>
        <PartForm
          action={actions.savePart}
          offeringId={programme.id}
          defaults={{ mode: "SELF_REPORTED", required: "on" }}
          linkable={programme.linkable}
          text={text}
        />
      </div>
    </section>
  );
}
