import { getActor } from "@/lib/auth/session";
import { notFound } from "@/lib/http/errors";
import { isUuid } from "@/lib/http/fields";
import { json, route } from "@/lib/http/respond";
import { kitDetailJson } from "@/lib/kits/reservations/api";
import { getKitForApi } from "@/lib/kits/reservations/data";

/** GET → one kit with its contents and booked periods; 404 for an unknown, retired or malformed id. */
export const GET = route(async (_request, ctx: RouteContext<"/api/kits/[id]">) => {
  const { id } = await ctx.params;
  const kit = isUuid(id) ? await getKitForApi(await getActor(), id) : null;
  if (!kit) throw notFound("No such kit.");
  return json(kitDetailJson(kit), { headers: { "Cache-Control": "no-store" } });
});
