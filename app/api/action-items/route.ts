import { actionItemJson } from "@/lib/action-items/api";
import { listActionItemsPage } from "@/lib/action-items/data";
import { parseApiQuery } from "@/lib/action-items/schema";
import { requireActor } from "@/lib/auth/session";
import { json, route } from "@/lib/http/respond";

/**
 * GET ?status=OPEN|DONE|CANCELLED&owner=me|<userId>|library:<libraryId>&overdue=true|false&limit&cursor
 * → { items, nextCursor }, a page across the meetings the caller may see. `library:` matches the
 * library itself and people who work there. 401 signed out; 422 for values
 * that are not one of these.
 */
export const GET = route(async (request) => {
  const actor = await requireActor();
  const query = parseApiQuery(new URL(request.url).searchParams);
  const owner = query.owner;
  const page = await listActionItemsPage(
    actor,
    {
      status: query.status ?? "ALL",
      ownerUserId: owner === "me" ? actor.id : owner && !owner.startsWith("library:") ? owner.toLowerCase() : undefined,
      ownerLibraryId: owner?.startsWith("library:") ? owner.slice(8).toLowerCase() : undefined,
      overdue: query.overdue === undefined ? undefined : query.overdue === "true",
    },
    { limit: query.limit, cursor: query.cursor },
  );
  return json(
    { items: page.items.map(actionItemJson), nextCursor: page.nextCursor },
    { headers: { "Cache-Control": "no-store" } },
  );
});
