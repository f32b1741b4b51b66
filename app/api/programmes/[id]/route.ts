import { notFound } from "@/lib/http/errors";
import { isUuid } from "@/lib/http/fields";
import { json, route } from "@/lib/http/respond";
import { programmeJson } from "@/lib/programmes/api";
import { getPublishedProgramme } from "@/lib/programmes/data";

/** GET → one published programme with its parts; 404 for an unknown, unpublished or malformed id. */
export const GET = route(async (_request, ctx: RouteContext<"/api/programmes/[id]">) => {
  const { id } = await ctx.params;
  const programme = isUuid(id) ? await getPublishedProgramme({ id }) : null;
  if (!programme) throw notFound("No such programme.");
  return json(programmeJson(programme), { headers: { "Cache-Control": "no-store" } });
});
