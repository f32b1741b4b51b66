import { assertSignedIn } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/http/errors";
import { isUuid } from "@/lib/http/fields";
import { assertSameOrigin } from "@/lib/http/origin";
import { json, route } from "@/lib/http/respond";
import { cancelKitReservation } from "@/lib/kits/reservations/mutations";

/** DELETE → 200 {id, status: "CANCELLED", startDate, endDate}: the days are free at once. 404 unless yours to cancel. */
export const DELETE = route(async (request, ctx: RouteContext<"/api/kit-reservations/[id]">) => {
  assertSameOrigin(request);
  const { id } = await ctx.params;
  const actor = await getActor();
  assertSignedIn(actor);
  if (!isUuid(id)) throw new AppError("NOT_FOUND", "No such reservation.");
  return json(await cancelKitReservation(actor, id), { headers: { "Cache-Control": "no-store" } });
});
