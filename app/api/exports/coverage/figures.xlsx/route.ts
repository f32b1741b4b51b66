// GET /api/exports/coverage/figures.xlsx?from&to&region: the coverage report
// as a workbook, one sheet per table, as far as the caller may see it (the
// loader decides: 401 signed out, 403 for a role that sees none of it).
import { getActor } from "@/lib/auth/session";
import { getCoverageCached } from "@/lib/coverage/cached";
import { parseCoverageQuery } from "@/lib/coverage/schema";
import { coverageFileName, coverageTables, periodText } from "@/lib/coverage/table";
import { attachment } from "@/lib/exports/participants";
import { tablesToXlsx, XLSX_CONTENT_TYPE } from "@/lib/exports/xlsx";
import { route } from "@/lib/http/respond";
import { translator } from "@/lib/i18n/translate";

export const GET = route(async (request) => {
  const actor = await getActor();
  const query = parseCoverageQuery(new URL(request.url).searchParams);
  const report = await getCoverageCached(actor, query);
  const t = translator("fi");
  const body = await tablesToXlsx(coverageTables(report, t), {
    title: t("coverage.workbookTitle", { period: periodText(report.period) }),
  });
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Disposition": attachment(coverageFileName(report, "xlsx")),
      "Cache-Control": "private, no-store",
    },
  });
});
