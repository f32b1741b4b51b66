// The enrolment endpoints as a client sees them: the route handlers called
// with real requests and session cookies (no proxy/middleware involved), the
// permission matrix, and bad input answered with 4xx while nothing is written.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { createSession, createUsers, libraryId, removeCreated, uniq } from "./enrolment-fixtures";
import { ORIGIN, request as current } from "./support/request";
import { sessionCookie } from "./support/session-cookie";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));

const { GET: listTrainings } = await import("@/app/api/trainings/route");
const { GET: getTraining } = await import("@/app/api/trainings/[sessionId]/route");
const { POST: postEnrolment } = await import("@/app/api/trainings/[sessionId]/enrolments/route");
const { DELETE: deleteEnrolment } = await import("@/app/api/enrolments/[id]/route");

let db: Db;

beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
});
afterAll(async () => {
  await removeCreated(db);
  await db.$disconnect();
});

/** A signed-in browser: a database session like Auth.js's own, as a cookie. */
const signIn = (actor: Actor) => sessionCookie(db, actor.id);

function request(method: string, path: string, options: { cookie?: string; origin?: string | null } = {}) {
  const headers = new Headers({ host: "127.0.0.1:3000" });
  if (options.origin !== null) headers.set("origin", options.origin ?? ORIGIN);
  if (options.cookie) headers.set("cookie", options.cookie);
  current.headers = headers;
  return new Request(`${ORIGIN}${path}`, { method, headers });
}

const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });

async function call(response: Promise<Response>) {
  const res = await response;
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { error?: ApiError } };
}
type ApiError = { code: string; message: string; fields?: Record<string, string> };

const enrolAs = (sessionId: string, cookie?: string, origin?: string | null) =>
  call(
    postEnrolment(request("POST", `/api/trainings/${sessionId}/enrolments`, { cookie, origin }), params({ sessionId })),
  );
const cancelAs = (id: string, cookie?: string, origin?: string | null) =>
  call(deleteEnrolment(request("DELETE", `/api/enrolments/${id}`, { cookie, origin }), params({ id })));

/** Rows that a refused request must not have written. */
async function writes() {
  const [enrolments, audits, jobs, seats] = await Promise.all([
    db.enrolment.count(),
    db.auditEvent.count({ where: { entityType: "Enrolment" } }),
    db.job.count(),
    db.trainingSession.aggregate({ _sum: { seatsTaken: true } }),
  ]);
  return { enrolments, audits, jobs, seats: seats._sum.seatsTaken };
}

