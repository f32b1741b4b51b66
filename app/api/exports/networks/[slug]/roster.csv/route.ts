// GET /api/exports/networks/<slug>/roster.csv: a network's active members for
// Finnish Excel (UTF-8 with BOM, semicolons, CRLF). The network's chairs and
// coordinators only: 401 signed out, 404 for anyone else or an unknown network.
import { requireActor } from "@/lib/auth/session";
import { CSV_CONTENT_TYPE } from "@/lib/exports/csv";
import { networkRosterFileName, networkRosterTable } from "@/lib/exports/network-roster";
import { attachment } from "@/lib/exports/participants";
import { tableToCsv } from "@/lib/exports/table";
import { notFound } from "@/lib/http/errors";
import { route } from "@/lib/http/respond";
import { translator } from "@/lib/i18n/translate";
import { getNetworkRoster } from "@/lib/networks/roster/data";

export const GET = route(async (_request: Request, ctx: RouteContext<"/api/exports/networks/[slug]/roster.csv">) => {
  const actor = await requireActor();
  const roster = await getNetworkRoster(actor, (await ctx.params).slug);
  if (!roster) throw notFound("No such network, or not yours to export.");
  return new Response(tableToCsv(networkRosterTable(roster, translator("fi"))), {
    headers: {
      "Content-Type": CSV_CONTENT_TYPE,
      "Content-Disposition": attachment(networkRosterFileName(roster, "csv")),
      "Cache-Control": "private, no-store",
    },
  });
});
