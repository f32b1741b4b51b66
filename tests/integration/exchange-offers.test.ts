// A library's job-shadowing offer (issue 15 item 2) against real PostgreSQL,
// through the server action as a browser's (or a crafted) form post reaches
// it: a supervisor publishes for their own library only, a coordinator or
// admin for any, nobody else (signed out, staff, steering) — refusals write
// nothing; only in the offer window (Helsinki days) and with days in the
// visit period; bad input gets field messages.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";
import { helsinkiToday } from "@/lib/dates";
import { createUsers, libraryId, removeCreated, uniq } from "./enrolment-fixtures";
import { submit, type Values } from "./support/server-actions";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const { publishOfferAction } = await import("@/lib/exchanges/offers/actions");

let db: Db;
let open: string;
let shut: string;
let valkeakoski: string;
let tampere: string;
type Caller = "signedOut" | Role;
const people = {} as Record<Role, Actor>;

const DAY = 86_400_000;
const iso = (n: number) => new Date(helsinkiToday().getTime() + n * DAY).toISOString().slice(0, 10);
const day = (n: number) => new Date(`${iso(n)}T00:00:00Z`);

async function round(offerFrom: number, offerTo: number) {
  const row = await db.exchangeRound.create({
    data: {
      year: 2098,
      title: `Tarjouskierros ${uniq()}`,
      status: "OPEN",
      offerOpensAt: day(offerFrom),
      offerClosesAt: day(offerTo),
      applicationOpensAt: day(offerTo + 1),
      applicationClosesAt: day(offerTo + 20),
      visitStartsOn: day(30),
      visitEndsOn: day(90),
    },
    select: { id: true },
  });
  return row.id;
}

const offer = (overrides: Values = {}): Values => ({
  roundId: open,
  hostLibraryId: valkeakoski,
  title: "Valkeakosken nuortentila",
  description: "Vierailija seuraa nuorten illan valmistelua ja toteutusta.",
  hostName: "Nuorten tiimi",
  themes: ["lukemisen-edistaminen", "asiakaspalvelu"],
  startDate: iso(40),
  endDate: iso(44),
  dates: "",
  places: "2",
  mode: "ONSITE",
  accessibilityNotes: "Esteetön sisäänkäynti.",
  travelNotes: "",
  ...overrides,
});

const offers = () =>
  db.exchangeOffer.findMany({ where: { round: { year: 2098 } }, select: { id: true }, orderBy: { id: "asc" } });
const actorOf = (caller: Caller) => (caller === "signedOut" ? null : people[caller]);

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  valkeakoski = await libraryId(db, "valkeakoski");
  tampere = await libraryId(db, "tampere");
  for (const role of ["STAFF", "SUPERVISOR", "STEERING", "COORDINATOR", "ADMIN"] as Role[]) {
    people[role] = (
      await createUsers(db, 1, {
        roles: [role],
        librarySlug: "valkeakoski",
        prefix: `vtarj-${role.toLowerCase()}-${uniq()}`,
      })
    )[0]!;
  }
  open = await round(-5, 5);
  shut = await round(-20, -1);
});

afterAll(async () => {
  await db.exchangeRound.deleteMany({ where: { year: 2098 } });
  await removeCreated(db);
  await db.$disconnect();
});

describe("who may publish an offer", () => {
  for (const caller of ["signedOut", "STAFF", "SUPERVISOR", "STEERING", "COORDINATOR", "ADMIN"] as Caller[]) {
    const may = caller === "SUPERVISOR" || caller === "COORDINATOR" || caller === "ADMIN";
    it(`${caller} ${may ? "may, for their own library" : "may not (and nothing is written)"}`, async () => {
      const before = await offers();
      const outcome = await submit(publishOfferAction, actorOf(caller), offer());
      if (may) {
        expect(outcome.redirect).toBe("/tyon-varjostus/paikat/uusi?tehty=julkaistu");
        expect((await offers()).length).toBe(before.length + 1);
      } else {
        expect(outcome.state).toMatchObject({
          status: "error",
          formError: caller === "signedOut" ? "form.error.UNAUTHENTICATED" : "form.error.FORBIDDEN",
        });
        expect(await offers()).toEqual(before);
      }
    });
  }

  it("a supervisor naming another library is refused; a coordinator may publish for it", async () => {
    const before = await offers();
    const crafted = await submit(publishOfferAction, people.SUPERVISOR, offer({ hostLibraryId: tampere }));
    expect(crafted.state?.formError).toBe("form.error.FORBIDDEN");
    expect(await offers()).toEqual(before);
    const forThem = await submit(publishOfferAction, people.COORDINATOR, offer({ hostLibraryId: tampere }));
    expect(forThem.redirect).toContain("tehty=julkaistu");
  });
});

