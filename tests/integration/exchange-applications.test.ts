// Job-shadowing applications (issue 15 item 3) on real PostgreSQL: applying in
// the application window (Helsinki days) with preferred days from the offer's;
// the consent step when the applicant's library has a supervisor (the host sees
// nothing until then), straight to the host otherwise; who may consent; one
// application per person and offer, even when two arrive at once; withdrawing
// until the visit, an accepted place given back; the mails each step queues,
// run through their handlers (the accepted ones, to the applicant and the
// host's contact, with the day's .ics).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";
import { type AppError } from "@/lib/http/errors";
import { fieldErrorsOf } from "@/lib/http/form";
import {
  applyToOffer,
  decideApplication,
  decideConsent,
  withdrawApplication,
} from "@/lib/exchanges/applications/mutations";
import { createUsers, removeCreated, uniq } from "./enrolment-fixtures";
import { createRound2090, queuedJobs, runJob } from "./support/exchanges";

let db: Db;
const roundIds: string[] = [];
let host: Actor;
let coordinator: Actor;
/** Muurame has a supervisor in the demo data; Valkeakoski none (in this file's copy of the database). */
let muurameSupervisor: Actor;
let otherSupervisor: Actor;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** Noon in Helsinki on a day of the application window. */
const IN_WINDOW = new Date("2090-02-10T10:00:00Z");

async function person(role: Role, library: string): Promise<Actor> {
  return (await createUsers(db, 1, { roles: [role], librarySlug: library, prefix: `vhaku-${uniq()}` }))[0]!;
}

async function offer(options: { places?: number; status?: "OPEN" | "DRAFT"; dates?: string[] } = {}) {
  const round = { id: await createRound2090(db, "Hakukierros", options.status ?? "OPEN") };
  roundIds.push(round.id);
  const library = await db.library.findUniqueOrThrow({ where: { slug: "tampere" }, select: { id: true } });
  const row = await db.exchangeOffer.create({
    data: {
      roundId: round.id,
      hostLibraryId: library.id,
      hostPersonId: host.id,
      title: `Metson asiakaspalvelu ${uniq()}`,
      startDate: day("2090-04-01"),
      endDate: day("2090-04-05"),
      dates: (options.dates ?? []).map(day),
      places: options.places ?? 2,
    },
    select: { id: true },
  });
  return row.id;
}

const apply = (actor: Actor | null, offerId: string, values: Record<string, unknown> = {}, now = IN_WINDOW) =>
  applyToOffer(
    actor,
    { offerId, motivation: "Haluan oppia asiakaskokemuksesta.", preferredDates: ["2090-04-02"], ...values },
    { now },
  );

const jobs = (name: string, applicationId: string) => queuedJobs(db, name, applicationId);

const run = (name: string, payload: Record<string, unknown>) => runJob(db, name, payload);

const fieldsOf = (error: unknown) => (error instanceof z.ZodError ? fieldErrorsOf(error) : (error as AppError).fields);

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 6 });
  host = await person("STAFF", "tampere");
  coordinator = await person("COORDINATOR", "tampere");
  otherSupervisor = await person("SUPERVISOR", "jyvaskyla");
  const seeded = await db.user.findUniqueOrThrow({
    where: { email: "esihenkilo@muurame.fi" },
    select: { id: true, roles: true, libraryId: true },
  });
  muurameSupervisor = seeded;
});
afterAll(async () => {
  await db.$executeRaw`DELETE FROM "Job" WHERE "name" LIKE 'email.exchange%'`;
  await db.exchangeRound.deleteMany({ where: { id: { in: roundIds } } });
  await removeCreated(db);
  await db.$disconnect();
});

