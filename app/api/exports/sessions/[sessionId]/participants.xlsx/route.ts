// GET /api/exports/sessions/{sessionId}/participants.xlsx: the participant
// list as an Excel workbook. Coordinators only (`export.read`): 401 signed
// out, 403 without the right, 404 unknown.
import { getParticipantList } from "@/lib/attendance/data";
import { authorize } from "@/lib/auth/session";
import { attachment, participantFileName, participantTable } from "@/lib/exports/participants";
import { tableToXlsx, XLSX_CONTENT_TYPE } from "@/lib/exports/xlsx";
import { AppError } from "@/lib/http/errors";
import { route } from "@/lib/http/respond";
import { translator } from "@/lib/i18n/translate";

export const GET = route(async (_request, ctx: RouteContext<"/api/exports/sessions/[sessionId]/participants.xlsx">) => {
  const actor = await authorize("export.read");
  const { sessionId } = await ctx.params;
  const list = await getParticipantList(actor, sessionId, "export.read");
  if (!list) throw new AppError("NOT_FOUND", "No such training session.");
  const t = translator("fi");
  const body = await tableToXlsx(participantTable(list, t), {
    title: `${t("afterSession.export.sheet")}: ${list.session.offering.title}`,
  });
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Disposition": attachment(participantFileName(list, "xlsx")),
      "Cache-Control": "private, no-store",
    },
  });
});
