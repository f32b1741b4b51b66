// Mentoring registration (issue 13) against real PostgreSQL: applying as
// mentor or mentee through the form (bad input answered with field messages,
// nothing written), editing, withdrawing and reopening, the deadline, pairs
// (and two coordinators pairing the same mentor at once: one pair), taking a
// pair apart, the permission matrix with refusals that write nothing, and the
// CSV and XLSX exports (coordinators only).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";
import { createSession, createUsers, libraryId, removeCreated, uniq } from "./enrolment-fixtures";
import { ORIGIN, request as current } from "./support/request";
import { submit } from "./support/server-actions";
import { sessionCookie } from "./support/session-cookie";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const { applyForMentoringAction, pairMentoringAction, unpairMentoringAction, withdrawMentoringAction } =
  await import("@/lib/mentoring/actions");
const { pairMentoring } = await import("@/lib/mentoring/mutations");
const { GET: csv } = await import("@/app/api/exports/mentoring/[offeringId]/applications.csv/route");
const { GET: xlsx } = await import("@/app/api/exports/mentoring/[offeringId]/applications.xlsx/route");

let db: Db;
let other: Db;
let valkeakoski: string;
let people: Record<"staff" | "staff2" | "staff3" | "supervisor" | "steering" | "coordinator" | "admin", Actor>;

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  other = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  valkeakoski = await libraryId(db, "valkeakoski");
  const one = async (role: Role) =>
    (await createUsers(db, 1, { roles: [role], prefix: `m-${role.toLowerCase()}-${uniq()}` }))[0]!;
  people = {
    staff: await one("STAFF"),
    staff2: await one("STAFF"),
    staff3: await one("STAFF"),
    supervisor: await one("SUPERVISOR"),
    steering: await one("STEERING"),
    coordinator: await one("COORDINATOR"),
    admin: await one("ADMIN"),
  };
});
afterAll(async () => {
  await removeCreated(db);
  await db.$disconnect();
  await other.$disconnect();
});

async function newMentoring(deadline: string | null = "2099-12-31") {
  const { offeringSlug } = await createSession(db, { capacity: 1 });
  const { menuId } = await db.offering.findUniqueOrThrow({ where: { slug: offeringSlug }, select: { menuId: true } });
  return db.offering.create({
    data: {
      menuId,
      slug: `test-mentoring-${uniq()}`,
      kind: "MENTORING",
      title: "Testimentorointi",
      deadline: deadline ? new Date(deadline) : null,
    },
    select: { id: true, slug: true },
  });
}

const application = (offeringId: string, values: Record<string, string> = {}) => ({
  offeringId,
  slug: "ei-kaytossa",
  role: "MENTEE",
  libraryId: valkeakoski,
  goals: "Haluan oppia johtamaan muutosta.",
  availability: "Kerran kuussa etänä.",
  ...values,
});

async function rows(offeringId: string) {
  const [applications, pairs, audits] = await Promise.all([
    db.mentoringApplication.findMany({
      where: { offeringId },
      select: { userId: true, role: true, status: true, goals: true },
      orderBy: { userId: "asc" },
    }),
    db.mentoringPair.count({ where: { offeringId } }),
    db.auditEvent.count({ where: { action: { startsWith: "mentoring." } } }),
  ]);
  return { applications, pairs, audits };
}

describe("applying", () => {
  it("applies, edits, withdraws and reopens; refuses bad input and a closed registration, writing nothing", async () => {
    const offering = await newMentoring();
    const applied = await submit(applyForMentoringAction, people.staff, application(offering.id));
    expect(applied.state?.status).toBe("saved");
    await submit(
      applyForMentoringAction,
      people.staff,
      application(offering.id, { role: "MENTOR", goals: "Jaan kokemusta." }),
    );
    expect((await rows(offering.id)).applications).toEqual([
      { userId: people.staff.id, role: "MENTOR", status: "SUBMITTED", goals: "Jaan kokemusta." },
    ]);

    const before = await rows(offering.id);
    const cases: [Record<string, string>, string, string][] = [
      [application(offering.id, { role: "BOSS" }), "role", "mentoring.validation.role"],
      [application(offering.id, { goals: "" }), "goals", "validation.required"],
      [application(offering.id, { goals: "x".repeat(2_001) }), "goals", "validation.tooLong"],
      [application(offering.id, { availability: " " }), "availability", "validation.required"],
      [
        application(offering.id, { libraryId: "00000000-0000-4000-8000-000000000000" }),
        "libraryId",
        "mentoring.validation.library",
      ],
      [application(offering.id, { libraryId: "x" }), "libraryId", "validation.invalid"],
    ];
    for (const [values, field, message] of cases) {
      const outcome = await submit(applyForMentoringAction, people.staff, values);
      expect(outcome.state?.status, field).toBe("error");
      expect(outcome.state?.fields?.[field], field).toBe(message);
    }
    expect(await rows(offering.id)).toEqual(before);

    await submit(withdrawMentoringAction, people.staff, { offeringId: offering.id, confirm: "yes" });
    expect((await rows(offering.id)).applications[0]?.status).toBe("WITHDRAWN");
    const again = await submit(withdrawMentoringAction, people.staff, { offeringId: offering.id, confirm: "yes" });
    expect(again.state?.fields?.offeringId).toBe("mentoring.error.noApplication");
    await submit(applyForMentoringAction, people.staff, application(offering.id));
    expect((await rows(offering.id)).applications[0]).toMatchObject({ status: "SUBMITTED", role: "MENTEE" });

    const closed = await newMentoring("2020-01-31");
    const late = await submit(applyForMentoringAction, people.staff, application(closed.id));
    expect(late.state?.fields?.offeringId).toBe("mentoring.error.closed");
    expect((await rows(closed.id)).applications).toEqual([]);
  });
});

