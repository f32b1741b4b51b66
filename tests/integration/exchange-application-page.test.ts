// One application's page (issue 15 item 3) against real PostgreSQL: who sees
// it — the applicant, a supervisor of the library they applied from, the
// offer's contact once it has reached the host, coordinators and admins; not
// another library's supervisor, other staff, the contact before consent, or
// anyone signed out — and which forms each gets; then the forms through their
// server actions: consent → the host accepts a day → the applicant withdraws,
// each back on the page with its notice, and a crafted call by someone else
// refused with nothing written.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";
import { helsinkiToday } from "@/lib/dates";
import { createUsers, libraryId, removeCreated, uniq } from "./enrolment-fixtures";
import { submit } from "./support/server-actions";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const { getApplicationView } = await import("@/lib/exchanges/applications/data");
const { getOfferPage } = await import("@/lib/exchanges/offers/data");
const { applyAction, consentAction, decideApplicationAction, withdrawApplicationAction } =
  await import("@/lib/exchanges/applications/actions");

let db: Db;
const DAY = 86_400_000;
const iso = (n: number) => new Date(helsinkiToday().getTime() + n * DAY).toISOString().slice(0, 10);
const day = (n: number) => new Date(`${iso(n)}T00:00:00Z`);

type Who = "applicant" | "supervisor" | "otherSupervisor" | "host" | "otherStaff" | "coordinator" | "admin";
const people = {} as Record<Who, Actor>;
let offerId: string;

async function person(role: Role, library: string, key: string): Promise<Actor> {
  return (await createUsers(db, 1, { roles: [role], librarySlug: library, prefix: `vsivu-${key}-${uniq()}` }))[0]!;
}

async function application(status: "AWAITING_CONSENT" | "SUBMITTED") {
  const row = await db.exchangeApplication.create({
    data: {
      offerId,
      applicantId: people.applicant.id,
      fromLibraryId: people.applicant.libraryId,
      motivation: "Haluan oppia tapahtumatuotantoa.",
      status,
      preferredDates: [day(41), day(43)],
      submittedAt: status === "SUBMITTED" ? new Date() : null,
    },
    select: { id: true },
  });
  return row.id;
}

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  people.applicant = await person("STAFF", "nokia", "hakija");
  people.supervisor = await person("SUPERVISOR", "nokia", "esihenkilo");
  people.otherSupervisor = await person("SUPERVISOR", "laukaa", "muu-esihenkilo");
  people.host = await person("STAFF", "tampere", "vastaanottaja");
  people.otherStaff = await person("STAFF", "tampere", "muu");
  people.coordinator = await person("COORDINATOR", "tampere", "koordinaattori");
  people.admin = await person("ADMIN", "tampere", "admin");
  const round = await db.exchangeRound.create({
    data: {
      year: 2097,
      title: `Sivukierros ${uniq()}`,
      status: "OPEN",
      offerOpensAt: day(-30),
      offerClosesAt: day(-6),
      applicationOpensAt: day(-5),
      applicationClosesAt: day(20),
      visitStartsOn: day(30),
      visitEndsOn: day(90),
    },
    select: { id: true },
  });
  offerId = (
    await db.exchangeOffer.create({
      data: {
        roundId: round.id,
        hostLibraryId: await libraryId(db, "tampere"),
        hostPersonId: people.host.id,
        title: "Metson tapahtumat",
        startDate: day(40),
        endDate: day(45),
        places: 1,
      },
      select: { id: true },
    })
  ).id;
});

afterAll(async () => {
  await db.$executeRaw`DELETE FROM "Job" WHERE "name" LIKE 'email.exchange%'
    AND "payload"->>'applicationId' IN (SELECT "id"::text FROM "ExchangeApplication" WHERE "offerId" = ${offerId}::uuid)`;
  await db.exchangeRound.deleteMany({ where: { year: 2097 } });
  await removeCreated(db);
  await db.$disconnect();
});

describe("who sees an application, and which forms", () => {
  const WHO: Who[] = ["applicant", "supervisor", "otherSupervisor", "host", "otherStaff", "coordinator", "admin"];
  it("while it waits for consent", async () => {
    const id = await application("AWAITING_CONSENT");
    const seen: Record<string, unknown> = {};
    for (const who of WHO) seen[who] = (await getApplicationView(people[who], id))?.may ?? null;
    expect(seen).toEqual({
      applicant: { consent: false, decide: false, withdraw: true, report: [], complete: false, close: false },
      supervisor: { consent: true, decide: false, withdraw: false, report: [], complete: false, close: false },
      otherSupervisor: null,
      // The host does not see it before consent.
      host: null,
      otherStaff: null,
      // Coordinators may also close it (it will not go ahead).
      coordinator: { consent: true, decide: false, withdraw: false, report: [], complete: false, close: true },
      admin: { consent: true, decide: false, withdraw: false, report: [], complete: false, close: true },
    });
    expect(await getApplicationView(null, id)).toBeNull();
    await db.exchangeApplication.delete({ where: { id } });
  });

  it("once it is with the host", async () => {
    const id = await application("SUBMITTED");
    const host = await getApplicationView(people.host, id);
    expect(host?.may).toEqual({
      consent: false,
      decide: true,
      withdraw: false,
      report: [],
      complete: false,
      close: false,
    });
    expect(host?.acceptableDays.map((d) => d.toISOString().slice(0, 10))).toEqual([iso(41), iso(43)]);
    expect((await getApplicationView(people.supervisor, id))?.may).toEqual({
      consent: false,
      decide: false,
      withdraw: false,
      report: [],
      complete: false,
      close: false,
    });
    expect(await getApplicationView(people.otherStaff, id)).toBeNull();
    await db.exchangeApplication.delete({ where: { id } });
  });
});

