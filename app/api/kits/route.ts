import { getActor } from "@/lib/auth/session";
import { json, route } from "@/lib/http/respond";
import { kitSummaryJson } from "@/lib/kits/reservations/api";
import { listKitsForApi } from "@/lib/kits/reservations/data";

/** GET → the PiKe boxes in circulation or maintenance (retired ones too for coordinators). */
export const GET = route(async () => {
  const kits = await listKitsForApi(await getActor());
  return json(kits.map(kitSummaryJson), { headers: { "Cache-Control": "no-store" } });
});
