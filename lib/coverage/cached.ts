// The coverage report from the cache (ADR 33, "Cached per scope"): its three
// statements cost tens of milliseconds on ten years of data, and a dashboard is
// read far more often than its figures change. An entry is keyed by what the
// figures depend on (period, comparison period, region, the supervisor's own
// library or none, totals or not), never by the actor: everyone whose scope
// gives the same key sees the same figures, and what each may see of them is
// decided after (coverageReport). The database expires the entries at every
// committed write to what they count (COVERAGE_TAG, migration
// 1734040000000_coverage_cache_tag), in every instance; no mutation needs to.
import { cacheLife, cacheTag } from "next/cache";
import type { Actor } from "@/lib/auth/policy";
import { COVERAGE_TAG } from "@/lib/cache/tags";
import {
  coverageReport,
  coverageRequest,
  loadCoverageData,
  type CoverageData,
  type CoverageDataKey,
  type CoverageReport,
  type CoverageRequest,
} from "./data";
import type { CoverageQuery } from "./schema";

/** A request's figures from the cache (the dashboard's view caches its rendering on top: components/coverage/cached-coverage-view.tsx). */
export async function cachedCoverageData(key: CoverageDataKey): Promise<CoverageData> {
  "use cache";
  cacheTag(COVERAGE_TAG);
  // The tag keeps it exact; revalidating after a minute bounds a report read
  // from the snapshot before a write that committed while it began (ADR 33).
  cacheLife("minutes");
  return loadCoverageData(key);
}

/** getCoverage (lib/coverage/data.ts) from the cache: the same report, the same refusals. */
export async function getCoverageCached(
  actor: Actor | null,
  query: CoverageQuery,
  now: Date = new Date(),
): Promise<CoverageReport> {
  const request = coverageRequest(actor, query, now);
  return coverageReport(request, await cachedCoverageData(dataKeyOf(request)));
}

/** What a request's figures depend on: the cache key. */
export function dataKeyOf({ period, previous, region, rowScope, totals }: CoverageRequest): CoverageDataKey {
  return { period, previous, region, rowScope, totals };
}
