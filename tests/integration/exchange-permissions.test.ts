// Who may do what in job shadowing (issue 15, ADR 30), on real PostgreSQL and
// with no middleware in front: every mutation, reader and API endpoint called
// directly by eight callers — the applicant, their supervisor, another
// library's supervisor, the offer's host contact, other staff, a coordinator,
// an admin and nobody signed in. Each case starts from a fresh state in which
// the action is possible for the right person. An allowed call changes what
// it should; a refusal carries the exact code the mutation decides and writes
// nothing: the fixture's rows, the exchange tables' row counts, the queued
// exchange mails and the audit trail are the same after as before. Readers and
// GET endpoints never write, whoever asks. The test names print the matrix.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { ExchangeApplicationStatus } from "@/lib/db/enums";
import { helsinkiToday } from "@/lib/dates";
import { AppError } from "@/lib/http/errors";
import { createUsers, libraryId, removeCreated, uniq } from "./enrolment-fixtures";
import { apiRequest, routeParams } from "./support/api";
import { sessionCookie } from "./support/session-cookie";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const { createRound, moveRound } = await import("@/lib/exchanges/rounds/mutations");
const { publishOffer } = await import("@/lib/exchanges/offers/mutations");
const { applyToOffer, decideApplication, decideConsent, withdrawApplication } =
  await import("@/lib/exchanges/applications/mutations");
const { closeExchange, completeExchange, saveReport } = await import("@/lib/exchanges/reports/mutations");
const { getApplicationView } = await import("@/lib/exchanges/applications/data");
const { listPublishedReports } = await import("@/lib/exchanges/reports/data");
const { GET: currentRoundRoute } = await import("@/app/api/exchange-rounds/current/route");
const { GET: listOffersRoute } = await import("@/app/api/exchange-offers/route");
const { POST: applyRoute } = await import("@/app/api/exchange-offers/[id]/applications/route");
const { DELETE: withdrawRoute } = await import("@/app/api/exchange-applications/[id]/route");

const CALLERS = [
  "applicant",
  "supervisor",
  "otherSupervisor",
  "host",
  "otherStaff",
  "coordinator",
  "admin",
  "signedOut",
] as const;
type Caller = (typeof CALLERS)[number];
type Person = Exclude<Caller, "signedOut">;

const LABEL: Record<Caller, string> = {
  applicant: "applicant",
  supervisor: "their supervisor",
  otherSupervisor: "another library's supervisor",
  host: "host contact",
  otherStaff: "other staff",
  coordinator: "COORDINATOR",
  admin: "ADMIN",
  signedOut: "signed out",
};

let db: Db;
const people = {} as Record<Person, Actor>;
/** The applicant's library, where their supervisor works too (no supervisor of the demo data's there). */
let laukaa: string;
let tampere: string;
const roundIds: string[] = [];

const actorOf = (caller: Caller) => (caller === "signedOut" ? null : people[caller]);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const DAY = 86_400_000;
/** A Helsinki day `n` days from today, as the API writes it. */
const fromToday = (n: number) => new Date(helsinkiToday().getTime() + n * DAY).toISOString().slice(0, 10);

/** Moments of the fixed rounds' windows (noon in Helsinki), given to the mutations as `now`. */
const AT = {
  offers: new Date("2090-01-15T10:00:00Z"),
  applications: new Date("2090-02-10T10:00:00Z"),
  afterVisit: new Date("2090-04-03T10:00:00Z"),
};

type Windows = {
  offerOpensAt: string;
  offerClosesAt: string;
  applicationOpensAt: string;
  applicationClosesAt: string;
  visitStartsOn: string;
  visitEndsOn: string;
  startDate: string;
  endDate: string;
  visitDay: string;
};

const FIXED: Windows = {
  offerOpensAt: "2090-01-01",
  offerClosesAt: "2090-01-31",
  applicationOpensAt: "2090-02-01",
  applicationClosesAt: "2090-02-28",
  visitStartsOn: "2090-03-01",
  visitEndsOn: "2090-05-31",
  startDate: "2090-04-01",
  endDate: "2090-04-05",
  visitDay: "2090-04-02",
};

/** For the route handlers, which take no `now`: applications open today (Helsinki). */
const live = (): Windows => ({
  offerOpensAt: fromToday(-30),
  offerClosesAt: fromToday(-6),
  applicationOpensAt: fromToday(-5),
  applicationClosesAt: fromToday(20),
  visitStartsOn: fromToday(30),
  visitEndsOn: fromToday(90),
  startDate: fromToday(40),
  endDate: fromToday(44),
  visitDay: fromToday(41),
});

