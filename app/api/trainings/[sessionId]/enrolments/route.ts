import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { enrol } from "@/lib/enrolments/mutations";
import { idSchema } from "@/lib/enrolments/schema";
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
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in first.");
  if (!idSchema.safeParse(sessionId).success) throw new AppError("NOT_FOUND", "No such training session.");
  if (!can(actor, "enrolment.self")) throw new AppError("FORBIDDEN", "You may not enrol.");
  const result = await enrol(actor, sessionId);
  return json(result, { status: 201, headers: { "Cache-Control": "no-store" } });
});
