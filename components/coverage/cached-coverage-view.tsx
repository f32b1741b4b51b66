// The dashboard's figures rendered once per request key, locale and table
// pages, and shared by everyone whose scope gives that key (ADR 33, "cached per
// scope"): the rendering of a few hundred rows cost more than reading them
// from the cache. Only the request's data key, whether every library is shown,
// the pages and the filters' values (for the pager's links) go in; the
// actor's role was checked before (coverageRequest).
import { cacheLife, cacheTag } from "next/cache";
import { COVERAGE_TAG } from "@/lib/cache/tags";
import { cachedCoverageData } from "@/lib/coverage/cached";
import { coverageReport, type CoverageDataKey } from "@/lib/coverage/data";
import { getI18n } from "@/lib/i18n/server";
import { CoverageView, type PagedTable } from "./coverage-view";

export async function CachedCoverageView({
  dataKey,
  allLibraries,
  pages,
  filters,
}: {
  dataKey: CoverageDataKey;
  allLibraries: boolean;
  pages: Record<PagedTable, number>;
  /** The dashboard's filters as given (dashboardParams without the pages), kept in the pager's links. */
  filters: Record<string, string>;
}) {
  "use cache";
  cacheTag(COVERAGE_TAG);
  // As cachedCoverageData's (lib/coverage/cached.ts).
  cacheLife("minutes");
  const [{ locale, t }, data] = await Promise.all([getI18n(), cachedCoverageData(dataKey)]);
  return (
    <CoverageView
      report={coverageReport({ ...dataKey, allLibraries }, data)}
      locale={locale}
      t={t}
      pages={pages}
      hrefFor={(table, page) => {
        const next = new URLSearchParams(filters);
        for (const [name, number] of Object.entries({ ...pages, [table]: page })) {
          if (number > 1) next.set(name, String(number));
        }
        return `/raportit?${next.toString()}#${table === "kirjastot" ? "kirjastoittain" : "kunnittain"}`;
      }}
    />
  );
}
