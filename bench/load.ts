// A small closed-loop HTTP load generator: N connections (keep-alive), each
// sending the next request when the previous answer is in, for a fixed time.
// Every latency is kept, so the percentiles are exact.
//
// `runLoad` loads one URL; `runInterleaved` loads several in rounds of short
// slices, round-robin (the starting target rotates each round), so that drift
// on a shared machine (other processes, CPU frequency, GC, caches warming)
// falls on every target alike, and aggregates per target. bench/load-child.ts
// runs `runInterleaved` in its own process, so that it can be pinned to
// another core than the server (`taskset`).
import http from "node:http";

export type LoadResult = {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** 2xx HTML answers carrying a failed Suspense boundary's digest (`dgst`): a part of the page failed. */
  streamErrors: number;
  statuses: Record<number, number>;
};

export type InterleavedTarget = { name: string; url: string; headers?: Record<string, string> };

export type InterleavedSpec = {
  targets: InterleavedTarget[];
  connections: number;
  /** Seconds per slice (one target's turn in a round). */
  slice: number;
  rounds: number;
  /** Seconds per target of warm-up, not counted, before the first round. */
  warmup: number;
};

export type InterleavedResult = LoadResult & { name: string; seconds: number };

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

type Tally = {
  latencies: number[];
  errors: number;
  non2xx: number;
  streamErrors: number;
  statuses: Record<number, number>;
};

const newTally = (): Tally => ({ latencies: [], errors: 0, non2xx: 0, streamErrors: 0, statuses: {} });

/**
 * React marks a Suspense boundary that failed on the server with its error's
 * digest: `<template data-dgst=…>` in the shell, or, once streaming, the
 * inlined `$RX` instruction that sets `dataset.dgst`. Both contain this.
 */
const DIGEST_MARK = "dgst";

type RequestOptions = {
  url: string;
  method?: string;
  /** Fixed headers, or per request (e.g. another user's cookie each time). */
  headers?: Record<string, string> | ((i: number) => Record<string, string>);
  body?: (i: number) => string | undefined;
  /** Keep going past `seconds` until this many answers are in (at most `maxSeconds`). */
  minRequests?: number;
  maxSeconds?: number;
};

/** `connections` loops sending requests until `seconds` have passed; returns the elapsed seconds. */
async function drive(
  options: RequestOptions & { connections: number; seconds: number },
  agent: http.Agent,
  tally: Tally,
): Promise<number> {
  const target = new URL(options.url);
  let sent = 0;
  const deadline = performance.now() + options.seconds * 1000;
  const hardDeadline = performance.now() + Math.max(options.seconds, options.maxSeconds ?? 0) * 1000;
  const answered = tally.latencies.length;
  const going = () => {
    const now = performance.now();
    if (now < deadline) return true;
    return now < hardDeadline && tally.latencies.length - answered < (options.minRequests ?? 0);
  };

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
          const html = String(res.headers["content-type"] ?? "").startsWith("text/html");
          let tail = "";
          let failedPart = false;
          res.setEncoding("latin1");
          res.on("data", (chunk: string) => {
            if (!html || failedPart) return;
            const text = tail + chunk;
            if (text.includes(DIGEST_MARK)) failedPart = true;
            tail = text.slice(-DIGEST_MARK.length);
          });
          res.on("end", () => {
            tally.latencies.push(performance.now() - started);
            const status = res.statusCode ?? 0;
            tally.statuses[status] = (tally.statuses[status] ?? 0) + 1;
            if (status >= 300) tally.non2xx++;
            else if (failedPart) tally.streamErrors++;
            resolve();
          });
        },
      );
      req.on("error", () => {
        tally.errors++;
        resolve();
      });
      if (body) req.write(body);
      req.end();
    });

  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (going()) await once();
    }),
  );
  return (performance.now() - started) / 1000;
}

function summarise(tally: Tally, seconds: number): LoadResult {
  const latencies = tally.latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: tally.errors,
    non2xx: tally.non2xx,
    streamErrors: tally.streamErrors,
    statuses: tally.statuses,
  };
}

export async function runLoad(options: RequestOptions & { connections: number; seconds: number }): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const tally = newTally();
  try {
    const elapsed = await drive(options, agent, tally);
    return summarise(tally, elapsed);
  } finally {
    agent.destroy();
  }
}

export async function runInterleaved(spec: InterleavedSpec): Promise<InterleavedResult[]> {
  const agents = spec.targets.map(() => new http.Agent({ keepAlive: true, maxSockets: spec.connections }));
  const tallies = spec.targets.map(newTally);
  const seconds = spec.targets.map(() => 0);
  try {
    if (spec.warmup > 0) {
      for (const [i, target] of spec.targets.entries()) {
        await drive({ ...target, connections: spec.connections, seconds: spec.warmup }, agents[i]!, newTally());
      }
    }
    for (let round = 0; round < spec.rounds; round++) {
      for (let k = 0; k < spec.targets.length; k++) {
        const i = (round + k) % spec.targets.length;
        const target = spec.targets[i]!;
        seconds[i]! += await drive(
          { ...target, connections: spec.connections, seconds: spec.slice },
          agents[i]!,
          tallies[i]!,
        );
      }
    }
    return spec.targets.map((target, i) => ({
      name: target.name,
      seconds: seconds[i]!,
      ...summarise(tallies[i]!, seconds[i]!),
    }));
  } finally {
    for (const agent of agents) agent.destroy();
  }
}
