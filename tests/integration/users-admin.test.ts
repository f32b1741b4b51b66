// User administration (issue 11): the permission matrix of every action,
// endpoint and loader (signed out, STAFF, SUPERVISOR of the same and of
// another library, STEERING, COORDINATOR, ADMIN), with no middleware in front;
// refusals write nothing; nobody raises their own role by any route; the last
// active ADMIN stays; deactivation ends sessions and refuses every sign-in;
// invitations go through the outbox with a single-use link; every change is
// audited. Each file has its own database copy, so the seed's admins may be
// changed here.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { findActorBySessionToken, isAllowedToSignIn } from "@/lib/auth/data";
import { requestMagicLink } from "@/lib/auth/magic-link";
import { createDemoSession } from "@/lib/auth/mutations";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";
import type { OutgoingMail } from "@/lib/email";
import { runWorkerOnce } from "@/lib/jobs/worker";
import {
  changeActivationAction,
  changeLibraryAction,
  changeRolesAction,
  inviteColleagueAction,
  inviteUserAction,
  resendInvitationAction,
} from "@/lib/users/admin/actions";
import { getUser, listOwnLibraryStaff, listUsers } from "@/lib/users/admin/data";
import { updateUser } from "@/lib/users/admin/mutations";
import { createUsers, libraryId, uniq } from "./enrolment-fixtures";
import { ORIGIN, request, sameOrigin } from "./support/request";
import { submit, type Action, type Values } from "./support/server-actions";
import { sessionCookie } from "./support/session-cookie";
import { gatekeepers } from "./support/no-gatekeeper";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));
// The magic-link request reads the page's language; only the cookie matters here.
vi.mock("next/root-params", () => ({ locale: () => Promise.resolve(undefined) }));

const { GET: listRoute } = await import("@/app/api/users/route");
const { GET: getRoute, PATCH: patchRoute } = await import("@/app/api/users/[id]/route");

const WHO = ["signedOut", "staff", "supervisorSame", "supervisorOther", "steering", "coordinator", "admin"] as const;
type Who = (typeof WHO)[number];

let db: Db;
let libA: string;
let libB: string;
const cast = {} as Record<Exclude<Who, "signedOut">, Actor>;
let target: Actor;

async function one(roles: Role[], librarySlug: string | null): Promise<Actor> {
  const [actor] = await createUsers(db, 1, { roles, librarySlug, prefix: `ua-${uniq()}` });
  return actor!;
}
const actorOf = (who: Who): Actor | null => (who === "signedOut" ? null : cast[who]);

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  libA = await libraryId(db, "valkeakoski");
  libB = (await db.library.findFirstOrThrow({ where: { id: { not: libA } }, select: { id: true } })).id;
  const slugB = (await db.library.findUniqueOrThrow({ where: { id: libB }, select: { slug: true } })).slug;
  cast.staff = await one(["STAFF"], "valkeakoski");
  cast.supervisorSame = await one(["SUPERVISOR"], "valkeakoski");
  cast.supervisorOther = await one(["SUPERVISOR"], slugB);
  cast.steering = await one(["STEERING"], "valkeakoski");
  cast.coordinator = await one(["COORDINATOR"], null);
  cast.admin = await one(["ADMIN"], null);
  target = await one(["STAFF"], "valkeakoski");
});
afterAll(async () => {
  await db.$disconnect();
});
beforeEach(() => {
  request.headers = sameOrigin();
  request.actor = null;
});

/**
 * Everything these features write: people, sign-in links, the audit trail, the
 * queue. (Sessions are left out: signing a test's actor in makes one.)
 */
async function writes() {
  const [users, tokens, audits, jobs, rows] = await Promise.all([
    db.user.count(),
    db.verificationToken.count(),
    db.auditEvent.count(),
    db.job.count(),
    db.user.findMany({
      select: { id: true, roles: true, libraryId: true, deactivatedAt: true },
      orderBy: { id: "asc" },
    }),
  ]);
  return { users, tokens, audits, jobs, rows };
}

/** What each action is sent in the matrix: a change that would matter to `target`. */
const FORMS: [string, Action, () => Values][] = [
  ["inviteUser", inviteUserAction, () => ({ email: `m-${uniq()}@test.invalid`, roles: "ADMIN", libraryId: libA })],
  ["changeRoles", changeRolesAction, () => ({ userId: target.id, roles: ["STAFF", "ADMIN"] })],
  ["changeLibrary", changeLibraryAction, () => ({ userId: target.id, libraryId: libB })],
  ["changeActivation", changeActivationAction, () => ({ userId: target.id, active: "false" })],
  ["resendInvitation", resendInvitationAction, () => ({ userId: target.id })],
];

