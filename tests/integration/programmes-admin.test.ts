// The coordinators' programme editor (issue 13) against real PostgreSQL,
// through its server actions as a browser posts them: parts added, edited,
// moved and removed, the deadline and publishing (refused without a required
// part, and unpublishing once people joined), bad input answered with field
// messages, the permission matrix (signed out, STAFF, SUPERVISOR, STEERING,
// COORDINATOR, ADMIN) with refusals that write nothing. The programme page's
// invalidation is in cache-invalidation.test.ts (no next/cache stub there).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";
import { createSession, createUsers, removeCreated, uniq } from "./enrolment-fixtures";
import { submit } from "./support/server-actions";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const { deletePartAction, movePartAction, savePartAction, saveProgrammeSettingsAction } =
  await import("@/lib/programmes/admin/actions");
const { joinProgramme } = await import("@/lib/programmes/mutations");

let db: Db;
let people: Record<"staff" | "supervisor" | "steering" | "coordinator" | "admin", Actor>;
let linkedOfferingId: string;

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  const one = async (role: Role) =>
    (await createUsers(db, 1, { roles: [role], prefix: `${role.toLowerCase()}-${uniq()}` }))[0]!;
  people = {
    staff: await one("STAFF"),
    supervisor: await one("SUPERVISOR"),
    steering: await one("STEERING"),
    coordinator: await one("COORDINATOR"),
    admin: await one("ADMIN"),
  };
  const { offeringSlug } = await createSession(db, { capacity: 5 });
  linkedOfferingId = (await db.offering.findUniqueOrThrow({ where: { slug: offeringSlug }, select: { id: true } })).id;
});
afterAll(async () => {
  await db.offering.deleteMany({ where: { kind: "PROGRAMME", slug: { startsWith: "test-programme-" } } });
  await removeCreated(db);
  await db.$disconnect();
});

/** An unpublished programme without parts, in a published menu. */
async function newProgramme() {
  const { offeringSlug } = await createSession(db, { capacity: 1 });
  const { menuId } = await db.offering.findUniqueOrThrow({ where: { slug: offeringSlug }, select: { menuId: true } });
  return db.offering.create({
    data: { menuId, slug: `test-programme-${uniq()}`, kind: "PROGRAMME", title: "Muokattava ohjelma" },
    select: { id: true, slug: true },
  });
}

const parts = (offeringId: string) =>
  db.programmeModule.findMany({
    where: { offeringId },
    select: {
      id: true,
      position: true,
      title: true,
      mode: true,
      required: true,
      linkedOfferingId: true,
      materials: true,
    },
    orderBy: { position: "asc" },
  });

async function snapshot(offeringId: string) {
  const [rows, offering, audits] = await Promise.all([
    parts(offeringId),
    db.offering.findUniqueOrThrow({
      where: { id: offeringId },
      select: { deadline: true, programmePublishedAt: true },
    }),
    db.auditEvent.count({ where: { action: { startsWith: "programme." } } }),
  ]);
  return { rows, offering, audits };
}

const part = (offeringId: string, values: Record<string, string>) => ({
  offeringId,
  title: "Kohtaaminen",
  mode: "SELF_REPORTED",
  required: "on",
  ...values,
});

