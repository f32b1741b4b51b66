// Kit reservations (issue 12 part A) against real PostgreSQL: the database's
// exclusion constraint with the shipping-day rule, the live statuses, the
// mutations (confirmed at once or requested, confirm/decline, cancel frees
// the days, a coordinator's audited shipping-day exception), the permission
// matrix of every endpoint and form (signed out, STAFF of the reserving
// library and of another, SUPERVISOR, COORDINATOR, ADMIN) with real session
// cookies and no middleware, bad input answered with 4xx and field messages
// while nothing is written, and the 409 that names the conflicting period.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { KitReservationStatus } from "@/lib/db/enums";
import { addDays, today } from "@/lib/dates/days";
import { LIVE_STATUSES } from "@/lib/kits/reservations/rules";
import { createUsers, libraryId } from "./enrolment-fixtures";
import { ORIGIN, request as current } from "./support/request";
import { submit } from "./support/server-actions";
import { sessionCookie } from "./support/session-cookie";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const { GET: listKits } = await import("@/app/api/kits/route");
const { GET: getKit } = await import("@/app/api/kits/[id]/route");
const { GET: getAvailability } = await import("@/app/api/kits/[id]/availability/route");
const { POST: postReservation } = await import("@/app/api/kits/[id]/reservations/route");
const { DELETE: deleteReservation } = await import("@/app/api/kit-reservations/[id]/route");
const { cancelKitReservationAction, decideKitReservationAction, reserveKitAction, shortenShippingDaysAction } =
  await import("@/lib/kits/reservations/actions");
const { claimKitDays, decideKitReservation, KIT_CLAIM_LOCK, reserveKit, shortenShippingDays } =
  await import("@/lib/kits/reservations/mutations");
const { findFreeKits, findFreeKitsPage, TAKEN_KITS_SHOWN } = await import("@/lib/kits/reservations/data");

let db: Db;
let valkeakoski: string;
let muurame: string;

/** The first day of the tests' ranges: well ahead, so that nothing is in the past. */
const BASE = addDays(today(), 40);
const day = (n: number) => addDays(BASE, n);

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  valkeakoski = await libraryId(db, "valkeakoski");
  muurame = await libraryId(db, "muurame");
});
afterAll(async () => {
  await db.$disconnect();
});

async function createKit(
  options: { shippingDays?: number; requiresApproval?: boolean; status?: "AVAILABLE" | "MAINTENANCE" | "RETIRED" } = {},
) {
  const id = randomUUID().slice(0, 8);
  return db.kit.create({
    data: {
      slug: `testiboksi-${id}`,
      name: `Testiboksi ${id}`,
      shippingDays: options.shippingDays ?? 2,
      requiresApproval: options.requiresApproval ?? false,
      status: options.status ?? "AVAILABLE",
      contents: [{ item: "Tabletti", count: 5 }],
    },
    select: { id: true, slug: true, shippingDays: true },
  });
}

function httpRequest(
  method: string,
  path: string,
  options: { cookie?: string; body?: unknown; rawBody?: string } = {},
) {
  const headers = new Headers({ host: "127.0.0.1:3000", origin: ORIGIN });
  if (options.cookie) headers.set("cookie", options.cookie);
  if (options.body !== undefined || options.rawBody !== undefined) headers.set("content-type", "application/json");
  current.headers = headers;
  current.actor = null;
  return new Request(`${ORIGIN}${path}`, {
    method,
    headers,
    body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
}
const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });
type ApiError = {
  code: string;
  message: string;
  fields?: Record<string, string>;
  conflict?: { startDate: string; endDate: string };
};
async function call(response: Promise<Response>) {
  const res = await response;
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { error?: ApiError } };
}

const cookieOf = (actor: Actor) => sessionCookie(db, actor.id);
const reserveAs = (kitId: string, body: unknown, cookie?: string) =>
  call(
    postReservation(httpRequest("POST", `/api/kits/${kitId}/reservations`, { cookie, body }), params({ id: kitId })),
  );
const cancelAs = (id: string, cookie?: string) =>
  call(deleteReservation(httpRequest("DELETE", `/api/kit-reservations/${id}`, { cookie }), params({ id })));

