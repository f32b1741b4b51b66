import { assertSignedIn } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { cancelEnrolment } from "@/lib/enrolments/mutations";
import { isUuid } from "@/lib/http/fields";
import { AppError } from "@/lib/http/errors";
import { assertSameOrigin } from "@/lib/http/origin";
import { json, route } from "@/lib/http/respond";

/**
 * DELETE → 200 {id, status: "CANCELLED", waitlistPosition: null}: cancels the
 * caller's own enrolment (a coordinator's: anyone's) and promotes the first on
 * the waitlist. 404 for enrolments that are not the caller's to cancel.
 */
export const DELETE = route(async (request, ctx: RouteContext<"/api/enrolments/[id]">) => {
  assertSameOrigin(request);
  const { id } = await ctx.params;
  const actor = await getActor();
  assertSignedIn(actor);
  if (!isUuid(id)) throw new AppError("NOT_FOUND", "No such enrolment.");
  const { promoted: _promoted, ...state } = await cancelEnrolment(actor, id);
  return json(state, { headers: { "Cache-Control": "no-store" } });
});