describe("POST /api/trainings/{sessionId}/enrolments", () => {
  it("201 with {id, status, waitlistPosition}; a second POST is 409 naming the first", async () => {
    const session = await createSession(db, { capacity: 1 });
    const [first, second] = await createUsers(db, 2);
    const cookie = await signIn(first!);
    const created = await enrolAs(session.id, cookie);
    expect(created.status).toBe(201);
    expect(Object.keys(created.body).sort()).toEqual(["id", "status", "waitlistPosition"]);
    expect(created.body).toMatchObject({ status: "CONFIRMED", waitlistPosition: null });

    const again = await enrolAs(session.id, cookie);
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: "CONFLICT", fields: { enrolmentId: created.body.id } });
    expect(again.body.error!.message).toContain(created.body.id as string);

    const waitlisted = await enrolAs(session.id, await signIn(second!));
    expect(waitlisted).toMatchObject({ status: 201, body: { status: "WAITLISTED", waitlistPosition: 1 } });
  });

  it("permission matrix: signed out 401; every role of an eligible library may enrol itself", async () => {
    const session = await createSession(db, { capacity: 10 });
    const before = await writes();
    const signedOut = await enrolAs(session.id);
    expect(signedOut).toMatchObject({ status: 401, body: { error: { code: "UNAUTHENTICATED" } } });
    expect(await writes()).toEqual(before);

    for (const roles of [["STAFF"], ["SUPERVISOR"], ["STEERING"], ["COORDINATOR"], ["ADMIN"]] as const) {
      const [actor] = await createUsers(db, 1, { roles: [...roles] });
      const res = await enrolAs(session.id, await signIn(actor!));
      expect({ roles, status: res.status }).toEqual({ roles, status: 201 });
    }
  });

  it("a LIBRARY-restricted session: 201 for that library's staff, 422 for another library's", async () => {
    const muurame = await libraryId(db, "muurame");
    const session = await createSession(db, { capacity: 5, eligibility: "LIBRARY", restrictedLibraryId: muurame });
    const [own] = await createUsers(db, 1, { librarySlug: "muurame" });
    const [otherStaff] = await createUsers(db, 1, { librarySlug: "valkeakoski" });
    const [otherSupervisor] = await createUsers(db, 1, { librarySlug: "jyvaskyla", roles: ["SUPERVISOR"] });

    const before = await writes();
    for (const outsider of [otherStaff!, otherSupervisor!]) {
      const refused = await enrolAs(session.id, await signIn(outsider));
      expect(refused.status).toBe(422);
      expect(refused.body.error).toMatchObject({ code: "VALIDATION_FAILED" });
      expect(refused.body.error!.message).toMatch(/another library/);
    }
    expect(await writes()).toEqual(before);
    expect((await enrolAs(session.id, await signIn(own!))).status).toBe(201);
  });

  it("422 when registration has not opened, has closed, or the session is cancelled; nothing written", async () => {
    const [actor] = await createUsers(db, 1);
    const cookie = await signIn(actor!);
    const inADay = new Date(Date.now() + 24 * 3600_000);
    const yesterday = new Date(Date.now() - 24 * 3600_000);
    const sessions = await Promise.all([
      createSession(db, { capacity: 5, registrationOpensAt: inADay }),
      createSession(db, {
        capacity: 5,
        registrationOpensAt: new Date(yesterday.getTime() - 24 * 3600_000),
        registrationClosesAt: yesterday,
      }),
      createSession(db, { capacity: 5, status: "CANCELLED" }),
    ]);
    const before = await writes();
    const messages = [];
    for (const session of sessions) {
      const res = await enrolAs(session.id, cookie);
      expect(res.status).toBe(422);
      messages.push(res.body.error!.message);
    }
    expect(messages).toEqual([
      "Registration for this session has not opened yet.",
      "Registration for this session has closed.",
      "This session has been cancelled.",
    ]);
    expect(await writes()).toEqual(before);
  });

  it("404 for unknown, malformed and unpublished sessions; 403 cross-site; nothing written", async () => {
    const [actor] = await createUsers(db, 1);
    const cookie = await signIn(actor!);
    const draft = await createSession(db, { capacity: 5, menuStatus: "DRAFT" });
    const open = await createSession(db, { capacity: 5 });
    const before = await writes();
    for (const id of [randomUUID(), "not-a-uuid", "1; DROP TABLE", draft.id]) {
      const res = await enrolAs(id, cookie);
      expect({ id, status: res.status, code: res.body.error?.code }).toEqual({ id, status: 404, code: "NOT_FOUND" });
    }
    expect((await enrolAs(open.id, cookie, "https://evil.example")).status).toBe(403);
    expect((await enrolAs(open.id, cookie, null)).status).toBe(403);
    expect(await writes()).toEqual(before);
  });

  it("a member of no library gets 422", async () => {
    const session = await createSession(db, { capacity: 5 });
    const [nobody] = await createUsers(db, 1, { librarySlug: null });
    const res = await enrolAs(session.id, await signIn(nobody!));
    expect(res.status).toBe(422);
    expect(res.body.error!.message).toMatch(/member library/);
  });
});

