// The process's Prometheus metrics (GET /api/metrics, docs/deploy/monitoring.md).
// One registry per process, each instance scraped on its own. Kept on
// globalThis: Next's dev server reloads modules and route bundles may carry
// their own copy of this file, and a second set would count apart from the
// first (or fail: a name registers once).
import "server-only";
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";

/** Seconds; from a cached page (a few ms) to the slowest export. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "pike_" });
  const registers = [registry];
  return {
    registry,
    httpRequests: new Counter({
      name: "http_requests_total",
      help: "API requests answered, by route group (the path segment after /api), method and status",
      labelNames: ["group", "method", "status"] as const,
      registers,
    }),
    httpDuration: new Histogram({
      name: "http_request_duration_seconds",
      help: "Seconds until an API route handler had its response (a streamed body's transfer not included)",
      labelNames: ["group", "method"] as const,
      buckets: DURATION_BUCKETS,
      registers,
    }),
    mailsSent: new Counter({
      name: "pike_mails_sent_total",
      help: "Mails this process handed to the SMTP server (an app: sign-in links; a worker: the queue's mails, see pike_mail_jobs_24h)",
      registers,
    }),
    mailsFailed: new Counter({
      name: "pike_mails_failed_total",
      help: "Mails the SMTP server refused or did not answer for, in this process (a queued mail is then retried)",
      registers,
    }),
    signIns: new Counter({
      name: "pike_sign_ins_total",
      help: "Sessions begun through a sign-in link, in this process",
      registers,
    }),
    /** Set once the database gauges are registered (lib/metrics/scrape.ts). */
    databaseGauges: false,
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

const globalForMetrics = globalThis as unknown as { __pikeMetrics?: Metrics };

export function metrics(): Metrics {
  globalForMetrics.__pikeMetrics ??= createMetrics();
  return globalForMetrics.__pikeMetrics;
}

export function countMail(outcome: "sent" | "failed"): void {
  (outcome === "sent" ? metrics().mailsSent : metrics().mailsFailed).inc();
}

export function countSignIn(): void {
  metrics().signIns.inc();
}
