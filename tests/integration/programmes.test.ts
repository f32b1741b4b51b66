// Programmes (issue 13) against real PostgreSQL: joining, doing parts,
// completion exactly when the last required part is done whichever way it was
// done (self-reported, confirmed by a coordinator, attendance recorded at a
// session of the linked offering), leaving and rejoining without losing what
// was done, two last parts done at the same moment completing the programme
// once with one certificate and one mail, revoking a certificate, and
// refusals that write nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ZodError } from "zod";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";
import { normaliseCertificateCode } from "@/lib/programmes/rules";
import { createSession, createUsers, removeCreated, uniq } from "./enrolment-fixtures";

vi.mock("next/cache", () => import("./support/stub-cache"));

const { completePart, confirmPart, joinProgramme, leaveProgramme, revokeCertificate } =
  await import("@/lib/programmes/mutations");
const { markAttendance } = await import("@/lib/attendance/mutations");

let db: Db;
/** A second client: another app instance for the races. */
let other: Db;
let coordinator: Actor;

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 6 });
  other = createPrismaClient(process.env.DATABASE_URL!, { max: 6 });
  coordinator = (await createUsers(db, 1, { roles: ["COORDINATOR"], prefix: `coord-${uniq()}` }))[0]!;
});
afterAll(async () => {
  // The programmes first: an offering that a part names cannot go before the part (NO ACTION).
  await db.offering.deleteMany({ where: { kind: "PROGRAMME", slug: { startsWith: "test-programme-" } } });
  await removeCreated(db);
  await db.$disconnect();
  await other.$disconnect();
});

type PartSpec = {
  mode?: "SELF_REPORTED" | "ATTENDANCE" | "COORDINATOR";
  required?: boolean;
  linkedOfferingId?: string;
};

/** A published programme in a published menu of its own, with the given parts in order. */
async function createProgramme(parts: PartSpec[], options: { published?: boolean } = {}) {
  const id = uniq();
  const { offeringSlug } = await createSession(db, { capacity: 1 });
  const menuId = (await db.offering.findUniqueOrThrow({ where: { slug: offeringSlug }, select: { menuId: true } }))
    .menuId;
  const offering = await db.offering.create({
    data: {
      menuId,
      slug: `test-programme-${id}`,
      kind: "PROGRAMME",
      title: `Testiohjelma ${id}`,
      deadline: new Date("2027-12-31"),
      programmePublishedAt: options.published === false ? null : new Date(),
    },
    select: { id: true },
  });
  const modules = [];
  for (const [i, part] of parts.entries()) {
    modules.push(
      await db.programmeModule.create({
        data: {
          offeringId: offering.id,
          position: i + 1,
          title: `Osio ${i + 1}`,
          mode: part.mode ?? "SELF_REPORTED",
          required: part.required ?? true,
          linkedOfferingId: part.linkedOfferingId ?? null,
        },
        select: { id: true },
      }),
    );
  }
  return { offeringId: offering.id, partIds: modules.map((m) => m.id) };
}

// As a tuple, so that destructured people type as actors (the tests take at most 8).
const staff = async (count = 1) =>
  (await createUsers(db, count, { prefix: `prog-${uniq()}` })) as [
    Actor,
    Actor,
    Actor,
    Actor,
    Actor,
    Actor,
    Actor,
    Actor,
  ];
const done = (partId: string) => ({ partId, reflection: "Opin, miten kohtaan asiakkaan rauhallisesti." });

async function stateOf(offeringId: string, userId: string) {
  const participation = await db.programmeParticipation.findUniqueOrThrow({
    where: { offeringId_userId: { offeringId, userId } },
    select: { id: true, status: true, completedAt: true, certificate: { select: { code: true, parts: true } } },
  });
  const jobs = await db.job.count({
    where: { name: "email.programmeCompleted", payload: { path: ["participationId"], equals: participation.id } },
  });
  const completions = await db.moduleCompletion.count({ where: { userId, module: { offeringId } } });
  return { ...participation, jobs, completions };
}

