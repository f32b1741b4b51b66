import { request, Server, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  databaseDownSince,
  isDatabaseDown,
  PROBE_INTERVAL_MS,
  reportDatabaseAvailable,
  reportDatabaseUnavailable,
} from "@/lib/db/availability";
import { gateKind, gateLocale, installOutageGate } from "@/lib/http/outage-gate";
import { DATABASE_RETRY_AFTER_SECONDS } from "@/lib/http/db-errors";
import { outagePage } from "@/lib/http/outage-page";

// Nothing listens on port 1: the gate's own probe fails at once and the outage stays.
const DEAD_DATABASE = "postgresql://postgres@127.0.0.1:1/none";

// A subclass, so the gate goes on this test's servers only, not on every server of the worker.
class GatedServer extends Server {}
installOutageGate(DEAD_DATABASE, GatedServer.prototype);
installOutageGate(DEAD_DATABASE, GatedServer.prototype); // twice: installed once

const server = new GatedServer((_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(200, { "Content-Type": "text/plain" });
  res.end("the app");
});
let base = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => reportDatabaseAvailable());

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };
function send(path: string, options: { method?: string; cookie?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      { method: options.method ?? "GET", headers: options.cookie ? { cookie: options.cookie } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
        );
      },
    );
    req.on("error", reject).end();
  });
}

describe("what the gate answers for", () => {
  it.each([
    ["/", "page"],
    ["/koulutukset", "page"],
    ["/en/kokoukset/3f0c", "page"],
    ["/omat-koulutukset", "page"],
    ["/api/trainings", "api"],
    ["/api/trainings/x/enrolments", "api"],
    ["/api/health", null],
    ["/api/metrics", null],
    ["/_next/static/chunks/app.js", null],
    ["/favicon.ico", null],
    ["/robots.txt", null],
    ["/kit-photos/pike-boksi.webp", null],
  ])("%s → %s", (path, kind) => {
    expect(gateKind(path)).toBe(kind);
  });

  it("speaks the path's language, else the language cookie's, else Finnish", () => {
    expect(gateLocale("/en/koulutukset", undefined)).toBe("en");
    expect(gateLocale("/fi/koulutukset", "pike-locale=en")).toBe("fi");
    expect(gateLocale("/koulutukset", "a=b; pike-locale=en")).toBe("en");
    expect(gateLocale("/koulutukset", "pike-locale=sv")).toBe("fi");
    expect(gateLocale("/english", undefined)).toBe("fi");
  });
});

describe("the outage page", () => {
  it("is in the reader's language first, the other below, each part with its lang", () => {
    const fi = outagePage("fi", "/koulutukset");
    expect(fi).toMatch(/^<!doctype html>\n<html lang="fi">/);
    expect(fi).toContain("<title>Palvelu on tilapäisesti poissa käytöstä – PiKe-portaali</title>");
    expect(fi.indexOf('<section lang="fi">')).toBeLessThan(fi.indexOf('<section lang="en">'));
    expect(fi).toMatch(/<section lang="fi">\s*<h1>Palvelu on tilapäisesti poissa käytöstä<\/h1>/);
    expect(fi).toMatch(/<section lang="en">\s*<h2>The service is temporarily unavailable<\/h2>/);
    const en = outagePage("en", "/en/koulutukset");
    expect(en).toMatch(/<html lang="en">/);
    expect(en).toMatch(/<section lang="en">\s*<h1>/);
    expect(en).not.toContain("<script");
  });

  it("links back to the page asked for, escaped", () => {
    const page = outagePage("fi", `/haku?q="><script>alert(1)</script>`);
    expect(page).toContain(`href="/haku?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"`);
    expect(page).not.toContain("<script>alert");
  });
});

describe("the availability state", () => {
  it("is down from the first report until a probe answers, probing at most once a second", async () => {
    let probes = 0;
    let answer = false;
    const probe = () => {
      probes += 1;
      return Promise.resolve(answer);
    };
    expect(isDatabaseDown("postgresql://x", 0, probe)).toBe(false);
    expect(probes).toBe(0);

    reportDatabaseUnavailable(1_000);
    reportDatabaseUnavailable(1_500); // a later report keeps the first time
    expect(databaseDownSince()).toBe(1_000);
    expect(isDatabaseDown("postgresql://x", 1_000, probe)).toBe(true);
    expect(probes).toBe(1);
    await Promise.resolve();
    expect(isDatabaseDown("postgresql://x", 1_000 + PROBE_INTERVAL_MS - 1, probe)).toBe(true);
    expect(probes).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 0));

    answer = true;
    expect(isDatabaseDown("postgresql://x", 1_000 + PROBE_INTERVAL_MS, probe)).toBe(true);
    expect(probes).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(isDatabaseDown("postgresql://x", 1_000 + PROBE_INTERVAL_MS + 1, probe)).toBe(false);
    expect(databaseDownSince()).toBeNull();
  });

  it("never probes without a database address", () => {
    let probes = 0;
    reportDatabaseUnavailable(0);
    expect(
      isDatabaseDown(undefined, 5_000, () => {
        probes += 1;
        return Promise.resolve(true);
      }),
    ).toBe(true);
    expect(probes).toBe(0);
  });
});

describe("a server behind the gate", () => {
  it("passes everything on while the database is up", async () => {
    expect(await send("/koulutukset")).toMatchObject({ status: 200, body: "the app" });
    expect(await send("/api/trainings")).toMatchObject({ status: 200, body: "the app" });
  });

  it("answers pages with the 503 page while it is down", async () => {
    reportDatabaseUnavailable();
    const page = await send("/omat-koulutukset", { cookie: "pike-locale=en" });
    expect(page.status).toBe(503);
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.headers["retry-after"]).toBe(String(DATABASE_RETRY_AFTER_SECONDS));
    expect(page.headers["cache-control"]).toBe("no-store");
    expect(page.headers["content-security-policy"]).toContain("default-src 'none'");
    expect(page.body).toMatch(/<html lang="en">/);
    expect(page.body).toContain("The service is temporarily unavailable");

    const head = await send("/koulutukset", { method: "HEAD" });
    expect(head).toMatchObject({ status: 503, body: "" });
  });

  it("answers API calls with a 503 JSON error, and lets health, metrics and files through", async () => {
    reportDatabaseUnavailable();
    const api = await send("/api/trainings");
    expect(api.status).toBe(503);
    expect(api.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(api.body)).toEqual({
      error: { code: "DATABASE_UNAVAILABLE", message: "The database is not available. Try again shortly." },
    });
    for (const path of ["/api/health", "/api/metrics", "/_next/static/chunks/a.js", "/robots.txt"]) {
      expect(await send(path), path).toMatchObject({ status: 200, body: "the app" });
    }
  });

  it("opens again once the database is back", async () => {
    reportDatabaseUnavailable();
    expect((await send("/")).status).toBe(503);
    reportDatabaseAvailable();
    expect(await send("/")).toMatchObject({ status: 200, body: "the app" });
  });
});
