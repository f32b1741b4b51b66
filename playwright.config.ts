import { defineConfig, devices } from "@playwright/test";
import { E2E_AUTH_SECRET } from "./tests/e2e/auth-secret";

// Run through `npm run test:e2e` (scripts/e2e.ts), which prepares the
// database, the SMTP server and the build, and passes them here.
const databaseUrl = process.env.E2E_DATABASE_URL ?? "";
const smtpUrl = process.env.E2E_SMTP_URL ?? "";
// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const DEMO_PORT = PORT + 1;
// Sign-in however Auth.js is configured: one instance with AUTH_URL set, one
// behind a forwarding proxy with TRUST_PROXY=1 (tests/e2e/auth.spec.ts).
const AUTH_URL_PORT = PORT + 2;
const PROXIED_PORT = PORT + 3;
const PROXY_PORT = PORT + 4;

const serverEnv = {
  DATABASE_URL: databaseUrl,
  SMTP_URL: smtpUrl,
  EMAIL_FROM: "PiKe-portaali <noreply@pike-portaali.test>",
  AUTH_SECRET: E2E_AUTH_SECRET,
  LOG_LEVEL: "warn",
  TZ: "America/Sao_Paulo",
};

const BASE_URL = `http://127.0.0.1:${PORT}`;
const DEMO_URL = `http://127.0.0.1:${DEMO_PORT}`;
const AUTH_URL_URL = `http://127.0.0.1:${AUTH_URL_PORT}`;
const PROXY_URL = `http://127.0.0.1:${PROXY_PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // The journeys visit a dozen pages each with an axe scan per page and
  // state; on a 2-core machine one such test can take over a minute.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    ...devices["Desktop Chrome"],
    baseURL: BASE_URL,
    locale: "fi-FI",
    timezoneId: "Europe/Helsinki",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    {
      command: `node node_modules/next/dist/bin/next start -p ${PORT} -H 127.0.0.1`,
      url: `${BASE_URL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      // The public address, as production sets it: cached pages are rendered
      // once for everyone, so absolute links (the social image) cannot come
      // from a request's Host.
      env: { ...serverEnv, DEMO_MODE: "0", APP_URL: BASE_URL },
      stdout: "pipe",
    },
    {
      command: `node node_modules/next/dist/bin/next start -p ${DEMO_PORT} -H 127.0.0.1`,
      url: `${DEMO_URL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ...serverEnv, DEMO_MODE: "1" },
      stdout: "pipe",
    },
    {
      // Started the way Auth.js documents a deployment: AUTH_URL is the public address.
      command: `node node_modules/next/dist/bin/next start -p ${AUTH_URL_PORT} -H 127.0.0.1`,
      url: `${AUTH_URL_URL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ...serverEnv, DEMO_MODE: "0", AUTH_URL: AUTH_URL_URL },
      stdout: "pipe",
    },
    {
      // Behind a proxy: reached only through the one below, which names the public address in X-Forwarded-Host.
      command: `node node_modules/next/dist/bin/next start -p ${PROXIED_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PROXIED_PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ...serverEnv, DEMO_MODE: "0", TRUST_PROXY: "1" },
      stdout: "pipe",
    },
    {
      command: `node node_modules/tsx/dist/cli.mjs tests/support/forwarding-proxy.ts ${PROXY_PORT} ${PROXIED_PORT}`,
      url: `${PROXY_URL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
