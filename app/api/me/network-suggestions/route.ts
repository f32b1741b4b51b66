import { getActor } from "@/lib/auth/session";
import { json, route } from "@/lib/http/respond";
import { suggestNetworks } from "@/lib/networks/suggestions/data";

/** "Verkostot sinulle": the reader's own suggestions for the cached networks list (ADR 17). Never cached. */
export const GET = route(async () =>
  json({ suggestions: await suggestNetworks(await getActor()) }, { headers: { "Cache-Control": "private, no-store" } }),
);