describe("publishing", () => {
  it("stores the offer with its contact, themes, days and notes, audited", async () => {
    await submit(publishOfferAction, people.SUPERVISOR, offer({ title: "Tallennettava", dates: `${iso(41)}, 43.x` }));
    // A malformed day is refused first…
    expect(await db.exchangeOffer.count({ where: { title: "Tallennettava" } })).toBe(0);
    const d41 = new Date(`${iso(41)}T00:00:00Z`);
    const finnish = `${d41.getUTCDate()}.${d41.getUTCMonth() + 1}.${d41.getUTCFullYear()}`;
    await submit(
      publishOfferAction,
      people.SUPERVISOR,
      offer({ title: "Tallennettava", dates: `${finnish}, ${iso(43)}` }),
    );
    const row = await db.exchangeOffer.findFirstOrThrow({ where: { title: "Tallennettava" } });
    expect(row).toMatchObject({
      roundId: open,
      hostLibraryId: valkeakoski,
      hostPersonId: people.SUPERVISOR.id,
      hostName: "Nuorten tiimi",
      themes: ["lukemisen-edistaminen", "asiakaspalvelu"],
      places: 2,
      placesTaken: 0,
      mode: "ONSITE",
      accessibilityNotes: "Esteetön sisäänkäynti.",
      travelNotes: null,
    });
    expect(row.dates.map((d) => d.toISOString().slice(0, 10))).toEqual([iso(41), iso(43)]);
    expect(await db.auditEvent.count({ where: { action: "exchange.offer.publish", entityId: row.id } })).toBe(1);
  });

  it("only in the offer window, with days in the visit period; bad input gets field messages; nothing written", async () => {
    const before = await offers();
    const cases: [Values, Record<string, string>][] = [
      [{ roundId: shut }, { roundId: "exchangeOffers.error.windowClosed" }],
      [{ roundId: crypto.randomUUID() }, { roundId: "exchangeRounds.error.unknownRound" }],
      [{ startDate: iso(10) }, { startDate: "exchangeOffers.error.outsideVisits" }],
      [{ endDate: iso(95) }, { endDate: "exchangeOffers.error.outsideVisits" }],
      [{ endDate: iso(39) }, { endDate: "exchangeOffers.error.endBeforeStart" }],
      [{ dates: iso(50) }, { dates: "exchangeOffers.error.datesOutside" }],
      [{ dates: "ensi viikolla" }, { dates: "exchangeOffers.error.dates" }],
      [{ title: "" }, { title: "validation.required" }],
      [{ description: "" }, { description: "validation.required" }],
      [{ themes: [] }, { themes: "exchangeOffers.error.themesRequired" }],
      [{ themes: ["ei-tallaista-teemaa"] }, { themes: "validation.invalid" }],
      [{ places: "0" }, { places: "exchangeOffers.error.places" }],
      [{ places: "11" }, { places: "exchangeOffers.error.places" }],
      [{ mode: "TELEPORT" }, { mode: "validation.invalid" }],
      [{ startDate: "14.4.2099" }, { startDate: "exchanges.error.day" }],
      [{ title: "x".repeat(201) }, { title: "validation.tooLong" }],
    ];
    for (const [overrides, fields] of cases) {
      const outcome = await submit(publishOfferAction, people.COORDINATOR, offer(overrides));
      expect(outcome.state, JSON.stringify(overrides)).toMatchObject({ status: "error", fields });
    }
    expect(await offers()).toEqual(before);
  });
});
