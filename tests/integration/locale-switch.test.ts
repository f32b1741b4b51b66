// POST /api/locale: the language switch's form post (lib/i18n/switch.ts).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { createUsers, removeCreated } from "./enrolment-fixtures";
import { ORIGIN, request as current } from "./support/request";
import { sessionCookie } from "./support/session-cookie";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));

const { POST } = await import("@/app/api/locale/route");

let db: Db;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
});
afterAll(async () => {
  await removeCreated(db);
  await db.$disconnect();
});

function post(body: Record<string, string>, options: { cookie?: string; origin?: string; referer?: string } = {}) {
  const headers = new Headers({ host: "127.0.0.1:3000", origin: options.origin ?? ORIGIN });
  if (options.cookie) headers.set("cookie", options.cookie);
  if (options.referer) headers.set("referer", options.referer);
  current.headers = headers;
  return POST(new Request(`${ORIGIN}/api/locale`, { method: "POST", headers, body: new URLSearchParams(body) }));
}

describe("POST /api/locale", () => {
  it("sets the cookie for a year and answers 303 back to the page, without its language prefix", async () => {
    const response = await post({ locale: "en" }, { referer: `${ORIGIN}/fi/koulutukset/haku?teema=digi` });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${ORIGIN}/koulutukset/haku?teema=digi`);
    expect(response.headers.get("set-cookie")).toMatch(/^pike-locale=en; Path=\/; Max-Age=31536000; SameSite=Lax$/);
  });

  it("goes home when the Referer is missing or another site's", async () => {
    expect((await post({ locale: "fi" })).headers.get("location")).toBe(`${ORIGIN}/`);
    expect((await post({ locale: "fi" }, { referer: "https://evil.example/kokoukset" })).headers.get("location")).toBe(
      `${ORIGIN}/`,
    );
  });

  it("remembers the language on a signed-in person's account (their mails follow it)", async () => {
    const [user] = await createUsers(db, 1);
    const cookie = await sessionCookie(db, user!.id);
    await post({ locale: "en" }, { cookie, referer: `${ORIGIN}/omat-tiedot` });
    expect((await db.user.findUniqueOrThrow({ where: { id: user!.id }, select: { locale: true } })).locale).toBe("en");
  });

  it("refuses a cross-site post and a language it does not have, and sets nothing", async () => {
    const cross = await post({ locale: "en" }, { origin: "https://evil.example" });
    expect(cross.status).toBe(403);
    expect(cross.headers.get("set-cookie")).toBeNull();
    const bad = await post({ locale: "sv" });
    expect(bad.status).toBe(422);
    expect(bad.headers.get("set-cookie")).toBeNull();
  });
});