function api(method: string, pathAndQuery: string, cookie?: string, body?: unknown) {
  const headers = new Headers({ host: "127.0.0.1:3000", origin: ORIGIN, "content-type": "application/json" });
  if (cookie) headers.set("cookie", cookie);
  request.headers = headers;
  return new Request(`${ORIGIN}${pathAndQuery}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const cookieOf = async (who: Who) => (who === "signedOut" ? undefined : sessionCookie(db, cast[who].id));

describe("the permission matrix", () => {
  it("has nothing in front of the routes that checks permissions (no middleware; the proxy only routes)", () => {
    // No middleware; proxy.ts only rewrites (ADR 23) and answers 404 for its internal pages.
    expect(gatekeepers()).toEqual({ files: ["proxy.ts"], refusals: ["status: 404"] });
  });

  for (const who of WHO.filter((w) => w !== "admin")) {
    it(`refuses every admin form to ${who}, writing nothing`, async () => {
      for (const [name, action, values] of FORMS) {
        const before = await writes();
        const outcome = await submit(action, actorOf(who), values());
        const code = who === "signedOut" ? "UNAUTHENTICATED" : "FORBIDDEN";
        expect(outcome.state?.formError, `${name} as ${who}`).toBe(`form.error.${code}`);
        expect(await writes(), `${name} as ${who}`).toEqual(before);
      }
    });

    it(`answers the users API to ${who} with ${who === "signedOut" ? 401 : 403}, writing nothing`, async () => {
      const status = who === "signedOut" ? 401 : 403;
      const cookie = await cookieOf(who);
      const before = await writes();
      expect((await listRoute(api("GET", "/api/users", cookie), params(""))).status).toBe(status);
      expect((await getRoute(api("GET", `/api/users/${target.id}`, cookie), params(target.id))).status).toBe(status);
      const patch = await patchRoute(
        api("PATCH", `/api/users/${target.id}`, cookie, { roles: ["ADMIN"], active: false }),
        params(target.id),
      );
      expect(patch.status).toBe(status);
      // A bad body is refused the same way: a refusal says nothing about the input.
      const bad = await patchRoute(api("PATCH", `/api/users/${target.id}`, cookie, { roles: "x" }), params(target.id));
      expect(bad.status).toBe(status);
      expect(await writes()).toEqual(before);
    });

    it(`keeps the admins' loaders from ${who}`, async () => {
      await expect(listUsers(actorOf(who), {})).rejects.toMatchObject({
        code: who === "signedOut" ? "UNAUTHENTICATED" : "FORBIDDEN",
      });
      await expect(getUser(actorOf(who), target.id)).rejects.toMatchObject({
        code: who === "signedOut" ? "UNAUTHENTICATED" : "FORBIDDEN",
      });
    });
  }

  it("gives the admin the list, the user and the API", async () => {
    const cookie = await cookieOf("admin");
    const list = await listRoute(api("GET", `/api/users?q=${encodeURIComponent("ua-")}&limit=3`, cookie), params(""));
    expect(list.status).toBe(200);
    const body = (await list.json()) as { items: unknown[]; nextCursor: string | null };
    expect(body.items).toHaveLength(3);
    expect(body.nextCursor).not.toBeNull();
    const one = await getRoute(api("GET", `/api/users/${target.id}`, cookie), params(target.id));
    expect(one.status).toBe(200);
    expect(await getRoute(api("GET", `/api/users/${crypto.randomUUID()}`, cookie), params("x"))).toHaveProperty(
      "status",
      404,
    );
    const bad = await listRoute(api("GET", "/api/users?role=KING", cookie), params(""));
    expect(bad.status).toBe(422);
  });

  it("shows a supervisor their own library's staff only, and nobody else any", async () => {
    const same = await listOwnLibraryStaff(cast.supervisorSame);
    expect(same.map((r) => r.id)).toEqual(expect.arrayContaining([cast.staff.id, target.id]));
    expect(same.map((r) => r.id)).not.toContain(cast.supervisorOther.id);
    const other = await listOwnLibraryStaff(cast.supervisorOther);
    expect(other.map((r) => r.id)).toContain(cast.supervisorOther.id);
    expect(other.map((r) => r.id)).not.toContain(target.id);
    for (const who of ["signedOut", "staff", "steering", "coordinator", "admin"] as const) {
      await expect(listOwnLibraryStaff(actorOf(who)), who).rejects.toMatchObject({
        code: who === "signedOut" ? "UNAUTHENTICATED" : "FORBIDDEN",
      });
    }
  });

  it("lets supervisors add a colleague as STAFF of their own library only, whatever the form says", async () => {
    for (const who of ["signedOut", "staff", "steering", "coordinator", "admin"] as const) {
      const before = await writes();
      const outcome = await submit(inviteColleagueAction, actorOf(who), { email: `c-${uniq()}@test.invalid` });
      expect(outcome.state?.formError, who).toBe(`form.error.${who === "signedOut" ? "UNAUTHENTICATED" : "FORBIDDEN"}`);
      expect(await writes(), who).toEqual(before);
    }
    for (const [who, library] of [
      ["supervisorSame", () => libA],
      ["supervisorOther", () => libB],
    ] as const) {
      const email = `colleague-${uniq()}@test.invalid`;
      // A crafted post: roles and a library the form does not have.
      const outcome = await submit(inviteColleagueAction, actorOf(who), {
        email,
        roles: "ADMIN",
        libraryId: who === "supervisorSame" ? libB : libA,
      });
      expect(outcome.state?.status, who).toBe("saved");
      const invited = await db.user.findUniqueOrThrow({ where: { email } });
      expect(invited).toMatchObject({ roles: ["STAFF"], libraryId: library(), invitedById: cast[who].id });
    }
  });
});

