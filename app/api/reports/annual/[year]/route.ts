import { getActor } from "@/lib/auth/session";
import { annualFiguresJson } from "@/lib/coverage/annual/api";
import { getAnnualFigures } from "@/lib/coverage/annual/data";
import { parseAnnualYear } from "@/lib/coverage/annual/schema";
import { json, route } from "@/lib/http/respond";

/** GET → one Helsinki year's figures with the year before's summary, per month, theme and region. */
export const GET = route(async (_request, ctx: RouteContext<"/api/reports/annual/[year]">) => {
  const actor = await getActor();
  const year = parseAnnualYear(await ctx.params);
  const figures = await getAnnualFigures(actor, year);
  return json(annualFiguresJson(figures), { headers: { "Cache-Control": "private, no-store" } });
});