/** A refusal as the API answers it: zod's are VALIDATION_FAILED with a message per field. */
async function refusal(promise: Promise<unknown>): Promise<{ code: string; fields?: Record<string, string> }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (error instanceof ZodError) {
    return {
      code: "VALIDATION_FAILED",
      fields: Object.fromEntries(error.issues.map((issue) => [issue.path.join("."), issue.message])),
    };
  }
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("completion", () => {
  it("completes exactly when the last required part is done, with a certificate and one mail", async () => {
    const { offeringId, partIds } = await createProgramme([{}, {}, { required: false }]);
    const [person] = await staff();
    await joinProgramme(person, { offeringId });
    expect((await completePart(person, done(partIds[0]!))).status).toBe("ACTIVE");
    expect((await stateOf(offeringId, person.id)).certificate).toBeNull();

    const result = await completePart(person, done(partIds[1]!));
    expect(result.status).toBe("COMPLETED");
    const state = await stateOf(offeringId, person.id);
    expect(state.status).toBe("COMPLETED");
    expect(state.completedAt).not.toBeNull();
    expect(state.jobs).toBe(1);
    // 26 characters of Crockford base32: 128 random bits.
    expect(normaliseCertificateCode(state.certificate!.code)).toBe(state.certificate!.code);
    expect(state.certificate!.parts).toEqual([{ title: "Osio 1" }, { title: "Osio 2" }]);

    // The optional part done afterwards changes nothing about the completion.
    await expect(completePart(person, done(partIds[2]!))).resolves.toMatchObject({ status: "COMPLETED" });
    expect((await stateOf(offeringId, person.id)).jobs).toBe(1);
  });

  it("completes by a coordinator's confirmation of the last part", async () => {
    const { offeringId, partIds } = await createProgramme([{}, { mode: "COORDINATOR" }]);
    const [person] = await staff();
    await joinProgramme(person, { offeringId });
    await completePart(person, done(partIds[0]!));
    // A participant cannot mark a coordinator's part themselves; nothing is written.
    const before = await stateOf(offeringId, person.id);
    expect((await refusal(completePart(person, done(partIds[1]!)))).code).toBe("CONFLICT");
    expect(await stateOf(offeringId, person.id)).toEqual(before);

    const result = await confirmPart(coordinator, { partId: partIds[1], userId: person.id, note: "Näyttö annettu" });
    expect(result.status).toBe("COMPLETED");
    const completion = await db.moduleCompletion.findUniqueOrThrow({
      where: { moduleId_userId: { moduleId: partIds[1]!, userId: person.id } },
      select: { mode: true, confirmedById: true, note: true },
    });
    expect(completion).toEqual({ mode: "COORDINATOR", confirmedById: coordinator.id, note: "Näyttö annettu" });
  });

  it("completes the part of a linked offering when attendance at its session is recorded", async () => {
    const training = await createSession(db, { capacity: 5, startsAt: new Date(Date.now() - 3 * 86_400_000) });
    const linked = await db.offering.findUniqueOrThrow({
      where: { slug: training.offeringSlug },
      select: { id: true },
    });
    const { offeringId, partIds } = await createProgramme([{}, { mode: "ATTENDANCE", linkedOfferingId: linked.id }]);
    const [came, stayedAway] = await staff(2);
    for (const person of [came, stayedAway]) {
      await joinProgramme(person, { offeringId });
      await completePart(person, done(partIds[0]!));
    }
    const enrolments = await Promise.all(
      [came, stayedAway].map((person) =>
        db.enrolment.create({
          data: { sessionId: training.id, userId: person.id, status: "CONFIRMED" },
          select: { id: true },
        }),
      ),
    );
    await markAttendance(coordinator, {
      sessionId: training.id,
      marks: { [enrolments[0]!.id]: "ATTENDED", [enrolments[1]!.id]: "NO_SHOW" },
    });
    const cameState = await stateOf(offeringId, came.id);
    expect(cameState.status).toBe("COMPLETED");
    expect(cameState.jobs).toBe(1);
    expect((await stateOf(offeringId, stayedAway.id)).status).toBe("ACTIVE");
    const completion = await db.moduleCompletion.findUniqueOrThrow({
      where: { moduleId_userId: { moduleId: partIds[1]!, userId: came.id } },
      select: { mode: true, sessionId: true },
    });
    expect(completion).toEqual({ mode: "ATTENDANCE", sessionId: training.id });
  });

  it("keeps what was done when a participant leaves and rejoins, and counts parts done meanwhile", async () => {
    const training = await createSession(db, { capacity: 5, startsAt: new Date(Date.now() - 86_400_000) });
    const linked = await db.offering.findUniqueOrThrow({
      where: { slug: training.offeringSlug },
      select: { id: true },
    });
    const { offeringId, partIds } = await createProgramme([{}, { mode: "ATTENDANCE", linkedOfferingId: linked.id }]);
    const [person] = await staff();
    await joinProgramme(person, { offeringId });
    await completePart(person, done(partIds[0]!));
    expect((await leaveProgramme(person, { offeringId, confirm: "yes" })).status).toBe("LEFT");
    // A left participant cannot mark parts.
    expect((await refusal(completePart(person, done(partIds[0]!)))).code).toBe("CONFLICT");

    // Attended while away: the part is recorded, the programme waits for the rejoin.
    const enrolment = await db.enrolment.create({
      data: { sessionId: training.id, userId: person.id, status: "CONFIRMED" },
      select: { id: true },
    });
    await markAttendance(coordinator, { sessionId: training.id, marks: { [enrolment.id]: "ATTENDED" } });
    expect((await stateOf(offeringId, person.id)).status).toBe("LEFT");
    expect((await stateOf(offeringId, person.id)).completions).toBe(2);

    const rejoined = await joinProgramme(person, { offeringId });
    expect(rejoined.status).toBe("COMPLETED");
    expect((await stateOf(offeringId, person.id)).jobs).toBe(1);
    // Joining again once completed changes nothing.
    await expect(joinProgramme(person, { offeringId })).resolves.toMatchObject({ status: "COMPLETED" });
    expect((await stateOf(offeringId, person.id)).jobs).toBe(1);
  });
});