describe("applying from the offer's page", () => {
  it("shows the offer to anyone with the weekdays to choose; applies once; refuses the signed out and the host's own staff", async () => {
    const page = await getOfferPage(null, offerId);
    expect(page).toMatchObject({ title: "Metson tapahtumat", applicationsOpen: true, ownApplicationId: null });
    // Days 40–45 of the range, weekends left out.
    const weekdays = [40, 41, 42, 43, 44, 45].map(day).filter((d) => d.getUTCDay() !== 0 && d.getUTCDay() !== 6);
    expect(page?.days).toEqual(weekdays);
    expect((await getOfferPage(people.otherStaff, offerId))?.ownLibrary).toBe(true);

    const values = { offerId, motivation: "Tapahtumat kiinnostavat.", preferredDates: [iso(41)] };
    const count = () => db.exchangeApplication.count({ where: { offerId } });
    const before = await count();
    expect((await submit(applyAction, null, values)).state).toMatchObject({ formError: "form.error.UNAUTHENTICATED" });
    expect((await submit(applyAction, people.otherStaff, values)).state).toMatchObject({
      fields: { offerId: "exchanges.error.ownLibrary" },
    });
    expect((await submit(applyAction, people.applicant, { ...values, preferredDates: [] })).state).toMatchObject({
      fields: { preferredDates: "exchanges.error.preferredDatesRequired" },
    });
    expect(await count()).toBe(before);

    const applied = await submit(applyAction, people.applicant, values);
    expect(applied.redirect).toMatch(/^\/tyon-varjostus\/hakemukset\/[0-9a-f-]{36}\?tehty=haettu$/);
    expect((await submit(applyAction, people.applicant, values)).state).toMatchObject({
      fields: { offerId: "exchanges.error.alreadyApplied" },
    });
    expect(await count()).toBe(before + 1);
    const mine = await getOfferPage(people.applicant, offerId);
    expect(applied.redirect).toContain(mine?.ownApplicationId ?? "?");
    await db.exchangeApplication.deleteMany({ where: { offerId, applicantId: people.applicant.id } });
  });
});

describe("the forms", () => {
  it("consent → the host accepts a day → the applicant withdraws; crafted calls by others write nothing", async () => {
    const id = await application("AWAITING_CONSENT");
    const status = async () => (await db.exchangeApplication.findUniqueOrThrow({ where: { id } })).status;

    // The applicant cannot consent to their own; the host does not know of it before consent.
    expect(
      (await submit(consentAction, people.applicant, { applicationId: id, decision: "approve" })).state,
    ).toMatchObject({ formError: "form.error.FORBIDDEN" });
    expect(
      (
        await submit(decideApplicationAction, people.host, {
          applicationId: id,
          decision: "accept",
          visitDate: iso(41),
        })
      ).state,
    ).toMatchObject({ fields: { applicationId: "exchanges.error.unknownApplication" } });
    expect(await status()).toBe("AWAITING_CONSENT");

    const consent = await submit(consentAction, people.supervisor, { applicationId: id, decision: "approve" });
    expect(consent.redirect).toBe(`/tyon-varjostus/hakemukset/${id}?tehty=lupa`);
    expect(await status()).toBe("SUBMITTED");

    expect(
      (
        await submit(decideApplicationAction, people.otherStaff, {
          applicationId: id,
          decision: "accept",
          visitDate: iso(41),
        })
      ).state,
      // Someone who may not see the application is told it is not found.
    ).toMatchObject({ fields: { applicationId: "exchanges.error.unknownApplication" } });
    const bad = await submit(decideApplicationAction, people.host, {
      applicationId: id,
      decision: "accept",
      visitDate: iso(50),
    });
    expect(bad.state).toMatchObject({ fields: { visitDate: "exchanges.error.notOfferDay" } });
    expect(await status()).toBe("SUBMITTED");

    const accepted = await submit(decideApplicationAction, people.host, {
      applicationId: id,
      decision: "accept",
      visitDate: iso(43),
      message: "Tervetuloa klo 9 pääovelle.",
    });
    expect(accepted.redirect).toBe(`/tyon-varjostus/hakemukset/${id}?tehty=hyvaksytty`);
    expect(await db.exchangeApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "ACCEPTED",
      hostMessage: "Tervetuloa klo 9 pääovelle.",
    });
    expect((await db.exchangeOffer.findUniqueOrThrow({ where: { id: offerId } })).placesTaken).toBe(1);

    expect((await submit(withdrawApplicationAction, people.host, { applicationId: id })).state).toMatchObject({
      fields: { applicationId: "exchanges.error.unknownApplication" },
    });
    const withdrawn = await submit(withdrawApplicationAction, people.applicant, { applicationId: id });
    expect(withdrawn.redirect).toBe(`/tyon-varjostus/hakemukset/${id}?tehty=peruttu`);
    expect(await status()).toBe("WITHDRAWN");
    expect((await db.exchangeOffer.findUniqueOrThrow({ where: { id: offerId } })).placesTaken).toBe(0);
  });
});