describe("DELETE /api/enrolments/{id}", () => {
  it("own: 200 with the new state, and the first on the waitlist is promoted", async () => {
    const session = await createSession(db, { capacity: 1 });
    const [first, second] = await createUsers(db, 2);
    const firstCookie = await signIn(first!);
    const secondCookie = await signIn(second!);
    const seat = await enrolAs(session.id, firstCookie);
    const queued = await enrolAs(session.id, secondCookie);
    expect(queued.body).toMatchObject({ status: "WAITLISTED", waitlistPosition: 1 });

    const cancelled = await cancelAs(seat.body.id as string, firstCookie);
    expect(cancelled).toEqual({
      status: 200,
      body: { id: seat.body.id, status: "CANCELLED", waitlistPosition: null },
    });
    const promoted = await call(
      getTraining(
        request("GET", `/api/trainings/${session.id}`, { cookie: secondCookie }),
        params({ sessionId: session.id }),
      ),
    );
    expect(promoted.body).toMatchObject({
      seatsTaken: 1,
      waitlistLength: 0,
      enrolment: { id: queued.body.id, status: "CONFIRMED", waitlistPosition: null },
    });
    // Cancelling again answers the same state.
    expect(await cancelAs(seat.body.id as string, firstCookie)).toMatchObject({
      status: 200,
      body: { status: "CANCELLED" },
    });
    // And the cancelled enrolment can enrol again: the row is reused, now on the waitlist.
    const again = await enrolAs(session.id, firstCookie);
    expect(again).toMatchObject({ status: 201, body: { id: seat.body.id, status: "WAITLISTED", waitlistPosition: 1 } });
  });

  it("permission matrix: signed out 401; other staff, a supervisor of the same library, steering 404; coordinator and admin 200", async () => {
    const session = await createSession(db, { capacity: 10 });
    const [owner] = await createUsers(db, 1);
    const ownerCookie = await signIn(owner!);
    const others = {
      staff: (await createUsers(db, 1))[0]!,
      supervisor: (await createUsers(db, 1, { roles: ["SUPERVISOR"] }))[0]!,
      steering: (await createUsers(db, 1, { librarySlug: "jyvaskyla", roles: ["STEERING"] }))[0]!,
      coordinator: (await createUsers(db, 1, { librarySlug: "tampere", roles: ["COORDINATOR"] }))[0]!,
      admin: (await createUsers(db, 1, { librarySlug: "tampere", roles: ["ADMIN"] }))[0]!,
    };
    const enrolment = (await enrolAs(session.id, ownerCookie)).body.id as string;

    const before = await writes();
    expect((await cancelAs(enrolment)).status).toBe(401);
    for (const who of ["staff", "supervisor", "steering"] as const) {
      const res = await cancelAs(enrolment, await signIn(others[who]));
      expect({ who, status: res.status, code: res.body.error?.code }).toEqual({ who, status: 404, code: "NOT_FOUND" });
    }
    expect((await cancelAs(enrolment, ownerCookie, "https://evil.example")).status).toBe(403);
    expect(await writes()).toEqual(before);

    const byCoordinator = await cancelAs(enrolment, await signIn(others.coordinator));
    expect(byCoordinator).toMatchObject({ status: 200, body: { id: enrolment, status: "CANCELLED" } });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: enrolment, action: "enrolment.cancel" },
      select: { actorId: true },
    });
    expect(audit.actorId).toBe(others.coordinator.id);

    const second = (await enrolAs(session.id, ownerCookie)).body.id as string;
    expect((await cancelAs(second, await signIn(others.admin))).status).toBe(200);
  });

  it("404 for unknown and malformed ids, nothing written", async () => {
    const [actor] = await createUsers(db, 1);
    const cookie = await signIn(actor!);
    const before = await writes();
    for (const id of [randomUUID(), "not-a-uuid", "%00"]) {
      expect((await cancelAs(id, cookie)).status).toBe(404);
    }
    expect(await writes()).toEqual(before);
  });
});

