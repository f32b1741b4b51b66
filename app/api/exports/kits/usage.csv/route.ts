// GET /api/exports/kits/usage.csv?from&to: PiKe box usage figures for Finnish
// Excel (UTF-8 with BOM, semicolons, CRLF). Coordinators only (`export.read`):
// 401 signed out, 403 without the right, 422 a bad period.
import { authorize } from "@/lib/auth/session";
import { CSV_CONTENT_TYPE } from "@/lib/exports/csv";
import { kitUsageFileName, kitUsageTable } from "@/lib/exports/kit-usage";
import { attachment } from "@/lib/exports/participants";
import { tableToCsv } from "@/lib/exports/table";
import { AppError } from "@/lib/http/errors";
import { route } from "@/lib/http/respond";
import { translator } from "@/lib/i18n/translate";
import { periodFromUrl } from "@/lib/kits/usage/api";
import { getKitUsage } from "@/lib/kits/usage/data";

export const GET = route(async (request: Request) => {
  const actor = await authorize("export.read");
  const usage = await getKitUsage(actor, periodFromUrl(new URL(request.url)));
  if (!usage) throw new AppError("FORBIDDEN", "Not allowed.");
  return new Response(tableToCsv(kitUsageTable(usage, translator("fi"))), {
    headers: {
      "Content-Type": CSV_CONTENT_TYPE,
      "Content-Disposition": attachment(kitUsageFileName(usage, "csv")),
      "Cache-Control": "private, no-store",
    },
  });
});