/** Rows a refused request must not have written. */
async function writes() {
  const [reservations, audits, jobs, statuses] = await Promise.all([
    db.kitReservation.count(),
    db.auditEvent.count({ where: { entityType: "KitReservation" } }),
    db.job.count(),
    db.kitReservation.findMany({ select: { id: true, status: true, shippingDays: true }, orderBy: { id: "asc" } }),
  ]);
  return { reservations, audits, jobs, statuses };
}

/** Any two live reservations of one kit whose held days (shipping included) overlap: must be none. */
async function overlappingLivePairs() {
  return db.$queryRaw<{ a: string; b: string }[]>`
    SELECT a.id AS a, b.id AS b FROM "KitReservation" a JOIN "KitReservation" b
      ON a."kitId" = b."kitId" AND a.id < b.id
     WHERE a.status < 'CANCELLED' AND b.status < 'CANCELLED'
       AND daterange(a."startDate", a."endDate" + a."shippingDays", '[]')
        && daterange(b."startDate", b."endDate" + b."shippingDays", '[]')`;
}

describe("the database: the exclusion constraint and the shipping-day rule", () => {
  async function insert(kitId: string, start: string, end: string, status: KitReservationStatus, shippingDays = 2) {
    return db.$executeRaw`
      INSERT INTO "KitReservation" ("kitId", "libraryId", "startDate", "endDate", "shippingDays", status)
      VALUES (${kitId}::uuid, ${valkeakoski}::uuid, ${start}::date, ${end}::date, ${shippingDays}, ${status}::"KitReservationStatus")`;
  }

  it("refuses an overlap with every live status, admits it for every other (the live list and the database agree)", async () => {
    for (const status of Object.values(KitReservationStatus)) {
      const kit = await createKit();
      await insert(kit.id, day(0), day(4), status);
      const second = insert(kit.id, day(3), day(8), "CONFIRMED");
      if ((LIVE_STATUSES as readonly string[]).includes(status)) {
        await expect(second, status).rejects.toThrow(/KitReservation_no_overlap|23P01|exclusion/);
      } else {
        await expect(second, status).resolves.toBe(1);
      }
    }
  });

  it("leaves exactly the shipping days free after a loan: once, not twice", async () => {
    const kit = await createKit({ shippingDays: 2 });
    await insert(kit.id, day(0), day(4), "CONFIRMED"); // held until day 6
    await expect(insert(kit.id, day(6), day(8), "CONFIRMED")).rejects.toThrow();
    await expect(insert(kit.id, day(7), day(9), "CONFIRMED")).resolves.toBe(1);
    // Before it: the new loan's own shipping days must end before day 0.
    await expect(insert(kit.id, day(-6), day(-2), "CONFIRMED")).rejects.toThrow();
    await expect(insert(kit.id, day(-7), day(-3), "CONFIRMED")).resolves.toBe(1);
    expect(await overlappingLivePairs()).toEqual([]);
  });
});

