import { checkHealth } from "@/lib/health/data";

export const dynamic = "force-dynamic";

/** For load balancers: 200 when the database answers, 503 when it does not. */
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.db === "up" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
