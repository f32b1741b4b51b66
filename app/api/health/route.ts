import { connection } from "next/server";
import { reportDatabaseUnavailable } from "@/lib/db/availability";
import { sharedHealth } from "@/lib/health/data";
import { json, route } from "@/lib/http/respond";

/** For load balancers: 200 when the database answers, 503 when it does not. */
export const GET = route(async () => {
  await connection();
  const health = await sharedHealth();
  if (health.db === "down") reportDatabaseUnavailable();
  return json(health, { status: health.db === "up" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
});
