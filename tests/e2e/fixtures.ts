// Shared end-to-end fixtures: an axe scan of every page a test visits (also
// at 320 px, and recorded for the route coverage check), mail captured by the
// test SMTP server, and signed-in sessions.
import { randomBytes } from "node:crypto";
import { appendFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page, type Request, type Response } from "@playwright/test";
import pg from "pg";
import { UPSERT_TAGS_SQL } from "@/lib/cache/tag-store";
import { scanDir, type Scan } from "../support/route-coverage";
import { mailsTo as readMails, type CapturedMail } from "../support/smtp";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
export const DEMO_URL = `http://127.0.0.1:${PORT + 1}`;
/** An instance started with AUTH_URL set to its own public address. */
export const AUTH_URL_URL = `http://127.0.0.1:${PORT + 2}`;
/** A forwarding proxy in front of a TRUST_PROXY=1 instance (tests/support/forwarding-proxy.ts). */
export const PROXY_URL = `http://127.0.0.1:${PORT + 4}`;
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
/** Rules of those levels that axe leaves off by default as experimental. */
const EXPERIMENTAL_RULES = ["label-content-name-mismatch"];
/** WCAG 1.4.10 Reflow: content in 320 CSS px without scrolling in two directions. */
export const REFLOW_WIDTH = 320;

/**
 * Runs axe on the page as it is now and fails on any violation; then checks
 * that the page reflows at 320 px; then records the scan for the route
 * coverage check (tests/support/route-coverage.ts).
 */
export async function expectAccessible(page: Page) {
  trackActions(page);
  await page.waitForLoadState("domcontentloaded");
  await settled(page);
  // Next streams metadata: after a client-side navigation the <title> arrives
  // a moment after the content. Every page must end up with one.
  await expect.poll(() => page.title(), { message: `a <title> on ${page.url()}` }).not.toBe("");
  const rules = Object.fromEntries(EXPERIMENTAL_RULES.map((id) => [id, { enabled: true }]));
  // options() replaces the builder's options: it comes before withTags().
  const results = await new AxeBuilder({ page }).options({ rules }).withTags(AXE_TAGS).analyze();
  expect(violations(results), `axe violations on ${page.url()}`).toEqual([]);
  await expectReflow(page);
  scanned.add(normalise(page.url()));
  await recordScan(page);
}

/** Server action requests (the POSTs a form sends with a Next-Action header) still under way, per page. */
const actionsInFlight = new WeakMap<Page, Set<Request>>();

function trackActions(page: Page) {
  if (actionsInFlight.has(page)) return;
  const inFlight = new Set<Request>();
  actionsInFlight.set(page, inFlight);
  page.on("request", (request) => {
    if (request.headers()["next-action"]) inFlight.add(request);
  });
  page.on("requestfinished", (request) => inFlight.delete(request));
  page.on("requestfailed", (request) => inFlight.delete(request));
}

/**
 * A saved form shows its message as soon as the action's result arrives, but the
 * same response goes on to stream the page's refreshed tree and its metadata:
 * while that lands, the old <title> is gone and the new one not yet in. Scan
 * only once every action response has finished and the browser has painted it.
 */
