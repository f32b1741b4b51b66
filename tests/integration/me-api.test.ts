// The personal parts of cached pages (ADR 17): GET /api/me for the header and
// GET /api/me/offerings/{slug} for an offering page. The route handlers are
// called with real requests and session cookies; setup-env.ts checks every
// answer against the OpenAPI document.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import type { Me } from "@/lib/auth/me";
import type { Role } from "@/lib/db/enums";
import type { OfferingPersonalState } from "@/lib/enrolments/data";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { createSession, createUsers, libraryId, removeCreated, uniq } from "./enrolment-fixtures";
import { ORIGIN, request as current } from "./support/request";
import { sessionCookie } from "./support/session-cookie";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));

const { GET: getMe } = await import("@/app/api/me/route");
const { GET: getOfferingState } = await import("@/app/api/me/offerings/[slug]/route");
const { POST: postEnrolment } = await import("@/app/api/trainings/[sessionId]/enrolments/route");

let db: Db;

beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
});
afterAll(async () => {
  await removeCreated(db);
  await db.$disconnect();
});

function request(method: string, path: string, cookie?: string) {
  const headers = new Headers({ host: "127.0.0.1:3000", origin: ORIGIN });
  if (cookie) headers.set("cookie", cookie);
  current.headers = headers;
  return new Request(`${ORIGIN}${path}`, { method, headers });
}

const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });

async function call<T>(response: Promise<Response>) {
  const res = await response;
  return { status: res.status, cacheControl: res.headers.get("cache-control"), body: (await res.json()) as T };
}

type Refusal = { error?: { code: string } };
type PanelsBody = OfferingPersonalState & Refusal;

const me = (cookie?: string) => call<Me>(getMe(request("GET", "/api/me", cookie), params({})));
const offeringState = (slug: string, cookie?: string) =>
  call<PanelsBody>(getOfferingState(request("GET", `/api/me/offerings/${slug}`, cookie), params({ slug })));
/** The panel of one session on the offering's page, for this reader. */
const panelOf = async (slug: string, sessionId: string, cookie: string) =>
  (await offeringState(slug, cookie)).body.panels[sessionId];

async function userWith(
  roles: Role[],
  librarySlug: string | null = "valkeakoski",
): Promise<{ actor: Actor; cookie: string }> {
  const [actor] = await createUsers(db, 1, { roles, librarySlug, prefix: `me-${uniq()}` });
  return { actor: actor!, cookie: await sessionCookie(db, actor!.id) };
}

describe("GET /api/me", () => {
  it("answers null to a signed-out visitor, never cacheable", async () => {
    const res = await me();
    expect(res).toMatchObject({ status: 200, body: { user: null } });
    expect(res.cacheControl).toBe("private, no-store");
  });

  it("gives the signed-in person's name and the links their roles open", async () => {
    // Staff of a member library read approved minutes, so their action items too.
    type Links = {
      manageTrainings: boolean;
      orders: boolean;
      actionItems: boolean;
      manageUsers: boolean;
      manageLibraries: boolean;
      manageKits: boolean;
      manageNetworks: boolean;
      manageExchanges: boolean;
      ownStaff: boolean;
      reports: boolean;
    };
    const none = {
      manageUsers: false,
      manageLibraries: false,
      manageKits: false,
      manageNetworks: false,
      manageExchanges: false,
      ownStaff: false,
      reports: false,
    };
    const cases: [Role[], string | null, Links][] = [
      [["STAFF"], "valkeakoski", { manageTrainings: false, orders: false, actionItems: true, ...none }],
      [["STAFF"], null, { manageTrainings: false, orders: false, actionItems: false, ...none }],
      [
        ["SUPERVISOR"],
        "valkeakoski",
        { manageTrainings: false, orders: true, actionItems: true, ...none, ownStaff: true, reports: true },
      ],
      [["SUPERVISOR"], null, { manageTrainings: false, orders: true, actionItems: false, ...none }],
      [
        ["STEERING"],
        "valkeakoski",
        { manageTrainings: false, orders: false, actionItems: true, ...none, reports: true },
      ],
      [
        ["COORDINATOR"],
        null,
        {
          manageTrainings: true,
          orders: true,
          actionItems: true,
          ...none,
          manageKits: true,
          manageNetworks: true,
          manageExchanges: true,
          reports: true,
        },
      ],
      [
        ["ADMIN"],
        null,
        {
          manageTrainings: true,
          orders: true,
          actionItems: true,
          ...none,
          manageUsers: true,
          manageLibraries: true,
          manageKits: true,
          manageNetworks: true,
          manageExchanges: true,
          reports: true,
        },
      ],
    ];
    for (const [roles, library, links] of cases) {
      const { actor, cookie } = await userWith(roles, library);
      const res = await me(cookie);
      expect(res.status).toBe(200);
      expect(res.cacheControl).toBe("private, no-store");
      expect(res.body, roles.join()).toEqual({
        user: { id: actor.id, roles, libraryId: actor.libraryId, name: "Testaaja 0", ...links },
      });
    }
  });

  it("falls back to the person's own address when they have no name yet", async () => {
    const { actor, cookie } = await userWith(["STAFF"]);
    const { email } = await db.user.update({ where: { id: actor.id }, data: { name: null }, select: { email: true } });
    expect((await me(cookie)).body.user?.name).toBe(email);
  });

  it("treats an expired session as signed out", async () => {
    const { actor, cookie } = await userWith(["STAFF"]);
    await db.session.updateMany({ where: { userId: actor.id }, data: { expires: new Date(Date.now() - 1000) } });
    expect((await me(cookie)).body).toEqual({ user: null });
  });
});

