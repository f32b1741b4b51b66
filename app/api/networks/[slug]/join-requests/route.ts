import { assertSignedIn } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { AppError, notFound } from "@/lib/http/errors";
import { assertSameOrigin } from "@/lib/http/origin";
import { json, route } from "@/lib/http/respond";
import { membershipJson } from "@/lib/networks/api";
import { getNetwork } from "@/lib/networks/data";
import { requestToJoin } from "@/lib/networks/mutations";

/** POST {message} → a pending join request (201); 409 when already a member or pending. */
export const POST = route(async (request, ctx: RouteContext<"/api/networks/[slug]/join-requests">) => {
  assertSameOrigin(request);
  const actor = await getActor();
  assertSignedIn(actor);
  const { slug } = await ctx.params;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("BAD_REQUEST", "The body must be JSON: {message}.");
  }
  const network = await getNetwork(actor, slug);
  if (!network) throw notFound("No such network.");
  const state = await requestToJoin(actor, {
    ...(typeof body === "object" && body !== null ? body : {}),
    networkId: network.id,
  });
  return json(membershipJson(state), { status: 201, headers: { "Cache-Control": "no-store" } });
});