describe("applying", () => {
  it("without a supervisor in the library, goes straight to the host, who gets a mail", async () => {
    const offerId = await offer();
    const applicant = await person("STAFF", "valkeakoski");
    const application = await apply(applicant, offerId, { preferredDates: ["2090-04-03", "2090-04-02"] });
    expect(application.status).toBe("SUBMITTED");
    const row = await db.exchangeApplication.findUniqueOrThrow({ where: { id: application.id } });
    expect(row).toMatchObject({ preferredDates: [day("2090-04-02"), day("2090-04-03")], submittedAt: IN_WINDOW });
    const queued = await jobs("email.exchangeApplicationSubmitted", application.id);
    expect(queued.map((j) => j.payload)).toEqual([{ applicationId: application.id, hostId: host.id }]);
    const { outcome, mails } = await run("email.exchangeApplicationSubmitted", queued[0]!.payload as never);
    expect(outcome).toBe("sent");
    expect(mails[0]?.text).toContain("Haluan oppia asiakaskokemuksesta.");
    expect(mails[0]?.text).toContain(`/tyon-varjostus/hakemukset/${application.id}`);
  });

  it("with a supervisor, waits for consent: the supervisor gets the mail, the host nothing until they approve", async () => {
    const offerId = await offer();
    const applicant = await person("STAFF", "muurame");
    const application = await apply(applicant, offerId);
    expect(application.status).toBe("AWAITING_CONSENT");
    const consent = await jobs("email.exchangeConsentRequested", application.id);
    expect(consent.map((j) => j.payload)).toEqual([
      { applicationId: application.id, supervisorId: muurameSupervisor.id },
    ]);
    expect(await jobs("email.exchangeApplicationSubmitted", application.id)).toEqual([]);
    expect((await run("email.exchangeConsentRequested", consent[0]!.payload as never)).outcome).toBe("sent");
    // The host does not know of it yet.
    await expect(
      decideApplication(host, { applicationId: application.id, decision: "accept", visitDate: "2090-04-02" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    await expect(
      decideConsent(muurameSupervisor, { applicationId: application.id, decision: "approve" }),
    ).resolves.toEqual({ id: application.id, status: "SUBMITTED" });
    expect(await db.exchangeApplication.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({
      consentById: muurameSupervisor.id,
      status: "SUBMITTED",
    });
    expect(await jobs("email.exchangeApplicationSubmitted", application.id)).toHaveLength(1);
    // The consent mail is skipped once decided.
    expect((await run("email.exchangeConsentRequested", consent[0]!.payload as never)).outcome).toMatch(/^skipped/);
  });

  it("who may consent: the applicant's supervisor or a coordinator; not another library's supervisor, not the host, not the applicant", async () => {
    const offerId = await offer();
    for (const [who, may] of [
      [otherSupervisor, false],
      [host, false],
      [null, false],
      [coordinator, true],
    ] as const) {
      const applicant = await person("STAFF", "muurame");
      const { id } = await apply(applicant, offerId);
      const before = await db.exchangeApplication.findUniqueOrThrow({ where: { id } });
      const attempt = decideConsent(who, { applicationId: id, decision: "decline" });
      if (may) {
        await expect(attempt).resolves.toMatchObject({ status: "DECLINED" });
        const decided = await jobs("email.exchangeApplicationDecided", id);
        const { mails } = await run("email.exchangeApplicationDecided", decided[0]!.payload as never);
        expect(mails[0]?.text).toContain("Esihenkilösi ei antanut suostumusta");
      } else {
        // Neither sees the application (its page's rule): not found, as far as they can tell.
        await expect(attempt).rejects.toMatchObject({ code: who ? "NOT_FOUND" : "UNAUTHENTICATED" });
        expect(await db.exchangeApplication.findUniqueOrThrow({ where: { id } })).toEqual(before);
      }
    }
    // A supervisor applying: another supervisor of their library decides, never they themselves.
    const supervisorApplicant = await person("SUPERVISOR", "jyvaskyla");
    const own = await apply(supervisorApplicant, offerId);
    expect(own.status).toBe("AWAITING_CONSENT");
    expect((await jobs("email.exchangeConsentRequested", own.id)).map((j) => j.payload)).toEqual([
      { applicationId: own.id, supervisorId: otherSupervisor.id },
    ]);
    await expect(
      decideConsent(supervisorApplicant, { applicationId: own.id, decision: "approve" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses outside the window, in a draft round, for the own library, and bad input — writing nothing", async () => {
    const offerId = await offer({ dates: ["2090-04-02", "2090-04-04"] });
    const draft = await offer({ status: "DRAFT" });
    const applicant = await person("STAFF", "valkeakoski");
    const ownLibrary = await person("STAFF", "tampere");
    const before = await db.exchangeApplication.count();
    // 23:59 on 31 January in Helsinki: the day before the window.
    await expect(apply(applicant, offerId, {}, new Date("2090-01-31T21:59:00Z"))).rejects.toMatchObject({
      code: "CONFLICT",
      fields: { offerId: "exchanges.error.applicationsClosed" },
    });
    await expect(apply(applicant, offerId, {}, new Date("2090-02-28T22:00:00Z"))).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(apply(applicant, draft)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(apply(ownLibrary, offerId)).rejects.toMatchObject({
      fields: { offerId: "exchanges.error.ownLibrary" },
    });
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ motivation: "" }, { motivation: "validation.required" }],
      [{ motivation: "x".repeat(2_001) }, { motivation: "validation.tooLong" }],
      [{ preferredDates: [] }, { preferredDates: "exchanges.error.preferredDatesRequired" }],
      [{ preferredDates: ["2090-04-03"] }, { preferredDates: "exchanges.error.notOfferDay" }],
      [{ preferredDates: ["2090-04-31"] }, { "preferredDates.0": "exchanges.error.day" }],
      [
        { preferredDates: ["2090-04-02", "2090-04-02", "2090-04-04", "2090-04-04", "2090-04-02", "2090-04-04"] },
        { preferredDates: "exchanges.error.tooManyDates" },
      ],
      [{ offerId: "ei-tunniste" }, { offerId: "validation.invalid" }],
    ];
    for (const [values, fields] of cases) {
      const error = await apply(applicant, offerId, values).catch((e: unknown) => e);
      expect(fieldsOf(error), JSON.stringify(values)).toEqual(fields);
    }
    await expect(apply(null, offerId)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await db.exchangeApplication.count()).toBe(before);
  });

  it("one application per person and offer, even two at once; a withdrawn one can be made again", async () => {
    const offerId = await offer();
    const applicant = await person("STAFF", "valkeakoski");
    const results = await Promise.allSettled([apply(applicant, offerId), apply(applicant, offerId)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(refused.reason).toMatchObject({ code: "CONFLICT", fields: { offerId: "exchanges.error.alreadyApplied" } });
    const rows = await db.exchangeApplication.findMany({ where: { offerId, applicantId: applicant.id } });
    expect(rows).toHaveLength(1);
    await withdrawApplication(applicant, { applicationId: rows[0]!.id }, { now: IN_WINDOW });
    const again = await apply(applicant, offerId);
    expect(again).toEqual({ id: rows[0]!.id, status: "SUBMITTED" });
  });
});

describe("withdrawing", () => {
  it("gives an accepted place back and tells the host, with the day's entry cancelled", async () => {
    const offerId = await offer({ places: 1 });
    const applicant = await person("STAFF", "valkeakoski");
    const { id } = await apply(applicant, offerId);
    await decideApplication(host, {
      applicationId: id,
      decision: "accept",
      visitDate: "2090-04-02",
      message: "Tervetuloa!",
    });
    expect((await db.exchangeOffer.findUniqueOrThrow({ where: { id: offerId } })).placesTaken).toBe(1);
    // The acceptance: mail with the day's .ics.
    const accepted = await jobs("email.exchangeApplicationDecided", id);
    const sent = await run("email.exchangeApplicationDecided", accepted[0]!.payload as never);
    expect(sent.mails[0]?.text).toContain("Tervetuloa!");
    expect(sent.mails[0]?.icalEvent?.method).toBe("REQUEST");
    expect(sent.mails[0]?.icalEvent?.content).toContain("DTSTART;VALUE=DATE:20900402");
    // The host's contact gets the same day in their calendar (the UID the cancellation uses).
    const agreed = await jobs("email.exchangeVisitAgreed", id);
    expect(agreed.map((j) => j.payload)).toEqual([{ applicationId: id, hostId: host.id }]);
    const hostMail = await run("email.exchangeVisitAgreed", agreed[0]!.payload as never);
    expect(hostMail.mails[0]?.to).toBe((await db.user.findUniqueOrThrow({ where: { id: host.id } })).email);
    expect(hostMail.mails[0]?.icalEvent?.method).toBe("REQUEST");
    expect(hostMail.mails[0]?.icalEvent?.content).toContain(`exchange-visit-${id}`);

    // Someone else cannot withdraw it, nor the applicant on the day itself.
    await expect(withdrawApplication(host, { applicationId: id }, { now: IN_WINDOW })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      withdrawApplication(applicant, { applicationId: id }, { now: new Date("2090-04-02T06:00:00Z") }),
    ).rejects.toMatchObject({ code: "CONFLICT", fields: { applicationId: "exchanges.error.cannotWithdraw" } });

    await expect(withdrawApplication(applicant, { applicationId: id }, { now: IN_WINDOW })).resolves.toEqual({
      id,
      status: "WITHDRAWN",
    });
    expect((await db.exchangeOffer.findUniqueOrThrow({ where: { id: offerId } })).placesTaken).toBe(0);
    const told = await jobs("email.exchangeApplicationWithdrawn", id);
    expect(told.map((j) => j.payload)).toEqual([{ applicationId: id, hostId: host.id }]);
    const withdrawn = await run("email.exchangeApplicationWithdrawn", told[0]!.payload as never);
    expect(withdrawn.mails[0]?.icalEvent?.method).toBe("CANCEL");
    // The place is free again for the next applicant.
    const next = await person("STAFF", "valkeakoski");
    const second = await apply(next, offerId);
    await expect(
      decideApplication(host, { applicationId: second.id, decision: "accept", visitDate: "2090-04-03" }),
    ).resolves.toMatchObject({ status: "ACCEPTED" });
  });
});