describe("nobody raises their own role", () => {
  it("refuses a STAFF user's own promotion by form, API, crafted action and mutation", async () => {
    const before = await writes();
    const me = cast.staff;
    expect((await submit(changeRolesAction, me, { userId: me.id, roles: "ADMIN" })).state?.formError).toBe(
      "form.error.FORBIDDEN",
    );
    expect((await submit(inviteUserAction, me, { email: me.id, roles: "ADMIN" })).state?.formError).toBe(
      "form.error.FORBIDDEN",
    );
    const cookie = await sessionCookie(db, me.id);
    const afterCookie = await writes();
    const res = await patchRoute(api("PATCH", `/api/users/${me.id}`, cookie, { roles: ["ADMIN"] }), params(me.id));
    expect(res.status).toBe(403);
    await expect(updateUser(me, me.id, { roles: ["ADMIN"] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await writes()).toEqual(afterCookie);
    expect((await db.user.findUniqueOrThrow({ where: { id: me.id } })).roles).toEqual(["STAFF"]);
    expect(afterCookie.rows).toEqual(before.rows);
  });
});

describe("changes by an admin", () => {
  it("changes roles and library, each in the audit trail shown on the user page", async () => {
    const person = await one(["STAFF"], "valkeakoski");
    const roles = await submit(changeRolesAction, cast.admin, { userId: person.id, roles: ["SUPERVISOR", "STAFF"] });
    expect(roles.state?.status).toBe("saved");
    const library = await submit(changeLibraryAction, cast.admin, { userId: person.id, libraryId: libB });
    expect(library.state?.status).toBe("saved");
    // The same again changes nothing and audits nothing.
    const auditsBefore = await db.auditEvent.count();
    await submit(changeLibraryAction, cast.admin, { userId: person.id, libraryId: libB });
    expect(await db.auditEvent.count()).toBe(auditsBefore);

    const row = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(row).toMatchObject({ roles: ["SUPERVISOR", "STAFF"], libraryId: libB });
    const detail = await getUser(cast.admin, person.id);
    expect(detail!.audit.map((e) => [e.action, e.before, e.after])).toEqual(
      expect.arrayContaining([
        ["user.rolesChanged", { roles: ["STAFF"] }, { roles: ["SUPERVISOR", "STAFF"] }],
        ["user.libraryChanged", { libraryId: libA }, { libraryId: libB }],
      ]),
    );
    const events = await db.auditEvent.findMany({ where: { entityType: "User", entityId: person.id } });
    expect(events.every((e) => e.actorId === cast.admin.id)).toBe(true);
  });

  it("refuses bad input with field messages and writes nothing", async () => {
    const before = await writes();
    const cases: [Action, Values, string][] = [
      [changeRolesAction, { userId: target.id }, "roles"],
      [changeRolesAction, { userId: target.id, roles: "KING" }, "roles"],
      [changeLibraryAction, { userId: target.id, libraryId: "not-a-uuid" }, "libraryId"],
      [changeLibraryAction, { userId: target.id, libraryId: crypto.randomUUID() }, "libraryId"],
      [inviteUserAction, { email: "nope", roles: "STAFF" }, "email"],
      [inviteUserAction, { email: `x-${uniq()}@test.invalid` }, "roles"],
      [
        inviteUserAction,
        { email: `x-${uniq()}@test.invalid`, roles: "STAFF", libraryId: crypto.randomUUID() },
        "libraryId",
      ],
    ];
    for (const [action, values, field] of cases) {
      const outcome = await submit(action, cast.admin, values);
      expect(outcome.state?.fields?.[field], JSON.stringify(values)).toBeTruthy();
    }
    const taken = await submit(inviteUserAction, cast.admin, {
      email: (await db.user.findUniqueOrThrow({ where: { id: target.id } })).email,
      roles: "STAFF",
    });
    expect(taken.state?.fields?.email).toBe("users.error.emailTaken");
    const cookie = await sessionCookie(db, cast.admin.id);
    const afterCookie = await writes();
    for (const body of [{}, { roles: [] }, { libraryId: "x" }, { active: "no" }, { extra: 1 }]) {
      const res = await patchRoute(api("PATCH", `/api/users/${target.id}`, cookie, body), params(target.id));
      expect(res.status, JSON.stringify(body)).toBe(422);
    }
    expect(await writes()).toEqual(afterCookie);
    expect(afterCookie.rows).toEqual(before.rows);
  });
});

describe("the last active admin", () => {
  it("cannot drop their own ADMIN role or deactivate themselves; with another admin they can", async () => {
    const admin = await one(["ADMIN"], null);
    // This file's copy of the database: every other admin deactivated.
    await db.user.updateMany({
      where: { roles: { has: "ADMIN" }, id: { not: admin.id } },
      data: { deactivatedAt: new Date() },
    });
    const before = await writes();
    const roles = await submit(changeRolesAction, admin, { userId: admin.id, roles: "COORDINATOR" });
    expect(roles.state?.fields?.roles).toBe("users.error.lastAdmin");
    const off = await submit(changeActivationAction, admin, { userId: admin.id, active: "false" });
    expect(off.state?.fields?.active).toBe("users.error.lastAdmin");
    const cookie = await sessionCookie(db, admin.id);
    const afterCookie = await writes();
    const res = await patchRoute(api("PATCH", `/api/users/${admin.id}`, cookie, { active: false }), params(admin.id));
    expect(res.status).toBe(409);
    expect(await writes()).toEqual(afterCookie);
    expect(afterCookie.rows).toEqual(before.rows);

    const second = await one(["ADMIN"], null);
    const demoted = await submit(changeRolesAction, admin, { userId: admin.id, roles: "COORDINATOR" });
    expect(demoted.state?.status).toBe("saved");
    // Now `second` is the last one, and the same rule holds for them.
    await expect(updateUser(second, second.id, { active: false })).rejects.toMatchObject({ code: "CONFLICT" });
    await db.user.updateMany({ where: { roles: { has: "ADMIN" } }, data: { deactivatedAt: null } });
  });
});

describe("deactivation", () => {
  it("ends every session at once, voids links, refuses every sign-in, keeps history; reactivation lets them back", async () => {
    const person = await one(["STAFF"], "valkeakoski");
    const { email } = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    await db.user.update({ where: { id: person.id }, data: { isDemo: true } });
    const browsers = [await sessionCookie(db, person.id), await sessionCookie(db, person.id)];
    await db.verificationToken.create({
      data: { identifier: email, token: `t-${uniq()}`, expires: new Date(Date.now() + 60_000) },
    });
    const audit = await db.auditEvent.create({
      data: { actorId: person.id, action: "test.history", entityType: "User", entityId: person.id },
    });

    const res = await patchRoute(
      api("PATCH", `/api/users/${person.id}`, await sessionCookie(db, cast.admin.id), { active: false }),
      params(person.id),
    );
    expect(res.status).toBe(200);
    expect(((await res.json()) as { active: boolean }).active).toBe(false);

    for (const cookie of browsers) {
      const token = /=(.+)$/.exec(cookie)![1]!;
      expect(await findActorBySessionToken(token)).toBeNull();
      // The next request of that browser is a signed-out one.
      expect((await getRoute(api("GET", `/api/users/${person.id}`, cookie), params(person.id))).status).toBe(401);
    }
    expect(await db.session.count({ where: { userId: person.id } })).toBe(0);
    expect(await db.verificationToken.count({ where: { identifier: email } })).toBe(0);
    expect(await isAllowedToSignIn(email)).toBe(false);
    expect(await isAllowedToSignIn(email.toUpperCase())).toBe(false);
    // The magic-link request answers as always but asks Auth.js for nothing (no token).
    await expect(requestMagicLink({ email }, `client-${uniq()}`)).resolves.toEqual({ status: "sent" });
    expect(await db.verificationToken.count({ where: { identifier: email } })).toBe(0);
    expect(await createDemoSession(person.id)).toBeNull();
    // History is kept: the person's own rows and what they did.
    expect(await db.auditEvent.findUnique({ where: { id: audit.id } })).not.toBeNull();

    request.headers = sameOrigin();
    const back = await submit(changeActivationAction, cast.admin, { userId: person.id, active: "true" });
    expect(back.state).toMatchObject({ status: "saved" });
    expect(await isAllowedToSignIn(email)).toBe(true);
    const demo = await createDemoSession(person.id);
    expect(demo).not.toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).lastSignInAt).not.toBeNull();

    const actions = (await getUser(cast.admin, person.id))!.audit.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["user.deactivated", "user.reactivated"]));
  });
});