describe("GET /api/trainings", () => {
  const list = (query: string) =>
    call(listTrainings(request("GET", `/api/trainings${query}`, { origin: null }), params({})));

  it("lists published sessions with seats left and waitlist length, filterable", async () => {
    const session = await createSession(db, { capacity: 1 });
    const draft = await createSession(db, { capacity: 1, menuStatus: "DRAFT" });
    const [a, b] = await createUsers(db, 2);
    await enrolAs(session.id, await signIn(a!));
    await enrolAs(session.id, await signIn(b!));

    const all = await list("");
    expect(all.status).toBe(200);
    const sessions = all.body.sessions as { id: string }[];
    expect(sessions.find((s) => s.id === draft.id)).toBeUndefined();
    const mine = sessions.find((s) => s.id === session.id);
    expect(mine).toMatchObject({
      capacity: 1,
      seatsTaken: 1,
      seatsLeft: 0,
      waitlistLength: 1,
      registration: "OPEN",
      status: "SCHEDULED",
      eligibility: { kind: "REGION", library: null },
      offering: { slug: session.offeringSlug, kind: "WORKSHOP" },
    });
    // No remote links in public lists.
    expect(JSON.stringify(all.body)).not.toContain("teams.microsoft.com");

    const byText = await list(`?q=${encodeURIComponent(session.offeringSlug.replace("test-offering-", ""))}`);
    expect((byText.body.sessions as { id: string }[]).map((s) => s.id)).toEqual([session.id]);
    const byKind = await list("?kind=WEBINAR&q=Testityöpaja");
    expect(byKind.body.sessions).toEqual([]);
  });

  it("filters by Helsinki calendar days, theme and library", async () => {
    // 1.6.2027 at 0.30 Helsinki time is still 31.5. in UTC.
    const session = await createSession(db, { capacity: 3, startsAt: new Date("2027-05-31T21:30:00Z") });
    const ids = async (query: string) => ((await list(query)).body.sessions as { id: string }[]).map((s) => s.id);
    expect(await ids("?from=2027-06-01&to=2027-06-01")).toContain(session.id);
    expect(await ids("?from=2027-05-31&to=2027-05-31")).not.toContain(session.id);
    expect(await ids("?from=2027-06-01&theme=no-such-theme")).toEqual([]);
    expect(await ids("?from=2027-06-01&library=muurame")).not.toContain(session.id);
  });

  it("422 with field messages for bad query parameters", async () => {
    const cases: [string, string][] = [
      ["?from=2027-13-01", "from"],
      ["?to=tomorrow", "to"],
      ["?kind=SEMINAR", "kind"],
      ["?theme=Not%20A%20Slug", "theme"],
      ["?library=%3Cscript%3E", "library"],
      [`?q=${"x".repeat(101)}`, "q"],
      ["?q=%20%20", "q"],
      ["?from=2027-06-02&to=2027-06-01", "to"],
      ["?kind=WORKSHOP&kind=WEBINAR", "kind"],
    ];
    for (const [query, field] of cases) {
      const res = await list(query);
      expect({ query, status: res.status, code: res.body.error?.code }).toEqual({
        query,
        status: 422,
        code: "VALIDATION_FAILED",
      });
      expect(Object.keys(res.body.error!.fields ?? {})).toContain(field);
      // Field messages come out in English, not as catalogue keys.
      expect(res.body.error!.fields![field]).not.toMatch(/^enrolments\./);
    }
  });
});

describe("GET /api/trainings/{sessionId}", () => {
  const get = (sessionId: string, cookie?: string) =>
    call(getTraining(request("GET", `/api/trainings/${sessionId}`, { cookie, origin: null }), params({ sessionId })));

  it("shows a published session, restricted ones too, with the caller's own enrolment", async () => {
    const muurame = await libraryId(db, "muurame");
    const session = await createSession(db, { capacity: 2, eligibility: "LIBRARY", restrictedLibraryId: muurame });
    const signedOut = await get(session.id);
    expect(signedOut).toMatchObject({
      status: 200,
      body: { id: session.id, eligibility: { kind: "LIBRARY", library: { slug: "muurame" } }, enrolment: null },
    });
    const [staff] = await createUsers(db, 1, { librarySlug: "muurame" });
    const cookie = await signIn(staff!);
    const created = await enrolAs(session.id, cookie);
    expect((await get(session.id, cookie)).body.enrolment).toEqual({
      id: created.body.id,
      status: "CONFIRMED",
      waitlistPosition: null,
    });
  });

  it("404 for unknown, malformed and unpublished sessions", async () => {
    const draft = await createSession(db, { capacity: 2, menuStatus: "DRAFT" });
    for (const id of [randomUUID(), "nope", draft.id, `${uniq()}`]) {
      expect((await get(id)).status).toBe(404);
    }
  });
});
