import { getActor } from "@/lib/auth/session";
import { findOwnEnrolment } from "@/lib/enrolments/data";
import { getPublishedSession } from "@/lib/trainings/api/data";
import { isUuid } from "@/lib/http/fields";
import { AppError } from "@/lib/http/errors";
import { json, route } from "@/lib/http/respond";

/** GET → one published session; `enrolment` is the caller's own (null when signed out or not enrolled). */
export const GET = route(async (_request, ctx: RouteContext<"/api/trainings/[sessionId]">) => {
  const { sessionId } = await ctx.params;
  const session = isUuid(sessionId) ? await getPublishedSession(sessionId) : null;
  if (!session) throw new AppError("NOT_FOUND", "No such training session.");
  const actor = await getActor();
  const enrolment = actor ? await findOwnEnrolment(actor, sessionId) : null;
  return json({ ...session, enrolment }, { headers: { "Cache-Control": "no-store" } });
});
