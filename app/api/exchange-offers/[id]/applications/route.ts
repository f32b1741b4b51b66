import { assertSignedIn } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { exchangeApplicationJson } from "@/lib/exchanges/api";
import { applyToOffer } from "@/lib/exchanges/applications/mutations";
import { AppError, notFound } from "@/lib/http/errors";
import { isUuid } from "@/lib/http/fields";
import { assertSameOrigin } from "@/lib/http/origin";
import { json, route } from "@/lib/http/respond";

/** POST {motivation, preferredDates} → an application (201); 409 when already applied or the window is shut. */
export const POST = route(async (request, ctx: RouteContext<"/api/exchange-offers/[id]/applications">) => {
  assertSameOrigin(request);
  const actor = await getActor();
  assertSignedIn(actor);
  const { id } = await ctx.params;
  if (!isUuid(id)) throw notFound("No such offer.");
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("BAD_REQUEST", "The body must be JSON: {motivation, preferredDates}.");
  }
  const application = await applyToOffer(actor, {
    ...(typeof body === "object" && body !== null ? body : {}),
    offerId: id,
  });
  return json(exchangeApplicationJson(application), { status: 201, headers: { "Cache-Control": "no-store" } });
});
