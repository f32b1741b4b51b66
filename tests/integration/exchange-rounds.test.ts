// Coordinators' job-shadowing rounds (issue 15 item 1) against real
// PostgreSQL, through the server actions as a browser's (or a crafted) form
// post reaches them: who may draft a round and move it on (every role, signed
// out included, with nothing written when refused); bad input with field
// messages; a round moves forward only, one step at a time (a stale step is a
// CONFLICT); a draft is not on the public page, an opened round is.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";
import { createUsers, removeCreated, uniq } from "./enrolment-fixtures";
import { submit, type Values } from "./support/server-actions";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const { createRoundAction, moveRoundAction } = await import("@/lib/exchanges/rounds/actions");
const { listManagedRounds } = await import("@/lib/exchanges/rounds/data");
const { listExchangeRounds } = await import("@/lib/exchanges/data");

let db: Db;
type Caller = "signedOut" | Role;
const CALLERS: Caller[] = ["signedOut", "STAFF", "SUPERVISOR", "STEERING", "COORDINATOR", "ADMIN"];
const people = {} as Record<Role, Actor>;
const YEAR = 2095;

const round = (overrides: Values = {}): Values => ({
  year: String(YEAR),
  title: `Työn varjostus ${uniq()}`,
  description: "Vuoden kierros.",
  offerOpensAt: "2095-01-10",
  offerClosesAt: "2095-02-10",
  applicationOpensAt: "2095-02-15",
  applicationClosesAt: "2095-03-15",
  visitStartsOn: "2095-04-01",
  visitEndsOn: "2095-05-31",
  ...overrides,
});

const rounds = () =>
  db.exchangeRound.findMany({ where: { year: YEAR }, select: { id: true, status: true }, orderBy: { id: "asc" } });
const actorOf = (caller: Caller) => (caller === "signedOut" ? null : people[caller]);

async function draft(): Promise<string> {
  const outcome = await submit(createRoundAction, people.COORDINATOR, round());
  return /#kierros-([0-9a-f-]{36})$/.exec(outcome.redirect ?? "")![1]!;
}

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  for (const role of ["STAFF", "SUPERVISOR", "STEERING", "COORDINATOR", "ADMIN"] as Role[]) {
    people[role] = (
      await createUsers(db, 1, { roles: [role], prefix: `vkierros-${role.toLowerCase()}-${uniq()}` })
    )[0]!;
  }
});

afterAll(async () => {
  await db.exchangeRound.deleteMany({ where: { year: YEAR } });
  await removeCreated(db);
  await db.$disconnect();
});

