import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { EntryStatus } from "@/lib/news-round/rules";
import { displayName, type PersonName } from "@/lib/users/rules";

// Submitted, draft and missing differ by marker, border and text, not by colour only.
const TONE: Record<EntryStatus, BadgeTone> = { SUBMITTED: "success", DRAFT: "warning", MISSING: "neutral" };

export function EntryStatusBadge({ status, t }: { status: EntryStatus; t: Translate }) {
  return <Badge tone={TONE[status]}>{t(`newsRound.status.${status}`)}</Badge>;
}

/** The writer's view of their entry: its status and when it was saved or submitted. */
export function EntryStatusLine({
  entry,
  t,
  locale,
}: {
  entry: { status: EntryStatus; submittedAt: Date | null; updatedAt: Date | null; author: PersonName | null };
  t: Translate;
  locale: Locale;
}) {
  const when = entry.status === "SUBMITTED" ? entry.submittedAt : entry.updatedAt;
  return (
    <p className="mb-4 flex flex-wrap items-center gap-2">
      <span className="font-semibold">{t("newsRound.statusLabel")}</span>
      <EntryStatusBadge status={entry.status} t={t} />
      <span>
        {when
          ? t(`newsRound.statusLine.${entry.status}`, {
              time: formatDateTime(when, locale),
              name: entry.author ? displayName(entry.author, t) : "–",
            })
          : t("newsRound.statusLine.MISSING")}
      </span>
    </p>
  );
}
