import { defineConfig, devices } from "@playwright/test";
import { E2E_AUTH_SECRET } from "./tests/e2e/auth-secret";

// Run through `npm run test:e2e` (scripts/e2e.ts), which prepares the
// database, the SMTP server and the build, and passes them here.
const databaseUrl = process.env.E2E_DATABASE_URL ?? "";
const smtpUrl = process.env.E2E_SMTP_URL ?? "";
// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const DEMO_PORT = PORT + 1;

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
      env: { ...serverEnv, DEMO_MODE: "0" },
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
  ],
});
