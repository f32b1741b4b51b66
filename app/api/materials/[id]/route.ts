// GET /api/materials/{id}: an uploaded agenda-item file, as a download. Only
// for those who may see the meeting and the material's visibility; anyone
// else (signed out included), links, unknown and malformed ids: 404 in the
// common error format, so a material's existence is never revealed. The body
// streams from the database a piece at a time (lib/materials/data.ts).
import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/http/errors";
import { route } from "@/lib/http/respond";
import { getMaterialFileForActor } from "@/lib/materials/data";
import { attachmentDisposition, servedContentType } from "@/lib/materials/rules";

export const GET = route(async (_request, ctx: RouteContext<"/api/materials/[id]">) => {
  const { id } = await ctx.params;
  const file = await getMaterialFileForActor(await getActor(), id);
  if (!file) throw new AppError("NOT_FOUND", "No such material.");
  return new Response(file.content, {
    headers: {
      "Content-Type": servedContentType(file.mimeType),
      "Content-Disposition": attachmentDisposition(file.fileName),
      "Content-Length": String(file.sizeBytes),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
});
