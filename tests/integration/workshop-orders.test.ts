// Workshop orders and staff interest through their server actions and
// loaders against a real database: a supervisor orders to their own library,
// a coordinator accepts, declines or schedules (creating the session), each
// step mails the orderer; supervisors see only their own library's orders;
// bad input writes nothing; concurrent scheduling creates one session.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { FormState } from "@/lib/http/form-state";
import { toggleInterestAction } from "@/lib/interests/actions";
import { getInterestState, INTEREST_PAGE_SIZE, listInterestCounts } from "@/lib/interests/data";
import {
  acceptOrderAction,
  createOrderAction,
  declineOrderAction,
  scheduleOrderAction,
} from "@/lib/workshop-orders/actions";
import { getWorkshopOrder, listWorkshopOrders, ORDERS_PAGE_SIZE } from "@/lib/workshop-orders/data";
import { request } from "./support/request";
import { submit, type Action, type Values } from "./support/server-actions";
import { createOffering, loadCast, localDay, uniq, writes, type Cast } from "./trainings-admin-fixtures";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

let db: Db;
let cast: Cast;
let orderable: { offeringId: string; slug: string };
let muurameId: string;
let valkeakoskiId: string;
beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 6 });
  cast = await loadCast(db);
  orderable = await createOffering(db, { orderable: true });
  muurameId = (await db.library.findUniqueOrThrow({ where: { slug: "muurame" } })).id;
  valkeakoskiId = (await db.library.findUniqueOrThrow({ where: { slug: "valkeakoski" } })).id;
});
afterAll(async () => {
  await db.$disconnect();
});

const orderValues = (offeringId = orderable.offeringId): Values => ({
  offeringId,
  preferredDates: "Maaliskuun tiistaiaamupäivät",
  expectedParticipants: "14",
  message: "Mukaan myös naapurikunnan väki.",
});

/** A new order by the Muurame supervisor; its id. */
async function newOrder(): Promise<string> {
  const { redirect } = await submit(createOrderAction, cast.supervisor, orderValues());
  return /\/tilaukset\/([0-9a-f-]{36})/.exec(redirect ?? "")![1]!;
}

const scheduleValues = (orderId: string, extra: Values = {}): Values => ({
  orderId,
  title: "Muuramen tilaama työpaja",
  startsAt: localDay(45, 9),
  endsAt: localDay(45, 12),
  place: "Muuramen kirjasto",
  capacity: "15",
  registrationClosesAt: localDay(40, 23),
  ...extra,
});

const orderMails = (orderId: string) =>
  db.job.findMany({
    where: { name: "email.workshopOrderUpdated", payload: { path: ["workshopOrderId"], equals: orderId } },
    select: { payload: true },
    orderBy: { createdAt: "asc" },
  });

