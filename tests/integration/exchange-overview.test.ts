// "Omat vaihdot" (issue 15) on real PostgreSQL: each person's lists hold what
// the application's page would show them — their own applications, the ones
// that reached them as host (not those still waiting for consent), their
// library's waiting for their consent (supervisors), visited exchanges to end
// (coordinators) — and whose report is due.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { ExchangeApplicationStatus, Role } from "@/lib/db/enums";
import { getMyExchanges } from "@/lib/exchanges/overview/data";
import { createUsers, removeCreated, uniq } from "./enrolment-fixtures";
import { createRound2090 } from "./support/exchanges";

let db: Db;
let roundId: string;
let offerId: string;
let host: Actor;
let coordinator: Actor;
let supervisor: Actor;
let otherSupervisor: Actor;
const ids: Partial<Record<ExchangeApplicationStatus | "VISITED", string>> = {};
let applicant: Actor;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const NOW = new Date("2090-04-10T10:00:00Z");

async function person(role: Role, library: string): Promise<Actor> {
  return (await createUsers(db, 1, { roles: [role], librarySlug: library, prefix: `vomat-${uniq()}` }))[0]!;
}

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
  host = await person("STAFF", "tampere");
  coordinator = await person("COORDINATOR", "tampere");
  supervisor = await person("SUPERVISOR", "valkeakoski");
  otherSupervisor = await person("SUPERVISOR", "jyvaskyla");
  const round = { id: await createRound2090(db, "Omat-kierros") };
  roundId = round.id;
  const library = await db.library.findUniqueOrThrow({ where: { slug: "tampere" }, select: { id: true } });
  offerId = (
    await db.exchangeOffer.create({
      data: {
        roundId,
        hostLibraryId: library.id,
        hostPersonId: host.id,
        title: `Omat-paikka ${uniq()}`,
        startDate: day("2090-04-01"),
        endDate: day("2090-04-30"),
        places: 5,
        placesTaken: 2,
      },
      select: { id: true },
    })
  ).id;
  const states: [keyof typeof ids, ExchangeApplicationStatus, string | null][] = [
    ["AWAITING_CONSENT", "AWAITING_CONSENT", null],
    ["SUBMITTED", "SUBMITTED", null],
    ["ACCEPTED", "ACCEPTED", "2090-04-20"],
    ["VISITED", "ACCEPTED", "2090-04-05"],
    ["WITHDRAWN", "WITHDRAWN", null],
  ];
  for (const [key, status, visit] of states) {
    const who = await person("STAFF", "valkeakoski");
    if (key === "VISITED") applicant = who;
    ids[key] = (
      await db.exchangeApplication.create({
        data: {
          offerId,
          applicantId: who.id,
          fromLibraryId: who.libraryId,
          status,
          visitDate: visit ? day(visit) : null,
          preferredDates: [day("2090-04-05")],
        },
        select: { id: true },
      })
    ).id;
  }
  // The visited exchange's host has reported; the visitor has not.
  await db.exchangeReport.create({
    data: { applicationId: ids.VISITED!, side: "HOST", authorId: host.id, experience: "Hyvä päivä." },
  });
});
afterAll(async () => {
  await db.exchangeRound.delete({ where: { id: roundId } });
  await removeCreated(db);
  await db.$disconnect();
});

const idsOf = (items: { id: string }[]) => items.map((i) => i.id).filter((id) => Object.values(ids).includes(id));

describe("my exchanges", () => {
  it("signed out: nothing", async () => {
    expect(await getMyExchanges(null, NOW)).toBeNull();
  });

  it("the applicant: their own, with their report due after the visit", async () => {
    const mine = (await getMyExchanges(applicant, NOW))!;
    expect(mine.mine.map((i) => [i.id, i.reportDue])).toEqual([[ids.VISITED, true]]);
    expect([...mine.hosting, ...mine.consent, ...mine.toComplete]).toEqual([]);
  });

  it("the host: what has reached them (not what waits for consent), the host's report not due once written", async () => {
    const mine = (await getMyExchanges(host, NOW))!;
    expect(idsOf(mine.hosting).sort()).toEqual([ids.SUBMITTED, ids.ACCEPTED, ids.VISITED].sort());
    expect(mine.hosting.every((i) => !i.reportDue)).toBe(true);
  });

  it("the applicants' supervisor: the one waiting for consent; another library's supervisor: none", async () => {
    expect(idsOf((await getMyExchanges(supervisor, NOW))!.consent)).toEqual([ids.AWAITING_CONSENT]);
    expect(idsOf((await getMyExchanges(otherSupervisor, NOW))!.consent)).toEqual([]);
  });

  it("coordinators: the visited exchange waiting to be ended, not the one ahead", async () => {
    const toComplete = idsOf((await getMyExchanges(coordinator, NOW))!.toComplete);
    expect(toComplete).toContain(ids.VISITED);
    expect(toComplete).not.toContain(ids.ACCEPTED);
    expect(idsOf((await getMyExchanges(host, NOW))!.toComplete)).toEqual([]);
  });
});
