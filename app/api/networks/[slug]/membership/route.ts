import { assertSignedIn } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { notFound } from "@/lib/http/errors";
import { assertSameOrigin } from "@/lib/http/origin";
import { json, route } from "@/lib/http/respond";
import { membershipJson } from "@/lib/networks/api";
import { getNetwork } from "@/lib/networks/data";
import { leaveNetwork } from "@/lib/networks/mutations";

/** DELETE → leave the network (or withdraw a pending request). */
export const DELETE = route(async (request, ctx: RouteContext<"/api/networks/[slug]/membership">) => {
  assertSameOrigin(request);
  const actor = await getActor();
  assertSignedIn(actor);
  const { slug } = await ctx.params;
  const network = await getNetwork(actor, slug);
  if (!network) throw notFound("No such network.");
  const state = await leaveNetwork(actor, { networkId: network.id });
  return json(membershipJson(state), { headers: { "Cache-Control": "no-store" } });
});
