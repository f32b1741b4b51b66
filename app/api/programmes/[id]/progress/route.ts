import { assertSignedIn } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { route } from "@/lib/http/respond";
import { progressResponse } from "@/lib/programmes/respond";

/** GET → the caller's own progress in a programme (status null: not joined). */
export const GET = route(async (request, ctx: RouteContext<"/api/programmes/[id]/progress">) => {
  const actor = await getActor();
  assertSignedIn(actor);
  const { id } = await ctx.params;
  return progressResponse(request, actor, id);
});