describe("reserving", () => {
  it("201 CONFIRMED at once for a kit without approval; an overlap is 409 naming the period; the buffer-touching range is 201", async () => {
    const kit = await createKit({ shippingDays: 2 });
    const [staff, other] = await createUsers(db, 2, { librarySlug: "valkeakoski" });
    const first = await reserveAs(
      kit.id,
      { libraryId: valkeakoski, startDate: day(0), endDate: day(4) },
      await cookieOf(staff!),
    );
    expect(first.status).toBe(201);
    expect(Object.keys(first.body).sort()).toEqual(["endDate", "id", "startDate", "status"]);
    expect(first.body).toMatchObject({ status: "CONFIRMED", startDate: day(0), endDate: day(4) });

    const before = await writes();
    const clash = await reserveAs(
      kit.id,
      { libraryId: valkeakoski, startDate: day(5), endDate: day(7) },
      await cookieOf(other!),
    );
    expect(clash.status).toBe(409);
    expect(clash.body.error).toMatchObject({ code: "CONFLICT", conflict: { startDate: day(0), endDate: day(4) } });
    const [y, m, d] = day(0).split("-").map(Number);
    expect(clash.body.error!.message).toContain(`${d}.`);
    expect(clash.body.error!.message).toContain(`${y}`);
    void m;
    expect(await writes()).toEqual(before);

    const next = await reserveAs(
      kit.id,
      { libraryId: valkeakoski, startDate: day(7), endDate: day(9) },
      await cookieOf(other!),
    );
    expect(next).toMatchObject({ status: 201, body: { status: "CONFIRMED" } });
    // Finnish dates are read too.
    const [y2, m2, d2] = day(20).split("-").map(Number);
    const finnish = await reserveAs(
      kit.id,
      { libraryId: valkeakoski, startDate: `${d2}.${m2}.${y2}`, endDate: day(21) },
      await cookieOf(other!),
    );
    expect(finnish).toMatchObject({ status: 201, body: { startDate: day(20), endDate: day(21) } });
    expect(await overlappingLivePairs()).toEqual([]);
  });

  it("audits and mails every step: the reservation, the decision, the cancellation", async () => {
    const kit = await createKit({ requiresApproval: true });
    const [staff] = await createUsers(db, 1, { librarySlug: "valkeakoski" });
    const [coordinator] = await createUsers(db, 1, { librarySlug: null, roles: ["COORDINATOR"] });
    const made = await reserveKit(staff!, kit.id, { libraryId: valkeakoski, startDate: day(0), endDate: day(2) });
    expect(made.status).toBe("REQUESTED");
    await decideKitReservation(coordinator!, made.id, "CONFIRMED", undefined);
    const cancelled = await cancelAs(made.id, await cookieOf(staff!));
    expect(cancelled).toMatchObject({ status: 200, body: { id: made.id, status: "CANCELLED" } });
    const audits = await db.auditEvent.findMany({
      where: { entityId: made.id },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(audits.map((a) => a.action)).toEqual([
      "kitReservation.create",
      "kitReservation.confirm",
      "kitReservation.cancel",
    ]);
    const jobs = await db.job.findMany({
      where: { name: "email.kitReservation", payload: { path: ["reservationId"], equals: made.id } },
      orderBy: { createdAt: "asc" },
      select: { payload: true },
    });
    expect(jobs.map((j) => (j.payload as { event: string }).event)).toEqual(["requested", "confirmed", "cancelled"]);

    // The mail: to the requester (and the library's contact address), with the days and the loan in the calendar.
    const { handlers } = await import("@/lib/jobs/handlers");
    const sent: { to: string; subject: string; text: string; icalEvent?: { method: string; content: string } }[] = [];
    const ctx = {
      db,
      mailer: (mail: (typeof sent)[number]) => {
        sent.push(mail);
        return Promise.resolve();
      },
      now: new Date(),
      appUrl: "https://pike.test",
      organizer: { email: "noreply@pike.test" },
    };
    expect(await handlers["email.kitReservation"]({ reservationId: made.id, event: "cancelled" }, ctx as never)).toBe(
      "sent",
    );
    const [y, m, d] = day(0).split("-").map(Number);
    const requester = await db.user.findUniqueOrThrow({ where: { id: staff!.id }, select: { email: true } });
    expect(sent.map((mail) => mail.to)).toContain(requester.email);
    expect(sent.length).toBeGreaterThanOrEqual(1);
    expect(sent[0]!.subject).toContain("Varaus peruttu");
    expect(sent[0]!.text).toContain(`${d}.${m}.${y}`);
    expect(sent[0]!.icalEvent).toMatchObject({ method: "CANCEL" });
    expect(sent[0]!.icalEvent!.content).toContain(`DTSTART;VALUE=DATE:${day(0).replace(/-/g, "")}`);
    expect(sent[0]!.icalEvent!.content).toContain(`DTEND;VALUE=DATE:${day(3).replace(/-/g, "")}`);
    // A mail whose step has passed is not sent: the reservation is no longer confirmed.
    expect(
      await handlers["email.kitReservation"]({ reservationId: made.id, event: "confirmed" }, ctx as never),
    ).toMatch(/^skipped/);
  });

  it("cancelling or declining frees the days at once", async () => {
    const kit = await createKit({ requiresApproval: true });
    const [staff] = await createUsers(db, 1, { librarySlug: "valkeakoski" });
    const [coordinator] = await createUsers(db, 1, { librarySlug: null, roles: ["COORDINATOR"] });
    const range = { libraryId: valkeakoski, startDate: day(0), endDate: day(3) };
    const a = await reserveKit(staff!, kit.id, range);
    await expect(reserveKit(staff!, kit.id, range)).rejects.toMatchObject({ code: "CONFLICT" });
    await decideKitReservation(coordinator!, a.id, "DECLINED", "Huollossa");
    const b = await reserveKit(staff!, kit.id, range);
    const cookie = await cookieOf(staff!);
    expect((await cancelAs(b.id, cookie)).status).toBe(200);
    // Cancelling again answers the state; nothing more is written.
    const before = await writes();
    expect(await cancelAs(b.id, cookie)).toMatchObject({ status: 200, body: { status: "CANCELLED" } });
    expect(await writes()).toEqual(before);
    await expect(reserveKit(staff!, kit.id, range)).resolves.toMatchObject({ status: "REQUESTED" });
  });

  it("a coordinator's shipping-day exception: shorter only, audited with its reason, lets the next loan come closer", async () => {
    const kit = await createKit({ shippingDays: 3 });
    const [staff] = await createUsers(db, 1, { librarySlug: "valkeakoski" });
    const [coordinator] = await createUsers(db, 1, { librarySlug: null, roles: ["COORDINATOR"] });
    const first = await reserveKit(staff!, kit.id, { libraryId: valkeakoski, startDate: day(0), endDate: day(4) });
    const closer = { libraryId: valkeakoski, startDate: day(6), endDate: day(8) };
    await expect(reserveKit(staff!, kit.id, closer)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      shortenShippingDays(coordinator!, { reservationId: first.id, shippingDays: 4, reason: "x" }),
    ).rejects.toMatchObject({ fields: { shippingDays: "kitReservations.validation.shortenOnly" } });
    await shortenShippingDays(coordinator!, {
      reservationId: first.id,
      shippingDays: 1,
      reason: "Kuriiri viereiseen kuntaan",
    });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: first.id, action: "kitReservation.shippingDays" },
    });
    expect(audit).toMatchObject({
      actorId: coordinator!.id,
      summary: "Kuriiri viereiseen kuntaan",
      before: { shippingDays: 3 },
      after: { shippingDays: 1 },
    });
    // The next loan's own shipping days (the kit's 3) still apply before the loan after it.
    await expect(reserveKit(staff!, kit.id, closer)).resolves.toMatchObject({ status: "CONFIRMED" });
    expect(await overlappingLivePairs()).toEqual([]);
  });
});

