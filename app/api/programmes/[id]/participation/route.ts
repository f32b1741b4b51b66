import { assertSignedIn } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { notFound } from "@/lib/http/errors";
import { isUuid } from "@/lib/http/fields";
import { assertSameOrigin } from "@/lib/http/origin";
import { route } from "@/lib/http/respond";
import { joinProgramme, leaveProgramme } from "@/lib/programmes/mutations";
import { progressResponse } from "@/lib/programmes/respond";

/** POST → join (or rejoin) the programme; answers the caller's progress. */
export const POST = route(async (request, ctx: RouteContext<"/api/programmes/[id]/participation">) => {
  assertSameOrigin(request);
  const actor = await getActor();
  assertSignedIn(actor);
  const { id } = await ctx.params;
  if (!isUuid(id)) throw notFound("No such programme.");
  await joinProgramme(actor, { offeringId: id });
  return progressResponse(request, actor, id);
});

/** DELETE → leave the programme (what was done is kept); answers the caller's progress. */
export const DELETE = route(async (request, ctx: RouteContext<"/api/programmes/[id]/participation">) => {
  assertSameOrigin(request);
  const actor = await getActor();
  assertSignedIn(actor);
  const { id } = await ctx.params;
  if (!isUuid(id)) throw notFound("No such programme.");
  await leaveProgramme(actor, { offeringId: id, confirm: "yes" });
  return progressResponse(request, actor, id);
});
