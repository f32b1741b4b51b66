// GET /api/exports/kits/usage.xlsx?from&to: PiKe box usage figures as an
// Excel workbook. Coordinators only (`export.read`): 401 signed out, 403
// without the right, 422 a bad period.
import { authorize } from "@/lib/auth/session";
import { kitUsageFileName, kitUsageTable } from "@/lib/exports/kit-usage";
import { attachment } from "@/lib/exports/participants";
import { tableToXlsx, XLSX_CONTENT_TYPE } from "@/lib/exports/xlsx";
import { AppError } from "@/lib/http/errors";
import { route } from "@/lib/http/respond";
import { translator } from "@/lib/i18n/translate";
import { formatDayRange } from "@/lib/dates/days";
import { periodFromUrl } from "@/lib/kits/usage/api";
import { getKitUsage } from "@/lib/kits/usage/data";

export const GET = route(async (request: Request) => {
  const actor = await authorize("export.read");
  const usage = await getKitUsage(actor, periodFromUrl(new URL(request.url)));
  if (!usage) throw new AppError("FORBIDDEN", "Not allowed.");
  const t = translator("fi");
  const body = await tableToXlsx(kitUsageTable(usage, t), {
    title: `${t("kitsUsage.export.sheet")} ${formatDayRange(usage.period)}`,
  });
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Disposition": attachment(kitUsageFileName(usage, "xlsx")),
      "Cache-Control": "private, no-store",
    },
  });
});
