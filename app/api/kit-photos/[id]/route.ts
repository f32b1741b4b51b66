// GET /api/kit-photos/{id}: a kit's photo, public like the catalogue. A new
// upload is a new id, so the answer may be cached for good.
import { kitPhotoResponse } from "@/lib/kits/catalogue/photo-response";
import { route } from "@/lib/http/respond";

export const GET = route(async (_request, ctx: RouteContext<"/api/kit-photos/[id]">) => {
  const { id } = await ctx.params;
  return kitPhotoResponse(id, "display");
});