describe("pairs", () => {
  it("pairs a mentor with a mentee once, even when two coordinators click at once; a paired person cannot edit", async () => {
    const offering = await newMentoring();
    await submit(applyForMentoringAction, people.staff, application(offering.id, { role: "MENTOR" }));
    await submit(applyForMentoringAction, people.staff2, application(offering.id));
    await submit(applyForMentoringAction, people.staff3, application(offering.id));
    const ids = Object.fromEntries(
      (
        await db.mentoringApplication.findMany({
          where: { offeringId: offering.id },
          select: { id: true, userId: true },
        })
      ).map((r) => [r.userId, r.id]),
    );
    const mentor = ids[people.staff.id]!;

    // Wrong roles: a mentee as mentor.
    const wrong = await submit(pairMentoringAction, people.coordinator, {
      offeringId: offering.id,
      mentorId: ids[people.staff2.id],
      menteeId: ids[people.staff3.id],
    });
    expect(wrong.state?.fields?.mentorId).toBe("mentoring.validation.mentor");

    const results = await Promise.allSettled([
      pairMentoring(
        people.coordinator,
        { offeringId: offering.id, mentorId: mentor, menteeId: ids[people.staff2.id] },
        { client: db },
      ),
      pairMentoring(
        people.admin,
        { offeringId: offering.id, mentorId: mentor, menteeId: ids[people.staff3.id] },
        { client: other },
      ),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((refused.reason as { code: string }).code).toBe("CONFLICT");
    expect((await rows(offering.id)).pairs).toBe(1);

    const edit = await submit(
      applyForMentoringAction,
      people.staff,
      application(offering.id, { role: "MENTOR", goals: "Uusi" }),
    );
    expect(edit.state?.fields?.role).toBe("mentoring.error.paired");

    const pair = await db.mentoringPair.findFirstOrThrow({ where: { offeringId: offering.id }, select: { id: true } });
    const unpaired = await submit(unpairMentoringAction, people.coordinator, { pairId: pair.id, confirm: "yes" });
    expect(unpaired.state?.status).toBe("saved");
    expect((await rows(offering.id)).pairs).toBe(0);

    // Withdrawing takes a pair apart.
    await pairMentoring(people.coordinator, {
      offeringId: offering.id,
      mentorId: mentor,
      menteeId: ids[people.staff3.id],
    });
    await submit(withdrawMentoringAction, people.staff3, { offeringId: offering.id, confirm: "yes" });
    expect((await rows(offering.id)).pairs).toBe(0);
  });
});

describe("permission matrix (no middleware)", () => {
  it("staff and up apply; only coordinators and admins pair and export; refusals write nothing", async () => {
    const offering = await newMentoring();
    await submit(applyForMentoringAction, people.staff, application(offering.id, { role: "MENTOR" }));
    await submit(applyForMentoringAction, people.staff2, application(offering.id));
    const ids = await db.mentoringApplication.findMany({
      where: { offeringId: offering.id },
      select: { id: true, role: true },
    });
    const pairValues = {
      offeringId: offering.id,
      mentorId: ids.find((r) => r.role === "MENTOR")!.id,
      menteeId: ids.find((r) => r.role === "MENTEE")!.id,
    };
    for (const [who, actor] of [
      ["signed out", null],
      ["staff", people.staff],
      ["supervisor", people.supervisor],
      ["steering", people.steering],
    ] as const) {
      const before = await rows(offering.id);
      expect((await submit(pairMentoringAction, actor, pairValues)).state?.status, who).toBe("error");
      expect(await rows(offering.id), who).toEqual(before);
    }
    const signedOut = await submit(applyForMentoringAction, null, application(offering.id));
    expect(signedOut.state?.status).toBe("error");
    for (const actor of [people.supervisor, people.steering]) {
      expect((await submit(applyForMentoringAction, actor, application(offering.id))).state?.status).toBe("saved");
    }

    type Handler = (request: Request, ctx: { params: Promise<{ offeringId: string }> }) => Promise<Response>;
    const get = async (handler: Handler, ext: string, actor: Actor | null) => {
      const headers = new Headers({ host: "127.0.0.1:3000" });
      if (actor) headers.set("cookie", await sessionCookie(db, actor.id));
      current.headers = headers;
      current.actor = null;
      return handler(new Request(`${ORIGIN}/api/exports/mentoring/${offering.id}/applications.${ext}`, { headers }), {
        params: Promise.resolve({ offeringId: offering.id }),
      });
    };
    expect((await get(csv, "csv", null)).status).toBe(401);
    expect((await get(csv, "csv", people.staff)).status).toBe(403);
    expect((await get(csv, "csv", people.supervisor)).status).toBe(403);
    const file = await get(csv, "csv", people.coordinator);
    expect(file.status).toBe(200);
    const body = await file.text();
    expect(body).toContain("Haluan oppia johtamaan muutosta.");
    expect(body).toContain("Mentori");
    const book = await get(xlsx, "xlsx", people.admin);
    expect(book.status).toBe(200);
    expect(
      Buffer.from(await book.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
  });
});