describe("a supervisor orders a workshop and a coordinator answers", () => {
  it("orders to the supervisor's own library, audited and mailed", async () => {
    const orderId = await newOrder();
    const order = await db.workshopOrder.findUniqueOrThrow({ where: { id: orderId } });
    expect(order).toMatchObject({
      libraryId: muurameId,
      requestedById: cast.supervisor.id,
      status: "REQUESTED",
      expectedParticipants: 14,
      preferredDates: "Maaliskuun tiistaiaamupäivät",
    });
    expect((await orderMails(orderId)).map((j) => j.payload)).toEqual([
      { workshopOrderId: orderId, status: "REQUESTED" },
    ]);
    expect(await db.auditEvent.count({ where: { entityId: orderId, action: "workshopOrder.create" } })).toBe(1);
  });

  it("accepts, then declines with a reason; a declined order is final", async () => {
    const orderId = await newOrder();
    expect((await submit(acceptOrderAction, cast.coordinator, { orderId })).state?.notice?.key).toBe("orders.accepted");
    expect((await submit(acceptOrderAction, cast.coordinator, { orderId })).state?.formError).toBe(
      "orders.error.transition",
    );
    const noReason = await submit(declineOrderAction, cast.coordinator, { orderId, reason: "  " });
    expect(noReason.state?.fields).toEqual({ reason: "validation.required" });
    expect(
      (await submit(declineOrderAction, cast.coordinator, { orderId, reason: "Kouluttaja ei pääse." })).state?.status,
    ).toBe("saved");
    expect(await db.workshopOrder.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({
      status: "DECLINED",
      declineReason: "Kouluttaja ei pääse.",
      sessionId: null,
    });
    const before = await writes(db);
    const late = await submit(scheduleOrderAction, cast.coordinator, scheduleValues(orderId));
    expect(late.state?.formError).toBe("orders.error.transition");
    expect(await writes(db)).toEqual(before);
    expect((await orderMails(orderId)).map((j) => (j.payload as { status: string }).status)).toEqual([
      "REQUESTED",
      "ACCEPTED",
      "DECLINED",
    ]);
  });

  it("schedules: a session for the ordering library's staff only, linked to the order", async () => {
    const orderId = await newOrder();
    const { redirect } = await submit(scheduleOrderAction, cast.coordinator, scheduleValues(orderId));
    expect(redirect).toBe(`/tilaukset/${orderId}?aikataulutettu=1`);
    const order = await db.workshopOrder.findUniqueOrThrow({ where: { id: orderId }, include: { session: true } });
    expect(order.status).toBe("SCHEDULED");
    expect(order.session).toMatchObject({
      offeringId: orderable.offeringId,
      eligibility: "LIBRARY",
      restrictedLibraryId: muurameId,
      hostLibraryId: muurameId,
      capacity: 15,
      title: "Muuramen tilaama työpaja",
    });
    expect((await orderMails(orderId)).at(-1)?.payload).toEqual({ workshopOrderId: orderId, status: "SCHEDULED" });
    // The supervisor follows it.
    expect(await getWorkshopOrder(cast.supervisor, orderId)).toMatchObject({
      status: "SCHEDULED",
      session: { eligibility: "LIBRARY", cancelled: false },
    });
  });

  it("opens the spare seats to neighbouring libraries when asked", async () => {
    const orderId = await newOrder();
    await submit(acceptOrderAction, cast.admin, { orderId });
    await submit(scheduleOrderAction, cast.admin, scheduleValues(orderId, { openToRegion: "on" }));
    const order = await db.workshopOrder.findUniqueOrThrow({ where: { id: orderId }, include: { session: true } });
    expect(order.status).toBe("SCHEDULED");
    expect(order.session).toMatchObject({ eligibility: "REGION", restrictedLibraryId: null, hostLibraryId: muurameId });
  });

  it("schedules an order once, however many coordinators click at the same time", async () => {
    const orderId = await newOrder();
    const sessionsBefore = await db.trainingSession.count();
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) =>
        submit(scheduleOrderAction, i % 2 ? cast.admin : cast.coordinator, scheduleValues(orderId)),
      ),
    );
    const outcomes = results.map((r) => (r.status === "fulfilled" ? r.value : { error: r.reason as unknown }));
    expect(outcomes.filter((o) => "redirect" in o && o.redirect)).toHaveLength(1);
    expect(outcomes.filter((o) => "state" in o && o.state?.formError === "orders.error.transition")).toHaveLength(4);
    expect(await db.trainingSession.count()).toBe(sessionsBefore + 1);
    expect(
      (await orderMails(orderId)).filter((j) => (j.payload as { status: string }).status === "SCHEDULED"),
    ).toHaveLength(1);
  });
});

