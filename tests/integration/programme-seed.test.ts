// The demo data of programmes (issue 13) holds together: about a hundred
// aspa-ajokortti completions since 2021 across many libraries, each with a
// certificate and every required part done; people stuck at each part; none
// of the unfinished with every required part done; mentoring applications
// with a pair. Runs on the template database the suite seeded.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";

let db: Db;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
});
afterAll(async () => {
  await db.$disconnect();
});

describe("the programmes' demo data", () => {
  it("has about a hundred completions since 2021 over many libraries, each certified with all parts", async () => {
    const [row] = await db.$queryRaw<
      { completed: number; certified: number; years: number; libraries: number; first: Date }[]
    >`
      SELECT count(*)::int AS completed, count(c.id)::int AS certified,
             count(DISTINCT extract(year FROM p."completedAt"))::int AS years,
             count(DISTINCT u."libraryId")::int AS libraries, min(p."completedAt") AS first
      FROM "ProgrammeParticipation" p
      JOIN "Offering" o ON o.id = p."offeringId" AND o.slug = 'aspa-ajokortti'
      JOIN "User" u ON u.id = p."userId"
      LEFT JOIN "ProgrammeCertificate" c ON c."participationId" = p.id
      WHERE p.status = 'COMPLETED'`;
    expect(row!.completed).toBeGreaterThanOrEqual(100);
    expect(row!.certified).toBe(row!.completed);
    expect(row!.years).toBeGreaterThanOrEqual(4);
    expect(row!.libraries).toBeGreaterThanOrEqual(10);
    expect(row!.first.getUTCFullYear()).toBe(2021);
  });

  it("completion and parts agree: completed means every required part done, unfinished means not", async () => {
    const rows = await db.$queryRaw<{ status: string; done: number; required: number }[]>`
      SELECT p.status,
             (SELECT count(*)::int FROM "ModuleCompletion" mc JOIN "ProgrammeModule" m ON m.id = mc."moduleId"
               WHERE mc."userId" = p."userId" AND m."offeringId" = p."offeringId" AND m.required) AS done,
             (SELECT count(*)::int FROM "ProgrammeModule" m WHERE m."offeringId" = p."offeringId" AND m.required) AS required
      FROM "ProgrammeParticipation" p JOIN "Offering" o ON o.id = p."offeringId" AND o.slug = 'aspa-ajokortti'`;
    for (const r of rows) {
      if (r.status === "COMPLETED") expect(r.done).toBe(r.required);
      else expect(r.done).toBeLessThan(r.required);
    }
    // Stuck at every part: some unfinished with 0, 1, 2 … required parts done.
    const stuckAt = new Set(rows.filter((r) => r.status === "ACTIVE").map((r) => r.done));
    expect(stuckAt.size).toBe(rows[0]!.required);
  });

  it("has mentoring applications as mentor and mentee, and a pair", async () => {
    const apps = await db.mentoringApplication.groupBy({
      by: ["role"],
      where: { offering: { slug: "mentorointiohjelma-2027" } },
      _count: true,
    });
    expect(apps.map((a) => a.role).sort()).toEqual(["MENTEE", "MENTOR"]);
    expect(await db.mentoringPair.count({ where: { offering: { slug: "mentorointiohjelma-2027" } } })).toBe(1);
  });
});
