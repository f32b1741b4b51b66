// The handover chain of kits (issue 12, ADR 26) against real PostgreSQL:
// sent → received with the handover report → passed on to the next →
// returned home, the reservation's detail (where the kit comes from, where
// it goes, the latest report's missing items), the coordinators' mail, the
// permission matrix of every step's form (refusals write nothing) and bad
// input answered with field messages.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { addDays, dateOf, today } from "@/lib/dates/days";
import { createUsers, libraryId } from "./enrolment-fixtures";
import { submit } from "./support/server-actions";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const { markKitSentAction, recordKitReceiptAction, returnKitHomeAction } = await import("@/lib/kits/handovers/actions");
const { getKitMaintenance, getReservationDetail } = await import("@/lib/kits/handovers/data");
const { cancelForMaintenanceAction, moveForMaintenanceAction, setKitMaintenanceAction } =
  await import("@/lib/kits/handovers/actions");

let db: Db;
let valkeakoski: string;
let muurame: string;

const BASE = addDays(today(), 40);
const day = (n: number) => dateOf(addDays(BASE, n));

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  valkeakoski = await libraryId(db, "valkeakoski");
  muurame = await libraryId(db, "muurame");
});
afterAll(async () => {
  await db.$disconnect();
});

async function createKit(homeLibraryId: string | null) {
  const id = randomUUID().slice(0, 8);
  return db.kit.create({
    data: {
      slug: `luovutusboksi-${id}`,
      name: `Luovutusboksi ${id}`,
      shippingDays: 2,
      homeLibraryId,
      contents: [{ item: "Tabletti", count: 5 }, { item: "Ohjekansio" }],
    },
    select: { id: true, slug: true },
  });
}

async function reservation(kitId: string, libraryId: string, start: number, status: "CONFIRMED" | "SENT" | "RECEIVED") {
  return db.kitReservation.create({
    data: { kitId, libraryId, startDate: day(start), endDate: day(start + 2), shippingDays: 2, status },
    select: { id: true },
  });
}