describe("invitations", () => {
  it("creates the person with library and roles, audits it, and mails a single-use 7-day link through the outbox", async () => {
    const email = `Invitee-${uniq()}@Test.invalid`;
    const outcome = await submit(inviteUserAction, cast.admin, {
      email,
      name: "Kutsuttu Henkilö",
      libraryId: libB,
      roles: ["SUPERVISOR", "STAFF"],
      locale: "en",
    });
    const user = await db.user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
    expect(outcome.redirect).toBe(`/kayttajat/${user.id}?kutsuttu=1`);
    expect(user).toMatchObject({
      libraryId: libB,
      roles: ["SUPERVISOR", "STAFF"],
      invitedById: cast.admin.id,
      locale: "en",
    });
    expect(
      await db.auditEvent.count({ where: { action: "user.invited", entityId: user.id, actorId: cast.admin.id } }),
    ).toBe(1);
    const job = await db.job.findFirstOrThrow({
      where: { name: "email.invitation", payload: { equals: { userId: user.id } } },
    });
    expect(job.payload).toEqual({ userId: user.id });

    const sent: OutgoingMail[] = [];
    const now = new Date();
    await runWorkerOnce(db, {
      mailer: (mail) => Promise.resolve(void sent.push(mail)),
      appUrl: "https://pike.test",
      now,
      maxJobs: 1_000,
    });
    const mail = sent.find((m) => m.to === user.email)!;
    expect(mail.subject).toBe("Invitation to the PiKe portal");
    const link = new URL(/https:\/\/pike\.test\/kirjaudu\/vahvista\?\S+/.exec(mail.text)![0]);
    expect(link.searchParams.get("email")).toBe(user.email);
    const token = link.searchParams.get("token")!;
    const stored = await db.verificationToken.findFirstOrThrow({ where: { identifier: user.email } });
    // Hashed as Auth.js hashes its own, so its callback consumes it like a magic link.
    const secret = "pike-portaali-development-secret-do-not-use-in-production";
    expect(stored.token).toBe(
      createHash("sha256")
        .update(`${token}${process.env.AUTH_SECRET ?? secret}`)
        .digest("hex"),
    );
    expect(stored.token).not.toContain(token);
    const days = (stored.expires.getTime() - now.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(7, 3);
    expect(mail.text).toContain("7 days");
  });

  it("mails no link to a person deactivated before the mail went out", async () => {
    const email = `late-${uniq()}@test.invalid`;
    await submit(inviteUserAction, cast.admin, { email, roles: "STAFF", libraryId: libA });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    await updateUser(cast.admin, user.id, { active: false });
    const sent: OutgoingMail[] = [];
    await runWorkerOnce(db, {
      mailer: (mail) => Promise.resolve(void sent.push(mail)),
      appUrl: "https://pike.test",
      maxJobs: 1_000,
    });
    expect(sent.filter((m) => m.to === email)).toEqual([]);
    expect(await db.verificationToken.count({ where: { identifier: email } })).toBe(0);
  });
});

describe("sending an invitation again", () => {
  it("mails a new link to one who has not signed in, voids the earlier one, audits it", async () => {
    const email = `again-${uniq()}@test.invalid`;
    await submit(inviteUserAction, cast.admin, { email, roles: "STAFF", libraryId: libA });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    await runWorkerOnce(db, { mailer: () => Promise.resolve(), appUrl: "https://pike.test", maxJobs: 1_000 });
    const first = await db.verificationToken.findFirstOrThrow({ where: { identifier: email } });

    const outcome = await submit(resendInvitationAction, cast.admin, { userId: user.id });
    expect(outcome.state?.status).toBe("saved");
    expect(await db.verificationToken.count({ where: { identifier: email } })).toBe(0);
    expect(
      await db.job.count({
        where: { name: "email.invitation", payload: { equals: { userId: user.id } }, completedAt: null },
      }),
    ).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "user.invitationResent", entityId: user.id } })).toBe(1);

    const sent: OutgoingMail[] = [];
    await runWorkerOnce(db, {
      mailer: (mail) => Promise.resolve(void sent.push(mail)),
      appUrl: "https://pike.test",
      maxJobs: 1_000,
    });
    expect(sent.filter((m) => m.to === email)).toHaveLength(1);
    const second = await db.verificationToken.findFirstOrThrow({ where: { identifier: email } });
    expect(second.token).not.toBe(first.token);
  });

  it("refuses, writing nothing, once they have signed in or while deactivated, and for an unknown id", async () => {
    const email = `signed-${uniq()}@test.invalid`;
    await submit(inviteUserAction, cast.admin, { email, roles: "STAFF", libraryId: libA });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    let before = await writes();
    expect((await submit(resendInvitationAction, cast.admin, { userId: user.id })).state?.formError).toBe(
      "users.error.notPendingInvitation",
    );
    expect(await writes()).toEqual(before);

    await db.user.update({ where: { id: user.id }, data: { lastSignInAt: null } });
    await updateUser(cast.admin, user.id, { active: false });
    before = await writes();
    expect((await submit(resendInvitationAction, cast.admin, { userId: user.id })).state?.formError).toBe(
      "users.error.notPendingInvitation",
    );
    expect((await submit(resendInvitationAction, cast.admin, { userId: "not-an-id" })).state?.status).toBe("error");
    expect(await writes()).toEqual(before);
  });
});