/** How far the fixture has come: a round only, or an application of the applicant's in this state. */
type Stage = "draftRound" | "openRound" | "AWAITING_CONSENT" | "SUBMITTED" | "ACCEPTED" | "REPORTED" | "COMPLETED";
type Scene = { key: string; roundId: string; offerId: string; applicationId: string; windows: Windows };

/**
 * A round of its own (OPEN, or a DRAFT), a Tampere offer with the host contact,
 * and — from AWAITING_CONSENT on — the applicant's application from Laukaa
 * (consented by their supervisor once past consent); ACCEPTED holds a place
 * for the visit day, REPORTED has both sides' reports (consenting to publish),
 * COMPLETED has them published.
 */
async function scene(stage: Stage, windows: Windows = FIXED): Promise<Scene> {
  const key = uniq();
  const round = await db.exchangeRound.create({
    data: {
      year: 2090,
      title: `Oikeuskierros ${key}`,
      status: stage === "draftRound" ? "DRAFT" : "OPEN",
      offerOpensAt: day(windows.offerOpensAt),
      offerClosesAt: day(windows.offerClosesAt),
      applicationOpensAt: day(windows.applicationOpensAt),
      applicationClosesAt: day(windows.applicationClosesAt),
      visitStartsOn: day(windows.visitStartsOn),
      visitEndsOn: day(windows.visitEndsOn),
    },
    select: { id: true },
  });
  roundIds.push(round.id);
  const accepted = stage === "ACCEPTED" || stage === "REPORTED" || stage === "COMPLETED";
  const offer = await db.exchangeOffer.create({
    data: {
      roundId: round.id,
      hostLibraryId: tampere,
      hostPersonId: people.host.id,
      title: `Metson asiakaspalvelu ${key}`,
      themes: ["asiakaspalvelu"],
      startDate: day(windows.startDate),
      endDate: day(windows.endDate),
      places: 2,
      placesTaken: accepted ? 1 : 0,
    },
    select: { id: true },
  });
  const base = { key, roundId: round.id, offerId: offer.id, windows };
  if (stage === "draftRound" || stage === "openRound") return { ...base, applicationId: "" };

  const status: ExchangeApplicationStatus =
    stage === "REPORTED" ? "ACCEPTED" : stage === "COMPLETED" ? "COMPLETED" : stage;
  const consented = status !== "AWAITING_CONSENT";
  const visit = day(windows.visitDay);
  const application = await db.exchangeApplication.create({
    data: {
      offerId: offer.id,
      applicantId: people.applicant.id,
      fromLibraryId: laukaa,
      motivation: "Haluan nähdä, miten Metso kokoaa asiakaspalautteen.",
      preferredDates: [visit],
      status,
      consentById: consented ? people.supervisor.id : null,
      consentDecidedAt: consented ? AT.applications : null,
      submittedAt: consented ? AT.applications : null,
      visitDate: accepted ? visit : null,
      decidedAt: accepted ? AT.applications : null,
      completedAt: stage === "COMPLETED" ? AT.afterVisit : null,
    },
    select: { id: true },
  });
  if (stage === "REPORTED" || stage === "COMPLETED") {
    const publishedAt = stage === "COMPLETED" ? AT.afterVisit : null;
    await db.exchangeReport.createMany({
      data: [
        { side: "VISITOR" as const, authorId: people.applicant.id },
        { side: "HOST" as const, authorId: people.host.id },
      ].map((side) => ({
        ...side,
        applicationId: application.id,
        experience: "Asiakaspalautteen viikkokooste toimii.",
        consentToPublish: true,
        publishedAt,
      })),
    });
  }
  return { ...base, applicationId: application.id };
}

/**
 * What a refusal must leave alone: the fixture's round, offers, applications
 * and reports; the exchange tables' row counts (nothing made elsewhere either);
 * the queued exchange mails; the audit trail, of the fixture's rows and in all.
 * (Each test file has its own database, so the counts are this file's alone.)
 */
