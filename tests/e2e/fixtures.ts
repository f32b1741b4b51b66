// Shared end-to-end fixtures: an axe scan of every page a test visits, mail
// captured by the test SMTP server, and signed-in sessions.
import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import pg from "pg";
import { mailsTo as readMails, type CapturedMail } from "../support/smtp";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
export const DEMO_URL = `http://127.0.0.1:${PORT + 1}`;
/** An instance started with AUTH_URL set to its own public address. */
export const AUTH_URL_URL = `http://127.0.0.1:${PORT + 2}`;
/** A forwarding proxy in front of a TRUST_PROXY=1 instance (tests/support/forwarding-proxy.ts). */
export const PROXY_URL = `http://127.0.0.1:${PORT + 4}`;
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Runs axe on the page as it is now and fails on any violation. */
export async function expectAccessible(page: Page) {
  await page.waitForLoadState("domcontentloaded");
  // Next streams metadata: after a client-side navigation the <title> arrives
  // a moment after the content. Every page must end up with one.
  await expect.poll(() => page.title(), { message: `a <title> on ${page.url()}` }).not.toBe("");
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
  scanned.add(normalise(page.url()));
}

const normalise = (url: string) => url.split("#")[0]!;
const scanned = new Set<string>();

type Fixtures = { visited: string[] };

export const test = base.extend<Fixtures>({
  // Every URL the page shows (full loads and client-side navigations) must have been scanned by axe before the
  // test ends: "a scan of every page visited" is checked, not hoped for.
  visited: [
    async ({ page }, use) => {
      const visited: string[] = [];
      page.on("framenavigated", (frame) => {
        if (frame === page.mainFrame()) visited.push(normalise(frame.url()));
      });
      scanned.clear();
      await use(visited);
      const unscanned = [...new Set(visited)].filter((u) => !scanned.has(u) && !u.startsWith("about:"));
      expect(unscanned, "pages visited without an axe scan").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Navigate and scan. */
export async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  await expectAccessible(page);
  return response;
}

const mailDir = () => process.env.E2E_MAIL_DIR ?? ".data/e2e-mail";

export async function waitForMail(recipient: string, count = 1): Promise<CapturedMail> {
  let mails: CapturedMail[] = [];
  await expect
    .poll(() => (mails = readMails(mailDir(), recipient)).length, { timeout: 15_000, message: `mail to ${recipient}` })
    .toBeGreaterThanOrEqual(count);
  return mails[count - 1]!;
}

export const mailCount = (recipient: string) => readMails(mailDir(), recipient).length;

/** All mails captured so far for a recipient, oldest first. */
export const mailsTo = (recipient: string) => readMails(mailDir(), recipient);

export function linkIn(mail: CapturedMail): string {
  const link = /https?:\/\/\S+\/kirjaudu\/vahvista\?\S+/.exec(mail.text)?.[0];
  if (!link) throw new Error(`no sign-in link in: ${mail.text}`);
  return link;
}

/** A database session for a user, as Auth.js would store it; sets the cookie. */
export async function signInWithSession(page: Page, email: string, baseUrl = BASE_URL) {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const token = randomBytes(32).toString("hex");
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
    if (!rows[0]) throw new Error(`no user ${email}`);
    await client.query(
      `INSERT INTO "Session" ("sessionToken", "userId", "expires") VALUES ($1, $2, now() + interval '1 day')`,
      [token, rows[0].id],
    );
    await page
      .context()
      .addCookies([{ name: "authjs.session-token", value: token, url: baseUrl, httpOnly: true, sameSite: "Lax" }]);
  } finally {
    await client.end();
  }
}

export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
