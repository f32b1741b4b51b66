import { getActor } from "@/lib/auth/session";
import { getOfferingPersonalState } from "@/lib/enrolments/data";
import { AppError } from "@/lib/http/errors";
import { json, route } from "@/lib/http/respond";

/** The reader's own part of a cached offering page (ADR 17). Never cached. */
export const GET = route(async (_request, ctx: RouteContext<"/api/me/offerings/[slug]">) => {
  const { slug } = await ctx.params;
  const state = await getOfferingPersonalState(await getActor(), slug);
  if (!state) throw new AppError("NOT_FOUND", "No such published offering.");
  return json(state, { headers: { "Cache-Control": "private, no-store" } });
});
