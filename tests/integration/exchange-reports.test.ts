// After a job-shadowing visit (issue 15 item 4) on real PostgreSQL: each side's
// report from the visit day on (Helsinki), by the visitor and the host's
// contact (or a coordinator for the host) only; the coordinators' one mail
// when both are in; completing — only with both reports, publishing the
// consented ones — and closing with a reason (an accepted place given back,
// the agreed day cancelled in the calendar); the published list per theme for
// signed-in staff; report text through the XSS corpus.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { PublishedReportCard } from "@/components/exchanges/published-report";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";
import { listPublishedReports } from "@/lib/exchanges/reports/data";
import { closeExchange, completeExchange, saveReport } from "@/lib/exchanges/reports/mutations";
import { type AppError } from "@/lib/http/errors";
import { fieldErrorsOf } from "@/lib/http/form";
import { translator } from "@/lib/i18n/translate";
import { attributes, tagNames, XSS_CORPUS } from "../support/xss";
import { createUsers, removeCreated, uniq } from "./enrolment-fixtures";
import { createRound2090, queuedJobs, runJob } from "./support/exchanges";

let db: Db;
const roundIds: string[] = [];
let host: Actor;
let coordinator: Actor;
let otherStaff: Actor;
let otherSupervisor: Actor;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const VISIT = "2090-04-02";
/** 23:59 in Helsinki on the day before the visit, and 00:00 on the day. */
const EVE = new Date("2090-04-01T20:59:59Z");
const AFTER = new Date("2090-04-02T21:00:00Z");

async function person(role: Role, library: string): Promise<Actor> {
  return (await createUsers(db, 1, { roles: [role], librarySlug: library, prefix: `vrap-${uniq()}` }))[0]!;
}

/** An offer (themes given) with one accepted visitor from Valkeakoski for the visit day. */
async function exchange(themes: string[] = ["asiakaspalvelu"]) {
  const round = { id: await createRound2090(db, "Raporttikierros") };
  roundIds.push(round.id);
  const library = await db.library.findUniqueOrThrow({ where: { slug: "tampere" }, select: { id: true } });
  const offer = await db.exchangeOffer.create({
    data: {
      roundId: round.id,
      hostLibraryId: library.id,
      hostPersonId: host.id,
      title: `Metson arki ${uniq()}`,
      themes,
      startDate: day("2090-04-01"),
      endDate: day("2090-04-05"),
      places: 2,
      placesTaken: 1,
    },
    select: { id: true },
  });
  const visitor = await person("STAFF", "valkeakoski");
  const application = await db.exchangeApplication.create({
    data: {
      offerId: offer.id,
      applicantId: visitor.id,
      fromLibraryId: visitor.libraryId,
      status: "ACCEPTED",
      preferredDates: [day(VISIT)],
      visitDate: day(VISIT),
      submittedAt: new Date("2090-02-10T10:00:00Z"),
      decidedAt: new Date("2090-02-12T10:00:00Z"),
    },
    select: { id: true },
  });
  return { offerId: offer.id, applicationId: application.id, visitor };
}

const report = (
  actor: Actor | null,
  applicationId: string,
  side: "VISITOR" | "HOST",
  values: Record<string, unknown> = {},
  now = AFTER,
) =>
  saveReport(
    actor,
    {
      applicationId,
      side,
      experience: "Näin, miten asiakaskokemustiimi kokoaa palautteen viikoittain.",
      takeHome: "Viikoittainen palautekooste.",
      consentToPublish: "on",
      ...values,
    },
    { now },
  );

const jobs = (name: string, applicationId: string) => queuedJobs(db, name, applicationId);

const run = (name: string, payload: Record<string, unknown>) => runJob(db, name, payload);

