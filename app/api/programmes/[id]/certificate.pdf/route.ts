import { assertSignedIn } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { notFound } from "@/lib/http/errors";
import { isUuid } from "@/lib/http/fields";
import { requestOrigin } from "@/lib/http/origin-url";
import { route } from "@/lib/http/respond";
import { renderCertificatePdf } from "@/lib/programmes/certificate-pdf";
import { getCertificateForHolder, getPublishedProgramme } from "@/lib/programmes/data";
import { certificateQuerySchema } from "@/lib/programmes/schema";
import { configuredOrigin } from "@/lib/site/origin";

/** GET ?lang=fi|en → the caller's certificate as a PDF; 404 when not completed or revoked. */
export const GET = route(async (request, ctx: RouteContext<"/api/programmes/[id]/certificate.pdf">) => {
  const actor = await getActor();
  assertSignedIn(actor);
  const { id } = await ctx.params;
  const { lang } = certificateQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const programme = isUuid(id) ? await getPublishedProgramme({ id }) : null;
  const certificate = programme ? await getCertificateForHolder(actor, programme.id) : null;
  if (!programme || !certificate) throw notFound("No certificate: the programme is not completed, or it was revoked.");
  const verifyUrl = `${configuredOrigin() ?? requestOrigin(request)}/todistus/${certificate.code}`;
  const pdf = await renderCertificatePdf(certificate, lang, verifyUrl);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="todistus-${programme.slug}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
});
