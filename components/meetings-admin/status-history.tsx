import { formatDateTime, isoInstant } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { StatusHistoryEntry } from "@/lib/meetings/admin/data";
import { displayName } from "@/lib/users/rules";

/** The meeting's stages as the audit trail recorded them, oldest first; reopenings with their reasons. */
export function StatusHistory({ entries, t, locale }: { entries: StatusHistoryEntry[]; t: Translate; locale: Locale }) {
  if (entries.length === 0) return <p>{t("meetingsAdmin.history.empty")}</p>;
  return (
    <ol className="space-y-2">
      {entries.map((entry) => {
        const actor = entry.actor ? displayName(entry.actor, t) : t("meetingsAdmin.history.unknownActor");
        const status = (s: StatusHistoryEntry["from"]) => (s ? t(`meetings.status.${s}`) : "–");
        const text =
          entry.action === "meeting.create"
            ? t("meetingsAdmin.history.created", { actor })
            : entry.action === "meeting.reopen"
              ? t("meetingsAdmin.history.reopened", { actor, reason: entry.reason ?? "–" })
              : t("meetingsAdmin.history.changed", { actor, from: status(entry.from), to: status(entry.to) });
        return (
          <li key={entry.id} className="break-words">
            <time dateTime={isoInstant(entry.at)} className="font-semibold">
              {formatDateTime(entry.at, locale)}
            </time>{" "}
            {text}
          </li>
        );
      })}
    </ol>
  );
}
