// GET /api/exports/networks/<slug>/roster.xlsx: a network's active members as
// an Excel workbook. The network's chairs and coordinators only: 401 signed
// out, 404 for anyone else or an unknown network.
import { requireActor } from "@/lib/auth/session";
import { networkRosterFileName, networkRosterTable } from "@/lib/exports/network-roster";
import { attachment } from "@/lib/exports/participants";
import { tableToXlsx, XLSX_CONTENT_TYPE } from "@/lib/exports/xlsx";
import { notFound } from "@/lib/http/errors";
import { route } from "@/lib/http/respond";
import { translator } from "@/lib/i18n/translate";
import { getNetworkRoster } from "@/lib/networks/roster/data";

export const GET = route(async (_request: Request, ctx: RouteContext<"/api/exports/networks/[slug]/roster.xlsx">) => {
  const actor = await requireActor();
  const roster = await getNetworkRoster(actor, (await ctx.params).slug);
  if (!roster) throw notFound("No such network, or not yours to export.");
  const t = translator("fi");
  const body = await tableToXlsx(networkRosterTable(roster, t), {
    title: t("networkRoster.title", { network: roster.network.name }),
  });
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Disposition": attachment(networkRosterFileName(roster, "xlsx")),
      "Cache-Control": "private, no-store",
    },
  });
});
