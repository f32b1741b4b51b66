import { Markdown } from "@/components/markdown/markdown";
import type { Translate } from "@/lib/i18n/translate";
import type { LibraryUpdateView } from "@/lib/meetings/data";

type Level = 2 | 4;

const FIELDS = ["budget", "staffing", "projects", "events", "body"] as const;

const headingStyles = {
  2: "mb-3 text-2xl font-bold text-brand-900",
  3: "mb-2 text-xl font-bold text-brand-900",
  4: "mt-4 mb-2 text-lg font-bold text-brand-900",
  5: "mb-1 font-bold text-brand-900",
  6: "mt-2 mb-1 font-semibold",
} as const;

/**
 * The news round (kuulumiskierros): one section per library. `level` is the
 * heading level of the round itself; libraries and their fields go below it.
 */
export function NewsRound({ updates, level, t }: { updates: LibraryUpdateView[]; level: Level; t: Translate }) {
  const Heading = `h${level}` as const;
  const LibraryHeading = `h${(level + 1) as 3 | 5}` as const;
  const FieldHeading = `h${(level + 2) as 4 | 6}` as const;
  return (
    <section aria-labelledby="kuulumiskierros" className="break-words">
      <Heading id="kuulumiskierros" className={headingStyles[level]}>
        {t("meetings.newsRound")}
      </Heading>
      {updates.length === 0 ? (
        <p>{t("meetings.newsRoundEmpty")}</p>
      ) : (
        <div className="space-y-4">
          {updates.map((update) => (
            <section key={update.id} className="break-words rounded border border-gray-300 p-4">
              <LibraryHeading className={headingStyles[(level + 1) as 3 | 5]}>{update.libraryName}</LibraryHeading>
              {FIELDS.filter((field) => update[field]?.trim()).map((field) => (
                <div key={field}>
                  <FieldHeading className={headingStyles[(level + 2) as 4 | 6]}>
                    {t(`meetings.update.${field}`)}
                  </FieldHeading>
                  <Markdown breaks source={update[field]} headingLevel={Math.min(level + 3, 6) as 5 | 6} />
                </div>
              ))}
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
