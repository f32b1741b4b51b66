// GET /api/kit-photos/{id}/thumbnail: the catalogue's small WebP of a kit photo.
import { kitPhotoResponse } from "@/lib/kits/catalogue/photo-response";
import { route } from "@/lib/http/respond";

export const GET = route(async (_request, ctx: RouteContext<"/api/kit-photos/[id]/thumbnail">) => {
  const { id } = await ctx.params;
  return kitPhotoResponse(id, "thumbnail");
});
