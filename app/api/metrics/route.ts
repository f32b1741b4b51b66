import { connection } from "next/server";
import { route } from "@/lib/http/respond";
import { authorizeScrape, scrapeMetrics } from "@/lib/metrics/scrape";

/** GET → this instance's metrics in Prometheus text, for the bearer of METRICS_TOKEN (404 while it is unset). */
export const GET = route(async (request) => {
  await connection();
  authorizeScrape(request.headers);
  const { text, contentType } = await scrapeMetrics();
  return new Response(text, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
});
