// GET /api/exports/exchange-rounds/{roundId}/figures.xlsx: a job-shadowing
// round's figures as an Excel workbook, one sheet for the whole round and one
// per library. Coordinators and admins (exchange.manage, checked again in the
// loader): 401 signed out, 403 without the right, 404 unknown.
import { authorize } from "@/lib/auth/session";
import { getRoundFigures } from "@/lib/exchanges/figures/data";
import { librariesTable, roundFiguresFileName, totalsTable } from "@/lib/exchanges/figures/table";
import { attachment } from "@/lib/exports/participants";
import { tablesToXlsx, XLSX_CONTENT_TYPE } from "@/lib/exports/xlsx";
import { AppError } from "@/lib/http/errors";
import { route } from "@/lib/http/respond";
import { translator } from "@/lib/i18n/translate";

export const GET = route(async (_request, ctx: RouteContext<"/api/exports/exchange-rounds/[roundId]/figures.xlsx">) => {
  const actor = await authorize("exchange.manage");
  const { roundId } = await ctx.params;
  const figures = await getRoundFigures(actor, roundId);
  if (!figures) throw new AppError("NOT_FOUND", "No such round.");
  const t = translator("fi");
  const body = await tablesToXlsx([totalsTable(figures, t), librariesTable(figures, t)], {
    title: t("exchangeFigures.title", { round: `${figures.round.title} (${figures.round.year})` }),
  });
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Disposition": attachment(roundFiguresFileName(figures.round, "xlsx")),
      "Cache-Control": "private, no-store",
    },
  });
});
