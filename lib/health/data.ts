import "server-only";
import { db } from "@/lib/db";

export type Health = { status: "ok" | "degraded"; db: "up" | "down"; latencyMs: number | null };

/** One round trip to PostgreSQL, bounded by a timeout. */
export async function checkHealth(
  timeoutMs = 2_000,
  client: Pick<ReturnType<typeof db>, "$queryRaw"> = db(),
): Promise<Health> {
  const started = performance.now();
  try {
    await Promise.race([
      client.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("health check timed out")), timeoutMs)),
    ]);
    return { status: "ok", db: "up", latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { status: "degraded", db: "down", latencyMs: null };
  }
}
