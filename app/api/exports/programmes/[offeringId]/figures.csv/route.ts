// GET /api/exports/programmes/{offeringId}/figures.csv: a programme's figures
// per library and per region for Finnish Excel (UTF-8 with BOM, semicolons,
// CRLF). Coordinators see every library, a supervisor their own
// (programme.progressOwnLibrary, scoped in the loader): 401 signed out, 403
// without the right, 404 unknown.
import { authorize } from "@/lib/auth/session";
import { CSV_CONTENT_TYPE } from "@/lib/exports/csv";
import { attachment } from "@/lib/exports/participants";
import { tableToCsv } from "@/lib/exports/table";
import { AppError } from "@/lib/http/errors";
import { route } from "@/lib/http/respond";
import { translator } from "@/lib/i18n/translate";
import { getProgrammeFigures } from "@/lib/programmes/progress/data";
import { figuresFileName, figuresTable } from "@/lib/programmes/progress/figures-table";

export const GET = route(async (_request, ctx: RouteContext<"/api/exports/programmes/[offeringId]/figures.csv">) => {
  const actor = await authorize("programme.progressOwnLibrary");
  const { offeringId } = await ctx.params;
  const found = await getProgrammeFigures(actor, offeringId);
  if (!found) throw new AppError("NOT_FOUND", "No such programme.");
  return new Response(tableToCsv(figuresTable(found.figures, translator("fi"))), {
    headers: {
      "Content-Type": CSV_CONTENT_TYPE,
      "Content-Disposition": attachment(figuresFileName(found.programme, "csv")),
      "Cache-Control": "private, no-store",
    },
  });
});
