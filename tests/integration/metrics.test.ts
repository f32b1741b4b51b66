// GET /api/metrics: off (404) until METRICS_TOKEN is set, then only for its
// bearer; Prometheus text whose every line parses; the API's requests counted
// by group, the job queue and the mail jobs as the Job table has them, the
// pool, mails, sign-ins and the process's own metrics.
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type * as NextServer from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as getLibrary } from "@/app/api/libraries/[id]/route";
import { GET as listLibraries } from "@/app/api/libraries/route";
import { GET as getMetrics } from "@/app/api/metrics/route";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { smtpMailer } from "@/lib/email";
import { setEnvForScripts } from "@/lib/env";
import { countSignIn } from "@/lib/metrics/registry";
import { startSmtpServer } from "../support/smtp";
import { apiRequest, routeParams } from "./support/api";

// The routes await connection() (never prerendered); a test has no request scope for it.
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof NextServer>()),
  connection: () => Promise.resolve(),
}));

const TOKEN = "metrics-token-for-the-tests-0123456789";
const MINUTE = 60_000;

let db: Db;

beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
});
afterAll(async () => {
  delete process.env.METRICS_TOKEN;
  setEnvForScripts({});
  await db.$disconnect();
});

function withToken(token: string | undefined) {
  if (token === undefined) delete process.env.METRICS_TOKEN;
  setEnvForScripts(token === undefined ? {} : { METRICS_TOKEN: token });
}

function scrapeRequest(authorization?: string): Request {
  const request = apiRequest("GET", "/api/metrics");
  return authorization ? new Request(request, { headers: { authorization } }) : request;
}

// The text format, line by line (https://prometheus.io/docs/instrumenting/exposition_formats/).
const NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
const LABEL = `[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\\\\n]|\\\\.)*"`;
const VALUE = "[+-]?(?:[0-9]*\\.?[0-9]+(?:[eE][+-]?[0-9]+)?|Inf|NaN)";
const SAMPLE = new RegExp(`^(${NAME})(\\{(?:${LABEL}(?:,${LABEL})*)?\\})? (${VALUE})$`, "i");
const COMMENT = new RegExp(`^# (?:HELP ${NAME} .*|TYPE ${NAME} (?:counter|gauge|histogram|summary|untyped))$`);

/** Every sample by `name{labels}` as written; throws on a line that is not the text format. */
function parse(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split("\n")) {
    if (line === "") continue;
    if (line.startsWith("#")) {
      expect(line, "a comment line").toMatch(COMMENT);
      continue;
    }
    const match = SAMPLE.exec(line);
    expect(match, `not a sample line: ${line}`).not.toBeNull();
    samples.set(`${match![1]}${match![2] ?? ""}`, Number(match![3]!.replace(/^nan$/i, "NaN")));
  }
  return samples;
}

async function scrape(): Promise<Map<string, number>> {
  const response = await getMetrics(scrapeRequest(`Bearer ${TOKEN}`), {});
  expect(response.status).toBe(200);
  return parse(await response.text());
}

