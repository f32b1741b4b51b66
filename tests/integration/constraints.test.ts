// The guarantees the database itself keeps, whatever the app does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";

let db: Db;
const created: string[] = [];
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
});
afterAll(async () => {
  // These rows break the app's invariants on purpose (a seat without an
  // enrolment, an enrolment without a seat); later test files must not see them.
  await db.trainingSession.deleteMany({ where: { id: { in: created } } });
  await db.$disconnect();
});

async function aSession(capacity: number) {
  const offering = await db.offering.findFirstOrThrow({ select: { id: true } });
  const session = await db.trainingSession.create({
    data: {
      offeringId: offering.id,
      startsAt: new Date("2027-03-01T08:00:00Z"),
      endsAt: new Date("2027-03-01T12:00:00Z"),
      capacity,
    },
  });
  created.push(session.id);
  return session;
}

describe("database constraints", () => {
  it("never lets seatsTaken exceed capacity", async () => {
    const session = await aSession(1);
    await db.trainingSession.update({ where: { id: session.id }, data: { seatsTaken: 1 } });
    await expect(db.trainingSession.update({ where: { id: session.id }, data: { seatsTaken: 2 } })).rejects.toThrow();
    const after = await db.trainingSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(after.seatsTaken).toBe(1);
  });

  it("refuses a session that ends before it starts", async () => {
    const offering = await db.offering.findFirstOrThrow({ select: { id: true } });
    await expect(
      db.trainingSession.create({
        data: {
          offeringId: offering.id,
          startsAt: new Date("2027-03-01T12:00:00Z"),
          endsAt: new Date("2027-03-01T08:00:00Z"),
          capacity: 5,
        },
      }),
    ).rejects.toThrow();
  });

  it("allows one enrolment per session and user", async () => {
    const session = await aSession(10);
    const user = await db.user.findFirstOrThrow({ where: { email: "marju@valkeakoski.fi" } });
    await db.enrolment.create({ data: { sessionId: session.id, userId: user.id, status: "CONFIRMED" } });
    await expect(
      db.enrolment.create({ data: { sessionId: session.id, userId: user.id, status: "CONFIRMED" } }),
    ).rejects.toThrow();
    expect(await db.enrolment.count({ where: { sessionId: session.id } })).toBe(1);
  });

  it("refuses overlapping live reservations of one kit, shipping days included", async () => {
    const kit = await db.kit.create({ data: { slug: `test-kit-${Date.now()}`, name: "Testiboksi", shippingDays: 2 } });
    const library = await db.library.findFirstOrThrow({ where: { slug: "muurame" } });
    const reserve = (start: string, end: string, status: "REQUESTED" | "CONFIRMED" | "CANCELLED" = "CONFIRMED") =>
      db.kitReservation.create({
        data: {
          kitId: kit.id,
          libraryId: library.id,
          startDate: new Date(start),
          endDate: new Date(end),
          shippingDays: 2,
          status,
        },
      });
    // A live reservation holds the kit from its first day to its last day plus its shipping days (ADR 25).
    await reserve("2027-02-01", "2027-02-10"); // holds 1.–12.2.
    await expect(reserve("2027-02-05", "2027-02-20")).rejects.toThrow(); // plain overlap
    await expect(reserve("2027-02-12", "2027-02-20")).rejects.toThrow(); // inside its shipping days
    await expect(reserve("2027-01-25", "2027-01-31")).rejects.toThrow(); // its own shipping days reach 1.2.
    await reserve("2027-02-13", "2027-02-20"); // exactly the shipping days free between the two
    await reserve("2027-02-05", "2027-02-08", "CANCELLED"); // cancelled ones do not block
    expect(await db.kitReservation.count({ where: { kitId: kit.id, status: "CONFIRMED" } })).toBe(2);
  });

  it("keeps one library's news-round entry per meeting", async () => {
    const update = await db.libraryUpdate.findFirstOrThrow();
    await expect(
      db.libraryUpdate.create({ data: { meetingId: update.meetingId, libraryId: update.libraryId, body: "toinen" } }),
    ).rejects.toThrow();
  });
});