describe("races", () => {
  it("two last parts done at the same moment complete the programme once, with one mail", async () => {
    const { offeringId, partIds } = await createProgramme([{}, {}, {}]);
    const people = await staff(8);
    for (const person of people) {
      await joinProgramme(person, { offeringId });
      await completePart(person, done(partIds[0]!));
    }
    // Each person's two remaining parts at once, through two clients (two app instances).
    await Promise.all(
      people.flatMap((person) => [
        completePart(person, done(partIds[1]!), { client: db }),
        completePart(person, done(partIds[2]!), { client: other }),
      ]),
    );
    for (const person of people) {
      const state = await stateOf(offeringId, person.id);
      expect(state.status).toBe("COMPLETED");
      expect(state.jobs).toBe(1);
      expect(state.completions).toBe(3);
    }
    expect(await db.programmeCertificate.count({ where: { participation: { offeringId } } })).toBe(people.length);
  });

  it("the same part marked twice at once is recorded once", async () => {
    const { offeringId, partIds } = await createProgramme([{}, {}]);
    const [person] = await staff();
    await joinProgramme(person, { offeringId });
    await Promise.all([
      completePart(person, done(partIds[0]!), { client: db }),
      completePart(person, done(partIds[0]!), { client: other }),
    ]);
    const state = await stateOf(offeringId, person.id);
    expect(state.completions).toBe(1);
    expect(state.status).toBe("ACTIVE");
  });
});

