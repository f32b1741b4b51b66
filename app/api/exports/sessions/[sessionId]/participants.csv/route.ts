// GET /api/exports/sessions/{sessionId}/participants.csv: the participant
// list for Finnish Excel (UTF-8 with BOM, semicolons, CRLF). Coordinators
// only (`export.read`): 401 signed out, 403 without the right, 404 unknown.
import { getParticipantList } from "@/lib/attendance/data";
import { authorize } from "@/lib/auth/session";
import { CSV_CONTENT_TYPE } from "@/lib/exports/csv";
import { attachment, participantFileName, participantTable } from "@/lib/exports/participants";
import { tableToCsv } from "@/lib/exports/table";
import { AppError } from "@/lib/http/errors";
import { route } from "@/lib/http/respond";
import { translator } from "@/lib/i18n/translate";

export const GET = route(async (_request, ctx: RouteContext<"/api/exports/sessions/[sessionId]/participants.csv">) => {
  const actor = await authorize("export.read");
  const { sessionId } = await ctx.params;
  const list = await getParticipantList(actor, sessionId, "export.read");
  if (!list) throw new AppError("NOT_FOUND", "No such training session.");
  return new Response(tableToCsv(participantTable(list, translator("fi"))), {
    headers: {
      "Content-Type": CSV_CONTENT_TYPE,
      "Content-Disposition": attachment(participantFileName(list, "csv")),
      "Cache-Control": "private, no-store",
    },
  });
});
