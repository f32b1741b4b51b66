import Link from "next/link";
import { Markdown } from "@/components/markdown/markdown";
import { Badge } from "@/components/ui/badge";
import type { Translate } from "@/lib/i18n/translate";
import type { ProgrammeModuleView } from "@/lib/trainings/data";

/** The parts (osiot) of a programme such as the aspa-ajokortti, in order: how each is done, its materials. */
export function ModuleList({ modules, t }: { modules: ProgrammeModuleView[]; t: Translate }) {
  return (
    <ol className="space-y-3">
      {modules.map((module, index) => (
        <li key={module.id} className="break-words rounded border border-gray-300 p-4">
          <h3 className="flex flex-wrap items-center gap-2 text-lg font-semibold">
            <span>
              {index + 1}. {module.title}
            </span>
            {module.required ? null : <Badge tone="neutral">{t("trainings.moduleOptional")}</Badge>}
          </h3>
          <Markdown source={module.description} headingLevel={4} className="mt-1 max-w-3xl" />
          <p className="mt-2">
            <span className="font-semibold">{t("programmes.part.howDone")}:</span> {t(`programmes.mode.${module.mode}`)}
            {module.mode === "ATTENDANCE" && module.linkedOffering ? (
              <>
                {" – "}
                <Link href={`/koulutukset/${module.linkedOffering.slug}`}>{module.linkedOffering.title}</Link>
              </>
            ) : null}
          </p>
          {module.materials.length > 0 ? (
            <div className="mt-2">
              <p className="font-semibold">{t("programmes.part.materials")}</p>
              <ul className="list-disc pl-6">
                {module.materials.map((m) => (
                  <li key={m.url}>
                    <a href={m.url} rel="noopener noreferrer">
                      {m.title}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
