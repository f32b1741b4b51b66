// GET /api/exports/mentoring/{offeringId}/applications.csv: a mentoring
// offering's applications for Finnish Excel. Coordinators only.
import { authorize } from "@/lib/auth/session";
import { CSV_CONTENT_TYPE } from "@/lib/exports/csv";
import { attachment } from "@/lib/exports/participants";
import { tableToCsv } from "@/lib/exports/table";
import { AppError } from "@/lib/http/errors";
import { route } from "@/lib/http/respond";
import { translator } from "@/lib/i18n/translate";
import { listMentoringApplications } from "@/lib/mentoring/data";
import { applicationFileName, applicationTable } from "@/lib/mentoring/export";

export const GET = route(
  async (_request, ctx: RouteContext<"/api/exports/mentoring/[offeringId]/applications.csv">) => {
    const actor = await authorize("programme.manage");
    const { offeringId } = await ctx.params;
    const list = await listMentoringApplications(actor, offeringId);
    if (!list) throw new AppError("NOT_FOUND", "No such mentoring programme.");
    return new Response(tableToCsv(applicationTable(list, translator("fi"))), {
      headers: {
        "Content-Type": CSV_CONTENT_TYPE,
        "Content-Disposition": attachment(applicationFileName(list, "csv")),
        "Cache-Control": "private, no-store",
      },
    });
  },
);
