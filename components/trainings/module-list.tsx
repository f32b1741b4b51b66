import { Badge } from "@/components/ui/badge";
import type { Translate } from "@/lib/i18n/translate";
import type { ProgrammeModuleView } from "@/lib/trainings/data";

/** The parts (osiot) of a programme such as the aspa-ajokortti, in order. */
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
          {module.description ? <p className="mt-1 max-w-3xl">{module.description}</p> : null}
        </li>
      ))}
    </ol>
  );
}
