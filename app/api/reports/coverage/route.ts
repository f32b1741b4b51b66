import { getActor } from "@/lib/auth/session";
import { coverageJson } from "@/lib/coverage/api";
import { getCoverageCached } from "@/lib/coverage/cached";
import { parseCoverageQuery } from "@/lib/coverage/schema";
import { json, route } from "@/lib/http/respond";

/** GET ?from&to&region → coverage per library and municipality, totals and the previous period's totals. */
export const GET = route(async (request) => {
  const actor = await getActor();
  const query = parseCoverageQuery(new URL(request.url).searchParams);
  const report = await getCoverageCached(actor, query);
  return json(coverageJson(report), { headers: { "Cache-Control": "private, no-store" } });
});
