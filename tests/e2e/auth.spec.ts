import type { Page } from "@playwright/test";
import {
  AUTH_URL_URL,
  BASE_URL,
  DEMO_URL,
  expect,
  expectAccessible,
  linkIn,
  mailCount,
  query,
  test,
  visit,
  expectNotFound,
  PROXY_URL,
  waitForMail,
} from "./fixtures";

/**
 * The whole journey on one origin: ask for a link on the sign-in page of a
 * page that needs signing in, read the mail (its link names that origin), let
 * a mail scanner prefetch the link (nothing used up), open it, confirm, and
 * land signed in on the page asked for — on the same origin throughout.
 */
async function signInByLink(page: Page, origin: string, email: string, person: string) {
  const landing = "/omat-tiedot";
  const before = mailCount(email);
  await visit(page, `${origin}/kirjaudu?callbackUrl=${encodeURIComponent(landing)}`);
  await page.getByLabel("Työsähköposti").fill(email);
  await page.getByRole("button", { name: "Lähetä kirjautumislinkki" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("kirjautumislinkki on matkalla");
  await expectAccessible(page);

  const mail = await waitForMail(email, before + 1);
  const link = linkIn(mail);
  expect(new URL(link).origin).toBe(origin);
  expect(new URL(link).pathname).toBe("/kirjaudu/vahvista");

  // A mail scanner's prefetch (a plain GET) must not use the link up.
  expect((await page.request.get(link)).status()).toBe(200);

  await visit(page, link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vahvista kirjautuminen");
  await page.getByRole("button", { name: "Kirjaudu sisään" }).click();
  await expect(page).toHaveURL(`${origin}${landing}`);
  await expectAccessible(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Omat tiedot");
  await expect(page.getByRole("main").getByText(email, { exact: true })).toBeVisible();
  await expect(page.getByRole("banner").getByText(person, { exact: true })).toBeVisible();
  return link;
}

test.describe("sign-in however Auth.js is configured", () => {
  for (const { how, origin, email, person } of [
    { how: "AUTH_URL unset", origin: BASE_URL, email: "kaisa@jkl.fi", person: "Kaisa" },
    { how: "AUTH_URL set to the public address", origin: AUTH_URL_URL, email: "johanna@tampere.fi", person: "Johanna" },
    {
      how: "behind a proxy (TRUST_PROXY=1, X-Forwarded-Host/-Proto)",
      origin: PROXY_URL,
      email: "niina@tampere.fi",
      person: "Niina",
    },
  ]) {
    test(`the magic-link journey, ${how}`, async ({ page }) => {
      await signInByLink(page, origin, email, person);
    });
  }
});

test.describe("sign-in by magic link", () => {
  test("request a link, read the mail, confirm, land signed in; the link works once", async ({ page }) => {
    const email = "hanna@jkl.fi";
    const before = mailCount(email);
    await visit(page, "/kirjaudu");
    await page.getByLabel("Työsähköposti").fill(email);
    await page.getByRole("button", { name: "Lähetä kirjautumislinkki" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("kirjautumislinkki on matkalla");
    await expectAccessible(page);

    const mail = await waitForMail(email, before + 1);
    expect(mail.subject).toContain("Kirjautumislinkki");
    const link = linkIn(mail);
    expect(new URL(link).pathname).toBe("/kirjaudu/vahvista");

    // A mail scanner's prefetch (a plain GET) must not use the link up.
    const prefetch = await page.request.get(link);
    expect(prefetch.status()).toBe(200);

    await visit(page, link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vahvista kirjautuminen");
    await page.getByRole("button", { name: "Kirjaudu sisään" }).click();
    await expect(page).toHaveURL(`${BASE_URL}/`);
    await expectAccessible(page);
    await expect(page.getByRole("banner").getByText("Hanna", { exact: true })).toBeVisible();

    // A second use of the same link fails.
    await page.context().clearCookies();
    await visit(page, link);
    await page.getByRole("button", { name: "Kirjaudu sisään" }).click();
    await expect(page).toHaveURL(/\/kirjaudu\/virhe/);
    await expectAccessible(page);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("vanhentunut tai jo käytetty");
    await expect(page.getByRole("banner").getByRole("link", { name: "Kirjaudu sisään" })).toBeVisible();
  });

  test("an unknown address gets the same answer and no mail", async ({ page }) => {
    const email = "stranger@example.com";
    await visit(page, "/kirjaudu");
    await page.getByLabel("Työsähköposti").fill(email);
    await page.getByRole("button", { name: "Lähetä kirjautumislinkki" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("kirjautumislinkki on matkalla");
    await expectAccessible(page);
    // A known address asked right after is the barrier: once its mail is in,
    // a mail to the stranger would have arrived too.
    const barrier = "marju@valkeakoski.fi";
    const before = mailCount(barrier);
    await page.getByLabel("Työsähköposti").fill(barrier);
    await page.getByRole("button", { name: "Lähetä kirjautumislinkki" }).click();
    await waitForMail(barrier, before + 1);
    expect(mailCount(email)).toBe(0);
  });

  test("the sign-in mail is in one language: the person's own, else the asking page's, else Finnish", async ({
    page,
  }) => {
    const stamp = Date.now();
    const english = `emma-${stamp}@example.test`;
    await query(`INSERT INTO "User" (email, name, locale) VALUES ($1, 'Emma', 'en')`, [english]);
    const [library] = await query<{ domain: string }>(
      `SELECT "emailDomains"[1] AS domain FROM "Library" WHERE cardinality("emailDomains") > 0 ORDER BY slug LIMIT 1`,
    );
    const newcomer = `uusi-${stamp}@${library!.domain}`;
    const finn = "hanna@jkl.fi";
    const finnBefore = mailCount(finn);
    const ask = async (email: string) =>
      expect(
        (await page.request.post("/api/auth/magic-link", { data: { email }, headers: { Origin: BASE_URL } })).status(),
      ).toBe(202);

    // A Finnish page: the English user's own language wins.
    await ask(english);
    // An English page: a known Finnish user still gets Finnish; an address with no account yet gets English.
    await page.context().addCookies([{ name: "pike-locale", value: "en", url: BASE_URL }]);
    await ask(finn);
    await ask(newcomer);

    for (const email of [english, newcomer]) {
      const mail = await waitForMail(email);
      expect(mail.subject).toBe("Sign-in link to the PiKe portal");
      expect(mail.text).toContain("It is valid for 10 minutes");
      expect(mail.text).not.toMatch(/Hei|Kirjaudu|\n---\n/);
      expect(new URL(linkIn(mail)).pathname).toBe("/kirjaudu/vahvista");
    }
    const mail = await waitForMail(finn, finnBefore + 1);
    expect(mail.subject).toBe("Kirjautumislinkki PiKe-portaaliin");
    expect(mail.text).toContain("Linkki on voimassa 10 minuuttia");
    expect(mail.text).not.toMatch(/Hello|Sign in|\n---\n/);
  });

  test("a malformed address gets a field message", async ({ page }) => {
    await visit(page, "/kirjaudu");
    await page.getByLabel("Työsähköposti").fill("ei-osoite");
    await page.getByRole("button", { name: "Lähetä kirjautumislinkki" }).click();
    await expect(page.getByText("Anna kelvollinen sähköpostiosoite.")).toBeVisible();
    await expect(page.getByLabel("Työsähköposti")).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);
  });

  test("sending links is rate-limited per address with a 429 and a clear message", async ({ request }) => {
    const email = "laila@valkeakoski.fi";
    const statuses: number[] = [];
    let last: { error?: { code: string; message: string } } = {};
    for (let i = 0; i < 6; i++) {
      const response = await request.post("/api/auth/magic-link", {
        data: { email },
        headers: { Origin: BASE_URL },
      });
      statuses.push(response.status());
      last = (await response.json()) as typeof last;
      if (response.status() === 429) expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    expect(last.error?.code).toBe("RATE_LIMITED");
    expect(last.error?.message).toMatch(/Too many sign-in links/);
    expect(mailCount(email)).toBe(5);
  });

  test("refuses cross-site and origin-less requests for links", async ({ request }) => {
    const crossSite = await request.post("/api/auth/magic-link", {
      data: { email: "hanna@jkl.fi" },
      headers: { Origin: "https://evil.example" },
    });
    expect(crossSite.status()).toBe(403);
    const noOrigin = await request.post("/api/auth/magic-link", { data: { email: "hanna@jkl.fi" } });
    expect(noOrigin.status()).toBe(403);
    const body = (await noOrigin.json()) as { error: { code: string } };
    expect(body.error.code).toBe("FORBIDDEN");
  });

  test("Auth.js's own link endpoints are closed", async ({ request }) => {
    expect((await request.get("/api/auth/callback/nodemailer?token=x&email=hanna%40jkl.fi")).status()).toBe(404);
    expect(
      (
        await request.post("/api/auth/signin/nodemailer", {
          form: { email: "hanna@jkl.fi" },
          headers: { Origin: BASE_URL },
        })
      ).status(),
    ).toBe(404);
  });
});

test.describe("demo sign-in", () => {
  test("is refused when DEMO_MODE is off", async ({ page, request }) => {
    const response = await visit(page, "/kirjaudu/demo");
    await expectNotFound(page, response);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sivua ei löytynyt");
    await expect(page.getByRole("link", { name: /Demokirjautuminen/ })).toHaveCount(0);

    const post = await request.post("/api/auth/demo", {
      form: { userId: "00000000-0000-4000-8000-000000000000" },
      headers: { Origin: BASE_URL },
    });
    expect(post.status()).toBe(404);
  });

  test("signs in by role when DEMO_MODE=1", async ({ page }) => {
    await visit(page, `${DEMO_URL}/kirjaudu/demo`);
    await page.getByRole("button", { name: "Kirjaudu sisään: Hanna" }).click();
    await expect(page).toHaveURL(`${DEMO_URL}/`);
    await expectAccessible(page);
    await expect(page.getByRole("banner").getByText("Hanna", { exact: true })).toBeVisible();
  });
});
