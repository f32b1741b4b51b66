// The outage gate's 503 page (ADR 32) in Chromium, with the axe scan and the
// reflow check of every page: served by a server of this test behind the
// gate with the database reported away (the gate is the same code `next
// start` runs; the ops drill shows it there, behind nginx, with PostgreSQL
// really stopped). In Finnish and English, and usable by keyboard.
import { Server, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { reportDatabaseAvailable, reportDatabaseUnavailable } from "@/lib/db/availability";
import { installOutageGate } from "@/lib/http/outage-gate";
import { expect, expectAccessible, test } from "./fixtures";

// The gate on this test's server only; no database address, so no probe reopens it.
class GatedServer extends Server {}
installOutageGate(undefined, GatedServer.prototype);

let server: Server;
let base = "";
test.beforeAll(async () => {
  server = new GatedServer((_req: IncomingMessage, res: ServerResponse) => res.end("the app"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  reportDatabaseUnavailable();
});
test.afterAll(async () => {
  reportDatabaseAvailable();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

for (const { lang, path, title, other } of [
  { lang: "fi", path: "/koulutukset", title: "Palvelu on tilapäisesti poissa käytöstä", other: "en" },
  { lang: "en", path: "/en/koulutukset", title: "The service is temporarily unavailable", other: "fi" },
] as const) {
  test(`the outage page (${lang}): 503, accessible, the other language below, the reload link by keyboard`, async ({
    page,
  }) => {
    const response = await page.goto(`${base}${path}`);
    expect(response!.status()).toBe(503);
    expect(response!.headers()["retry-after"]).toBe("5");
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expectAccessible(page);
    await expect(page.locator(`section[lang="${other}"] h2`)).toBeVisible();

    // Tab reaches the reload link first; Enter asks for the same page again.
    await page.keyboard.press("Tab");
    const reload = page.getByRole("link").first();
    await expect(reload).toBeFocused();
    await page.evaluate(() => document.documentElement.setAttribute("data-before-reload", ""));
    const again = page.waitForResponse((r) => r.url() === `${base}${path}`);
    await page.keyboard.press("Enter");
    expect((await again).status()).toBe(503);
    // A new document: the mark set on the old one is gone.
    await expect(page.locator("html")).not.toHaveAttribute("data-before-reload");
    await page.waitForLoadState("load");
    await expectAccessible(page);
  });
}
