// GET /api/exports/programmes/{offeringId}/figures.xlsx: a programme's
// figures per library and per region as an Excel workbook. Coordinators see
// every library, a supervisor their own: 401 signed out, 403 without the
// right, 404 unknown.
import { authorize } from "@/lib/auth/session";
import { attachment } from "@/lib/exports/participants";
import { tableToXlsx, XLSX_CONTENT_TYPE } from "@/lib/exports/xlsx";
import { AppError } from "@/lib/http/errors";
import { route } from "@/lib/http/respond";
import { translator } from "@/lib/i18n/translate";
import { getProgrammeFigures } from "@/lib/programmes/progress/data";
import { figuresFileName, figuresTable } from "@/lib/programmes/progress/figures-table";

export const GET = route(async (_request, ctx: RouteContext<"/api/exports/programmes/[offeringId]/figures.xlsx">) => {
  const actor = await authorize("programme.progressOwnLibrary");
  const { offeringId } = await ctx.params;
  const found = await getProgrammeFigures(actor, offeringId);
  if (!found) throw new AppError("NOT_FOUND", "No such programme.");
  const t = translator("fi");
  const body = await tableToXlsx(figuresTable(found.figures, t), {
    title: `${t("programmesProgress.figures.sheet")}: ${found.programme.title}`,
  });
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Disposition": attachment(figuresFileName(found.programme, "xlsx")),
      "Cache-Control": "private, no-store",
    },
  });
});
