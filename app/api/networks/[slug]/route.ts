import { getActor } from "@/lib/auth/session";
import { notFound } from "@/lib/http/errors";
import { json, route } from "@/lib/http/respond";
import { networkJson } from "@/lib/networks/api";
import { getNetwork, listNetworkMembers } from "@/lib/networks/data";

/** GET → one network; its members by library only for a signed-in caller. */
export const GET = route(async (_request, ctx: RouteContext<"/api/networks/[slug]">) => {
  const { slug } = await ctx.params;
  const actor = await getActor();
  const network = await getNetwork(actor, slug);
  if (!network) throw notFound("No such network.");
  const members = await listNetworkMembers(actor, network.id);
  return json(networkJson(network, members), { headers: { "Cache-Control": "private, no-store" } });
});