const statusOf = async (id: string) =>
  (await db.kitReservation.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

/** Rows a refused step must not have written. */
async function writes() {
  const [handovers, audits, jobs, statuses] = await Promise.all([
    db.kitHandover.count(),
    db.auditEvent.count({ where: { entityType: "KitReservation" } }),
    db.job.count(),
    db.kitReservation.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
  ]);
  return { handovers, audits, jobs, statuses };
}

const allOk = { "rows.0.state": "ok", "rows.1.state": "ok" };

describe("the handover chain", () => {
  it("sent → received with a missing item → passed on to the next → returned home", async () => {
    const [homeStaff] = await createUsers(db, 1, { librarySlug: "tampere" });
    const [valkeakoskiStaff] = await createUsers(db, 1, { librarySlug: "valkeakoski" });
    const [muurameStaff] = await createUsers(db, 1, { librarySlug: "muurame" });
    const [coordinator] = await createUsers(db, 1, { librarySlug: null, roles: ["COORDINATOR"] });
    const tampere = await libraryId(db, "tampere");
    const kit = await createKit(tampere);
    const first = await reservation(kit.id, valkeakoski, 0, "CONFIRMED");
    const second = await reservation(kit.id, muurame, 10, "CONFIRMED");

    // The second library sees where the kit comes from: the first.
    const before = await getReservationDetail(muurameStaff!, second.id);
    expect(before?.from).toMatchObject({ kind: "library", library: { id: valkeakoski } });
    const firstDetail = await getReservationDetail(valkeakoskiStaff!, first.id);
    expect(firstDetail?.from).toMatchObject({ kind: "home", library: { id: tampere } });
    expect(firstDetail?.next).toMatchObject({ kind: "library", reservationId: second.id, library: { id: muurame } });

    // The home library sends it to the first; the first receives it in order.
    expect((await submit(markKitSentAction, homeStaff!, { reservationId: first.id })).redirect).toBe(
      `/pike-boksit/varaukset/${first.id}?tehty=lahetetty`,
    );
    expect(
      (await submit(recordKitReceiptAction, valkeakoskiStaff!, { reservationId: first.id, ...allOk })).redirect,
    ).toBe(`/pike-boksit/varaukset/${first.id}?tehty=vastaanotettu`);
    expect(await statusOf(first.id)).toBe("RECEIVED");

    // The first sends it on: it is passed on, the second is on its way.
    // From its own reservation's page: back there with the notice.
    expect(
      (await submit(markKitSentAction, valkeakoskiStaff!, { reservationId: second.id, pageId: first.id })).redirect,
    ).toBe(`/pike-boksit/varaukset/${first.id}?tehty=lahetetty`);
    expect(await statusOf(first.id)).toBe("PASSED_ON");
    expect(await statusOf(second.id)).toBe("SENT");

    // The second receives it with a missing item.
    const received = await submit(recordKitReceiptAction, muurameStaff!, {
      reservationId: second.id,
      "rows.0.state": "missing",
      "rows.0.note": "Yksi tabletti puuttuu",
      "rows.1.state": "ok",
      condition: "Laatikon kulma lommolla",
    });
    expect(received.redirect).toBe(`/pike-boksit/varaukset/${second.id}?tehty=vastaanotettu`);
    expect(await statusOf(second.id)).toBe("RECEIVED");
    const handover = await db.kitHandover.findFirstOrThrow({
      where: { reservationId: second.id },
      select: { id: true, fromLibraryId: true, toLibraryId: true, checklist: true, condition: true },
    });
    expect(handover).toMatchObject({
      fromLibraryId: valkeakoski,
      toLibraryId: muurame,
      condition: "Laatikon kulma lommolla",
      checklist: [
        { item: "Tabletti", count: 5, state: "missing", note: "Yksi tabletti puuttuu" },
        { item: "Ohjekansio", state: "ok" },
      ],
    });

    // The coordinator sees the report on the detail page, and gets the mail.
    const seen = await getReservationDetail(coordinator!, second.id);
    expect(seen?.latestReport?.problems).toEqual([
      { item: "Tabletti", count: 5, state: "missing", note: "Yksi tabletti puuttuu" },
    ]);
    const jobs = await db.job.findMany({
      where: { name: "email.kitHandoverIssues", payload: { path: ["handoverId"], equals: handover.id } },
      select: { payload: true },
    });
    expect(jobs).toHaveLength(1);
    const { handlers } = await import("@/lib/jobs/handlers");
    const mails: { to: string; subject: string; text: string }[] = [];
    const outcome = await handlers["email.kitHandoverIssues"]({ handoverId: handover.id }, {
      db,
      appUrl: "https://pike.test",
      mailer: (m: { to: string; subject: string; text: string }) => {
        mails.push(m);
        return Promise.resolve();
      },
    } as never);
    expect(outcome).toBe("sent");
    const coordinatorMail = mails.find((m) => m.to.startsWith("staff-") && m.subject.includes(kit.slug.slice(-8)));
    expect(coordinatorMail?.text).toContain("Tabletti (5): puuttuu – Yksi tabletti puuttuu");
    expect(coordinatorMail?.text).toContain(`/pike-boksit/varaukset/${second.id}`);

    // The audit trail and the libraries' mails.
    const audits = await db.auditEvent.findMany({
      where: { entityId: { in: [first.id, second.id] } },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(audits.map((a) => a.action)).toEqual([
      "kitReservation.sent",
      "kitReservation.received",
      "kitReservation.sent",
      "kitReservation.passedOn",
      "kitReservation.received",
    ]);

    // No one follows: the second returns it home.
    expect((await getReservationDetail(muurameStaff!, second.id))?.next).toMatchObject({ kind: "home" });
    expect((await submit(returnKitHomeAction, muurameStaff!, { reservationId: second.id })).redirect).toBe(
      `/pike-boksit/varaukset/${second.id}?tehty=palautettu`,
    );
    expect(await statusOf(second.id)).toBe("RETURNED");
  });

  it("the holder cannot return the kit home while a next reservation waits (a coordinator can)", async () => {
    const [staff] = await createUsers(db, 1, { librarySlug: "valkeakoski" });
    const kit = await createKit(null);
    const held = await reservation(kit.id, valkeakoski, 0, "RECEIVED");
    await reservation(kit.id, muurame, 10, "CONFIRMED");
    const before = await writes();
    const refused = await submit(returnKitHomeAction, staff!, { reservationId: held.id });
    expect(refused.state).toMatchObject({ status: "error" });
    expect(await writes()).toEqual(before);
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
  const ALLOWED = new Set<Who>(["STAFF_SAME", "SUPERVISOR_SAME", "COORDINATOR", "ADMIN"]);
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

  for (const who of WHO) {
    it(`${who}: sent (as the sender, Valkeakoski), received and returned (as the holder, Valkeakoski)`, async () => {
      const actor = actors.get(who)!;
      // Sent: Valkeakoski is the kit's home library.
      const sendKit = await createKit(valkeakoski);
      const toSend = await reservation(sendKit.id, muurame, 0, "CONFIRMED");
      // Received: Valkeakoski's reservation is on its way.
      const receiveKit = await createKit(null);
      const toReceive = await reservation(receiveKit.id, valkeakoski, 0, "SENT");
      // Returned: Valkeakoski holds it, nobody follows.
      const returnKit = await createKit(null);
      const toReturn = await reservation(returnKit.id, valkeakoski, 0, "RECEIVED");

      const before = await writes();
      const sent = await submit(markKitSentAction, actor, { reservationId: toSend.id });
      const received = await submit(recordKitReceiptAction, actor, { reservationId: toReceive.id, ...allOk });
      const returned = await submit(returnKitHomeAction, actor, { reservationId: toReturn.id });
      const outcomes = [sent, received, returned].map(
        (o) => /\?tehty=(\w+)$/.exec(o.redirect ?? "")?.[1] ?? o.state?.status,
      );
      if (ALLOWED.has(who)) {
        expect(outcomes).toEqual(["lahetetty", "vastaanotettu", "palautettu"]);
        expect(await statusOf(toSend.id)).toBe("SENT");
        expect(await statusOf(toReceive.id)).toBe("RECEIVED");
        expect(await statusOf(toReturn.id)).toBe("RETURNED");
      } else {
        expect(outcomes).toEqual(["error", "error", "error"]);
        expect(await writes()).toEqual(before);
      }
      // The detail page: its library and the coordinators; others see nothing.
      const detail = await getReservationDetail(actor, toReceive.id);
      expect(detail === null).toBe(!ALLOWED.has(who));
    });
  }
});

describe("bad input", () => {
  it("is answered with field messages and writes nothing", async () => {
    const [staff] = await createUsers(db, 1, { librarySlug: "valkeakoski" });
    const kit = await createKit(null);
    const r = await reservation(kit.id, valkeakoski, 0, "SENT");
    const before = await writes();
    const badState = await submit(recordKitReceiptAction, staff!, {
      reservationId: r.id,
      "rows.0.state": "broken",
      "rows.1.state": "ok",
    });
    expect(badState.state).toMatchObject({
      status: "error",
      fields: { "rows.0.state": "kitHandovers.validation.state" },
    });
    const missingRow = await submit(recordKitReceiptAction, staff!, { reservationId: r.id, "rows.0.state": "ok" });
    expect(missingRow.state?.status).toBe("error");
    const tooLong = await submit(recordKitReceiptAction, staff!, {
      reservationId: r.id,
      ...allOk,
      condition: "x".repeat(2_001),
    });
    expect(tooLong.state).toMatchObject({ status: "error", fields: { condition: "validation.tooLong" } });
    const badId = await submit(markKitSentAction, staff!, { reservationId: "nope" });
    expect(badId.state).toMatchObject({ status: "error", fields: { reservationId: expect.any(String) as unknown } });
    // The wrong step for the status: receiving a kit not sent, sending one not confirmed.
    const notSent = await submit(markKitSentAction, staff!, { reservationId: r.id });
    expect(notSent.state?.status).toBe("error");
    expect(await writes()).toEqual(before);
  });
});

describe("maintenance decisions", () => {
  it("a coordinator moves the kit to maintenance and cancels its future loans (with mail); staff cannot", async () => {
    const [staff] = await createUsers(db, 1, { librarySlug: "valkeakoski" });
    const [coordinator] = await createUsers(db, 1, { librarySlug: null, roles: ["COORDINATOR"] });
    const kit = await createKit(null);
    const held = await reservation(kit.id, valkeakoski, 0, "RECEIVED");
    const future = await reservation(kit.id, muurame, 10, "CONFIRMED");

    const before = await writes();
    const refused = await submit(setKitMaintenanceAction, staff!, { kitId: kit.id });
    expect(refused.state?.status).toBe("error");
    expect(await writes()).toEqual(before);
    expect(await getKitMaintenance(staff!, kit.slug)).toBeNull();

    const moved = await submit(setKitMaintenanceAction, coordinator!, { kitId: kit.id });
    expect(moved.redirect).toBe(`/pike-boksit/${kit.slug}/huolto?tehty=huolto`);
    expect((await db.kit.findUniqueOrThrow({ where: { id: kit.id }, select: { status: true } })).status).toBe(
      "MAINTENANCE",
    );
    expect(await db.auditEvent.count({ where: { entityId: kit.id, action: "kit.maintenance" } })).toBe(1);

    const view = await getKitMaintenance(coordinator!, kit.slug);
    expect(view?.rows.map((r) => r.id)).toEqual([held.id, future.id]);
    // The page's cancel is bound to the kit: back to its maintenance page with a notice; staff are refused.
    const cancelHere = cancelForMaintenanceAction.bind(null, kit.slug);
    const notStaff = await submit(cancelHere, staff!, { reservationId: future.id, confirm: "yes" });
    expect(notStaff.state?.status).toBe("error");
    expect(await statusOf(future.id)).toBe("CONFIRMED");
    const cancelled = await submit(cancelHere, coordinator!, { reservationId: future.id, confirm: "yes" });
    expect(cancelled.redirect).toBe(`/pike-boksit/${kit.slug}/huolto?tehty=peruttu`);
    expect(await statusOf(future.id)).toBe("CANCELLED");
    const mails = await db.job.count({
      where: { name: "email.kitReservation", payload: { path: ["reservationId"], equals: future.id } },
    });
    expect(mails).toBe(1);
  });

  it("a coordinator moves a future loan to a kit free for its days (its shipping days, audited, mail); refusals write nothing", async () => {
    const [staff] = await createUsers(db, 1, { librarySlug: "muurame" });
    const [coordinator] = await createUsers(db, 1, { librarySlug: null, roles: ["COORDINATOR"] });
    const kit = await createKit(null);
    const sent = await reservation(kit.id, valkeakoski, 0, "SENT");
    const future = await reservation(kit.id, muurame, 10, "CONFIRMED");
    // The other kit: three shipping days, and a loan that the moved one must not meet.
    const other = await createKit(null);
    await db.kit.update({ where: { id: other.id }, data: { shippingDays: 3 } });
    const blocking = await reservation(other.id, valkeakoski, 20, "CONFIRMED");
    await db.kit.update({ where: { id: kit.id }, data: { status: "MAINTENANCE" } });

    // The page offers the other kit for the future loan, and no move for the one already sent.
    const view = await getKitMaintenance(coordinator!, kit.slug);
    expect(view?.movable.map((m) => m.row.id)).toEqual([future.id]);
    expect(view?.movable[0]?.kits.map((k) => k.id)).toContain(other.id);
    expect(view?.movable[0]?.kits.map((k) => k.id)).not.toContain(kit.id);

    const moveHere = moveForMaintenanceAction.bind(null, kit.slug);
    const before = await writes();
    const refusals = [
      // Staff may not move loans.
      await submit(moveHere, staff!, { reservationId: future.id, kitId: other.id }),
      // The same kit, a kit that does not exist, a malformed id, a loan already on its way.
      await submit(moveHere, coordinator!, { reservationId: future.id, kitId: kit.id }),
      await submit(moveHere, coordinator!, { reservationId: future.id, kitId: randomUUID() }),
      await submit(moveHere, coordinator!, { reservationId: future.id, kitId: "boksi" }),
      await submit(moveHere, coordinator!, { reservationId: sent.id, kitId: other.id }),
    ];
    expect(refusals.map((r) => r.state?.status)).toEqual(["error", "error", "error", "error", "error"]);
    expect(refusals[1]!.state?.fields?.kitId).toBe("kitHandovers.validation.sameKit");
    expect(refusals[2]!.state?.fields?.kitId).toBe("kitHandovers.validation.moveKit");
    expect(refusals[3]!.state?.fields?.kitId).toBeTruthy();
    expect(await writes()).toEqual(before);

    // Taken: a loan of the other kit within the moved one's days plus three shipping days.
    const clash = await reservation(other.id, muurame, 13, "CONFIRMED");
    const taken = await submit(moveHere, coordinator!, { reservationId: future.id, kitId: other.id });
    expect(taken.state?.fields?.kitId).toBe("kitHandovers.error.moveConflict");
    await db.kitReservation.delete({ where: { id: clash.id } });

    const moved = await submit(moveHere, coordinator!, { reservationId: future.id, kitId: other.id });
    expect(moved.redirect).toBe(`/pike-boksit/${kit.slug}/huolto?tehty=siirretty`);
    const row = await db.kitReservation.findUniqueOrThrow({
      where: { id: future.id },
      select: { kitId: true, shippingDays: true, status: true },
    });
    expect(row).toEqual({ kitId: other.id, shippingDays: 3, status: "CONFIRMED" });
    expect(await db.auditEvent.count({ where: { entityId: future.id, action: "kitReservation.move" } })).toBe(1);
    const mails = await db.job.findMany({
      where: { name: "email.kitReservation", payload: { path: ["reservationId"], equals: future.id } },
      select: { payload: true },
    });
    expect(mails.map((m) => (m.payload as { event: string }).event)).toEqual(["moved"]);
    expect(await statusOf(blocking.id)).toBe("CONFIRMED");
  });
});
