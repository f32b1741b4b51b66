// npm run db:seed must be idempotent and carry the source minutes.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { windowsInOrder } from "@/lib/exchanges/rules";
import { seedDemoData } from "@/prisma/seed";

let db: Db;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
});
afterAll(async () => {
  await db.$disconnect();
});

async function counts() {
  const tables = [
    "library",
    "servicePoint",
    "user",
    "meeting",
    "agendaItem",
    "material",
    "libraryUpdate",
    "decision",
    "actionItem",
    "schedulingPoll",
    "pollOption",
    "pollVote",
    "theme",
    "trainingMenu",
    "offering",
    "trainingSession",
    "enrolment",
    "feedback",
    "programmeModule",
    "kit",
    "network",
    "networkMembership",
    "exchangeRound",
    "exchangeOffer",
    "exchangeApplication",
    "exchangeReport",
    "page",
  ] as const;
  const out: Record<string, number> = {};
  for (const table of tables) {
    out[table] = await (db[table] as unknown as { count: () => Promise<number> }).count();
  }
  return out;
}

describe("demo data", () => {
  it("is idempotent: a second run changes no counts", async () => {
    const before = await counts();
    await seedDemoData(db);
    expect(await counts()).toEqual(before);
  });

  it("has the member libraries of both regions with their consortium", async () => {
    const libraries = await db.library.findMany({ select: { slug: true, region: true, consortium: true } });
    const bySlug = Object.fromEntries(libraries.map((l) => [l.slug, l]));
    expect(bySlug.tampere).toMatchObject({ region: "PIRKANMAA", consortium: "PIKI" });
    expect(bySlug.valkeakoski).toMatchObject({ region: "PIRKANMAA", consortium: "PIKI" });
    expect(bySlug.jyvaskyla).toMatchObject({ region: "KESKI_SUOMI", consortium: "KESKI" });
    expect(bySlug.muurame).toMatchObject({ region: "KESKI_SUOMI", consortium: "KESKI" });
    expect(libraries.filter((l) => l.region === "PIRKANMAA").length).toBeGreaterThan(5);
    expect(libraries.filter((l) => l.region === "KESKI_SUOMI").length).toBeGreaterThan(5);
  });

  it("has Jyväskylä's service points as the minutes describe them", async () => {
    const points = await db.servicePoint.findMany({
      where: { library: { slug: "jyvaskyla" } },
      select: { name: true, kind: true, status: true },
    });
    const find = (fragment: string) => points.find((p) => p.name.includes(fragment));
    for (const name of ["Halssila", "Vesanka", "Lohikoski", "Martti"]) expect(find(name)?.status).toBe("UNDER_REVIEW");
    expect(find("Martti")?.kind).toBe("BOOKMOBILE");
    for (const name of ["Vaajakoski", "Säynätsalo", "Keljonkangas", "Kortepohja", "Palokka"])
      expect(find(name)).toBeTruthy();
  });

  it("has the autumn 2023 meeting with its news round, decisions and action items, and the next meeting", async () => {
    const meetings = await db.meeting.findMany({
      orderBy: { startsAt: "asc" },
      include: { agendaItems: true, libraryUpdates: { include: { library: true } }, originActionItems: true },
    });
    const autumn = meetings.find((m) => m.startsAt.toISOString() === "2023-09-12T10:00:00.000Z");
    expect(autumn?.status).toBe("MINUTES_APPROVED");
    expect(autumn).toBeTruthy();
    expect(autumn!.agendaItems.length).toBeGreaterThanOrEqual(8);
    expect(autumn!.libraryUpdates.map((u) => u.library.slug).sort()).toEqual(
      expect.arrayContaining(["jyvaskyla", "muurame", "tampere", "valkeakoski"]),
    );
    const poll = autumn!.originActionItems.find((a) => /doodle|kalenteri/i.test(a.title));
    expect(poll?.dueDate?.toISOString().slice(0, 10)).toBe("2023-09-15");
    const next = meetings.find((m) => m.startsAt.toISOString() === "2023-11-29T10:00:00.000Z");
    expect(next?.endsAt.toISOString()).toBe("2023-11-29T12:00:00.000Z");
    expect(next?.location).toMatch(/Jyväskylä/);
  });

  it("has one demo user per role, each with a library", async () => {
    const demo = await db.user.findMany({ where: { isDemo: true }, select: { roles: true, libraryId: true } });
    for (const role of ["ADMIN", "COORDINATOR", "STEERING", "SUPERVISOR", "STAFF"] as const) {
      expect(demo.some((u) => u.roles.includes(role) && u.libraryId)).toBe(true);
    }
  });

  it("keeps seatsTaken equal to the enrolments holding a seat", async () => {
    // The seed's own sessions: other test files add (and bend) their own.
    const sessions = await db.trainingSession.findMany({
      where: { createdAt: { lte: new Date(inject("seededAt")) } },
      select: {
        seatsTaken: true,
        _count: { select: { enrolments: { where: { status: { in: ["CONFIRMED", "ATTENDED", "NO_SHOW"] } } } } },
      },
    });
    for (const s of sessions) expect(s.seatsTaken).toBe(s._count.enrolments);
  });

  it("shows a full session with a waitlist and a past one with attendance and feedback", async () => {
    const full = await db.trainingSession.findFirstOrThrow({
      where: { title: { contains: "Valkeakosken pienryhmä" } },
      select: { capacity: true, seatsTaken: true, enrolments: { select: { status: true, waitlistPosition: true } } },
    });
    expect(full.seatsTaken).toBe(full.capacity);
    expect(
      full.enrolments
        .filter((e) => e.status === "WAITLISTED")
        .map((e) => e.waitlistPosition)
        .sort(),
    ).toEqual([1, 2]);
    const feedback = await db.feedback.findMany({ select: { rating: true, enrolment: { select: { status: true } } } });
    expect(feedback.length).toBeGreaterThanOrEqual(2);
    for (const f of feedback) expect(f.enrolment.status).toBe("ATTENDED");
  });

  it("has the 2023 trial's completed exchanges with both reports, and the open round's applications in every state", async () => {
    const rounds = await db.exchangeRound.findMany({
      include: {
        offers: {
          select: {
            places: true,
            placesTaken: true,
            hostLibrary: { select: { region: true, municipality: true } },
            applications: {
              select: {
                status: true,
                completedAt: true,
                reports: { select: { side: true, consentToPublish: true, publishedAt: true } },
              },
            },
          },
        },
      },
    });
    const trial = rounds.find((r) => r.year === 2023)!;
    expect(trial.status).toBe("CLOSED");
    const completed = trial.offers.flatMap((o) => o.applications).filter((a) => a.status === "COMPLETED");
    expect(completed.length).toBeGreaterThanOrEqual(2);
    for (const a of completed) {
      expect(a.reports.map((r) => r.side).sort()).toEqual(["HOST", "VISITOR"]);
      // Completing published the reports whose authors consented, and only those.
      for (const r of a.reports) expect(r.publishedAt).toEqual(r.consentToPublish ? a.completedAt : null);
    }
    expect(completed.flatMap((a) => a.reports).some((r) => !r.consentToPublish)).toBe(true);

    const current = rounds.find((r) => r.status === "OPEN")!;
    expect(windowsInOrder(current)).toBe(true);
    expect(new Set(current.offers.map((o) => o.hostLibrary.region))).toEqual(new Set(["PIRKANMAA", "KESKI_SUOMI"]));
    expect(new Set(current.offers.map((o) => o.hostLibrary.municipality)).size).toBeGreaterThanOrEqual(5);
    const states = new Set(current.offers.flatMap((o) => o.applications.map((a) => a.status)));
    for (const status of ["AWAITING_CONSENT", "SUBMITTED", "ACCEPTED", "DECLINED", "WITHDRAWN", "CLOSED"] as const) {
      expect(states, status).toContain(status);
    }

    // The counter of places agrees with the applications that hold one (ADR 30).
    for (const offer of rounds.flatMap((r) => r.offers)) {
      const held = offer.applications.filter((a) => a.status === "ACCEPTED" || a.status === "COMPLETED").length;
      expect(offer.placesTaken).toBe(held);
      expect(offer.placesTaken).toBeLessThanOrEqual(offer.places);
    }
  });
});
