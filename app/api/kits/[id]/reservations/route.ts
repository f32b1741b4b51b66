import { assertSignedIn } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/http/errors";
import { isUuid } from "@/lib/http/fields";
import { assertSameOrigin } from "@/lib/http/origin";
import { json, route } from "@/lib/http/respond";
import { reserveKit } from "@/lib/kits/reservations/mutations";

/**
 * POST {libraryId, startDate, endDate} → 201 {id, status, startDate, endDate};
 * 409 {error: {code: "CONFLICT", message, conflict: {startDate, endDate}}}
 * when the range, shipping days included, collides with a live reservation.
 */
export const POST = route(async (request, ctx: RouteContext<"/api/kits/[id]/reservations">) => {
  assertSameOrigin(request);
  const { id } = await ctx.params;
  const actor = await getActor();
  assertSignedIn(actor);
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("BAD_REQUEST", "The body must be JSON: {libraryId, startDate, endDate}.");
  }
  if (!isUuid(id)) throw new AppError("NOT_FOUND", "No such kit.");
  const result = await reserveKit(actor, id, body);
  return json(result, { status: 201, headers: { "Cache-Control": "no-store" } });
});
