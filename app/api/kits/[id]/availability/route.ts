import { getActor } from "@/lib/auth/session";
import { notFound } from "@/lib/http/errors";
import { isUuid } from "@/lib/http/fields";
import { json, route } from "@/lib/http/respond";
import { availabilityJson } from "@/lib/kits/reservations/api";
import { getKitAvailability } from "@/lib/kits/reservations/data";
import { availabilityQuerySchema } from "@/lib/kits/reservations/schema";

/** GET ?from&to → booked and free periods of the kit (shipping days considered); 422 for bad days. */
export const GET = route(async (request, ctx: RouteContext<"/api/kits/[id]/availability">) => {
  const { id } = await ctx.params;
  if (!isUuid(id)) throw notFound("No such kit.");
  const params = new URL(request.url).searchParams;
  const { from, to } = availabilityQuerySchema.parse({
    from: params.get("from") ?? undefined,
    to: params.get("to") ?? undefined,
  });
  const availability = await getKitAvailability(await getActor(), id, { startDate: from, endDate: to });
  if (!availability) throw notFound("No such kit.");
  return json(availabilityJson(availability), { headers: { "Cache-Control": "no-store" } });
});
