import { getActor } from "@/lib/auth/session";
import { json, route } from "@/lib/http/respond";
import { networkSummaryJson } from "@/lib/networks/api";
import { listNetworks } from "@/lib/networks/data";

/** GET → every network that is not archived, with its chairs and member count. */
export const GET = route(async () => {
  const networks = await listNetworks(await getActor());
  return json(networks.map(networkSummaryJson), { headers: { "Cache-Control": "no-store" } });
});