async function snapshot(scene: Scene) {
  const inRound = { offer: { roundId: scene.roundId } };
  const [round, offers, applications, reports] = await Promise.all([
    db.exchangeRound.findUnique({ where: { id: scene.roundId } }),
    db.exchangeOffer.findMany({ where: { roundId: scene.roundId }, orderBy: { id: "asc" } }),
    db.exchangeApplication.findMany({ where: inRound, orderBy: { id: "asc" } }),
    db.exchangeReport.findMany({ where: { application: inRound }, orderBy: { id: "asc" } }),
  ]);
  const ids = [scene.roundId, ...[...offers, ...applications, ...reports].map((row) => row.id)];
  const [counts, mails, audit, auditTotal] = await Promise.all([
    Promise.all([
      db.exchangeRound.count(),
      db.exchangeOffer.count(),
      db.exchangeApplication.count(),
      db.exchangeReport.count(),
    ]),
    db.job.count({ where: { name: { startsWith: "email.exchange" } } }),
    db.auditEvent.findMany({ where: { entityId: { in: ids } }, orderBy: { id: "asc" } }),
    db.auditEvent.count(),
  ]);
  return { round, offers, applications, reports, counts, mails, audit, auditTotal };
}

/** What the call came to: "allowed", or the code of the AppError it was refused with. */
type Outcome = string;
const ALLOWED = "allowed";

