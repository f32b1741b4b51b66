import { getActor } from "@/lib/auth/session";
import { exchangeOfferJson } from "@/lib/exchanges/api";
import { listOffers } from "@/lib/exchanges/offers/data";
import { parseOffersQuery } from "@/lib/exchanges/offers/schema";
import { json, route } from "@/lib/http/respond";

/** GET ?round&theme&region&municipality → a round's offers (the current round's by default). */
export const GET = route(async (request) => {
  const query = parseOffersQuery(new URL(request.url).searchParams);
  const offers = await listOffers(await getActor(), query);
  return json(offers.map(exchangeOfferJson), { headers: { "Cache-Control": "no-store" } });
});
