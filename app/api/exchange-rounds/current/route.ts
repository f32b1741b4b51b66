import { getActor } from "@/lib/auth/session";
import { exchangeRoundJson } from "@/lib/exchanges/api";
import { getCurrentRound } from "@/lib/exchanges/offers/data";
import { notFound } from "@/lib/http/errors";
import { json, route } from "@/lib/http/respond";

/** GET → the job-shadowing round now open; 404 when none is. */
export const GET = route(async () => {
  const round = await getCurrentRound(await getActor());
  if (!round) throw notFound("No job-shadowing round is open.");
  return json(exchangeRoundJson(round), { headers: { "Cache-Control": "no-store" } });
});
