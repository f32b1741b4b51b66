import { assertSignedIn } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { exchangeApplicationJson } from "@/lib/exchanges/api";
import { withdrawApplication } from "@/lib/exchanges/applications/mutations";
import { notFound } from "@/lib/http/errors";
import { isUuid } from "@/lib/http/fields";
import { assertSameOrigin } from "@/lib/http/origin";
import { json, route } from "@/lib/http/respond";

/** DELETE → withdraw one's own application (until the visit); someone else's is not found. */
export const DELETE = route(async (request, ctx: RouteContext<"/api/exchange-applications/[id]">) => {
  assertSameOrigin(request);
  const actor = await getActor();
  assertSignedIn(actor);
  const { id } = await ctx.params;
  if (!isUuid(id)) throw notFound("No such application.");
  const application = await withdrawApplication(actor, { applicationId: id });
  return json(exchangeApplicationJson(application), { headers: { "Cache-Control": "no-store" } });
});