const fieldsOf = (error: unknown) => (error instanceof z.ZodError ? fieldErrorsOf(error) : (error as AppError).fields);
const snapshot = async (applicationId: string) => ({
  application: await db.exchangeApplication.findUniqueOrThrow({ where: { id: applicationId } }),
  reports: await db.exchangeReport.findMany({ where: { applicationId }, orderBy: { side: "asc" } }),
});

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  host = await person("STAFF", "tampere");
  coordinator = await person("COORDINATOR", "tampere");
  otherStaff = await person("STAFF", "valkeakoski");
  otherSupervisor = await person("SUPERVISOR", "jyvaskyla");
});
afterAll(async () => {
  await db.$executeRaw`DELETE FROM "Job" WHERE "name" LIKE 'email.exchange%'`;
  await db.exchangeRound.deleteMany({ where: { id: { in: roundIds } } });
  await removeCreated(db);
  await db.$disconnect();
});

describe("writing a report", () => {
  it("opens on the visit day in Helsinki, not before; the visitor writes theirs and may rewrite it", async () => {
    const { applicationId, visitor } = await exchange();
    const early = await report(visitor, applicationId, "VISITOR", {}, EVE).catch((e: unknown) => e);
    expect(early).toMatchObject({ code: "CONFLICT" });
    expect(fieldsOf(early)).toEqual({ applicationId: "exchanges.error.reportBeforeVisit" });
    expect(await db.exchangeReport.count({ where: { applicationId } })).toBe(0);

    await expect(report(visitor, applicationId, "VISITOR")).resolves.toMatchObject({ side: "VISITOR", bothIn: false });
    await report(visitor, applicationId, "VISITOR", {
      experience: "Toinen versio.",
      takeHome: "",
      consentToPublish: "",
    });
    const rows = await db.exchangeReport.findMany({ where: { applicationId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      side: "VISITOR",
      authorId: visitor.id,
      experience: "Toinen versio.",
      takeHome: null,
      consentToPublish: false,
      publishedAt: null,
    });
  });

  it("each side is its own: the visitor's the applicant's, the host's the contact's or a coordinator's; others are told it is not found", async () => {
    const { applicationId, visitor } = await exchange();
    const before = await snapshot(applicationId);
    await expect(report(visitor, applicationId, "HOST")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(report(host, applicationId, "VISITOR")).rejects.toMatchObject({ code: "FORBIDDEN" });
    for (const stranger of [otherStaff, otherSupervisor]) {
      await expect(report(stranger, applicationId, "VISITOR")).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(report(stranger, applicationId, "HOST")).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(report(null, applicationId, "VISITOR")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await snapshot(applicationId)).toEqual(before);

    await expect(report(coordinator, applicationId, "HOST")).resolves.toMatchObject({ side: "HOST" });
    await expect(report(host, applicationId, "HOST")).resolves.toMatchObject({ side: "HOST" });
    const hostReport = await db.exchangeReport.findUniqueOrThrow({
      where: { applicationId_side: { applicationId, side: "HOST" } },
    });
    expect(hostReport.authorId).toBe(host.id);
  });

  it("bad input: field messages, nothing written", async () => {
    const { applicationId, visitor } = await exchange();
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ experience: "" }, { experience: "validation.required" }],
      [{ experience: "   " }, { experience: "validation.required" }],
      [{ experience: "x".repeat(4_001) }, { experience: "validation.tooLong" }],
      [{ takeHome: "x".repeat(4_001) }, { takeHome: "validation.tooLong" }],
      [{ side: "BOTH" }, { side: "validation.invalid" }],
      [{ applicationId: "ei-uuid" }, { applicationId: "validation.invalid" }],
    ];
    for (const [values, fields] of cases) {
      const error = await saveReport(
        visitor,
        { applicationId, side: "VISITOR", experience: "Hyvä päivä.", ...values },
        { now: AFTER },
      ).catch((e: unknown) => e);
      expect(fieldsOf(error), JSON.stringify(values)).toMatchObject(fields);
    }
    expect(await db.exchangeReport.count({ where: { applicationId } })).toBe(0);
  });

  it("no report for an exchange that never became a visit", async () => {
    const { applicationId, visitor } = await exchange();
    await db.exchangeApplication.update({
      where: { id: applicationId },
      data: { status: "DECLINED", visitDate: null },
    });
    const error = await report(visitor, applicationId, "VISITOR").catch((e: unknown) => e);
    expect(fieldsOf(error)).toEqual({ applicationId: "exchanges.error.noVisit" });
  });

  it("the second side's report tells each coordinator once that the exchange can be completed", async () => {
    const { applicationId, visitor } = await exchange();
    await report(visitor, applicationId, "VISITOR");
    expect(await jobs("email.exchangeReportsIn", applicationId)).toEqual([]);
    await expect(report(host, applicationId, "HOST")).resolves.toMatchObject({ bothIn: true });
    await report(host, applicationId, "HOST", { experience: "Korjattu." });
    const queued = await jobs("email.exchangeReportsIn", applicationId);
    const mine = queued.filter((j) => (j.payload as { coordinatorId: string }).coordinatorId === coordinator.id);
    expect(mine).toHaveLength(1);
    const { outcome, mails } = await run("email.exchangeReportsIn", mine[0]!.payload as never);
    expect(outcome).toBe("sent");
    expect(mails[0]?.subject).toContain("molemmat raportit");
    expect(mails[0]?.text).toContain(`/tyon-varjostus/hakemukset/${applicationId}`);
  });
});