async function outcomeOf(call: Promise<unknown>): Promise<Outcome> {
  try {
    await call;
    return ALLOWED;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

/** `rest` for every caller but those named. */
const matrix = (rest: Outcome, except: Partial<Record<Caller, Outcome>>) =>
  Object.fromEntries(CALLERS.map((caller) => [caller, except[caller] ?? rest])) as Record<Caller, Outcome>;

const cookieOf = async (caller: Caller) => {
  const actor = actorOf(caller);
  return actor ? sessionCookie(db, actor.id) : undefined;
};

const application = (scene: Scene) => db.exchangeApplication.findUniqueOrThrow({ where: { id: scene.applicationId } });
const placesTaken = async (scene: Scene) =>
  (await db.exchangeOffer.findUniqueOrThrow({ where: { id: scene.offerId } })).placesTaken;

/** An allowed application: the caller's own, waiting for consent when their library has another supervisor. */
async function applied(scene: Scene, caller: Caller) {
  const row = await db.exchangeApplication.findUniqueOrThrow({
    where: { offerId_applicantId: { offerId: scene.offerId, applicantId: people[caller as Person].id } },
  });
  expect(row.status).toBe(caller === "applicant" ? "AWAITING_CONSENT" : "SUBMITTED");
}

type Action = {
  name: string;
  stage: Stage;
  windows?: () => Windows;
  run: (actor: Actor | null, scene: Scene, caller: Caller) => Promise<Outcome>;
  expected: Record<Caller, Outcome>;
  /** The outcome of a call that went through and writes; readers and GET endpoints have none. */
  writes?: Outcome;
  /** What an allowed call changed. */
  changed?: (scene: Scene, caller: Caller) => Promise<void>;
};

const ACTIONS: Action[] = [
  {
    name: "createRound",
    stage: "openRound",
    run: (actor, scene) =>
      outcomeOf(
        createRound(actor, {
          year: "2090",
          title: `Uusi kierros ${scene.key}`,
          offerOpensAt: "2090-01-01",
          offerClosesAt: "2090-01-31",
          applicationOpensAt: "2090-02-01",
          applicationClosesAt: "2090-02-28",
          visitStartsOn: "2090-03-01",
          visitEndsOn: "2090-05-31",
        }),
      ),
    expected: matrix("FORBIDDEN", { coordinator: ALLOWED, admin: ALLOWED, signedOut: "UNAUTHENTICATED" }),
    writes: ALLOWED,
    changed: async (scene) => {
      const row = await db.exchangeRound.findUniqueOrThrow({
        where: { year_title: { year: 2090, title: `Uusi kierros ${scene.key}` } },
      });
      roundIds.push(row.id);
      expect(row.status).toBe("DRAFT");
    },
  },
  {
    name: "moveRound",
    stage: "draftRound",
    run: (actor, scene) => outcomeOf(moveRound(actor, { roundId: scene.roundId, to: "OPEN" })),
    expected: matrix("FORBIDDEN", { coordinator: ALLOWED, admin: ALLOWED, signedOut: "UNAUTHENTICATED" }),
    writes: ALLOWED,
    changed: async (scene) => {
      expect((await db.exchangeRound.findUniqueOrThrow({ where: { id: scene.roundId } })).status).toBe("OPEN");
    },
  },
  {
    // For the applicant's library: its supervisor, or a coordinator or admin.
    name: "publishOffer",
    stage: "openRound",
    run: (actor, scene) =>
      outcomeOf(
        publishOffer(
          actor,
          {
            roundId: scene.roundId,
            hostLibraryId: laukaa,
            title: `Laukaan omatoimikirjasto ${scene.key}`,
            description: "Vierailija näkee omatoimiajan arjen.",
            themes: ["asiakaspalvelu"],
            startDate: "2090-04-01",
            endDate: "2090-04-05",
            dates: "",
            places: "2",
            mode: "ONSITE",
          },
          { now: AT.offers },
        ),
      ),
    expected: matrix("FORBIDDEN", {
      supervisor: ALLOWED,
      coordinator: ALLOWED,
      admin: ALLOWED,
      signedOut: "UNAUTHENTICATED",
    }),
    writes: ALLOWED,
    changed: async (scene, caller) => {
      const offer = await db.exchangeOffer.findFirstOrThrow({
        where: { roundId: scene.roundId, title: `Laukaan omatoimikirjasto ${scene.key}` },
      });
      expect(offer).toMatchObject({ hostLibraryId: laukaa, hostPersonId: people[caller as Person].id });
    },
  },
  {
    // The host contact's own library's offer is no one's to apply to (a field error, not a permission).
    name: "applyToOffer",
    stage: "openRound",
    run: (actor, scene) =>
      outcomeOf(
        applyToOffer(
          actor,
          { offerId: scene.offerId, motivation: "Haluan oppia.", preferredDates: [scene.windows.visitDay] },
          { now: AT.applications },
        ),
      ),
    expected: matrix(ALLOWED, { host: "VALIDATION_FAILED", signedOut: "UNAUTHENTICATED" }),
    writes: ALLOWED,
    changed: applied,
  },
  {
    name: "decideConsent",
    stage: "AWAITING_CONSENT",
    run: (actor, scene) =>
      outcomeOf(
        decideConsent(actor, { applicationId: scene.applicationId, decision: "approve" }, { now: AT.applications }),
      ),
    // Those who do not see the application (its page's rule; the host not before consent) are told it is not found.
    expected: matrix("NOT_FOUND", {
      applicant: "FORBIDDEN",
      supervisor: ALLOWED,
      coordinator: ALLOWED,
      admin: ALLOWED,
      signedOut: "UNAUTHENTICATED",
    }),
    writes: ALLOWED,
    changed: async (scene, caller) => {
      expect(await application(scene)).toMatchObject({
        status: "SUBMITTED",
        consentById: people[caller as Person].id,
      });
    },
  },
  {
    name: "decideApplication",
    stage: "SUBMITTED",
    run: (actor, scene) =>
      outcomeOf(
        decideApplication(
          actor,
          { applicationId: scene.applicationId, decision: "accept", visitDate: scene.windows.visitDay },
          { now: AT.applications },
        ),
      ),
    // The applicant and their supervisor see it but do not decide; others are told it is not found.
    expected: matrix("NOT_FOUND", {
      applicant: "FORBIDDEN",
      supervisor: "FORBIDDEN",
      host: ALLOWED,
      coordinator: ALLOWED,
      admin: ALLOWED,
      signedOut: "UNAUTHENTICATED",
    }),
    writes: ALLOWED,
    changed: async (scene) => {
      expect(await application(scene)).toMatchObject({ status: "ACCEPTED", visitDate: day(scene.windows.visitDay) });
      expect(await placesTaken(scene)).toBe(1);
    },
  },
  {
    // Not yet the host's: the host does not know of it; coordinators are told it is not waiting for them.
    name: "decideApplication (awaiting consent)",
    stage: "AWAITING_CONSENT",
    run: (actor, scene) =>
      outcomeOf(
        decideApplication(
          actor,
          { applicationId: scene.applicationId, decision: "accept", visitDate: scene.windows.visitDay },
          { now: AT.applications },
        ),
      ),
    expected: matrix("NOT_FOUND", {
      applicant: "FORBIDDEN",
      supervisor: "FORBIDDEN",
      coordinator: "CONFLICT",
      admin: "CONFLICT",
      signedOut: "UNAUTHENTICATED",
    }),
  },
  {
    // Someone else's application is not found; an accepted place is given back.
    name: "withdrawApplication",
    stage: "ACCEPTED",
    run: (actor, scene) =>
      outcomeOf(withdrawApplication(actor, { applicationId: scene.applicationId }, { now: AT.applications })),
    expected: matrix("NOT_FOUND", { applicant: ALLOWED, signedOut: "UNAUTHENTICATED" }),
    writes: ALLOWED,
    changed: async (scene) => {
      expect((await application(scene)).status).toBe("WITHDRAWN");
      expect(await placesTaken(scene)).toBe(0);
    },
  },
  {
    // Not part of the exchange: not found; part of it but the other side: forbidden.
    name: "saveReport VISITOR",
    stage: "ACCEPTED",
    run: (actor, scene) => outcomeOf(report(actor, scene, "VISITOR")),
    expected: matrix("NOT_FOUND", {
      applicant: ALLOWED,
      host: "FORBIDDEN",
      coordinator: "FORBIDDEN",
      admin: "FORBIDDEN",
      signedOut: "UNAUTHENTICATED",
    }),
    writes: ALLOWED,
    changed: (scene, caller) => reported(scene, caller, "VISITOR"),
  },
  {
    name: "saveReport HOST",
    stage: "ACCEPTED",
    run: (actor, scene) => outcomeOf(report(actor, scene, "HOST")),
    expected: matrix("NOT_FOUND", {
      applicant: "FORBIDDEN",
      host: ALLOWED,
      coordinator: ALLOWED,
      admin: ALLOWED,
      signedOut: "UNAUTHENTICATED",
    }),
    writes: ALLOWED,
    changed: (scene, caller) => reported(scene, caller, "HOST"),
  },
  {
    name: "completeExchange",
    stage: "REPORTED",
    run: (actor, scene) =>
      outcomeOf(completeExchange(actor, { applicationId: scene.applicationId }, { now: AT.afterVisit })),
    expected: matrix("FORBIDDEN", { coordinator: ALLOWED, admin: ALLOWED, signedOut: "UNAUTHENTICATED" }),
    writes: ALLOWED,
    changed: async (scene) => {
      expect((await application(scene)).status).toBe("COMPLETED");
      const reports = await db.exchangeReport.findMany({ where: { applicationId: scene.applicationId } });
      expect(reports.map((r) => r.publishedAt)).toEqual([AT.afterVisit, AT.afterVisit]);
    },
  },
  {
    name: "closeExchange",
    stage: "ACCEPTED",
    run: (actor, scene) =>
      outcomeOf(
        closeExchange(
          actor,
          { applicationId: scene.applicationId, reason: "Vierailija sairastui." },
          { now: AT.applications },
        ),
      ),
    expected: matrix("FORBIDDEN", { coordinator: ALLOWED, admin: ALLOWED, signedOut: "UNAUTHENTICATED" }),
    writes: ALLOWED,
    changed: async (scene) => {
      expect(await application(scene)).toMatchObject({ status: "CLOSED", closeReason: "Vierailija sairastui." });
      expect(await placesTaken(scene)).toBe(0);
    },
  },
  {
    // The host does not see an application still waiting for consent; null is the page's 404.
    name: "getApplicationView (awaiting consent)",
    stage: "AWAITING_CONSENT",
    run: (actor, scene) => view(actor, scene),
    expected: matrix("null", { applicant: "seen", supervisor: "seen", coordinator: "seen", admin: "seen" }),
  },
  {
    name: "getApplicationView (with the host)",
    stage: "SUBMITTED",
    run: (actor, scene) => view(actor, scene),
    expected: matrix("null", {
      applicant: "seen",
      supervisor: "seen",
      host: "seen",
      coordinator: "seen",
      admin: "seen",
    }),
  },
  {
    name: "listPublishedReports",
    stage: "COMPLETED",
    run: async (actor, scene) => {
      const list = await listPublishedReports(actor);
      if (!list) return "null";
      const reports = await db.exchangeReport.findMany({ where: { applicationId: scene.applicationId } });
      const listed = list.groups.flatMap((group) => group.reports.map((r) => r.id));
      expect(listed).toEqual(expect.arrayContaining(reports.map((r) => r.id)));
      return "seen";
    },
    expected: matrix("seen", { signedOut: "null" }),
  },
  {
    name: "GET /api/exchange-rounds/current",
    stage: "openRound",
    run: async (_actor, _scene, caller) => {
      const res = await currentRoundRoute(
        apiRequest("GET", "/api/exchange-rounds/current", { cookie: await cookieOf(caller) }),
        routeParams({}),
      );
      if (res.status === 200) expect(((await res.json()) as { status: string }).status).toBe("OPEN");
      return String(res.status);
    },
    expected: matrix("200", {}),
  },
  {
    name: "GET /api/exchange-offers",
    stage: "openRound",
    run: async (_actor, scene, caller) => {
      const path = `/api/exchange-offers?round=${scene.roundId}`;
      const res = await listOffersRoute(apiRequest("GET", path, { cookie: await cookieOf(caller) }), routeParams({}));
      if (res.status === 200) {
        const offers = (await res.json()) as { id: string }[];
        expect(offers.map((o) => o.id)).toEqual([scene.offerId]);
      }
      return String(res.status);
    },
    expected: matrix("200", {}),
  },
  {
    // Applications open today: the handler takes no `now`.
    name: "POST /api/exchange-offers/[id]/applications",
    stage: "openRound",
    windows: live,
    run: async (_actor, scene, caller) => {
      const path = `/api/exchange-offers/${scene.offerId}/applications`;
      const body = { motivation: "Haluan oppia.", preferredDates: [scene.windows.visitDay] };
      const res = await applyRoute(
        apiRequest("POST", path, { cookie: await cookieOf(caller), body }),
        routeParams({ id: scene.offerId }),
      );
      return String(res.status);
    },
    expected: matrix("201", { host: "422", signedOut: "401" }),
    writes: "201",
    changed: applied,
  },
  {
    name: "DELETE /api/exchange-applications/[id]",
    stage: "SUBMITTED",
    run: async (_actor, scene, caller) => {
      const path = `/api/exchange-applications/${scene.applicationId}`;
      const res = await withdrawRoute(
        apiRequest("DELETE", path, { cookie: await cookieOf(caller) }),
        routeParams({ id: scene.applicationId }),
      );
      return String(res.status);
    },
    expected: matrix("404", { applicant: "200", signedOut: "401" }),
    writes: "200",
    changed: async (scene) => {
      expect((await application(scene)).status).toBe("WITHDRAWN");
    },
  },
];

function report(actor: Actor | null, scene: Scene, side: "VISITOR" | "HOST") {
  return saveReport(
    actor,
    {
      applicationId: scene.applicationId,
      side,
      experience: "Näin, miten palautteet kootaan viikoittain.",
      takeHome: "",
      consentToPublish: "on",
    },
    { now: AT.afterVisit },
  );
}

async function reported(scene: Scene, caller: Caller, side: "VISITOR" | "HOST") {
  const row = await db.exchangeReport.findUniqueOrThrow({
    where: { applicationId_side: { applicationId: scene.applicationId, side } },
  });
  expect(row.authorId).toBe(people[caller as Person].id);
}

async function view(actor: Actor | null, scene: Scene): Promise<Outcome> {
  const seen = await getApplicationView(actor, scene.applicationId, AT.applications);
  if (!seen) return "null";
  expect(seen.id).toBe(scene.applicationId);
  return "seen";
}

const CASES = ACTIONS.flatMap((action) =>
  CALLERS.map((caller) => ({
    title: `${action.name} × ${LABEL[caller]} → ${action.expected[caller]}`,
    action,
    caller,
  })),
);

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  laukaa = await libraryId(db, "laukaa");
  tampere = await libraryId(db, "tampere");
  const make = async (role: "STAFF" | "SUPERVISOR" | "COORDINATOR" | "ADMIN", librarySlug: string) =>
    (await createUsers(db, 1, { roles: [role], librarySlug, prefix: `voik-${uniq()}` }))[0]!;
  people.applicant = await make("STAFF", "laukaa");
  people.supervisor = await make("SUPERVISOR", "laukaa");
  people.otherSupervisor = await make("SUPERVISOR", "jyvaskyla");
  people.host = await make("STAFF", "tampere");
  people.otherStaff = await make("STAFF", "valkeakoski");
  // Neither of the host's library, so that applying is theirs to try too.
  people.coordinator = await make("COORDINATOR", "valkeakoski");
  people.admin = await make("ADMIN", "valkeakoski");
});

afterAll(async () => {
  await db.$executeRaw`DELETE FROM "Job" WHERE "name" LIKE 'email.exchange%'`;
  await db.exchangeRound.deleteMany({ where: { id: { in: roundIds } } });
  await removeCreated(db);
  await db.$disconnect();
});

describe("the job-shadowing permission matrix", () => {
  it.each(CASES)("$title", async ({ action, caller }) => {
    const fixture = await scene(action.stage, action.windows?.());
    const before = await snapshot(fixture);
    const outcome = await action.run(actorOf(caller), fixture, caller);
    expect(outcome).toBe(action.expected[caller]);
    const after = await snapshot(fixture);
    if (action.writes !== undefined && outcome === action.writes) {
      // The positive control: what a refusal is checked against does see a write.
      expect(after).not.toEqual(before);
      await action.changed?.(fixture, caller);
    } else {
      expect(after).toEqual(before);
    }
  });
});
