// Job-shadowing places under concurrency (issue 15 item 3) on real
// PostgreSQL: an offer with 2 places, 50 applications accepted at once from
// two app instances by two hosts (the offer's contact and a coordinator) →
// exactly 2 accepted, every other answer a CONFLICT the host can act on (no
// 5xx); and the negative control: with the place-taking switched off through
// the test seam, the same storm over-accepts and this file's check says so.
// Then who may decide, bad input, and deciding twice — refusals write nothing.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";
import { AppError } from "@/lib/http/errors";
import { acceptTestSeam, decideApplication } from "@/lib/exchanges/applications/mutations";
import { fieldErrorsOf } from "@/lib/http/form";
import { z } from "zod";
import { createUsers, removeCreated, uniq } from "./enrolment-fixtures";
import { createRound2090 } from "./support/exchanges";

let db: Db;
/** Two app instances: two pools, as two `next start` processes have. */
let instances: [Db, Db];
const roundIds: string[] = [];
let host: Actor;
let coordinator: Actor;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function person(role: Role, library = "valkeakoski"): Promise<Actor> {
  return (await createUsers(db, 1, { roles: [role], librarySlug: library, prefix: `vaihto-${uniq()}` }))[0]!;
}

/** An open round with one offer of `places` (hosted in Tampere, contact: host) and `n` applications waiting for the host. */
async function offerWithApplications(places: number, n: number) {
  const round = { id: await createRound2090(db, "Testikierros") };
  roundIds.push(round.id);
  const library = await db.library.findUniqueOrThrow({ where: { slug: "tampere" }, select: { id: true } });
  const offer = await db.exchangeOffer.create({
    data: {
      roundId: round.id,
      hostLibraryId: library.id,
      hostPersonId: host.id,
      title: "Asiakaspalvelun päivä",
      startDate: day("2090-04-01"),
      endDate: day("2090-04-05"),
      places,
    },
    select: { id: true },
  });
  const applicants = await createUsers(db, n, { prefix: `hakija-${uniq()}` });
  const applications = await db.exchangeApplication.createManyAndReturn({
    data: applicants.map((a) => ({ offerId: offer.id, applicantId: a.id, status: "SUBMITTED" as const })),
    select: { id: true },
  });
  return { offerId: offer.id, applicationIds: applications.map((a) => a.id), applicants };
}

/** The check the storm must pass: accepted visitors never exceed the places, and the counter agrees. */
async function placesHeld(offerId: string) {
  const offer = await db.exchangeOffer.findUniqueOrThrow({
    where: { id: offerId },
    select: { places: true, placesTaken: true },
  });
  const accepted = await db.exchangeApplication.count({ where: { offerId, status: "ACCEPTED" } });
  return { ...offer, accepted, overAccepted: accepted > offer.places };
}

/** Everything a decision writes for an offer. */
async function written(offerId: string) {
  const [applications, offer, audits] = await Promise.all([
    db.exchangeApplication.findMany({ where: { offerId }, orderBy: { id: "asc" } }),
    db.exchangeOffer.findUniqueOrThrow({ where: { id: offerId }, select: { placesTaken: true } }),
    db.auditEvent.count({ where: { entityType: "ExchangeApplication", action: { startsWith: "exchange." } } }),
  ]);
  return { applications, offer, audits };
}

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  instances = [
    createPrismaClient(process.env.DATABASE_URL!, { max: 10 }),
    createPrismaClient(process.env.DATABASE_URL!, { max: 10 }),
  ];
  host = await person("STAFF", "tampere");
  coordinator = await person("COORDINATOR", "tampere");
});
afterEach(() => {
  acceptTestSeam.takePlace = true;
});
afterAll(async () => {
  await db.exchangeRound.deleteMany({ where: { id: { in: roundIds } } });
  await removeCreated(db);
  await Promise.all([db.$disconnect(), ...instances.map((i) => i.$disconnect())]);
});

/** 50 accepts at once, alternating between the two hosts on the two instances. */
function storm(applicationIds: string[]) {
  return Promise.allSettled(
    applicationIds.map((applicationId, i) =>
      decideApplication(
        i % 2 === 0 ? host : coordinator,
        { applicationId, decision: "accept", visitDate: "2090-04-02" },
        { client: instances[i % 2] },
      ),
    ),
  );
}

describe("places under concurrency", () => {
  it("50 applications accepted at once by two hosts on two instances: exactly 2 accepted, the rest a CONFLICT", async () => {
    const { offerId, applicationIds } = await offerWithApplications(2, 50);
    const results = await storm(applicationIds);
    const accepted = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(accepted).toHaveLength(2);
    expect(refused).toHaveLength(48);
    // Every refusal is one the host can act on (409, "full"), none an internal error.
    for (const r of refused) {
      expect(r.reason).toBeInstanceOf(AppError);
      expect((r.reason as AppError).code).toBe("CONFLICT");
      expect((r.reason as AppError).fields).toEqual({ applicationId: "exchanges.error.full" });
    }
    expect(await placesHeld(offerId)).toMatchObject({ places: 2, placesTaken: 2, accepted: 2, overAccepted: false });
    expect(await db.exchangeApplication.count({ where: { offerId, status: "SUBMITTED" } })).toBe(48);
  });

  it("negative control: without taking a place, the same storm over-accepts, and the check catches it", async () => {
    acceptTestSeam.takePlace = false;
    const { offerId, applicationIds } = await offerWithApplications(2, 50);
    const results = await storm(applicationIds);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(50);
    expect(await placesHeld(offerId)).toMatchObject({ accepted: 50, overAccepted: true });
  });
});