describe("GET /api/me/offerings/{slug}", () => {
  it("tells a signed-out visitor only that they are signed out", async () => {
    const session = await createSession(db, { capacity: 5 });
    const res = await offeringState(session.offeringSlug);
    expect(res).toMatchObject({ status: 200, cacheControl: "private, no-store" });
    expect(res.body).toEqual({ signedIn: false, panels: {}, interest: null, mayOrder: false });
  });

  it("answers 404 to what is not a slug, signed in or not", async () => {
    const { cookie } = await userWith(["STAFF"]);
    for (const slug of ["Iso-Kirjain", "a/../b", "x".repeat(81), "", "-alku"]) {
      expect((await offeringState(slug)).status, slug).toBe(404);
      const signedIn = await offeringState(slug, cookie);
      expect(signedIn.status, slug).toBe(404);
      expect(signedIn.body.error?.code).toBe("NOT_FOUND");
    }
  });

  it("answers 404 to a signed-in reader for an unknown or unpublished offering", async () => {
    const { cookie } = await userWith(["STAFF"]);
    expect((await offeringState(`ei-ole-${uniq()}`, cookie)).status).toBe(404);
    const draft = await createSession(db, { capacity: 5, menuStatus: "DRAFT" });
    expect((await offeringState(draft.offeringSlug, cookie)).status).toBe(404);
  });

  it("gives a staff member their panel per upcoming session, and their enrolment once enrolled", async () => {
    const session = await createSession(db, { capacity: 5 });
    const { cookie } = await userWith(["STAFF"]);
    const before = await offeringState(session.offeringSlug, cookie);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ signedIn: true, mayOrder: false });
    expect(before.body.panels[session.id]).toMatchObject({
      registration: "OPEN",
      eligibility: "ELIGIBLE",
      enrolment: null,
      beforeStart: true,
    });

    const enrolled = await postEnrolment(
      request("POST", `/api/trainings/${session.id}/enrolments`, cookie),
      params({ sessionId: session.id }),
    );
    expect(enrolled.status).toBe(201);
    expect((await panelOf(session.offeringSlug, session.id, cookie))?.enrolment).toMatchObject({
      status: "CONFIRMED",
      waitlistPosition: null,
    });
  });

  it("says who may not enrol and why: no library, or another library's session", async () => {
    const session = await createSession(db, {
      capacity: 5,
      eligibility: "LIBRARY",
      restrictedLibraryId: await libraryId(db, "valkeakoski"),
    });
    const other = await userWith(["STAFF"], "jyvaskyla");
    const valkeakoski = await db.library.findUniqueOrThrow({ where: { slug: "valkeakoski" }, select: { name: true } });
    expect(await panelOf(session.offeringSlug, session.id, other.cookie)).toMatchObject({
      eligibility: "OTHER_LIBRARY",
      restrictedLibraryName: valkeakoski.name,
    });
    const homeless = await userWith(["STAFF"], null);
    expect(await panelOf(session.offeringSlug, session.id, homeless.cookie)).toMatchObject({
      eligibility: "NO_LIBRARY",
    });
  });

  it("leaves out sessions that have started", async () => {
    const past = await createSession(db, { capacity: 5, startsAt: new Date(Date.now() - 3600_000) });
    const { cookie } = await userWith(["STAFF"]);
    expect((await offeringState(past.offeringSlug, cookie)).body.panels).toEqual({});
  });
});
