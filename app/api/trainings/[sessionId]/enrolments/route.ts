import { assertSignedIn } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { enrol } from "@/lib/enrolments/mutations";
import { isUuid } from "@/lib/http/fields";
import { AppError } from "@/lib/http/errors";
import { assertSameOrigin } from "@/lib/http/origin";
import { json, route } from "@/lib/http/respond";

/**
 * POST (no body) → 201 {id, status, waitlistPosition}: the signed-in user's
 * seat or waitlist place. 409 when already enrolled (the existing enrolment in
 * `fields`), 422 when registration is closed or the user is not eligible.
 */
export const POST = route(async (request, ctx: RouteContext<"/api/trainings/[sessionId]/enrolments">) => {
  assertSameOrigin(request);
  const { sessionId } = await ctx.params;
  const actor = await getActor();
  assertSignedIn(actor);
  if (!isUuid(sessionId)) throw new AppError("NOT_FOUND", "No such training session.");
  const result = await enrol(actor, sessionId);
  return json(result, { status: 201, headers: { "Cache-Control": "no-store" } });
});
