// GET /api/exports/mentoring/{offeringId}/applications.xlsx: a mentoring
// offering's applications as an Excel workbook. Coordinators only.
import { authorize } from "@/lib/auth/session";
import { attachment } from "@/lib/exports/participants";
import { tableToXlsx, XLSX_CONTENT_TYPE } from "@/lib/exports/xlsx";
import { AppError } from "@/lib/http/errors";
import { route } from "@/lib/http/respond";
import { translator } from "@/lib/i18n/translate";
import { listMentoringApplications } from "@/lib/mentoring/data";
import { applicationFileName, applicationTable } from "@/lib/mentoring/export";

export const GET = route(
  async (_request, ctx: RouteContext<"/api/exports/mentoring/[offeringId]/applications.xlsx">) => {
    const actor = await authorize("programme.manage");
    const { offeringId } = await ctx.params;
    const list = await listMentoringApplications(actor, offeringId);
    if (!list) throw new AppError("NOT_FOUND", "No such mentoring programme.");
    const t = translator("fi");
    const body = await tableToXlsx(applicationTable(list, t), {
      title: `${t("mentoring.admin.sheet")}: ${list.offering.title}`,
    });
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": XLSX_CONTENT_TYPE,
        "Content-Disposition": attachment(applicationFileName(list, "xlsx")),
        "Cache-Control": "private, no-store",
      },
    });
  },
);