describe("the users list", () => {
  it("searches, filters and pages", async () => {
    const tag = `flt-${uniq()}`;
    const [a, b, c] = await createUsers(db, 3, { roles: ["STAFF"], librarySlug: "valkeakoski", prefix: tag });
    await db.user.update({ where: { id: b!.id }, data: { roles: ["SUPERVISOR"], lastSignInAt: new Date() } });
    await db.user.update({
      where: { id: c!.id },
      data: { deactivatedAt: new Date(), lastSignInAt: new Date(Date.now() - 200 * 86_400_000) },
    });
    const ids = async (query: Parameters<typeof listUsers>[1]) =>
      (await listUsers(cast.admin, { q: tag, ...query })).items.map((u) => u.id);
    expect(await ids({})).toEqual([a!.id, b!.id, c!.id]);
    expect(await ids({ q: tag.toUpperCase() })).toEqual([a!.id, b!.id, c!.id]);
    expect(await ids({ role: "SUPERVISOR" })).toEqual([b!.id]);
    expect(await ids({ active: "false" })).toEqual([c!.id]);
    expect(await ids({ active: "true" })).toEqual([a!.id, b!.id]);
    expect(await ids({ lastSignIn: "NEVER" })).toEqual([a!.id]);
    expect(await ids({ lastSignIn: "WITHIN_30_DAYS" })).toEqual([b!.id]);
    expect(await ids({ lastSignIn: "OVER_90_DAYS" })).toEqual([c!.id]);
    expect(await ids({ library: libB })).toEqual([]);
    const first = await listUsers(cast.admin, { q: tag, limit: 2 });
    const second = await listUsers(cast.admin, { q: tag, limit: 2, cursor: first.nextCursor! });
    expect([...first.items, ...second.items].map((u) => u.id)).toEqual([a!.id, b!.id, c!.id]);
    expect(second.nextCursor).toBeNull();
  });
});
