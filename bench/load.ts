// A small closed-loop HTTP load generator: N connections (keep-alive), each
// sending the next request when the previous answer is in, for a fixed time.
// Every latency is kept, so the percentiles are exact.
import http from "node:http";

export type LoadResult = {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  statuses: Record<number, number>;
};

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export async function runLoad(options: {
  url: string;
  connections: number;
  seconds: number;
  method?: string;
  /** Fixed headers, or per request (e.g. another user's cookie each time). */
  headers?: Record<string, string> | ((i: number) => Record<string, string>);
  body?: (i: number) => string | undefined;
}): Promise<LoadResult> {
  const target = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  const statuses: Record<number, number> = {};
  let sent = 0;
  const deadline = performance.now() + options.seconds * 1000;

  const once = () =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const i = sent++;
      const body = options.body?.(i);
      const headers = typeof options.headers === "function" ? options.headers(i) : options.headers;
      const req = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname + target.search,
          method: options.method ?? "GET",
          headers: { ...headers, ...(body ? { "content-length": Buffer.byteLength(body) } : {}) },
        },
        (res) => {
          res.resume();
          res.on("end", () => {
            latencies.push(performance.now() - started);
            const status = res.statusCode ?? 0;
            statuses[status] = (statuses[status] ?? 0) + 1;
            if (status >= 300) non2xx++;
            resolve();
          });
        },
      );
      req.on("error", () => {
        errors++;
        resolve();
      });
      if (body) req.write(body);
      req.end();
    });

  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (performance.now() < deadline) await once();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
    non2xx,
    statuses,
  };
}
