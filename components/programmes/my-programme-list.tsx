// "Omat koulutukset": the programmes a person has joined, beside their
// enrolments, with how far they are and a link to their progress.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/dates";
import type { Translate } from "@/lib/i18n/translate";
import { formatDayFi } from "@/lib/dates/days";
import type { OwnProgrammeRow } from "@/lib/programmes/data";

export function MyProgrammeList({ programmes, t }: { programmes: OwnProgrammeRow[]; t: Translate }) {
  return (
    <ul className="space-y-3">
      {programmes.map((p) => (
        <li key={p.slug} className="break-words rounded border border-gray-300 p-4">
          <h3 className="text-lg font-semibold">
            <Link href={`/koulutukset/${p.slug}/eteneminen`}>{p.title}</Link>
          </h3>
          <p className="mt-1 flex flex-wrap items-center gap-2">
            <Badge tone={p.status === "COMPLETED" ? "success" : p.status === "LEFT" ? "neutral" : "info"}>
              {t(`programmes.status.${p.status}`)}
            </Badge>
            <span>{t("programmes.mine.progress", { done: p.done, total: p.total })}</span>
            {p.status === "COMPLETED" && p.completedAt ? (
              <span>{t("programmes.progress.completed", { date: formatDate(p.completedAt) })}</span>
            ) : p.deadline ? (
              <span>{t("programmes.progress.deadline", { date: formatDayFi(p.deadline) })}</span>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
