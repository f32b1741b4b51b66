// POST /api/enrolments/{id}/feedback {rating: 1–5, comment?} → 201 the
// feedback: once per enrolment, by the person enrolled, after being marked
// as having attended. 409 the second time, 422 bad input or not attended,
// 404 someone else's enrolment.
import { authorize } from "@/lib/auth/session";
import { giveFeedback } from "@/lib/feedback/mutations";
import { feedbackSchema } from "@/lib/feedback/schema";
import { AppError } from "@/lib/http/errors";
import { assertSameOrigin } from "@/lib/http/origin";
import { json, route } from "@/lib/http/respond";
import { isUuid } from "@/lib/http/fields";

export const POST = route(async (request, ctx: RouteContext<"/api/enrolments/[id]/feedback">) => {
  assertSameOrigin(request);
  const actor = await authorize("feedback.give");
  const { id } = await ctx.params;
  if (!isUuid(id)) throw new AppError("NOT_FOUND", "No such enrolment.");
  const body: unknown = await request.json().catch(() => {
    throw new AppError("BAD_REQUEST", "The body must be JSON: {rating, comment}.");
  });
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new AppError("BAD_REQUEST", "The body must be a JSON object: {rating, comment}.");
  }
  const input = feedbackSchema.parse({ ...body, enrolmentId: id });
  const feedback = await giveFeedback(actor, input);
  return json(feedback, { status: 201, headers: { "Cache-Control": "no-store" } });
});
