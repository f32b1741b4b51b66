import { getActor } from "@/lib/auth/session";
import { notFound } from "@/lib/http/errors";
import { json, route } from "@/lib/http/respond";
import { meetingJson } from "@/lib/meetings/api";
import { getMeetingForActor } from "@/lib/meetings/data";

/**
 * GET → one meeting with its agenda, materials list, minutes, news round,
 * decisions and action items, as the caller may see it. Unknown, malformed and
 * invisible ids, signed out included, get the same 404: a meeting the caller
 * may not see does not exist for them (as GET /api/trainings/{id}).
 */
export const GET = route(async (_request, ctx: RouteContext<"/api/meetings/[id]">) => {
  const { id } = await ctx.params;
  const meeting = await getMeetingForActor(await getActor(), id);
  if (!meeting) throw notFound("No such meeting.");
  return json(meetingJson(meeting), { headers: { "Cache-Control": "private, no-store" } });
});
