import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { LibraryGroup, LibrarySummary } from "@/lib/libraries/data";
import type { Translate } from "@/lib/i18n/translate";

export function LibraryDirectory({ groups, t }: { groups: LibraryGroup[]; t: Translate }) {
  if (groups.every((group) => group.libraries.length === 0)) {
    return <p>{t("libraries.empty")}</p>;
  }
  return (
    <div className="space-y-8">
      {groups.map((group) => (
        <section key={group.region} aria-labelledby={`alue-${group.region}`}>
          <h2 id={`alue-${group.region}`} className="mb-3 text-2xl font-bold text-brand-900">
            {t(`libraries.region.${group.region}`)}
          </h2>
          {group.libraries.length === 0 ? (
            <p>{t("libraries.regionEmpty")}</p>
          ) : (
            <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2">
              {group.libraries.map((library) => (
                <LibraryCard key={library.slug} library={library} t={t} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}

function LibraryCard({ library, t }: { library: LibrarySummary; t: Translate }) {
  return (
    <li className="rounded border border-gray-300 p-4 break-words">
      <h3 className="text-lg font-semibold">
        <Link href={`/kirjastot/${library.slug}`}>{library.name}</Link>
      </h3>
      <dl className="mt-2 space-y-0.5 text-sm">
        <div className="flex flex-wrap gap-x-1">
          <dt className="font-semibold after:content-[':']">{t("libraries.field.municipality")}</dt>
          <dd>{library.municipality}</dd>
        </div>
        <div className="flex flex-wrap gap-x-1">
          <dt className="font-semibold after:content-[':']">{t("libraries.field.consortium")}</dt>
          <dd>{t(`libraries.consortium.${library.consortium}`)}</dd>
        </div>
        <div className="flex flex-wrap gap-x-1">
          <dt className="font-semibold after:content-[':']">{t("libraries.field.servicePoints")}</dt>
          <dd>{t("libraries.servicePointCount", { count: library.servicePointCount })}</dd>
        </div>
      </dl>
      {library.underReviewCount > 0 ? (
        <p className="mt-2">
          <Badge tone="warning">{t("libraries.underReviewCount", { count: library.underReviewCount })}</Badge>
        </p>
      ) : null}
    </li>
  );
}
