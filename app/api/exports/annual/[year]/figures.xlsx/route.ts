// GET /api/exports/annual/{year}/figures.xlsx: the annual figures as an Excel
// workbook, one sheet per table (summary with the year before, months,
// themes, regions). Coordinators, admins and the steering group (checked in
// the loader): 401 signed out, 403 others, 422 not a year.
import { getActor } from "@/lib/auth/session";
import { getAnnualFigures } from "@/lib/coverage/annual/data";
import { parseAnnualYear } from "@/lib/coverage/annual/schema";
import { annualFiguresFileName, annualTables } from "@/lib/coverage/annual/table";
import { attachment } from "@/lib/exports/participants";
import { tablesToXlsx, XLSX_CONTENT_TYPE } from "@/lib/exports/xlsx";
import { route } from "@/lib/http/respond";
import { translator } from "@/lib/i18n/translate";

export const GET = route(async (_request, ctx: RouteContext<"/api/exports/annual/[year]/figures.xlsx">) => {
  const actor = await getActor();
  const year = parseAnnualYear(await ctx.params);
  const figures = await getAnnualFigures(actor, year);
  const t = translator("fi");
  const body = await tablesToXlsx(annualTables(figures, t), { title: t("annualFigures.title", { year }) });
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Disposition": attachment(annualFiguresFileName(year)),
      "Cache-Control": "private, no-store",
    },
  });
});