describe("bad input to the order forms gets field messages and writes nothing", () => {
  const unknown = randomUUID();
  let orderId: string;
  let notOrderable: string;
  let draftOrderable: string;
  beforeAll(async () => {
    orderId = await newOrder();
    notOrderable = (await createOffering(db, { orderable: false })).offeringId;
    draftOrderable = (await createOffering(db, { orderable: true, menuStatus: "DRAFT" })).offeringId;
  });

  const cases: [string, Action, () => Values, Record<string, string>][] = [
    [
      "order: missing fields",
      createOrderAction,
      () => ({}),
      {
        offeringId: "validation.required",
        preferredDates: "validation.required",
        expectedParticipants: "validation.required",
      },
    ],
    [
      "order: participants out of range, wrong-typed, overlong message",
      createOrderAction,
      () => ({ ...orderValues(), expectedParticipants: "501", message: "x".repeat(2001) }),
      { expectedParticipants: "orders.error.participants", message: "validation.tooLong" },
    ],
    [
      "order: negative participants",
      createOrderAction,
      () => ({ ...orderValues(), expectedParticipants: "-1" }),
      { expectedParticipants: "orders.error.participants" },
    ],
    [
      "order: participants not a number",
      createOrderAction,
      () => ({ ...orderValues(), expectedParticipants: "kymmenkunta" }),
      { expectedParticipants: "orders.error.participants" },
    ],
    [
      "order: unknown offering",
      createOrderAction,
      () => orderValues(unknown),
      { offeringId: "orders.error.notOrderable" },
    ],
    [
      "order: an offering that cannot be ordered",
      createOrderAction,
      () => orderValues(notOrderable),
      { offeringId: "orders.error.notOrderable" },
    ],
    [
      "order: an orderable offering of a draft menu",
      createOrderAction,
      () => orderValues(draftOrderable),
      { offeringId: "orders.error.notOrderable" },
    ],
    ["accept: malformed id", acceptOrderAction, () => ({ orderId: "123" }), { orderId: "validation.invalid" }],
    [
      "accept: unknown order",
      acceptOrderAction,
      () => ({ orderId: unknown }),
      { orderId: "orders.error.unknownOrder" },
    ],
    [
      "decline: overlong reason",
      declineOrderAction,
      () => ({ orderId, reason: "x".repeat(1001) }),
      { reason: "validation.tooLong" },
    ],
    [
      "schedule: negative capacity",
      scheduleOrderAction,
      () => scheduleValues(orderId, { capacity: "-2" }),
      { capacity: "trainingsAdmin.error.capacity" },
    ],
    [
      "schedule: end before start",
      scheduleOrderAction,
      () => scheduleValues(orderId, { endsAt: localDay(44, 9) }),
      { endsAt: "trainingsAdmin.error.endBeforeStart" },
    ],
    [
      "schedule: registration closing after the start",
      scheduleOrderAction,
      () => scheduleValues(orderId, { registrationClosesAt: localDay(46, 9) }),
      { registrationClosesAt: "trainingsAdmin.error.closesAfterStart" },
    ],
    [
      "schedule: unknown service point",
      scheduleOrderAction,
      () => scheduleValues(orderId, { servicePointId: unknown }),
      { servicePointId: "trainingsAdmin.error.unknownServicePoint" },
    ],
    [
      "schedule: unknown order",
      scheduleOrderAction,
      () => scheduleValues(unknown),
      { orderId: "orders.error.unknownOrder" },
    ],
  ];

  for (const [name, action, values, expected] of cases) {
    it(name, async () => {
      const actor = action === createOrderAction ? cast.supervisor : cast.coordinator;
      const before = await writes(db);
      const { state, redirect } = await submit(action, actor, values());
      expect(redirect).toBeUndefined();
      expect(state?.fields).toEqual(expected);
      expect(await writes(db)).toEqual(before);
    });
  }

  it("a supervisor without a library cannot order", async () => {
    const user = await db.user.create({
      data: { email: `ilman-kirjastoa-${uniq()}@example.fi`, roles: ["SUPERVISOR"] },
      select: { id: true },
    });
    const before = await writes(db);
    const { state } = await submit(
      createOrderAction,
      { id: user.id, roles: ["SUPERVISOR"], libraryId: null },
      orderValues(),
    );
    expect(state?.formError).toBe("orders.error.noLibrary");
    expect(await writes(db)).toEqual(before);
  });
});

