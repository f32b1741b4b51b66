// GET /api/exports/exchange-rounds/{roundId}/figures.csv: a job-shadowing
// round's figures per library for Finnish Excel (UTF-8 with BOM, semicolons,
// CRLF); the whole round's are in the XLSX. Coordinators and admins
// (exchange.manage, checked again in the loader): 401 signed out, 403 without
// the right, 404 unknown.
import { authorize } from "@/lib/auth/session";
import { getRoundFigures } from "@/lib/exchanges/figures/data";
import { librariesTable, roundFiguresFileName } from "@/lib/exchanges/figures/table";
import { CSV_CONTENT_TYPE } from "@/lib/exports/csv";
import { attachment } from "@/lib/exports/participants";
import { tableToCsv } from "@/lib/exports/table";
import { AppError } from "@/lib/http/errors";
import { route } from "@/lib/http/respond";
import { translator } from "@/lib/i18n/translate";

export const GET = route(async (_request, ctx: RouteContext<"/api/exports/exchange-rounds/[roundId]/figures.csv">) => {
  const actor = await authorize("exchange.manage");
  const { roundId } = await ctx.params;
  const figures = await getRoundFigures(actor, roundId);
  if (!figures) throw new AppError("NOT_FOUND", "No such round.");
  return new Response(tableToCsv(librariesTable(figures, translator("fi"))), {
    headers: {
      "Content-Type": CSV_CONTENT_TYPE,
      "Content-Disposition": attachment(roundFiguresFileName(figures.round, "csv")),
      "Cache-Control": "private, no-store",
    },
  });
});
