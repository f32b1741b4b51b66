// The networks API (issue 14, ADR 29) through the route handlers with real
// session cookies: the public list and page (member names only for a
// signed-in caller), asking to join (201, then 409), bad bodies (4xx with
// field messages, nothing written), cross-site requests, and leaving. Every
// answer is checked against the OpenAPI document (setup-env.ts).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { createUsers, removeCreated, uniq } from "./enrolment-fixtures";
import { apiRequest, callJson, routeParams } from "./support/api";
import { sessionCookie } from "./support/session-cookie";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const { GET: listNetworks } = await import("@/app/api/networks/route");
const { GET: getNetwork } = await import("@/app/api/networks/[slug]/route");
const { POST: join } = await import("@/app/api/networks/[slug]/join-requests/route");
const { DELETE: leave } = await import("@/app/api/networks/[slug]/membership/route");

let db: Db;
let chair: Actor;
let person: Actor;
let network: { id: string; slug: string };

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  [chair, person] = (await createUsers(db, 2, { prefix: `net-api-${uniq()}` })) as [Actor, Actor];
  await db.user.update({ where: { id: chair.id }, data: { name: "Puheenjohtaja Äijälä" } });
  network = await db.network.create({
    data: {
      slug: `test-network-api-${uniq()}`,
      name: "Rajapintaverkosto",
      description: "Testi",
      memberships: { create: { userId: chair.id, role: "CHAIR", status: "ACTIVE", joinedAt: new Date() } },
    },
    select: { id: true, slug: true },
  });
});
afterAll(async () => {
  await db.$executeRaw`DELETE FROM "Job" WHERE "payload"->>'networkId' = ${network.id}`;
  await db.network.delete({ where: { id: network.id } });
  await removeCreated(db);
  await db.$disconnect();
});

const cookieOf = (actor: Actor) => sessionCookie(db, actor.id);
const rows = () => db.networkMembership.findMany({ where: { networkId: network.id }, orderBy: { userId: "asc" } });
const path = () => `/api/networks/${network.slug}`;

describe("the networks API", () => {
  it("lists networks and shows one to anyone, member names only to the signed in", async () => {
    const list = await callJson(listNetworks(apiRequest("GET", "/api/networks"), routeParams({})));
    expect(list.status).toBe(200);
    expect((list.body as unknown as { slug: string }[]).map((n) => n.slug)).toContain(network.slug);

    const out = await callJson(getNetwork(apiRequest("GET", path()), routeParams({ slug: network.slug })));
    expect(out.status).toBe(200);
    expect(out.body).toMatchObject({
      slug: network.slug,
      name: "Rajapintaverkosto",
      chairs: [{ name: "Puheenjohtaja Äijälä" }],
      memberCount: 1,
      members: null,
    });
    const signedIn = await callJson(
      getNetwork(apiRequest("GET", path(), { cookie: await cookieOf(person) }), routeParams({ slug: network.slug })),
    );
    expect(signedIn.body.members).toEqual([
      {
        library: expect.any(String) as string,
        members: [{ name: "Puheenjohtaja Äijälä", role: "CHAIR", joinedAt: expect.any(String) as string }],
      },
    ]);
    const unknown = await callJson(
      getNetwork(apiRequest("GET", "/api/networks/ei-ole"), routeParams({ slug: "ei-ole" })),
    );
    expect(unknown.status).toBe(404);
  });

  it("refuses bad input, the signed out and cross-site requests, writing nothing", async () => {
    const before = await rows();
    const cookie = await cookieOf(person);
    const slug = routeParams({ slug: network.slug });
    const signedOut = await callJson(
      join(apiRequest("POST", `${path()}/join-requests`, { body: { message: "Hei" } }), slug),
    );
    expect(signedOut.status).toBe(401);
    const crossSite = await callJson(
      join(
        apiRequest("POST", `${path()}/join-requests`, {
          cookie,
          body: { message: "Hei" },
          origin: "https://evil.example",
        }),
        slug,
      ),
    );
    expect(crossSite.status).toBe(403);
    const notJson = await callJson(join(apiRequest("POST", `${path()}/join-requests`, { cookie, raw: "{" }), slug));
    expect(notJson.status).toBe(400);
    const empty = await callJson(join(apiRequest("POST", `${path()}/join-requests`, { cookie, body: {} }), slug));
    expect(empty.status).toBe(422);
    expect(empty.body).toMatchObject({
      error: { code: "VALIDATION_FAILED", fields: { message: expect.any(String) as string } },
    });
    const tooLong = await callJson(
      join(apiRequest("POST", `${path()}/join-requests`, { cookie, body: { message: "x".repeat(1_001) } }), slug),
    );
    expect(tooLong.status).toBe(422);
    expect(await rows()).toEqual(before);
    const notMember = await callJson(leave(apiRequest("DELETE", `${path()}/membership`, { cookie }), slug));
    expect(notMember.status).toBe(404);
    expect(await rows()).toEqual(before);
  });

  it("asks to join (201), a second time 409, and leaves", async () => {
    const cookie = await cookieOf(person);
    const slug = routeParams({ slug: network.slug });
    const first = await callJson(
      join(apiRequest("POST", `${path()}/join-requests`, { cookie, body: { message: "Haluan mukaan" } }), slug),
    );
    expect(first).toEqual({ status: 201, body: { networkId: network.id, role: "MEMBER", status: "PENDING" } });
    const second = await callJson(
      join(apiRequest("POST", `${path()}/join-requests`, { cookie, body: { message: "Uudestaan" } }), slug),
    );
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ error: { code: "CONFLICT" } });
    expect((await rows()).filter((r) => r.userId === person.id)).toMatchObject([{ message: "Haluan mukaan" }]);

    await db.networkMembership.update({
      where: { networkId_userId: { networkId: network.id, userId: person.id } },
      data: { status: "ACTIVE", joinedAt: new Date() },
    });
    const member = await callJson(
      join(apiRequest("POST", `${path()}/join-requests`, { cookie, body: { message: "Taas" } }), slug),
    );
    expect(member.status).toBe(409);
    const left = await callJson(leave(apiRequest("DELETE", `${path()}/membership`, { cookie }), slug));
    expect(left).toEqual({ status: 200, body: { networkId: network.id, role: "MEMBER", status: "LEFT" } });

    // The last chair cannot leave.
    const chairLeaves = await callJson(
      leave(apiRequest("DELETE", `${path()}/membership`, { cookie: await cookieOf(chair) }), slug),
    );
    expect(chairLeaves.status).toBe(409);
  });
});