describe("who may order, answer and see orders", () => {
  type Column = keyof Cast | "signedOut";
  const COLUMNS: Column[] = ["signedOut", "staff", "ownStaff", "supervisor", "otherSupervisor", "coordinator", "admin"];
  const actorOf = (column: Column) => (column === "signedOut" ? null : cast[column]);
  const refusal = (column: Column) => (column === "signedOut" ? "form.error.UNAUTHENTICATED" : "form.error.FORBIDDEN");

  for (const column of COLUMNS) {
    const mayOrder = ["supervisor", "otherSupervisor", "coordinator", "admin"].includes(column);
    it(`order: ${column} ${mayOrder ? "may, for their own library" : "may not"}`, async () => {
      const before = await writes(db);
      const outcome = await submit(createOrderAction, actorOf(column), orderValues());
      if (mayOrder) {
        const id = /\/tilaukset\/([0-9a-f-]{36})/.exec(outcome.redirect ?? "")?.[1];
        const order = await db.workshopOrder.findUniqueOrThrow({ where: { id } });
        expect(order.libraryId).toBe(actorOf(column)!.libraryId);
      } else {
        expect(outcome.state?.formError).toBe(refusal(column));
        expect(await writes(db)).toEqual(before);
      }
    });

    const manages = column === "coordinator" || column === "admin";
    for (const [name, action, values] of [
      ["accept", acceptOrderAction, (orderId: string) => ({ orderId })],
      ["decline", declineOrderAction, (orderId: string) => ({ orderId, reason: "Ei tänä vuonna." })],
      ["schedule", scheduleOrderAction, (orderId: string) => scheduleValues(orderId)],
    ] as const) {
      it(`${name}: ${column} ${manages ? "may" : "may not"}`, async () => {
        const orderId = await newOrder();
        const before = await writes(db);
        const outcome = await submit(action, actorOf(column), values(orderId));
        if (manages) {
          expect(outcome.redirect ?? outcome.state?.status).toMatch(/^\/tilaukset\/|^saved$/);
        } else {
          expect(outcome.state?.formError).toBe(refusal(column));
          expect(await writes(db)).toEqual(before);
          expect((await db.workshopOrder.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("REQUESTED");
        }
      });
    }
  }

  it("supervisors see their own library's orders only; another library's order is not found", async () => {
    const orderId = await newOrder();
    const own = await listWorkshopOrders(cast.supervisor);
    expect(own!.rows.length).toBeGreaterThan(0);
    expect(new Set(own!.rows.map((o) => o.library.id))).toEqual(new Set([muurameId]));
    expect(await getWorkshopOrder(cast.supervisor, orderId)).toMatchObject({ id: orderId });

    expect(await getWorkshopOrder(cast.otherSupervisor, orderId)).toBeNull();
    expect((await listWorkshopOrders(cast.otherSupervisor))!.rows.every((o) => o.library.id === valkeakoskiId)).toBe(
      true,
    );
    // Staff of the ordering library, and signed-out visitors, see no orders at all.
    expect(await getWorkshopOrder(cast.ownStaff, orderId)).toBeNull();
    expect(await listWorkshopOrders(cast.ownStaff)).toBeNull();
    expect(await getWorkshopOrder(null, orderId)).toBeNull();
    expect(await getWorkshopOrder(cast.supervisor, "not-an-id")).toBeNull();

    for (const manager of [cast.coordinator, cast.admin]) {
      expect(await getWorkshopOrder(manager, orderId)).toMatchObject({ id: orderId });
      const all = await listWorkshopOrders(manager);
      expect(new Set(all!.rows.map((o) => o.library.id)).size).toBeGreaterThan(1);
    }
  });
});

describe("the order list, paged", () => {
  /** A library of its own (removed after, its orders with it), so that the pages hold exactly the test's orders. */
  async function withOwnLibrary(test: (libraryId: string, supervisor: Actor) => Promise<void>) {
    const key = uniq();
    const library = await db.library.create({
      data: {
        slug: `sivutus-${key}`,
        name: `Sivutuskirjasto ${key}`,
        municipality: "Sivula",
        region: "PIRKANMAA",
        consortium: "OTHER",
      },
    });
    try {
      await test(library.id, { ...cast.supervisor, libraryId: library.id });
    } finally {
      await db.library.delete({ where: { id: library.id } });
    }
  }

  it("shows every order once over its pages: open ones oldest first, then the answered ones newest first", async () => {
    await withOwnLibrary(async (libraryId, supervisor) => {
      const statuses = ["REQUESTED", "ACCEPTED", "SCHEDULED", "DECLINED"] as const;
      const base = Date.UTC(2030, 0, 1);
      // 130 orders: 3 pages, the open ones (52) spilling onto the second page. Two share a moment (the id decides).
      const data = Array.from({ length: 130 }, (_, i) => ({
        offeringId: orderable.offeringId,
        libraryId,
        status: i < 52 ? statuses[i % 2]! : statuses[2 + (i % 2)]!,
        createdAt: new Date(base + (i === 7 ? 6 : i) * 3_600_000),
      }));
      await db.workshopOrder.createMany({ data });
      const all = await db.workshopOrder.findMany({
        where: { libraryId },
        select: { id: true, status: true, createdAt: true },
      });
      const isOpen = (status: string) => status === "REQUESTED" || status === "ACCEPTED";
      const expected = [
        ...all
          .filter((o) => isOpen(o.status))
          .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? 1 : -1)),
        ...all
          .filter((o) => !isOpen(o.status))
          .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? -1 : 1)),
      ].map((o) => o.id);

      const pages = [];
      for (let page = 1; page <= 3; page++) pages.push((await listWorkshopOrders(supervisor, page))!);
      expect(pages.map((p) => p.rows.length)).toEqual([ORDERS_PAGE_SIZE, ORDERS_PAGE_SIZE, 30]);
      expect(pages.map((p) => [p.page, p.hasNext, p.first, p.last, p.total])).toEqual([
        [1, true, 1, 50, 130],
        [2, true, 51, 100, 130],
        [3, false, 101, 130, 130],
      ]);
      expect(pages.flatMap((p) => p.rows.map((o) => o.id))).toEqual(expected);
      expect(pages[1]!.rows.slice(0, 2).every((o) => isOpen(o.status))).toBe(true);
      expect(pages[1]!.rows.slice(2).every((o) => !isOpen(o.status))).toBe(true);

      // Past the last page is the last; nonsense is the first.
      expect((await listWorkshopOrders(supervisor, 99))!).toMatchObject({ page: 3, first: 101, last: 130 });
      expect((await listWorkshopOrders(supervisor, Number.NaN))!).toMatchObject({ page: 1, first: 1 });
      // Another library's supervisor sees none of them.
      expect((await listWorkshopOrders(cast.supervisor))!.rows.some((o) => o.library.id === libraryId)).toBe(false);
    });
  });

  it("an empty list is one empty page", async () => {
    await withOwnLibrary(async (_, supervisor) => {
      expect(await listWorkshopOrders(supervisor, 2)).toEqual({
        rows: [],
        page: 1,
        hasNext: false,
        first: 0,
        last: 0,
        total: 0,
      });
    });
  });
});

