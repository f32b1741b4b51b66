// A bounded load generator for the drills: `concurrency` loops, each sending
// the next request of a fixed list as soon as its last answer is in, until
// stopped. Every answer is kept with its time, so a drill can tell what
// happened before, during and after an event.
export type LoadRequest = { path: string; headers?: Record<string, string> };
export type Outcome = { at: number; path: string; status: number | null; error?: string; ms: number };

export function startLoad(baseUrl: string, requests: LoadRequest[], concurrency = 8) {
  const outcomes: Outcome[] = [];
  let running = true;
  let next = 0;
  const loop = async () => {
    while (running) {
      const request = requests[next++ % requests.length]!;
      const started = performance.now();
      try {
        const response = await fetch(`${baseUrl}${request.path}`, {
          headers: request.headers,
          redirect: "manual",
          signal: AbortSignal.timeout(30_000),
        });
        await response.arrayBuffer();
        outcomes.push({ at: Date.now(), path: request.path, status: response.status, ms: performance.now() - started });
      } catch (error) {
        const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        outcomes.push({
          at: Date.now(),
          path: request.path,
          status: null,
          error: message,
          ms: performance.now() - started,
        });
      }
    }
  };
  const loops = Array.from({ length: concurrency }, loop);
  return {
    outcomes,
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return outcomes;
    },
  };
}

export type LoadFigures = {
  requests: number;
  failed: number;
  serverErrors: number;
  statuses: Record<string, number>;
  p95ms: number;
};

/** Requests sent, failed (no answer), 5xx, the statuses and the p95 latency of `outcomes`. */
export function figures(outcomes: Outcome[]): LoadFigures {
  const statuses: Record<string, number> = {};
  for (const o of outcomes) {
    const key = o.status === null ? "no answer" : String(o.status);
    statuses[key] = (statuses[key] ?? 0) + 1;
  }
  const sorted = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  return {
    requests: outcomes.length,
    failed: outcomes.filter((o) => o.status === null).length,
    serverErrors: outcomes.filter((o) => o.status !== null && o.status >= 500).length,
    statuses,
    p95ms: Math.round(sorted[Math.floor(sorted.length * 0.95)] ?? 0),
  };
}

export const describe = (f: LoadFigures) =>
  `${f.requests} requests, ${f.failed} failed, ${f.serverErrors} × 5xx, p95 ${f.p95ms} ms (${Object.entries(f.statuses)
    .map(([status, count]) => `${count} × ${status}`)
    .join(", ")})`;
