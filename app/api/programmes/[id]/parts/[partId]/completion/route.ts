import { assertSignedIn } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { AppError, notFound } from "@/lib/http/errors";
import { isUuid } from "@/lib/http/fields";
import { assertSameOrigin } from "@/lib/http/origin";
import { route } from "@/lib/http/respond";
import { completePart } from "@/lib/programmes/mutations";
import { getPublishedProgramme } from "@/lib/programmes/data";
import { progressResponse } from "@/lib/programmes/respond";

/** POST {reflection} → the part done; answers the caller's progress (COMPLETED after the last part). */
export const POST = route(async (request, ctx: RouteContext<"/api/programmes/[id]/parts/[partId]/completion">) => {
  assertSameOrigin(request);
  const actor = await getActor();
  assertSignedIn(actor);
  const { id, partId } = await ctx.params;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("BAD_REQUEST", "The body must be JSON: {reflection}.");
  }
  const programme = isUuid(id) ? await getPublishedProgramme({ id }) : null;
  if (!programme || !programme.parts.some((part) => part.id === partId)) throw notFound("No such programme part.");
  await completePart(actor, { ...(typeof body === "object" && body !== null ? body : {}), partId });
  return progressResponse(request, actor, id);
});