describe("completing and closing", () => {
  it("completing: coordinators only, both reports needed; publishes the consented reports and tells both sides", async () => {
    const { applicationId, visitor } = await exchange();
    await report(visitor, applicationId, "VISITOR");
    const missing = await completeExchange(coordinator, { applicationId }, { now: AFTER }).catch((e: unknown) => e);
    expect(fieldsOf(missing)).toEqual({ applicationId: "exchanges.error.reportsMissing" });
    await report(host, applicationId, "HOST", { consentToPublish: "" });
    const before = await snapshot(applicationId);
    for (const who of [visitor, host, otherSupervisor]) {
      await expect(completeExchange(who, { applicationId }, { now: AFTER })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    await expect(completeExchange(null, { applicationId }, { now: AFTER })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    expect(await snapshot(applicationId)).toEqual(before);

    await expect(completeExchange(coordinator, { applicationId }, { now: AFTER })).resolves.toEqual({
      id: applicationId,
      status: "COMPLETED",
      published: 1,
    });
    const after = await snapshot(applicationId);
    expect(after.application).toMatchObject({ status: "COMPLETED", completedAt: AFTER });
    expect(after.reports.map((r) => [r.side, r.publishedAt])).toEqual([
      ["VISITOR", AFTER],
      ["HOST", null],
    ]);
    const ended = await jobs("email.exchangeEnded", applicationId);
    expect(ended.map((j) => (j.payload as { recipientId: string }).recipientId).sort()).toEqual(
      [visitor.id, host.id].sort(),
    );
    const { mails } = await run("email.exchangeEnded", ended[0]!.payload as never);
    expect(mails[0]?.subject).toContain("Vaihto toteutunut");

    // Final: no rewriting, no second completing.
    const late = await report(visitor, applicationId, "VISITOR").catch((e: unknown) => e);
    expect(fieldsOf(late)).toEqual({ applicationId: "exchanges.error.reportFinal" });
    const again = await completeExchange(coordinator, { applicationId }, { now: AFTER }).catch((e: unknown) => e);
    expect(fieldsOf(again)).toEqual({ applicationId: "exchanges.error.notUnderWay" });
  });

  it("closing an accepted exchange gives its place back, keeps the reason and cancels the agreed day", async () => {
    const { applicationId, offerId, visitor } = await exchange();
    const noReason = await closeExchange(coordinator, { applicationId, reason: " " }).catch((e: unknown) => e);
    expect(fieldsOf(noReason)).toEqual({ reason: "validation.required" });
    await expect(closeExchange(host, { applicationId, reason: "Sairastuminen" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(closeExchange(visitor, { applicationId, reason: "Sairastuminen" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await db.exchangeOffer.findUniqueOrThrow({ where: { id: offerId } })).placesTaken).toBe(1);

    await expect(
      closeExchange(coordinator, { applicationId, reason: "Vierailija sairastui, uutta päivää ei löytynyt." }),
    ).resolves.toMatchObject({ status: "CLOSED" });
    expect(await db.exchangeApplication.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({
      status: "CLOSED",
      closeReason: "Vierailija sairastui, uutta päivää ei löytynyt.",
    });
    expect((await db.exchangeOffer.findUniqueOrThrow({ where: { id: offerId } })).placesTaken).toBe(0);
    const ended = await jobs("email.exchangeEnded", applicationId);
    const toVisitor = ended.find((j) => (j.payload as { recipientId: string }).recipientId === visitor.id)!;
    const { mails } = await run("email.exchangeEnded", toVisitor.payload as never);
    expect(mails[0]?.text).toContain("Vierailija sairastui");
    expect(mails[0]?.icalEvent?.method).toBe("CANCEL");
    expect(mails[0]?.icalEvent?.content).toContain(`exchange-visit-${applicationId}`);

    const twice = await closeExchange(coordinator, { applicationId, reason: "Uudelleen" }).catch((e: unknown) => e);
    expect(fieldsOf(twice)).toEqual({ applicationId: "exchanges.error.notUnderWay" });
    expect((await db.exchangeOffer.findUniqueOrThrow({ where: { id: offerId } })).placesTaken).toBe(0);
  });
});

describe("the published reports", () => {
  it("for signed-in staff only, per theme, only completed exchanges' consented reports", async () => {
    const a = await exchange(["asiakaspalvelu", "omatoimikirjastot"]);
    await report(a.visitor, a.applicationId, "VISITOR", { experience: `Julkinen ${a.applicationId}` });
    await report(host, a.applicationId, "HOST", { experience: `Ei julkinen ${a.applicationId}`, consentToPublish: "" });
    await completeExchange(coordinator, { applicationId: a.applicationId }, { now: AFTER });
    // Consented but not completed: not published.
    const b = await exchange(["asiakaspalvelu"]);
    await report(b.visitor, b.applicationId, "VISITOR", { experience: `Kesken ${b.applicationId}` });

    expect(await listPublishedReports(null)).toBeNull();
    const listed = (await listPublishedReports(otherStaff))!;
    const texts = (slug: string) =>
      listed.groups.find((g) => g.theme.slug === slug)?.reports.map((r) => r.experience) ?? [];
    expect(texts("asiakaspalvelu")).toContain(`Julkinen ${a.applicationId}`);
    expect(texts("omatoimikirjastot")).toContain(`Julkinen ${a.applicationId}`);
    const all = listed.groups.flatMap((g) => g.reports.map((r) => r.experience));
    expect(all).not.toContain(`Ei julkinen ${a.applicationId}`);
    expect(all).not.toContain(`Kesken ${b.applicationId}`);

    const one = (await listPublishedReports(otherStaff, { theme: "omatoimikirjastot" }))!;
    expect(one.groups.map((g) => g.theme.slug)).toEqual(["omatoimikirjastot"]);
    expect(one.total).toBe(one.groups[0]!.reports.length);
  });
});

describe("report text through the XSS corpus", () => {
  const DANGEROUS_TAGS = /^(script|iframe|img|svg|math|style|object|embed|form|input|meta|base|link|details)$/;
  it.each(XSS_CORPUS)("saves and renders %j as text", async (payload) => {
    const { applicationId, visitor } = await exchange();
    await report(visitor, applicationId, "VISITOR", { experience: payload, takeHome: payload });
    await report(host, applicationId, "HOST");
    await completeExchange(coordinator, { applicationId }, { now: AFTER });
    const listed = (await listPublishedReports(otherStaff))!;
    const published = listed.groups
      .flatMap((g) => g.reports)
      .find((r) => r.side === "VISITOR" && r.experience === payload.trim())!;
    expect(published).toBeDefined();
    const html = renderToStaticMarkup(
      createElement(PublishedReportCard, { report: published, group: "teema", t: translator("fi") }),
    );
    for (const tag of tagNames(html)) expect(tag, html).not.toMatch(DANGEROUS_TAGS);
    for (const [name, value] of attributes(html)) {
      expect(name, html).not.toMatch(/^(on|style|src)/);
      if (name === "href") expect(value, html).toMatch(/^\/kirjastot\//);
    }
  });
});