describe("at once", () => {
  it("40 simultaneous reservations of ranges sharing a day: one winner, the rest CONFLICT naming it, nothing else", async () => {
    const kit = await createKit({ shippingDays: 2 });
    const users = await createUsers(db, 40, { librarySlug: "valkeakoski" });
    const results = await Promise.allSettled(
      users.map((user, i) =>
        reserveKit(user, kit.id, {
          libraryId: valkeakoski,
          startDate: day(10 - (i % 4)),
          endDate: day(10 + ((i * 3) % 4)),
        }),
      ),
    );
    const won = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    const lost = results.flatMap((r) =>
      r.status === "rejected" ? [r.reason as { code?: string; extra?: unknown }] : [],
    );
    expect(won).toHaveLength(1);
    expect(lost.map((e) => e.code)).toEqual(Array(39).fill("CONFLICT"));
    for (const e of lost) {
      expect(e.extra).toEqual({ conflict: { startDate: won[0]!.startDate, endDate: won[0]!.endDate } });
    }
    expect(await overlappingLivePairs()).toEqual([]);
  });
});

describe("a claim that lost a deadlock", () => {
  it("runs again behind the kit's advisory lock; a first attempt takes none", async () => {
    const kit = await createKit({ shippingDays: 2 });
    const held: number[] = [];
    const claim = { kitId: kit.id, range: { startDate: day(40), endDate: day(41) }, shippingDays: 2 };
    const result = await claimKitDays(db, claim, (serialize) =>
      db.$transaction(async (tx) => {
        await serialize(tx);
        const [locks] = await tx.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS "n" FROM pg_locks
           WHERE "locktype" = 'advisory' AND "classid" = ${KIT_CLAIM_LOCK}::oid AND "pid" = pg_backend_pid()`;
        held.push(locks!.n);
        // PostgreSQL's answer to two claims waiting for each other in the constraint's check.
        if (held.length < 3) throw Object.assign(new Error("deadlock detected"), { code: "40P01" });
        return "written";
      }),
    );
    expect(result).toBe("written");
    expect(held).toEqual([0, 1, 1]);
  });
});

describe("permission matrix", () => {
  type Who =
    "signedOut" | "STAFF_SAME" | "STAFF_OTHER" | "SUPERVISOR_SAME" | "SUPERVISOR_OTHER" | "COORDINATOR" | "ADMIN";
  const WHO: Who[] = [
    "signedOut",
    "STAFF_SAME",
    "STAFF_OTHER",
    "SUPERVISOR_SAME",
    "SUPERVISOR_OTHER",
    "COORDINATOR",
    "ADMIN",
  ];
  const actors = new Map<Who, Actor | null>();

  beforeAll(async () => {
    actors.set("signedOut", null);
    actors.set("STAFF_SAME", (await createUsers(db, 1, { librarySlug: "valkeakoski" }))[0]!);
    actors.set("STAFF_OTHER", (await createUsers(db, 1, { librarySlug: "muurame" }))[0]!);
    actors.set(
      "SUPERVISOR_SAME",
      (await createUsers(db, 1, { librarySlug: "valkeakoski", roles: ["SUPERVISOR"] }))[0]!,
    );
    actors.set("SUPERVISOR_OTHER", (await createUsers(db, 1, { librarySlug: "muurame", roles: ["SUPERVISOR"] }))[0]!);
    actors.set("COORDINATOR", (await createUsers(db, 1, { librarySlug: "jyvaskyla", roles: ["COORDINATOR"] }))[0]!);
    actors.set("ADMIN", (await createUsers(db, 1, { librarySlug: "tampere", roles: ["ADMIN"] }))[0]!);
  });
  const cookie = async (who: Who) => {
    const actor = actors.get(who);
    return actor ? cookieOf(actor) : undefined;
  };

  // POST for Valkeakoski: its own staff and supervisors, coordinators and admins; not another library's.
  const RESERVE: Record<Who, number> = {
    signedOut: 401,
    STAFF_SAME: 201,
    STAFF_OTHER: 403,
    SUPERVISOR_SAME: 201,
    SUPERVISOR_OTHER: 403,
    COORDINATOR: 201,
    ADMIN: 201,
  };
  // DELETE of Valkeakoski's reservation: its library and the coordinators; others do not see it (404).
  const CANCEL: Record<Who, number> = {
    signedOut: 401,
    STAFF_SAME: 200,
    STAFF_OTHER: 404,
    SUPERVISOR_SAME: 200,
    SUPERVISOR_OTHER: 404,
    COORDINATOR: 200,
    ADMIN: 200,
  };

  for (const who of WHO) {
    it(`POST /api/kits/{id}/reservations for Valkeakoski as ${who}: ${RESERVE[who]}`, async () => {
      const kit = await createKit();
      const before = await writes();
      const res = await reserveAs(
        kit.id,
        { libraryId: valkeakoski, startDate: day(0), endDate: day(2) },
        await cookie(who),
      );
      expect(res.status).toBe(RESERVE[who]);
      if (res.status !== 201) {
        expect(await writes()).toEqual(before);
        if (res.status === 403)
          expect(res.body.error!.fields).toEqual({ libraryId: "You can reserve for your own library only." });
      }
    });

    it(`DELETE /api/kit-reservations/{id} of Valkeakoski's reservation as ${who}: ${CANCEL[who]}`, async () => {
      const kit = await createKit();
      const owner = actors.get("STAFF_SAME")!;
      const made = await reserveKit(owner, kit.id, { libraryId: valkeakoski, startDate: day(0), endDate: day(2) });
      const before = await writes();
      const res = await cancelAs(made.id, await cookie(who));
      expect(res.status).toBe(CANCEL[who]);
      if (res.status !== 200) {
        expect(await writes()).toEqual(before);
        // Not there for them: the same answer as an id that does not exist.
        if (res.status === 404) expect((await cancelAs(randomUUID(), await cookie(who))).status).toBe(404);
      }
    });

    it(`the coordinators' forms (confirm, decline, shipping days) as ${who}`, async () => {
      const kit = await createKit({ requiresApproval: true });
      const made = await reserveKit(actors.get("STAFF_SAME")!, kit.id, {
        libraryId: valkeakoski,
        startDate: day(0),
        endDate: day(2),
      });
      const manages = who === "COORDINATOR" || who === "ADMIN";
      const before = await writes();
      const shorten = await submit(shortenShippingDaysAction, actors.get(who)!, {
        reservationId: made.id,
        shippingDays: "0",
        reason: "Testi",
      });
      const decide = await submit(decideKitReservationAction, actors.get(who)!, {
        reservationId: made.id,
        decision: "CONFIRMED",
      });
      if (manages) {
        expect(shorten.state).toMatchObject({ status: "saved" });
        expect(decide.state).toMatchObject({ status: "saved" });
      } else {
        const expected = who === "signedOut" ? "form.error.UNAUTHENTICATED" : "form.error.FORBIDDEN";
        expect(shorten.state).toMatchObject({ status: "error", formError: expected });
        expect(decide.state).toMatchObject({ status: "error", formError: expected });
        expect(await writes()).toEqual(before);
      }
    });

    it(`the reserve and cancel forms as ${who}`, async () => {
      const kit = await createKit();
      const before = await writes();
      const reserve = await submit(reserveKitAction, actors.get(who)!, {
        kitId: kit.id,
        libraryId: valkeakoski,
        startDate: day(0),
        endDate: day(2),
      });
      const ok = RESERVE[who] === 201;
      if (ok) expect(reserve.redirect, who).toMatch(/^\/pike-boksit\/varaukset\?varattu=[0-9a-f-]{36}$/);
      else expect(reserve.state?.status, who).toBe("error");
      if (!ok) expect(await writes()).toEqual(before);
      const made = await reserveKit(actors.get("COORDINATOR")!, kit.id, {
        libraryId: valkeakoski,
        startDate: day(10),
        endDate: day(11),
      });
      const beforeCancel = await writes();
      const cancel = await submit(cancelKitReservationAction, actors.get(who)!, {
        reservationId: made.id,
        confirm: "yes",
      });
      expect(cancel.state?.status, who).toBe(CANCEL[who] === 200 ? "saved" : "error");
      if (CANCEL[who] !== 200) expect(await writes()).toEqual(beforeCancel);
    });
  }

  it("the reads are public: kits, one kit, its availability", async () => {
    const kit = await createKit();
    const list = await call(listKits(httpRequest("GET", "/api/kits"), params({})));
    expect(list.status).toBe(200);
    expect((list.body as unknown as { id: string }[]).some((k) => k.id === kit.id)).toBe(true);
    const one = await call(getKit(httpRequest("GET", `/api/kits/${kit.id}`), params({ id: kit.id })));
    expect(one).toMatchObject({ status: 200, body: { id: kit.id, contents: [{ item: "Tabletti", count: 5 }] } });
  });
});

describe("availability", () => {
  it("booked and free periods, shipping days considered, nothing before today", async () => {
    const kit = await createKit({ shippingDays: 2 });
    const [staff] = await createUsers(db, 1, { librarySlug: "valkeakoski" });
    await reserveKit(staff!, kit.id, { libraryId: valkeakoski, startDate: day(10), endDate: day(12) });
    const from = day(0);
    const to = day(30);
    const res = await call(
      getAvailability(
        httpRequest("GET", `/api/kits/${kit.id}/availability?from=${from}&to=${to}`),
        params({ id: kit.id }),
      ),
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      kitId: kit.id,
      from,
      to,
      shippingDays: 2,
      booked: [{ startDate: day(10), endDate: day(12), heldUntil: day(14), status: "CONFIRMED" }],
      free: [
        { startDate: day(0), endDate: day(7) },
        { startDate: day(15), endDate: day(30) },
      ],
    });
    const past = await call(
      getAvailability(
        httpRequest("GET", `/api/kits/${kit.id}/availability?from=${addDays(today(), -10)}&to=${today()}`),
        params({ id: kit.id }),
      ),
    );
    expect((past.body as { free: { startDate: string }[] }).free).toEqual([{ startDate: today(), endDate: today() }]);
  });

  it("422 for malformed days, to before from, a window too wide; 404 for an unknown kit", async () => {
    const kit = await createKit();
    const ask = (id: string, query: string) =>
      call(getAvailability(httpRequest("GET", `/api/kits/${id}/availability?${query}`), params({ id })));
    expect(await ask(kit.id, "from=2027-02-30&to=2027-03-01")).toMatchObject({
      status: 422,
      body: { error: { fields: { from: "Give a date as 16.3.2027." } } },
    });
    expect(await ask(kit.id, `from=${day(5)}&to=${day(1)}`)).toMatchObject({
      status: 422,
      body: { error: { fields: { to: "The last day cannot be before the first." } } },
    });
    expect((await ask(kit.id, `from=${day(0)}&to=${day(800)}`)).status).toBe(422);
    expect((await ask(kit.id, "to=2027-03-01")).status).toBe(422);
    expect((await ask(randomUUID(), `from=${day(0)}&to=${day(1)}`)).status).toBe(404);
    expect((await ask("not-a-kit", `from=${day(0)}&to=${day(1)}`)).status).toBe(404);
  });
});

describe("bad input: 4xx with field messages, nothing written", () => {
  it("end before start, past days, too long, malformed, unknown kit or library, a kit in maintenance", async () => {
    const kit = await createKit();
    const maintenance = await createKit({ status: "MAINTENANCE" });
    const retired = await createKit({ status: "RETIRED" });
    const [staff] = await createUsers(db, 1, { librarySlug: "valkeakoski" });
    const cookie = await cookieOf(staff!);
    const body = (startDate: unknown, endDate: unknown, library: unknown = valkeakoski) => ({
      libraryId: library,
      startDate,
      endDate,
    });
    const cases: [string, string, unknown, number, Record<string, string> | null][] = [
      ["end before start", kit.id, body(day(3), day(1)), 422, { endDate: "The last day cannot be before the first." }],
      ["past", kit.id, body(addDays(today(), -1), day(1)), 422, { startDate: "A day in the past cannot be reserved." }],
      ["too long", kit.id, body(day(0), day(60)), 422, { endDate: "A loan may last at most 60 days." }],
      [
        "too far ahead",
        kit.id,
        body(addDays(today(), 800), addDays(today(), 801)),
        422,
        { startDate: "A reservation can be made at most two years ahead." },
      ],
      ["malformed day", kit.id, body("2027-13-01", day(1)), 422, { startDate: "Give a date as 16.3.2027." }],
      ["not a string", kit.id, body(20270301, day(1)), 422, { startDate: "Give a date as 16.3.2027." }],
      ["missing days", kit.id, { libraryId: valkeakoski }, 422, null],
      [
        "missing library",
        kit.id,
        { startDate: day(0), endDate: day(1) },
        422,
        { libraryId: "This field is required." },
      ],
      [
        "unknown library",
        kit.id,
        body(day(0), day(1), randomUUID()),
        403,
        { libraryId: "You can reserve for your own library only." },
      ],
      [
        "another library",
        kit.id,
        body(day(0), day(1), muurame),
        403,
        { libraryId: "You can reserve for your own library only." },
      ],
      ["unknown kit", randomUUID(), body(day(0), day(1)), 404, null],
      ["malformed kit id", "boksi", body(day(0), day(1)), 404, null],
      ["retired kit", retired.id, body(day(0), day(1)), 404, null],
      ["kit in maintenance", maintenance.id, body(day(0), day(1)), 422, null],
    ];
    const before = await writes();
    for (const [name, kitId, payload, status, fields] of cases) {
      const res = await reserveAs(kitId, payload, cookie);
      expect({ name, status: res.status }).toEqual({ name, status });
      if (fields) expect(res.body.error!.fields, name).toMatchObject(fields);
    }
    const notJson = await call(
      postReservation(
        httpRequest("POST", `/api/kits/${kit.id}/reservations`, { cookie, rawBody: "{" }),
        params({ id: kit.id }),
      ),
    );
    expect(notJson.status).toBe(400);
    expect(await writes()).toEqual(before);
  });

  it("a coordinator reserving for an unknown library is 422 on libraryId", async () => {
    const kit = await createKit();
    const [coordinator] = await createUsers(db, 1, { librarySlug: null, roles: ["COORDINATOR"] });
    const before = await writes();
    const res = await reserveAs(
      kit.id,
      { libraryId: randomUUID(), startDate: day(0), endDate: day(1) },
      await cookieOf(coordinator!),
    );
    expect(res).toMatchObject({ status: 422, body: { error: { fields: { libraryId: "Choose a library." } } } });
    expect(await writes()).toEqual(before);
  });

  it("the reserve form: field messages and the conflict named in its state", async () => {
    const kit = await createKit();
    const [staff] = await createUsers(db, 1, { librarySlug: "valkeakoski" });
    const bad = await submit(reserveKitAction, staff!, {
      kitId: kit.id,
      libraryId: valkeakoski,
      startDate: day(3),
      endDate: "huomenna",
    });
    expect(bad.state).toMatchObject({ status: "error", fields: { endDate: "kitReservations.validation.date" } });
    await reserveKit(staff!, kit.id, { libraryId: valkeakoski, startDate: day(0), endDate: day(4) });
    const clash = await submit(reserveKitAction, staff!, {
      kitId: kit.id,
      libraryId: valkeakoski,
      startDate: day(2),
      endDate: day(3),
    });
    expect(clash.state).toMatchObject({
      status: "error",
      formError: "kitReservations.error.conflict",
      conflict: { startDate: day(0), endDate: day(4) },
    });
  });

  it("the reserve form's kit is the radio's: none chosen or an unknown one is a message at kitId, nothing written", async () => {
    const retired = await createKit({ status: "RETIRED" });
    const [staff] = await createUsers(db, 1, { librarySlug: "valkeakoski" });
    const before = await writes();
    const range = { libraryId: valkeakoski, startDate: day(20), endDate: day(21) };
    const none = await submit(reserveKitAction, staff!, range);
    expect(none.state).toMatchObject({ status: "error", fields: { kitId: "kitReservations.validation.kit" } });
    const forged = await submit(reserveKitAction, staff!, { ...range, kitId: "not-a-kit" });
    expect(forged.state).toMatchObject({ status: "error", fields: { kitId: "kitReservations.validation.kit" } });
    for (const kitId of [randomUUID(), retired.id]) {
      const unknown = await submit(reserveKitAction, staff!, { ...range, kitId });
      expect(unknown.state).toMatchObject({
        status: "error",
        fields: { kitId: "kitReservations.validation.unknownKit" },
      });
      expect(unknown.redirect).toBeUndefined();
    }
    expect(await writes()).toEqual(before);
  });

  it("the date search pages its free kits and names only the first taken ones", async () => {
    const [staff] = await createUsers(db, 1, { librarySlug: "valkeakoski" });
    const range = { startDate: day(200), endDate: day(202) };
    const all = await findFreeKits(staff!, range);
    const first = await findFreeKitsPage(staff!, range, 1, 2);
    expect(first.freeTotal).toBe(all.free.length);
    expect(first.pages).toBe(Math.max(1, Math.ceil(all.free.length / 2)));
    expect(first.free.map((k) => k.id)).toEqual(all.free.slice(0, 2).map((k) => k.id));
    const second = await findFreeKitsPage(staff!, range, 2, 2);
    expect(second.free.map((k) => k.id)).toEqual(all.free.slice(2, 4).map((k) => k.id));
    // Past the end (or nonsense) is the last page / the first.
    expect((await findFreeKitsPage(staff!, range, 10_000, 2)).page).toBe(first.pages);
    expect((await findFreeKitsPage(staff!, range, -3, 2)).page).toBe(1);
    expect(first.takenTotal).toBe(all.taken.length);
    expect(first.taken.length).toBeLessThanOrEqual(TAKEN_KITS_SHOWN);
  });
});
