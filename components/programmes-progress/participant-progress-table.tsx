import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatDate } from "@/lib/dates";
import type { ParticipationStatus } from "@/lib/db/enums";
import type { Translate } from "@/lib/i18n/translate";
import type { ParticipantProgress } from "@/lib/programmes/progress/data";
import { STALLED_DAYS } from "@/lib/programmes/rules";
import { displayName } from "@/lib/users/rules";

const STATUS_TONE: Record<ParticipationStatus, BadgeTone> = {
  ACTIVE: "info",
  LEFT: "neutral",
  COMPLETED: "success",
};

/** One row per participant: who, where, how far, and how long since they moved on. */
export function ParticipantProgressTable({
  participants,
  detailHref,
  t,
}: {
  participants: ParticipantProgress[];
  /** Coordinators open a participant's page (confirm parts, revoke a certificate). */
  detailHref?: (participationId: string) => string;
  t: Translate;
}) {
  const cols = [
    "programmesProgress.col.library",
    "programmesProgress.col.region",
    "programmesProgress.col.status",
    "programmesProgress.col.parts",
    "programmesProgress.col.current",
    "programmesProgress.col.lastProgress",
    "programmesProgress.col.daysLeft",
  ] as const;
  return (
    <ScrollRegion label={t("programmesProgress.list.label")}>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="py-2 pr-4">
              {t("programmesProgress.col.name")}
            </th>
            {cols.map((key) => (
              <th key={key} scope="col" className="py-2 pr-4">
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {participants.map((p) => (
            <tr key={p.participationId} className="border-b border-gray-300">
              <th scope="row" className="py-2 pr-4 font-semibold">
                {detailHref ? (
                  <Link href={detailHref(p.participationId)}>{displayName(p.person, t)}</Link>
                ) : (
                  displayName(p.person, t)
                )}
              </th>
              <td className="py-2 pr-4">{p.person.libraryName ?? t("programmesProgress.noLibrary")}</td>
              <td className="py-2 pr-4">
                {p.region ? t(`libraries.region.${p.region}`) : t("programmesProgress.noRegion")}
              </td>
              <td className="py-2 pr-4">
                <Badge tone={STATUS_TONE[p.status]}>{t(`programmes.status.${p.status}`)}</Badge>
              </td>
              <td className="py-2 pr-4">{t("programmesProgress.partsDone", { done: p.done, total: p.total })}</td>
              <td className="py-2 pr-4">{p.currentPart?.title ?? t("programmesProgress.none")}</td>
              <td className="py-2 pr-4">
                {formatDate(p.lastProgressAt)}
                {p.status === "ACTIVE" ? (
                  <>
                    {" "}
                    {p.idleDays >= STALLED_DAYS ? (
                      <Badge tone="warning">{t("programmesProgress.idle", { days: p.idleDays })}</Badge>
                    ) : (
                      <span>({t("programmesProgress.idle", { days: p.idleDays })})</span>
                    )}
                  </>
                ) : null}
              </td>
              <td className="py-2 pr-4">{p.daysLeft ?? t("programmesProgress.none")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
