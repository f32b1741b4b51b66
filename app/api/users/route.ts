import { authorize } from "@/lib/auth/session";
import { json, route } from "@/lib/http/respond";
import { userJson } from "@/lib/users/admin/api";
import { listUsers } from "@/lib/users/admin/data";
import { parseUserListQuery } from "@/lib/users/admin/schema";

/**
 * GET ?q&library&role&active=true|false&lastSignIn=NEVER|WITHIN_30_DAYS|…&limit&cursor
 * → { items, nextCursor }: users by address (ADMIN). 401 signed out, 403 others, 422 bad filters.
 */
export const GET = route(async (request) => {
  const actor = await authorize("users.manage");
  const query = parseUserListQuery(new URL(request.url).searchParams);
  const page = await listUsers(actor, query);
  return json(
    { items: page.items.map(userJson), nextCursor: page.nextCursor },
    { headers: { "Cache-Control": "no-store" } },
  );
});
