import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ProxyReader } from "@/lib/auth/proxy-reader";

const reader = vi.hoisted(() => ({ current: null as ProxyReader | null, asked: [] as [string, string | null][] }));
vi.mock("@/lib/auth/proxy-reader", () => ({
  readerOfSession: (token: string, meetingId: string | null) => {
    reader.asked.push([token, meetingId]);
    return Promise.resolve(reader.current);
  },
}));

const { proxy } = await import("@/proxy");
const { audienceActor } = await import("@/lib/auth/audience");
const { authSecret } = await import("@/lib/auth/secret");

const MEETING = "3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
const STEERING: ProxyReader = { roles: ["STEERING"], hasLibrary: true, secretary: false };

function request(path: string, init: { cookies?: Record<string, string>; method?: string } = {}) {
  const cookie = Object.entries(init.cookies ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join("; ");
  return new NextRequest(`http://localhost${path}`, {
    method: init.method ?? "GET",
    headers: cookie ? { cookie } : {},
  });
}

const rewrittenTo = (response: Response) => {
  const target = response.headers.get("x-middleware-rewrite");
  return target ? new URL(target).pathname : null;
};

beforeEach(() => {
  reader.current = STEERING;
  reader.asked = [];
});

describe("proxy: members' pages per audience", () => {
  it("refuses any outside request for the audience pages, signed in or not", async () => {
    for (const path of [
      "/nakyma",
      "/nakyma/staff.x/kokoukset/1",
      `/fi/nakyma/staff/kokoukset/${MEETING}`,
      "/en/nakyma/",
    ]) {
      const response = await proxy(request(path, { cookies: { "authjs.session-token": "t" } }));
      expect(response.status, path).toBe(404);
    }
  });

  it("rewrites a signed-in reader's meeting page to their audience's copy, in their language", async () => {
    const response = await proxy(request(`/kokoukset/${MEETING}`, { cookies: { "authjs.session-token": "tok" } }));
    const target = rewrittenTo(response)!;
    expect(target).toMatch(new RegExp(`^/fi/nakyma/steering-lib\\.[A-Za-z0-9_-]{22}/kokoukset/${MEETING}$`));
    expect(audienceActor(target.split("/")[3]!, authSecret())?.roles).toEqual(["STEERING"]);
    expect(reader.asked).toEqual([["tok", MEETING]]);

    const english = await proxy(
      request(`/kokoukset/${MEETING}`, { cookies: { "__Secure-authjs.session-token": "tok", "pike-locale": "en" } }),
    );
    expect(rewrittenTo(english)).toMatch(/^\/en\/nakyma\/steering-lib\./);
    const prefixed = await proxy(request(`/en/kokoukset/${MEETING}`, { cookies: { "authjs.session-token": "tok" } }));
    expect(rewrittenTo(prefixed)).toMatch(/^\/en\/nakyma\/steering-lib\./);
  });

  it("leaves to the per-request page: no cookie, no live session, no role, the secretary, other methods and paths", async () => {
    const cases: [NextRequest, ProxyReader | null][] = [
      [request(`/kokoukset/${MEETING}`), STEERING],
      [request(`/kokoukset/${MEETING}`, { cookies: { "authjs.session-token": "tok" } }), null],
      [request(`/kokoukset/${MEETING}`, { cookies: { "authjs.session-token": "tok" } }), { ...STEERING, roles: [] }],
      [
        request(`/kokoukset/${MEETING}`, { cookies: { "authjs.session-token": "tok" } }),
        { ...STEERING, secretary: true },
      ],
      [request(`/kokoukset/${MEETING}`, { cookies: { "authjs.session-token": "tok" }, method: "POST" }), STEERING],
      [request(`/kokoukset/not-a-uuid`, { cookies: { "authjs.session-token": "tok" } }), STEERING],
      [request(`/kokoukset/${MEETING}/muistio`, { cookies: { "authjs.session-token": "tok" } }), STEERING],
      [request(`/kokoukset/${MEETING}?tulosta=1`, { cookies: { "authjs.session-token": "tok" } }), STEERING],
    ];
    for (const [req, who] of cases) {
      reader.current = who;
      const response = await proxy(req);
      expect(rewrittenTo(response), req.nextUrl.pathname).toBeNull();
      expect(response.headers.get("x-middleware-next")).toBe("1");
    }
  });

  it("rewrites the action items page with filters that name nobody, and only those", async () => {
    const cookies = { "authjs.session-token": "tok" };
    const segment = /^\/fi\/nakyma\/steering-lib\.[A-Za-z0-9_-]{22}\/toimenpiteet\/(.+)$/;
    const targetOf = async (path: string) =>
      segment.exec(rewrittenTo(await proxy(request(path, { cookies }))) ?? "")?.[1];
    expect(await targetOf("/toimenpiteet")).toBe("avoimet.0.1");
    expect(await targetOf("/toimenpiteet?tila=kaikki")).toBe("kaikki.0.1");
    expect(await targetOf("/toimenpiteet?tila=tehdyt&myohassa=1&sivu=3&utm_source=x")).toBe("tehdyt.1.3");
    expect(await targetOf("/toimenpiteet?tila=outo")).toBe("avoimet.0.1");
    expect(reader.asked.at(-1)).toEqual(["tok", null]);
    for (const own of ["?omat=1", "?kirjasto=1", "?tila=kaikki&omat=1", "?tehty=1"]) {
      expect(rewrittenTo(await proxy(request(`/toimenpiteet${own}`, { cookies }))), own).toBeNull();
    }
    // Someone who sees no meetings (staff without a library) gets the per-request page's explanation.
    reader.current = { roles: ["STAFF"], hasLibrary: false, secretary: false };
    expect(rewrittenTo(await proxy(request("/toimenpiteet", { cookies })))).toBeNull();
  });
});