describe("who may run rounds", () => {
  for (const caller of CALLERS) {
    const may = caller === "COORDINATOR" || caller === "ADMIN";
    it(`${caller} ${may ? "may draft and open a round" : "may not (and nothing is written)"}`, async () => {
      const existing = await draft();
      const before = await rounds();
      const created = await submit(createRoundAction, actorOf(caller), round());
      const moved = await submit(moveRoundAction, actorOf(caller), { roundId: existing, to: "OPEN" });
      if (may) {
        expect(created.redirect).toMatch(/^\/tyon-varjostus\/kierrokset\?tehty=luotu#kierros-/);
        expect(moved.redirect).toBe(`/tyon-varjostus/kierrokset?tehty=avattu#kierros-${existing}`);
        expect((await rounds()).length).toBe(before.length + 1);
      } else {
        const formError = caller === "signedOut" ? "form.error.UNAUTHENTICATED" : "form.error.FORBIDDEN";
        expect(created.state).toMatchObject({ status: "error", formError });
        expect(moved.state).toMatchObject({ status: "error", formError });
        expect(await rounds()).toEqual(before);
      }
      expect(await listManagedRounds(actorOf(caller))).toSatisfy((list) => (may ? list !== null : list === null));
    });
  }
});

describe("drafting a round", () => {
  it("bad input gets field messages and writes nothing", async () => {
    const before = await rounds();
    const cases: [Values, Record<string, string>][] = [
      [{ title: "" }, { title: "validation.required" }],
      [{ year: "kaksituhatta" }, { year: "exchangeRounds.error.year" }],
      [{ year: "1999" }, { year: "exchangeRounds.error.year" }],
      [{ offerOpensAt: "" }, { offerOpensAt: "validation.required" }],
      [{ visitEndsOn: "31.5.2095" }, { visitEndsOn: "exchanges.error.day" }],
      [{ visitEndsOn: "2095-02-30" }, { visitEndsOn: "exchanges.error.day" }],
      [{ offerClosesAt: "2095-01-01" }, { offerClosesAt: "exchangeRounds.error.order" }],
      [{ applicationClosesAt: "2095-02-01" }, { applicationClosesAt: "exchangeRounds.error.order" }],
      [{ applicationOpensAt: "2095-01-01" }, { applicationOpensAt: "exchangeRounds.error.order" }],
      [{ visitStartsOn: "2095-06-01" }, { visitEndsOn: "exchangeRounds.error.order" }],
      [{ title: "x".repeat(201) }, { title: "validation.tooLong" }],
    ];
    for (const [overrides, fields] of cases) {
      const outcome = await submit(createRoundAction, people.COORDINATOR, round(overrides));
      expect(outcome.state, JSON.stringify(overrides)).toMatchObject({ status: "error", fields });
    }
    expect(await rounds()).toEqual(before);
  });

  it("refuses a second round of the same name in a year", async () => {
    const values = round();
    await submit(createRoundAction, people.COORDINATOR, values);
    const before = await rounds();
    const again = await submit(createRoundAction, people.COORDINATOR, values);
    expect(again.state).toMatchObject({ status: "error", fields: { title: "exchangeRounds.error.titleTaken" } });
    expect(await rounds()).toEqual(before);
  });

  it("saves a draft with its windows, audited; the public page leaves drafts out", async () => {
    const id = await draft();
    const row = await db.exchangeRound.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "DRAFT", year: YEAR, description: "Vuoden kierros." });
    expect(row.applicationOpensAt.toISOString()).toBe("2095-02-15T00:00:00.000Z");
    expect(await db.auditEvent.count({ where: { action: "exchange.round.create", entityId: id } })).toBe(1);
    expect((await listExchangeRounds(null)).map((r) => r.id)).not.toContain(id);
    await submit(moveRoundAction, people.COORDINATOR, { roundId: id, to: "OPEN" });
    expect((await listExchangeRounds(null)).map((r) => r.id)).toContain(id);
  });
});

describe("moving a round on", () => {
  it("goes forward one step at a time; a stale or skipped step is a conflict and writes nothing", async () => {
    const id = await draft();
    const status = async () => (await db.exchangeRound.findUniqueOrThrow({ where: { id } })).status;
    const move = (to: string) => submit(moveRoundAction, people.COORDINATOR, { roundId: id, to });

    expect((await move("CLOSED")).state).toMatchObject({ fields: { roundId: "exchangeRounds.error.cannotMove" } });
    expect(await status()).toBe("DRAFT");
    expect((await move("OPEN")).redirect).toContain("tehty=avattu");
    // A second tab's "open" after the first: refused.
    expect((await move("OPEN")).state).toMatchObject({ fields: { roundId: "exchangeRounds.error.cannotMove" } });
    expect((await move("CLOSED")).redirect).toContain("tehty=suljettu");
    expect((await move("ARCHIVED")).redirect).toContain("tehty=arkistoitu");
    expect(await status()).toBe("ARCHIVED");
    expect((await move("OPEN")).state).toMatchObject({ fields: { roundId: "exchangeRounds.error.cannotMove" } });
    expect((await move("DRAFT")).state).toMatchObject({ fields: { to: "validation.invalid" } });
    expect(
      (await submit(moveRoundAction, people.COORDINATOR, { roundId: crypto.randomUUID(), to: "OPEN" })).state,
    ).toMatchObject({ fields: { roundId: "exchangeRounds.error.unknownRound" } });
    expect(await db.auditEvent.count({ where: { action: "exchange.round.move", entityId: id } })).toBe(3);
  });
});