describe("the programme editor", () => {
  it("adds, edits, moves and removes parts, sets the deadline and publishes", async () => {
    const programme = await newProgramme();
    const coordinator = people.coordinator;

    for (const title of ["Yksi", "Kaksi", "Kolme"]) {
      const added = await submit(savePartAction, coordinator, part(programme.id, { title }));
      expect(added.state?.status).toBe("saved");
    }
    const attendance = await submit(
      savePartAction,
      coordinator,
      part(programme.id, {
        title: "Työpaja",
        mode: "ATTENDANCE",
        linkedOfferingId,
        materials: "Opas | https://example.org/opas\nhttps://example.org/toinen",
        required: "",
      }),
    );
    expect(attendance.state?.status).toBe("saved");
    let rows = await parts(programme.id);
    expect(rows.map((r) => [r.position, r.title])).toEqual([
      [1, "Yksi"],
      [2, "Kaksi"],
      [3, "Kolme"],
      [4, "Työpaja"],
    ]);
    expect(rows[3]).toMatchObject({
      mode: "ATTENDANCE",
      required: false,
      linkedOfferingId,
      materials: [
        { title: "Opas", url: "https://example.org/opas" },
        { title: "https://example.org/toinen", url: "https://example.org/toinen" },
      ],
    });

    // Edit: a self-reported part names no training even if the form sent one.
    await submit(
      savePartAction,
      coordinator,
      part(programme.id, { partId: rows[1]!.id, title: "Kaksi (uusi)", linkedOfferingId }),
    );
    // Move the last one up, the first one down (and the first one cannot go further up: no change).
    await submit(movePartAction, coordinator, { offeringId: programme.id, partId: rows[3]!.id, direction: "up" });
    await submit(movePartAction, coordinator, { offeringId: programme.id, partId: rows[0]!.id, direction: "down" });
    await submit(movePartAction, coordinator, { offeringId: programme.id, partId: rows[1]!.id, direction: "up" });
    rows = await parts(programme.id);
    expect(rows.map((r) => r.title)).toEqual(["Kaksi (uusi)", "Yksi", "Työpaja", "Kolme"]);
    expect(rows[0]!.linkedOfferingId).toBeNull();

    // Remove: positions close up to 1..n.
    await submit(deletePartAction, coordinator, { offeringId: programme.id, partId: rows[1]!.id, confirm: "yes" });
    rows = await parts(programme.id);
    expect(rows.map((r) => [r.position, r.title])).toEqual([
      [1, "Kaksi (uusi)"],
      [2, "Työpaja"],
      [3, "Kolme"],
    ]);

    const saved = await submit(saveProgrammeSettingsAction, coordinator, {
      offeringId: programme.id,
      deadline: "31.12.2027",
      published: "on",
    });
    expect(saved.state?.status).toBe("saved");
    const offering = await db.offering.findUniqueOrThrow({
      where: { id: programme.id },
      select: { deadline: true, programmePublishedAt: true },
    });
    expect(offering.deadline?.toISOString().slice(0, 10)).toBe("2027-12-31");
    expect(offering.programmePublishedAt).not.toBeNull();

    // Once someone has joined, publishing cannot be withdrawn; nothing changes.
    await joinProgramme(people.staff, { offeringId: programme.id });
    const before = await snapshot(programme.id);
    const withdraw = await submit(saveProgrammeSettingsAction, coordinator, {
      offeringId: programme.id,
      deadline: "31.12.2027",
    });
    expect(withdraw.state?.fields?.published).toBe("programmesAdmin.validation.hasParticipants");
    expect(await snapshot(programme.id)).toEqual(before);
  });

  it("refuses to publish a programme without a required part", async () => {
    const programme = await newProgramme();
    await submit(savePartAction, people.coordinator, part(programme.id, { required: "" }));
    const outcome = await submit(saveProgrammeSettingsAction, people.coordinator, {
      offeringId: programme.id,
      published: "on",
    });
    expect(outcome.state?.fields?.published).toBe("programmes.error.noRequiredParts");
    const { programmePublishedAt } = await db.offering.findUniqueOrThrow({
      where: { id: programme.id },
      select: { programmePublishedAt: true },
    });
    expect(programmePublishedAt).toBeNull();
  });

  it("answers bad input with field messages and writes nothing", async () => {
    const programme = await newProgramme();
    await submit(savePartAction, people.coordinator, part(programme.id, {}));
    const before = await snapshot(programme.id);
    const cases: [Record<string, string>, string, string][] = [
      [part(programme.id, { title: "" }), "title", "validation.required"],
      [part(programme.id, { title: "x".repeat(201) }), "title", "validation.tooLong"],
      [part(programme.id, { mode: "MAGIC" }), "mode", "validation.invalid"],
      [part(programme.id, { mode: "ATTENDANCE" }), "linkedOfferingId", "programmesAdmin.validation.linkedOffering"],
      [
        part(programme.id, { mode: "ATTENDANCE", linkedOfferingId: programme.id }),
        "linkedOfferingId",
        "programmesAdmin.validation.linkedOffering",
      ],
      [
        part(programme.id, { materials: "Opas | javascript:alert(1)" }),
        "materials",
        "programmesAdmin.validation.materials",
      ],
      [
        part(programme.id, { partId: "00000000-0000-4000-8000-000000000000" }),
        "partId",
        "programmes.error.unknownPart",
      ],
    ];
    for (const [values, field, message] of cases) {
      const outcome = await submit(savePartAction, people.coordinator, values);
      expect(outcome.state?.status, JSON.stringify(values)).toBe("error");
      expect(outcome.state?.fields?.[field], field).toBe(message);
    }
    const badDeadline = await submit(saveProgrammeSettingsAction, people.coordinator, {
      offeringId: programme.id,
      deadline: "31.13.2027",
    });
    expect(badDeadline.state?.fields?.deadline).toBe("programmesAdmin.validation.deadline");
    const unconfirmed = await submit(deletePartAction, people.coordinator, {
      offeringId: programme.id,
      partId: before.rows[0]!.id,
    });
    expect(unconfirmed.state?.status).toBe("error");
    expect(await snapshot(programme.id)).toEqual(before);
  });
});

describe("permission matrix of the editor (no middleware)", () => {
  it("lets coordinators and admins in; refuses everyone else and writes nothing", async () => {
    const programme = await newProgramme();
    await submit(savePartAction, people.coordinator, part(programme.id, { title: "Ensimmäinen" }));
    await submit(savePartAction, people.coordinator, part(programme.id, { title: "Toinen" }));
    const [first, second] = await parts(programme.id);
    const forms = [
      [savePartAction, part(programme.id, { title: "Murto" })],
      [savePartAction, part(programme.id, { partId: first!.id, title: "Murto" })],
      [movePartAction, { offeringId: programme.id, partId: second!.id, direction: "up" }],
      [deletePartAction, { offeringId: programme.id, partId: first!.id, confirm: "yes" }],
      [saveProgrammeSettingsAction, { offeringId: programme.id, deadline: "1.1.2028", published: "on" }],
    ] as const;
    const refused: [string, Actor | null][] = [
      ["signed out", null],
      ["staff", people.staff],
      ["supervisor", people.supervisor],
      ["steering", people.steering],
    ];
    for (const [who, actor] of refused) {
      const before = await snapshot(programme.id);
      for (const [action, values] of forms) {
        const outcome = await submit(action, actor, values);
        expect(outcome.state?.status, who).toBe("error");
      }
      expect(await snapshot(programme.id), who).toEqual(before);
    }
    for (const actor of [people.coordinator, people.admin]) {
      const outcome = await submit(savePartAction, actor, part(programme.id, { partId: first!.id, title: "Sallittu" }));
      expect(outcome.state?.status).toBe("saved");
    }
  });
});
