import { Markdown } from "@/components/markdown/markdown";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { diffCounts, lineDiff } from "@/lib/text/line-diff";
import { displayName, type PersonName } from "@/lib/users/rules";

export type RevisionEntry = { id: string; createdAt: Date; author: PersonName | null; text: string };

/**
 * Saved versions of a text (an agenda item's minutes, a network's playbook),
 * newest first; each opens to the text as it was rendered then (the newest is
 * open). With `diffs`, each also shows what changed from the version before
 * it, line by line, marked in words (+/−) as well as colour. No script:
 * <details>.
 */
export function RevisionList({
  revisions,
  diffs = false,
  olderNotShown = false,
  emptyText,
  t,
  locale,
}: {
  revisions: RevisionEntry[];
  diffs?: boolean;
  /** Older versions exist beyond the list: the last one shown has no "before" to compare with here. */
  olderNotShown?: boolean;
  /** Shown for a version whose text is empty. */
  emptyText: string;
  t: Translate;
  locale: Locale;
}) {
  return (
    <ol aria-label={t("minutes.history.listLabel")} className="space-y-3">
      {revisions.map((revision, index) => {
        const previous = revisions[index + 1];
        return (
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
                {revision.text.trim() ? (
                  <Markdown source={revision.text} headingLevel={2} />
                ) : (
                  <p className="text-gray-700">{emptyText}</p>
                )}
              </div>
              {diffs && (previous || !olderNotShown) ? (
                <RevisionDiff before={previous?.text ?? ""} after={revision.text} t={t} />
              ) : null}
            </details>
          </li>
        );
      })}
    </ol>
  );
}

/** What changed from the version before: the changed lines with a little context, as plain text. */
function RevisionDiff({ before, after, t }: { before: string; after: string; t: Translate }) {
  const lines = lineDiff(before, after);
  const counts = diffCounts(lines);
  // Unchanged lines further than one line from a change are left out.
  const near = (i: number) =>
    lines[i]!.kind !== "same" ||
    lines[i - 1]?.kind === "added" ||
    lines[i - 1]?.kind === "removed" ||
    lines[i + 1]?.kind === "added" ||
    lines[i + 1]?.kind === "removed";
  return (
    <div className="mt-3 border-t border-gray-300 pt-3">
      <p className="font-semibold">{t("revisions.diff.title", counts)}</p>
      {counts.added + counts.removed === 0 ? (
        <p>{t("revisions.diff.none")}</p>
      ) : (
        <pre className="mt-2 overflow-x-auto whitespace-pre-wrap break-words rounded bg-gray-50 p-2 font-mono text-sm">
          {lines.map((line, i) =>
            !near(i) ? null : line.kind === "added" ? (
              <ins key={i} className="block bg-green-50 text-green-900 no-underline">
                <span aria-hidden="true">+ </span>
                <span className="sr-only">{t("revisions.diff.added")}: </span>
                {line.text}
              </ins>
            ) : line.kind === "removed" ? (
              <del key={i} className="block bg-red-50 text-red-900">
                <span aria-hidden="true">− </span>
                <span className="sr-only">{t("revisions.diff.removed")}: </span>
                {line.text}
              </del>
            ) : (
              <span key={i} className="block text-gray-700">
                {"  "}
                {line.text}
              </span>
            ),
          )}
        </pre>
      )}
    </div>
  );
}