describe("deciding", () => {
  type Caller = "host" | "coordinator" | "admin" | "applicant" | "otherStaff" | "otherSupervisor" | "signedOut";
  const MAY: Caller[] = ["host", "coordinator", "admin"];
  const callers: Caller[] = ["host", "coordinator", "admin", "applicant", "otherStaff", "otherSupervisor", "signedOut"];

  for (const caller of callers) {
    const may = MAY.includes(caller);
    it(`${caller} ${may ? "may" : "may not (nothing written)"} accept and decline`, async () => {
      const { offerId, applicationIds, applicants } = await offerWithApplications(2, 2);
      const actor: Actor | null = {
        host,
        coordinator,
        admin: await person("ADMIN"),
        applicant: applicants[0]!,
        otherStaff: await person("STAFF", "tampere"),
        otherSupervisor: await person("SUPERVISOR", "jyvaskyla"),
        signedOut: null,
      }[caller];
      const before = await written(offerId);
      const accept = () =>
        decideApplication(actor, {
          applicationId: applicationIds[0],
          decision: "accept",
          visitDate: "2090-04-03",
          message: "Tervetuloa!",
        });
      const decline = () => decideApplication(actor, { applicationId: applicationIds[1], decision: "decline" });
      if (may) {
        await expect(accept()).resolves.toMatchObject({ status: "ACCEPTED", visitDate: day("2090-04-03") });
        await expect(decline()).resolves.toMatchObject({ status: "DECLINED" });
        expect((await written(offerId)).offer.placesTaken).toBe(1);
      } else {
        // The applicant sees their own application (the first) but does not decide it; an application
        // one may not see (anyone else's) is not found.
        const refused = (own: boolean) =>
          caller === "signedOut" ? "UNAUTHENTICATED" : caller === "applicant" && own ? "FORBIDDEN" : "NOT_FOUND";
        await expect(accept()).rejects.toMatchObject({ code: refused(true) });
        await expect(decline()).rejects.toMatchObject({ code: refused(false) });
        expect(await written(offerId)).toEqual(before);
      }
    });
  }

  it("bad input is answered per field and writes nothing; an application is decided once", async () => {
    const { offerId, applicationIds } = await offerWithApplications(1, 2);
    const before = await written(offerId);
    const id = applicationIds[0];
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ applicationId: id, decision: "accept" }, { visitDate: "validation.required" }],
      [{ applicationId: id, decision: "accept", visitDate: "huomenna" }, { visitDate: "exchanges.error.day" }],
      [{ applicationId: id, decision: "accept", visitDate: "2090-02-30" }, { visitDate: "exchanges.error.day" }],
      // Not one of the offer's days, and outside the round's visit period.
      [
        { applicationId: id, decision: "accept", visitDate: "2090-04-09" },
        { visitDate: "exchanges.error.notOfferDay" },
      ],
      [{ applicationId: id, decision: "maybe" }, { decision: "validation.invalid" }],
      [{ applicationId: "x", decision: "decline" }, { applicationId: "validation.invalid" }],
      [{ applicationId: id, decision: "decline", message: "x".repeat(2_001) }, { message: "validation.tooLong" }],
    ];
    for (const [input, fields] of cases) {
      // Invalid input is a ZodError (answered 400/422 by the route and the form); the rest an AppError.
      const error = await decideApplication(host, input).catch((e: unknown) => e);
      const got = error instanceof z.ZodError ? fieldErrorsOf(error) : (error as AppError).fields;
      expect(got, JSON.stringify(input)).toEqual(fields);
    }
    expect(await written(offerId)).toEqual(before);

    await decideApplication(host, { applicationId: id, decision: "accept", visitDate: "2090-04-01" });
    const afterFirst = await written(offerId);
    await expect(decideApplication(coordinator, { applicationId: id, decision: "decline" })).rejects.toMatchObject({
      code: "CONFLICT",
      fields: { applicationId: "exchanges.error.notWaiting" },
    });
    // The only place is taken: the second application is refused as full.
    await expect(
      decideApplication(host, { applicationId: applicationIds[1], decision: "accept", visitDate: "2090-04-02" }),
    ).rejects.toMatchObject({ code: "CONFLICT", fields: { applicationId: "exchanges.error.full" } });
    expect(await written(offerId)).toEqual(afterFirst);
  });
});
