import { notFound } from "@/lib/http/errors";
import { json, route } from "@/lib/http/respond";
import { libraryJson } from "@/lib/libraries/api";
import { getLibraryById } from "@/lib/libraries/data";

/** GET → one member library with its service points and their status history (public); 404 for an unknown or malformed id. */
export const GET = route(async (_request, ctx: RouteContext<"/api/libraries/[id]">) => {
  const { id } = await ctx.params;
  const library = await getLibraryById(null, id);
  if (!library) throw notFound("No such library.");
  return json(libraryJson(library), { headers: { "Cache-Control": "no-store" } });
});
