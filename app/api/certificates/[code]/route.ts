import { json, route } from "@/lib/http/respond";
import { verificationJson } from "@/lib/programmes/api";
import { verifyCertificate } from "@/lib/programmes/data";

/** GET → whether the code is genuine, revoked or unknown, and what its certificate shows. */
export const GET = route(async (_request, ctx: RouteContext<"/api/certificates/[code]">) => {
  const { code } = await ctx.params;
  const verification = await verifyCertificate(code.slice(0, 64));
  return json(verificationJson(code.slice(0, 64), verification), { headers: { "Cache-Control": "no-store" } });
});
