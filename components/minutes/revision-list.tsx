import { Markdown } from "@/components/markdown/markdown";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { MinutesRevisionView } from "@/lib/minutes/data";
import { displayName } from "@/lib/users/rules";

/**
 * The saved versions of one item's minutes, newest first; each opens to the
 * text as it was rendered then (the newest is open). No script: <details>.
 */
export function RevisionList({
  revisions,
  t,
  locale,
}: {
  revisions: MinutesRevisionView[];
  t: Translate;
  locale: Locale;
}) {
  return (
    <ol aria-label={t("minutes.history.listLabel")} className="space-y-3">
      {revisions.map((revision, index) => (
        <li key={revision.id}>
          <details open={index === 0} className="rounded border border-gray-400 p-3">
            <summary className="flex cursor-pointer flex-wrap items-center gap-2 font-semibold">
              <span>
                {t("minutes.history.revision", {
                  time: formatDateTime(revision.createdAt, locale),
                  name: revision.author ? displayName(revision.author, t) : t("minutes.unknownAuthor"),
                })}
              </span>
              {index === 0 ? <Badge tone="info">{t("minutes.history.latest")}</Badge> : null}
            </summary>
            <div className="mt-3 border-t border-gray-300 pt-3">
              {revision.minutes.trim() ? (
                <Markdown source={revision.minutes} headingLevel={2} />
              ) : (
                <p className="text-gray-700">{t("minutes.history.emptyRevision")}</p>
              )}
            </div>
          </details>
        </li>
      ))}
    </ol>
  );
}
