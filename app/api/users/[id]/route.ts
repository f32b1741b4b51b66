// GET /api/users/{id}: one user with their audit trail; PATCH {roles?, libraryId?, active?}
// changes them (ADMIN). 404 for an unknown id, 409 when no active admin would be left.
import { authorize } from "@/lib/auth/session";
import { AppError } from "@/lib/http/errors";
import { assertSameOrigin } from "@/lib/http/origin";
import { json, route } from "@/lib/http/respond";
import { userDetailJson } from "@/lib/users/admin/api";
import { getUser } from "@/lib/users/admin/data";
import { updateUser } from "@/lib/users/admin/mutations";
import { userPatchSchema } from "@/lib/users/admin/schema";

const noStore = { "Cache-Control": "no-store" };

export const GET = route(async (_request, ctx: RouteContext<"/api/users/[id]">) => {
  const actor = await authorize("users.manage");
  const { id } = await ctx.params;
  const user = await getUser(actor, id);
  if (!user) throw new AppError("NOT_FOUND", "No such user.");
  return json(userDetailJson(user), { headers: noStore });
});

export const PATCH = route(async (request, ctx: RouteContext<"/api/users/[id]">) => {
  assertSameOrigin(request);
  const actor = await authorize("users.manage");
  const { id } = await ctx.params;
  const body: unknown = await request.json().catch(() => {
    throw new AppError("BAD_REQUEST", "The body must be JSON: {roles, libraryId, active}.");
  });
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new AppError("BAD_REQUEST", "The body must be a JSON object: {roles, libraryId, active}.");
  }
  await updateUser(actor, id, userPatchSchema.parse(body));
  const user = await getUser(actor, id);
  if (!user) throw new AppError("NOT_FOUND", "No such user.");
  return json(userDetailJson(user), { headers: noStore });
});
