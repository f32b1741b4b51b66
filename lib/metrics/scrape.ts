// GET /api/metrics: who may scrape, and what they get. The database's gauges
// are read here, when scraped, and never on a request's path.
import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { Gauge } from "prom-client";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/http/errors";
import { log } from "@/lib/log";
import { appPoolUse, jobQueueFigures, type JobQueueFigures } from "./data";
import { metrics, type Metrics } from "./registry";

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Compared in the same time whatever is given: both sides are hashed to one length first. */
export function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Without METRICS_TOKEN the address does not exist (404), so the metrics are
 * never public by accident; with it, only `Authorization: Bearer <token>`.
 */
export function authorizeScrape(headers: Headers): void {
  const expected = env().METRICS_TOKEN;
  if (!expected) throw notFound();
  const given = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "")?.[1];
  if (!given || !tokenMatches(given, expected)) {
    throw new AppError("UNAUTHENTICATED", "A valid bearer token is required.", undefined, {
      "WWW-Authenticate": 'Bearer realm="metrics"',
    });
  }
}

/** A scrape waits at most this long for the job queue's statement. */
const QUEUE_TIMEOUT_MS = 2_000;

/**
 * The job queue's figures, one statement per scrape: the gauges of a scrape
 * are collected at once and share the statement in flight. Null when the
 * database does not answer: the scrape still succeeds (process, HTTP and pool
 * metrics are what an outage needs most) and the queue's gauges say NaN.
 */
function sharedQueueFigures(): () => Promise<JobQueueFigures | null> {
  let inFlight: Promise<JobQueueFigures | null> | null = null;
  return () => {
    if (inFlight) return inFlight;
    let timer: NodeJS.Timeout | undefined;
    inFlight = Promise.race([
      jobQueueFigures(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("job queue figures timed out")), QUEUE_TIMEOUT_MS);
      }),
    ])
      .catch((error: unknown) => {
        log.warn({ err: error instanceof Error ? error.message : String(error) }, "metrics: job queue unreadable");
        return null;
      })
      .finally(() => {
        clearTimeout(timer);
        inFlight = null;
      });
    return inFlight;
  };
}

function registerDatabaseGauges(m: Metrics): void {
  const registers = [m.registry];
  const pool = (field: "total" | "idle" | "waiting" | "max") =>
    function (this: Gauge) {
      this.set(appPoolUse()?.[field] ?? NaN);
    };
  new Gauge({
    name: "pike_db_pool_clients",
    help: "Connections the app's database pool holds open, in use or idle",
    registers,
    collect: pool("total"),
  });
  new Gauge({
    name: "pike_db_pool_idle_clients",
    help: "Open connections not in use",
    registers,
    collect: pool("idle"),
  });
  new Gauge({
    name: "pike_db_pool_waiting_requests",
    help: "Queries waiting for a connection (the pool is exhausted, or the database is unreachable)",
    registers,
    collect: pool("waiting"),
  });
  new Gauge({ name: "pike_db_pool_max_clients", help: "The pool's size limit", registers, collect: pool("max") });

  const figures = sharedQueueFigures();
  new Gauge({
    name: "pike_job_queue_jobs",
    help: "Unfinished jobs: due (waiting for a worker), running (locked by one), scheduled (not due yet, retries included)",
    labelNames: ["state"] as const,
    registers,
    async collect() {
      const f = await figures();
      for (const state of ["due", "running", "scheduled"] as const) this.set({ state }, f?.[state] ?? NaN);
    },
  });
  new Gauge({
    name: "pike_job_queue_retrying",
    help: "Unfinished jobs that have failed at least once",
    registers,
    async collect() {
      this.set((await figures())?.retrying ?? NaN);
    },
  });
  new Gauge({
    name: "pike_job_queue_oldest_due_age_seconds",
    help: "How long the longest-waiting due job has waited since it became due (0: none waits)",
    registers,
    async collect() {
      this.set((await figures())?.oldestDueAgeSeconds ?? NaN);
    },
  });
  new Gauge({
    name: "pike_mail_jobs_24h",
    help: "Mail jobs finished in the last 24 hours by every worker: completed (sent, or no longer applicable) or failed for good",
    labelNames: ["outcome"] as const,
    registers,
    async collect() {
      const f = await figures();
      this.set({ outcome: "completed" }, f?.mailsCompleted24h ?? NaN);
      this.set({ outcome: "failed" }, f?.mailsFailed24h ?? NaN);
    },
  });
}

/** The Prometheus text of this process, with its content type. */
export async function scrapeMetrics(): Promise<{ text: string; contentType: string }> {
  const m = metrics();
  if (!m.databaseGauges) {
    registerDatabaseGauges(m);
    m.databaseGauges = true;
  }
  return { text: await m.registry.metrics(), contentType: m.registry.contentType };
}