describe("certificates", () => {
  it("a coordinator revokes a certificate once, audited with the reason", async () => {
    const { offeringId, partIds } = await createProgramme([{}]);
    const [person] = await staff();
    await joinProgramme(person, { offeringId });
    await completePart(person, done(partIds[0]!));
    const certificate = await db.programmeCertificate.findFirstOrThrow({
      where: { participation: { offeringId, userId: person.id } },
      select: { id: true },
    });
    // Staff may not revoke; nothing is written.
    expect(
      (await refusal(revokeCertificate(person, { certificateId: certificate.id, reason: "x", confirm: "yes" }))).code,
    ).toBe("FORBIDDEN");
    await revokeCertificate(coordinator, {
      certificateId: certificate.id,
      reason: "Suoritus kirjattu väärälle henkilölle",
      confirm: "yes",
    });
    const revoked = await db.programmeCertificate.findUniqueOrThrow({
      where: { id: certificate.id },
      select: { revokedAt: true, revokedById: true, revokeReason: true },
    });
    expect(revoked.revokedById).toBe(coordinator.id);
    expect(revoked.revokeReason).toBe("Suoritus kirjattu väärälle henkilölle");
    expect(
      await db.auditEvent.count({ where: { action: "programme.certificateRevoked", entityId: certificate.id } }),
    ).toBe(1);
    expect(
      (
        await refusal(
          revokeCertificate(coordinator, { certificateId: certificate.id, reason: "uudelleen", confirm: "yes" }),
        )
      ).code,
    ).toBe("CONFLICT");
  });
});

describe("refusals write nothing", () => {
  async function counts(offeringId: string) {
    const [participations, completions, audits, jobs] = await Promise.all([
      db.programmeParticipation.count({ where: { offeringId } }),
      db.moduleCompletion.count({ where: { module: { offeringId } } }),
      db.auditEvent.count({ where: { action: { startsWith: "programme." } } }),
      db.job.count({ where: { name: "email.programmeCompleted" } }),
    ]);
    return { participations, completions, audits, jobs };
  }

  it("refuses the signed out, unpublished programmes, unknown parts, bad input and strangers", async () => {
    const { offeringId, partIds } = await createProgramme([{}, {}]);
    const draft = await createProgramme([{}], { published: false });
    const [person, stranger] = await staff(2);
    await joinProgramme(person, { offeringId });
    const before = await counts(offeringId);

    expect((await refusal(joinProgramme(null, { offeringId }))).code).toBe("UNAUTHENTICATED");
    expect((await refusal(joinProgramme(person, { offeringId: draft.offeringId }))).code).toBe("NOT_FOUND");
    expect(await db.programmeParticipation.count({ where: { offeringId: draft.offeringId } })).toBe(0);
    expect((await refusal(joinProgramme(person, { offeringId: "not-a-uuid" }))).code).toBe("VALIDATION_FAILED");
    const blank = await refusal(completePart(person, { partId: partIds[0], reflection: "  " }));
    expect(blank.code).toBe("VALIDATION_FAILED");
    expect(blank.fields?.reflection).toBeTruthy();
    const tooLong = await refusal(completePart(person, { partId: partIds[0], reflection: "x".repeat(2_001) }));
    expect(tooLong.fields?.reflection).toBeTruthy();
    expect((await refusal(completePart(person, done("00000000-0000-4000-8000-000000000000")))).code).toBe("NOT_FOUND");
    expect((await refusal(completePart(stranger, done(partIds[0]!)))).code).toBe("FORBIDDEN");
    expect((await refusal(confirmPart(person, { partId: partIds[0], userId: person.id }))).code).toBe("FORBIDDEN");
    expect((await refusal(leaveProgramme(person, { offeringId }))).code).toBe("VALIDATION_FAILED");
    expect((await refusal(leaveProgramme(stranger, { offeringId, confirm: "yes" }))).code).toBe("NOT_FOUND");

    expect(await counts(offeringId)).toEqual(before);
  });
});
