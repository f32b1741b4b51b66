import "server-only";
import { db } from "@/lib/db";

export type Health = { status: "ok" | "degraded"; db: "up" | "down"; latencyMs: number | null };

type Client = Pick<ReturnType<typeof db>, "$queryRaw">;

/** One round trip to PostgreSQL, bounded by a timeout. */
export async function checkHealth(timeoutMs = 2_000, client: Client = db()): Promise<Health> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("health check timed out")), timeoutMs);
      }),
    ]);
    return { status: "ok", db: "up", latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { status: "degraded", db: "down", latencyMs: null };
  } finally {
    clearTimeout(timer);
  }
}

/** How long one answer stands for every health check of this process. */
export const HEALTH_SHARED_MS = 500;

/**
 * The health of this process for /api/health: checks that arrive together
 * share one round trip, and its answer stands for HEALTH_SHARED_MS — a
 * proxy's checks and a monitor's may come often, the database is asked at
 * most twice a second. A change (down or up) shows within that time.
 */
export function createSharedHealth(check: () => Promise<Health>, sharedMs = HEALTH_SHARED_MS) {
  let last: { at: number; answer: Promise<Health> } | null = null;
  return (now = performance.now()): Promise<Health> => {
    if (last && now - last.at < sharedMs) return last.answer;
    last = { at: now, answer: check() };
    return last.answer;
  };
}

export const sharedHealth = createSharedHealth(() => checkHealth());
