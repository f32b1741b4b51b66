import { listActionItems } from "@/lib/action-items/data";
import { ownerLabel } from "@/lib/action-items/rules";
import { parseApiQuery } from "@/lib/action-items/schema";
import { requireActor } from "@/lib/auth/session";
import { json, route } from "@/lib/http/respond";
import { translator } from "@/lib/i18n/translate";

/** The API speaks English: a person without a name is "Staff member (…)", never their address. */
const apiText = translator("en");

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const meeting = (m: { id: string; title: string; startsAt: Date } | null) =>
  m ? { id: m.id, title: m.title, startsAt: m.startsAt.toISOString() } : null;

/**
 * GET ?status=OPEN|DONE|CANCELLED&owner=me|<userId>|library:<libraryId>&overdue=true|false
 * → { items } across the meetings the caller may see. `library:` matches the
 * library itself and people who work there. 401 signed out; 422 for values
 * that are not one of these.
 */
export const GET = route(async (request) => {
  const actor = await requireActor();
  const query = parseApiQuery(new URL(request.url).searchParams);
  const owner = query.owner;
  const items = await listActionItems(actor, {
    status: query.status ?? "ALL",
    ownerUserId: owner === "me" ? actor.id : owner && !owner.startsWith("library:") ? owner.toLowerCase() : undefined,
    ownerLibraryId: owner?.startsWith("library:") ? owner.slice(8).toLowerCase() : undefined,
    overdue: query.overdue === undefined ? undefined : query.overdue === "true",
  });
  return json(
    {
      items: items.map((item) => ({
        id: item.id,
        title: item.title,
        description: item.description,
        owner: item.owner ? { type: item.owner.type, id: item.owner.id, name: ownerLabel(item.owner, apiText) } : null,
        dueDate: day(item.dueDate),
        status: item.status,
        overdue: item.overdue,
        originMeeting: meeting(item.originMeeting),
        closedInMeeting: meeting(item.closedInMeeting),
        closedAt: item.closedAt?.toISOString() ?? null,
        carriedOnIn: item.carriedOnIn.map((m) => meeting(m)),
      })),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
});