describe("the interest table, counted in SQL and paged", () => {
  it("lists every offering once over its pages, most interested first, only the supervisor's own library", async () => {
    const key = uniq();
    const library = await db.library.create({
      data: {
        slug: `kiinnostus-${key}`,
        name: `Kiinnostuskirjasto ${key}`,
        municipality: "Sivula",
        region: "PIRKANMAA",
        consortium: "OTHER",
      },
    });
    try {
      const people = await Promise.all(
        [1, 2, 3].map((n) =>
          db.user.create({
            data: { email: `kiinnostus-${key}-${n}@example.fi`, libraryId: library.id },
            select: { id: true },
          }),
        ),
      );
      // 55 offerings, the n-th marked by 1–3 people of the library: two pages, counts 3, 2, 1 in turn.
      const offerings = [];
      for (let n = 0; n < INTEREST_PAGE_SIZE + 5; n++) offerings.push(await createOffering(db, { orderable: true }));
      await db.interest.createMany({
        data: offerings.flatMap((o, n) =>
          people.slice(0, 3 - (n % 3)).map((p) => ({ userId: p.id, offeringId: o.offeringId })),
        ),
      });
      const supervisor: Actor = { ...cast.supervisor, libraryId: library.id };
      const first = (await listInterestCounts(supervisor))!;
      const second = (await listInterestCounts(supervisor, 2))!;
      expect([first.page, first.hasNext, first.first, first.last, first.total]).toEqual([1, true, 1, 50, 55]);
      expect([second.page, second.hasNext, second.first, second.last, second.total]).toEqual([2, false, 51, 55, 55]);
      const rows = [...first.rows, ...second.rows];
      expect(new Set(rows.map((r) => r.offering.id))).toEqual(new Set(offerings.map((o) => o.offeringId)));
      expect(rows.every((r) => r.library.id === library.id)).toBe(true);
      const counts = rows.map((r) => r.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      expect(counts.filter((c) => c === 3)).toHaveLength(19);
      expect(rows[0]).toMatchObject({ library: { name: library.name }, offering: { orderable: true } });
      // Past the last page is the last; the coordinator's table holds the library's rows too, with the same counts.
      expect((await listInterestCounts(supervisor, 9))!).toMatchObject({ page: 2, first: 51, last: 55 });
      const everyLibrary = [];
      for (let page = 1, more = true; more; page++) {
        const next = (await listInterestCounts(cast.coordinator, page))!;
        everyLibrary.push(...next.rows);
        more = next.hasNext;
      }
      const ours = everyLibrary.filter((r) => r.library.id === library.id);
      expect(ours.map((r) => [r.offering.id, r.count]).sort()).toEqual(
        rows.map((r) => [r.offering.id, r.count]).sort(),
      );
      // Another library's supervisor sees none of them.
      expect((await listInterestCounts(cast.supervisor))!.rows.some((r) => r.library.id === library.id)).toBe(false);
    } finally {
      await db.user.deleteMany({ where: { libraryId: library.id } });
      await db.library.delete({ where: { id: library.id } });
    }
  });
});

describe("Kiinnostaa", () => {
  it("is marked once, removed, and counted for the supervisor of the person's own library", async () => {
    const { offeringId, slug } = await createOffering(db, { orderable: true });
    expect(await getInterestState(cast.ownStaff, slug)).toEqual({ offeringId, interested: false, sessionOpen: false });

    for (let i = 0; i < 2; i++) {
      const marked = await submit(toggleInterestAction, cast.ownStaff, { offeringId, interested: "true" });
      expect(marked.state?.notice?.key).toBe("interest.marked");
    }
    await submit(toggleInterestAction, cast.staff, { offeringId, interested: "true" });
    expect(await db.interest.count({ where: { offeringId } })).toBe(2);
    expect(await getInterestState(cast.ownStaff, slug)).toMatchObject({ interested: true });

    // The supervisor sees Muurame's count only; coordinators see every library's.
    const own = (await listInterestCounts(cast.supervisor))!.rows.filter((r) => r.offering.id === offeringId);
    expect(own.map((r) => [r.library.id, r.count])).toEqual([[muurameId, 1]]);
    const all = (await listInterestCounts(cast.coordinator))!.rows.filter((r) => r.offering.id === offeringId);
    expect(all.map((r) => [r.library.id, r.count]).sort()).toEqual(
      [
        [muurameId, 1],
        [valkeakoskiId, 1],
      ].sort(),
    );
    expect(await listInterestCounts(cast.staff)).toBeNull();
    expect(await listInterestCounts(null)).toBeNull();

    const removed = await submit(toggleInterestAction, cast.ownStaff, { offeringId, interested: "false" });
    expect(removed.state?.notice?.key).toBe("interest.unmarked");
    expect(await db.interest.count({ where: { offeringId, userId: cast.ownStaff.id } })).toBe(0);
  });

  it("is refused when a session is open to the person, but not for another library's restricted session", async () => {
    const { offeringId, slug } = await createOffering(db);
    const session = await db.trainingSession.create({
      data: {
        offeringId,
        startsAt: new Date(Date.now() + 20 * 86400_000),
        endsAt: new Date(Date.now() + 20 * 86400_000 + 3600_000),
        place: "Testikirjasto",
        capacity: 10,
        eligibility: "LIBRARY",
        restrictedLibraryId: valkeakoskiId,
      },
    });
    const before = await writes(db);
    const refused = await submit(toggleInterestAction, cast.staff, { offeringId, interested: "true" });
    expect(refused.state?.formError).toBe("interest.error.sessionOpen");
    expect(await writes(db)).toEqual(before);
    expect(await getInterestState(cast.staff, slug)).toMatchObject({ sessionOpen: true });

    expect(await getInterestState(cast.ownStaff, slug)).toMatchObject({ sessionOpen: false });
    expect((await submit(toggleInterestAction, cast.ownStaff, { offeringId, interested: "true" })).state?.status).toBe(
      "saved",
    );
    await db.trainingSession.update({ where: { id: session.id }, data: { status: "CANCELLED" } });
    expect(await getInterestState(cast.staff, slug)).toMatchObject({ sessionOpen: false });
  });

  it("refuses signed-out visitors, bad input and offerings of draft menus, writing nothing", async () => {
    const { offeringId } = await createOffering(db);
    const { offeringId: draft } = await createOffering(db, { menuStatus: "DRAFT" });
    const cases: [Actor | null, Values, Partial<FormState>][] = [
      [null, { offeringId, interested: "true" }, { formError: "form.error.UNAUTHENTICATED" }],
      [cast.staff, {}, { fields: { offeringId: "validation.required", interested: "validation.invalid" } }],
      [cast.staff, { offeringId, interested: "maybe" }, { fields: { interested: "validation.invalid" } }],
      [
        cast.staff,
        { offeringId: randomUUID(), interested: "true" },
        { fields: { offeringId: "interest.error.unknownOffering" } },
      ],
      [
        cast.staff,
        { offeringId: draft, interested: "true" },
        { fields: { offeringId: "interest.error.unknownOffering" } },
      ],
    ];
    for (const [actor, values, expected] of cases) {
      const before = await writes(db);
      const { state } = await submit(toggleInterestAction, actor, values);
      expect(state).toMatchObject({ status: "error", ...expected });
      expect(await writes(db)).toEqual(before);
    }
    // Every signed-in role may mark interest.
    for (const actor of [cast.supervisor, cast.otherSupervisor, cast.coordinator, cast.admin]) {
      expect((await submit(toggleInterestAction, actor, { offeringId, interested: "true" })).state?.status).toBe(
        "saved",
      );
    }
  });
});

beforeEach(() => {
  request.actor = null;
});

describe("the demo data", () => {
  it("has Muurame's workshop order, scheduled for Muurame's staff, and Valkeakoski's interest", async () => {
    const order = await db.workshopOrder.findFirstOrThrow({
      where: { library: { slug: "muurame" }, status: "SCHEDULED" },
      include: { session: true, requestedBy: true },
    });
    expect(order.requestedBy?.email).toBe("esihenkilo@muurame.fi");
    expect(order.session).toMatchObject({ eligibility: "LIBRARY", restrictedLibraryId: muurameId });
    const supervisorView = await listWorkshopOrders(cast.supervisor);
    expect(supervisorView!.rows.some((o) => o.id === order.id && o.status === "SCHEDULED")).toBe(true);

    const coordinatorView = await listInterestCounts(cast.coordinator);
    const valkeakoski = coordinatorView!.rows.find(
      (row) => row.library.id === valkeakoskiId && row.offering.slug === "kulttuurihyvinvointityopaja-kevat-2027",
    );
    expect(valkeakoski?.count).toBeGreaterThanOrEqual(2);
  });

  it("has a draft spring menu", async () => {
    const menu = await db.trainingMenu.findUniqueOrThrow({ where: { slug: "kevat-2028" } });
    expect(menu.status).toBe("DRAFT");
  });
});