async function settled(page: Page) {
  const inFlight = actionsInFlight.get(page)!;
  await expect.poll(() => inFlight.size, { message: `server actions still under way on ${page.url()}` }).toBe(0);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;
const violations = (results: AxeResults) =>
  results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`,
  );

/**
 * At 320 CSS px the page itself must not scroll sideways; a wide table may
 * scroll inside its own region, which a keyboard user must then be able to
 * reach (axe's scrollable-region-focusable, run at this width).
 */
async function expectReflow(page: Page) {
  const viewport = page.viewportSize();
  if (viewport && viewport.width !== REFLOW_WIDTH) {
    await page.setViewportSize({ width: REFLOW_WIDTH, height: viewport.height });
  }
  try {
    const overflowing = await page.evaluate(() => {
      const root = document.documentElement;
      if (root.scrollWidth <= root.clientWidth) return [];
      // The outermost elements that stick out, and not inside a region that scrolls, to say where to look.
      const sticksOut = (el: Element) => el.getBoundingClientRect().right > root.clientWidth + 0.5;
      const scrolled = (el: Element) => {
        for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
          if (getComputedStyle(up).overflowX !== "visible") return true;
        }
        return false;
      };
      return [...document.body.querySelectorAll("*")]
        .filter((el) => sticksOut(el) && !(el.parentElement && sticksOut(el.parentElement)) && !scrolled(el))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${[...el.classList].join(".")}`)
        .concat(`scrollWidth ${root.scrollWidth} > ${root.clientWidth}`);
    });
    expect(overflowing, `the page scrolls sideways at ${REFLOW_WIDTH} px: ${page.url()}`).toEqual([]);
    const regions = await new AxeBuilder({ page }).withRules(["scrollable-region-focusable"]).analyze();
    expect(violations(regions), `regions that scroll at ${REFLOW_WIDTH} px on ${page.url()}`).toEqual([]);
  } finally {
    if (viewport && viewport.width !== REFLOW_WIDTH) await page.setViewportSize(viewport);
  }
}

const normalise = (url: string) => url.split("#")[0]!;
const scanned = new Set<string>();
/** The latest document response of each page's main frame: its status belongs to the scan. */
const documents = new WeakMap<Page, { url: string; status: number }>();

async function recordScan(page: Page) {
  const url = new URL(page.url());
  const doc = documents.get(page);
  const cookies = await page.context().cookies(url.origin);
  const scan: Scan = {
    path: url.pathname,
    search: url.search,
    lang: await page.evaluate(() => document.documentElement.lang),
    sectionLangs: await page.evaluate(() => [
      ...new Set(
        [...document.querySelectorAll("main [lang]")]
          .filter((el) => el.querySelector("h1, h2, h3"))
          .map((el) => el.getAttribute("lang")!),
      ),
    ]),
    // A client-side navigation has no document response of its own.
    status: doc?.url === normalise(page.url()) ? doc.status : null,
    signedIn: cookies.some((c) => c.name.endsWith("authjs.session-token")),
    errorState: await page.evaluate(
      () => document.querySelector("[data-error-state]")?.getAttribute("data-error-state") as Scan["errorState"],
    ),
  };
  const dir = scanDir();
  mkdirSync(dir, { recursive: true });
  appendFileSync(path.join(dir, `scans-${process.pid}.jsonl`), `${JSON.stringify(scan)}\n`);
}

type Fixtures = { visited: string[] };

export const test = base.extend<Fixtures>({
  // Every URL the page shows (full loads and client-side navigations) must have been scanned by axe before the
  // test ends: "a scan of every page visited" is checked, not hoped for.
  visited: [
    async ({ page }, use) => {
      trackActions(page);
      const visited: string[] = [];
      page.on("framenavigated", (frame) => {
        if (frame === page.mainFrame()) visited.push(normalise(frame.url()));
      });
      page.on("response", (response) => {
        const request = response.request();
        if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
          documents.set(page, { url: normalise(response.url()), status: response.status() });
        }
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

/**
 * For data written past the app (a migration, an import): expires the cache
 * tags in every instance the way the job worker does (lib/cache/mutations.ts):
 * the rows and their times in one notification.
 */
export async function expireTags(tags: string[]): Promise<void> {
  const now = new Date();
  await query(UPSERT_TAGS_SQL, [tags, now, now]);
}

/**
 * The not-found page in place of a page. A page that Cache Components
 * prerenders (or an unmatched address) answers 404; one whose request-time
 * part finds nothing has already sent its shell, so it answers 200 and marks
 * itself noindex (ADR 17). Either way the page says so.
 */
export async function expectNotFound(page: Page, response: Response | null) {
  expect([200, 404], `status of ${page.url()}`).toContain(response?.status());
  await expect(page.locator("[data-error-state]")).toHaveAttribute("data-error-state", "not-found");
  if (response?.status() === 200) {
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  }
}
