import type { StatusChangeView } from "@/lib/libraries/data";
import { formatDay, isoDay } from "@/lib/dates";
import type { Translate } from "@/lib/i18n/translate";

/** A service point's status changes, oldest first, each with its effective date and note. */
export function StatusHistory({
  history,
  t,
  headingLevel = 4,
}: {
  history: StatusChangeView[];
  t: Translate;
  headingLevel?: 3 | 4;
}) {
  if (history.length === 0) return null;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <div className="mb-4">
      <Heading className="font-semibold">{t("libraries.statusHistory")}</Heading>
      <ol className="mt-1 list-disc space-y-1 pl-6 text-sm" data-testid="status-history">
        {history.map((change, index) => (
          <li key={index}>
            <time dateTime={isoDay(change.effectiveOn)}>{formatDay(change.effectiveOn)}</time>
            {": "}
            {t(`libraries.servicePointStatus.${change.toStatus}`)}
            {change.note ? (
              <>
                {" — "}
                <span lang="fi">{change.note}</span>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