describe("GET /api/metrics", () => {
  it("does not exist while METRICS_TOKEN is unset, whatever the request carries", async () => {
    withToken(undefined);
    for (const authorization of [undefined, `Bearer ${TOKEN}`, "Bearer "]) {
      const response = await getMetrics(scrapeRequest(authorization), {});
      expect(response.status).toBe(404);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("answers 401 without the bearer token or with another one", async () => {
    withToken(TOKEN);
    for (const authorization of [
      undefined,
      TOKEN,
      `Basic ${Buffer.from(`x:${TOKEN}`).toString("base64")}`,
      `Bearer ${TOKEN}x`,
      `Bearer ${TOKEN.slice(0, -1)}`,
      "Bearer",
    ]) {
      const response = await getMetrics(scrapeRequest(authorization), {});
      expect(response.status, String(authorization)).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(await response.text()).not.toContain("http_requests_total");
    }
  });

  it("answers the bearer with Prometheus text, never cached, with the request's id", async () => {
    withToken(TOKEN);
    const response = await getMetrics(scrapeRequest(`bearer ${TOKEN}`), {});
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const samples = parse(await response.text());
    // Node's own, prefixed.
    expect(samples.get("pike_process_cpu_seconds_total")).toBeGreaterThan(0);
    expect(samples.get("pike_process_resident_memory_bytes")).toBeGreaterThan(0);
    expect(samples.has("pike_nodejs_eventloop_lag_seconds")).toBe(true);
    for (const name of ["pike_mails_sent_total", "pike_mails_failed_total", "pike_sign_ins_total"]) {
      expect(samples.has(name), name).toBe(true);
    }
  });

  it("counts and times the API's requests by route group, method and status", async () => {
    withToken(TOKEN);
    const ok = 'http_requests_total{group="libraries",method="GET",status="200"}';
    const missing = 'http_requests_total{group="libraries",method="GET",status="404"}';
    const timed = 'http_request_duration_seconds_count{group="libraries",method="GET"}';
    const before = await scrape();

    expect((await listLibraries(apiRequest("GET", "/api/libraries"), {})).status).toBe(200);
    const unknown = "3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    const notFound = await getLibrary(apiRequest("GET", `/api/libraries/${unknown}`), routeParams({ id: unknown }));
    expect(notFound.status).toBe(404);
    expect((await health(apiRequest("GET", "/api/health"), {})).status).toBe(200);

    const after = await scrape();
    expect((after.get(ok) ?? 0) - (before.get(ok) ?? 0)).toBe(1);
    expect((after.get(missing) ?? 0) - (before.get(missing) ?? 0)).toBe(1);
    expect((after.get(timed) ?? 0) - (before.get(timed) ?? 0)).toBe(2);
    expect(after.get('http_request_duration_seconds_bucket{le="+Inf",group="libraries",method="GET"}')).toBe(
      after.get(timed),
    );
    expect(after.get('http_requests_total{group="health",method="GET",status="200"}')).toBeGreaterThanOrEqual(1);
    // The scrapes themselves are API requests too.
    expect(after.get('http_requests_total{group="metrics",method="GET",status="200"}')).toBeGreaterThanOrEqual(1);
  });

  it("reads the job queue and the last day's mail jobs from the Job table", async () => {
    withToken(TOKEN);
    await db.job.deleteMany({});
    const now = Date.now();
    const at = (minutes: number) => new Date(now + minutes * MINUTE);
    const mail = { name: "email.enrolmentConfirmed", payload: {} };
    await db.job.createMany({
      data: [
        { ...mail, runAt: at(-20) },
        { ...mail, runAt: at(-5) },
        { ...mail, runAt: at(-30), attempts: 1, lockedUntil: at(9) },
        { ...mail, runAt: at(60), attempts: 2, lastError: "ECONNREFUSED" },
        { ...mail, runAt: at(24 * 60) },
        { ...mail, runAt: at(-70), attempts: 1, completedAt: at(-60) },
        { ...mail, runAt: at(-180), attempts: 25, failedAt: at(-120), lastError: "gave up" },
        { ...mail, runAt: at(-4 * 24 * 60), attempts: 1, completedAt: at(-3 * 24 * 60) },
      ],
    });

    const samples = await scrape();
    expect(samples.get('pike_job_queue_jobs{state="due"}')).toBe(2);
    expect(samples.get('pike_job_queue_jobs{state="running"}')).toBe(1);
    expect(samples.get('pike_job_queue_jobs{state="scheduled"}')).toBe(2);
    expect(samples.get("pike_job_queue_retrying")).toBe(1);
    const age = samples.get("pike_job_queue_oldest_due_age_seconds")!;
    expect(age).toBeGreaterThanOrEqual(20 * 60 - 5);
    expect(age).toBeLessThan(21 * 60);
    expect(samples.get('pike_mail_jobs_24h{outcome="completed"}')).toBe(1);
    expect(samples.get('pike_mail_jobs_24h{outcome="failed"}')).toBe(1);

    // Once the worker has caught up, nothing waits.
    await db.job.updateMany({ where: { completedAt: null, failedAt: null }, data: { completedAt: new Date() } });
    const caughtUp = await scrape();
    expect(caughtUp.get('pike_job_queue_jobs{state="due"}')).toBe(0);
    expect(caughtUp.get("pike_job_queue_oldest_due_age_seconds")).toBe(0);
    expect(caughtUp.get('pike_mail_jobs_24h{outcome="completed"}')).toBe(6);
  });

  it("shows the app's database pool", async () => {
    withToken(TOKEN);
    const samples = await scrape();
    expect(samples.get("pike_db_pool_max_clients")).toBe(10);
    expect(samples.get("pike_db_pool_clients")).toBeGreaterThanOrEqual(1);
    expect(samples.get("pike_db_pool_idle_clients")).toBeLessThanOrEqual(samples.get("pike_db_pool_clients")!);
    expect(samples.get("pike_db_pool_waiting_requests")).toBe(0);
  });

  it("counts the mails this process handed to SMTP, sent and failed, and sign-ins", async () => {
    withToken(TOKEN);
    const before = await scrape();
    const port = await freePort();
    const mail = { to: "someone@example.test", subject: "Hei", text: "Testi" };

    await expect(smtpMailer(`smtp://127.0.0.1:${port}`, "PiKe <noreply@pike.test>")(mail)).rejects.toThrow();
    const smtp = await startSmtpServer(mkdtempSync(path.join(tmpdir(), "pike-metrics-mail-")), port);
    try {
      await smtpMailer(`smtp://127.0.0.1:${port}`, "PiKe <noreply@pike.test>")(mail);
    } finally {
      await smtp.close();
    }
    countSignIn();

    const after = await scrape();
    const delta = (name: string) => (after.get(name) ?? 0) - (before.get(name) ?? 0);
    expect(delta("pike_mails_failed_total")).toBe(1);
    expect(delta("pike_mails_sent_total")).toBe(1);
    expect(delta("pike_sign_ins_total")).toBe(1);
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === "object" && address ? address.port : 0;
}
