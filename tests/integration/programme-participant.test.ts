// A coordinator's page of one programme participant (issue 13): confirming a
// part (which may complete the programme and issue the certificate) and
// revoking the certificate with a reason, through the server actions as a
// browser posts them; the page's data only for coordinators and admins;
// refusals and bad input write nothing.
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

const { confirmPartAction, revokeCertificateAction } = await import("@/lib/programmes/admin/actions");
const { getParticipationForCoordinator } = await import("@/lib/programmes/admin/data");
const { joinProgramme, completePart } = await import("@/lib/programmes/mutations");

let db: Db;
let people: Record<"staff" | "supervisor" | "steering" | "coordinator" | "admin", Actor>;

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  const one = async (role: Role) =>
    (await createUsers(db, 1, { roles: [role], prefix: `pp-${role.toLowerCase()}-${uniq()}` }))[0]!;
  people = {
    staff: await one("STAFF"),
    supervisor: await one("SUPERVISOR"),
    steering: await one("STEERING"),
    coordinator: await one("COORDINATOR"),
    admin: await one("ADMIN"),
  };
});
afterAll(async () => {
  await db.offering.deleteMany({ where: { kind: "PROGRAMME", slug: { startsWith: "test-programme-" } } });
  await removeCreated(db);
  await db.$disconnect();
});

async function programmeWithParticipant() {
  const { offeringSlug } = await createSession(db, { capacity: 1 });
  const { menuId } = await db.offering.findUniqueOrThrow({ where: { slug: offeringSlug }, select: { menuId: true } });
  const offering = await db.offering.create({
    data: {
      menuId,
      slug: `test-programme-${uniq()}`,
      kind: "PROGRAMME",
      title: "Kuittausohjelma",
      programmePublishedAt: new Date(),
      modules: {
        create: [
          { position: 1, title: "Itse", mode: "SELF_REPORTED" },
          { position: 2, title: "Näyttö", mode: "COORDINATOR" },
        ],
      },
    },
    select: { id: true, modules: { select: { id: true }, orderBy: { position: "asc" } } },
  });
  const participant = (await createUsers(db, 1, { prefix: `pp-participant-${uniq()}` }))[0]!;
  const { participationId } = await joinProgramme(participant, { offeringId: offering.id });
  await completePart(participant, { partId: offering.modules[0]!.id, reflection: "Tehty." });
  return { offeringId: offering.id, partIds: offering.modules.map((m) => m.id), participant, participationId };
}

async function state(participationId: string) {
  const [p, audits] = await Promise.all([
    db.programmeParticipation.findUniqueOrThrow({
      where: { id: participationId },
      select: { status: true, certificate: { select: { id: true, revokedAt: true, revokeReason: true } } },
    }),
    db.auditEvent.count({ where: { action: { startsWith: "programme." } } }),
  ]);
  return { ...p, audits };
}

describe("a participant's page for coordinators", () => {
  it("confirms the last part (completing the programme) and revokes the certificate; others are refused", async () => {
    const { offeringId, partIds, participant, participationId } = await programmeWithParticipant();
    const confirm = { offeringId, participationId, userId: participant.id, partId: partIds[1]!, note: "Näyttö 3.12." };

    for (const actor of [null, people.staff, people.supervisor, people.steering, participant]) {
      const before = await state(participationId);
      expect((await submit(confirmPartAction, actor, confirm)).state?.status).toBe("error");
      expect(await state(participationId)).toEqual(before);
      expect(await getParticipationForCoordinator(actor, offeringId, participationId)).toBeNull();
    }
    const view = await getParticipationForCoordinator(people.coordinator, offeringId, participationId);
    expect(view?.parts.map((p) => p.done?.mode ?? null)).toEqual(["SELF_REPORTED", null]);

    // Bad input: a note too long; nothing written.
    const before = await state(participationId);
    const long = await submit(confirmPartAction, people.coordinator, { ...confirm, note: "x".repeat(1_001) });
    expect(long.state?.fields?.note).toBe("validation.tooLong");
    expect(await state(participationId)).toEqual(before);

    const confirmed = await submit(confirmPartAction, people.coordinator, confirm);
    expect(confirmed.state?.notice?.key).toBe("programmesAdmin.saved.confirmedCompleted");
    const completed = await state(participationId);
    expect(completed.status).toBe("COMPLETED");
    const certificateId = completed.certificate!.id;

    const revoke = { offeringId, participationId, certificateId, reason: "Väärä henkilö", confirm: "yes" };
    expect((await submit(revokeCertificateAction, people.supervisor, revoke)).state?.status).toBe("error");
    const noReason = await submit(revokeCertificateAction, people.admin, { ...revoke, reason: "" });
    expect(noReason.state?.fields?.reason).toBe("validation.required");
    expect((await state(participationId)).certificate?.revokedAt).toBeNull();
    expect((await submit(revokeCertificateAction, people.admin, revoke)).state?.status).toBe("saved");
    expect((await state(participationId)).certificate).toMatchObject({ revokeReason: "Väärä henkilö" });
    const again = await submit(revokeCertificateAction, people.coordinator, revoke);
    expect(again.state?.fields?.certificateId).toBe("programmes.error.alreadyRevoked");
  });
});
