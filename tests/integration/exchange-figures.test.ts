// A job-shadowing round's figures (issue 15 item 5) against real PostgreSQL:
// on a small fixed dataset of libraries made here, the whole round's figures
// and the per-library table against numbers counted by hand (withdrawn
// offers, withdrawn applications, another round's rows and an applicant
// without a library each in their place); the CSV and the XLSX, opened with
// exceljs, carry the data function's figures; and who may see them (the data
// function and both downloads: 401 signed out, 403 staff, supervisor and
// steering, 404 an unknown round, 200 coordinators and admins).
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { ExchangeApplicationStatus, Region, Role } from "@/lib/db/enums";
import { createUsers, removeCreated, uniq } from "./enrolment-fixtures";
import { apiRequest, routeParams } from "./support/api";
import { sessionCookie } from "./support/session-cookie";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const { getRoundFigures } = await import("@/lib/exchanges/figures/data");
const { GET: getCsv } = await import("@/app/api/exports/exchange-rounds/[roundId]/figures.csv/route");
const { GET: getXlsx } = await import("@/app/api/exports/exchange-rounds/[roundId]/figures.xlsx/route");

let db: Db;
const key = uniq();
type Letter = "A" | "B" | "C" | "D" | "E" | "F";
/** Libraries made here: A and B share a municipality; E only withdrew; F was only declined. */
const LIBRARIES: Record<Letter, { municipality: string; region: Region }> = {
  A: { municipality: `Luvutkunta ${key}`, region: "PIRKANMAA" },
  B: { municipality: `Luvutkunta ${key}`, region: "PIRKANMAA" },
  C: { municipality: `Ceekunta ${key}`, region: "KESKI_SUOMI" },
  D: { municipality: `Deekunta ${key}`, region: "KESKI_SUOMI" },
  E: { municipality: `Eekunta ${key}`, region: "PIRKANMAA" },
  F: { municipality: `Efkunta ${key}`, region: "KESKI_SUOMI" },
};
const library = {} as Record<Letter, { id: string; slug: string; name: string }>;
const nameOf = (letter: Letter) => `Luvutkirjasto ${letter} ${key}`;
let roundId: string;
let otherRoundId: string;
const people = {} as Record<Role, Actor>;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function createRound(title: string) {
  const round = await db.exchangeRound.create({
    data: {
      year: 2091,
      title: `${title} ${key}`,
      status: "OPEN",
      offerOpensAt: day("2091-01-01"),
      offerClosesAt: day("2091-01-31"),
      applicationOpensAt: day("2091-02-01"),
      applicationClosesAt: day("2091-02-28"),
      visitStartsOn: day("2091-03-01"),
      visitEndsOn: day("2091-05-31"),
    },
    select: { id: true },
  });
  return round.id;
}

async function createOffer(round: string, host: Letter, places: number, placesTaken: number, withdrawn = false) {
  const offer = await db.exchangeOffer.create({
    data: {
      roundId: round,
      hostLibraryId: library[host].id,
      title: `Luvutpaikka ${host} ${uniq()}`,
      startDate: day("2091-04-01"),
      endDate: day("2091-04-30"),
      places,
      placesTaken,
      withdrawnAt: withdrawn ? new Date() : null,
    },
    select: { id: true },
  });
  return offer.id;
}

/** An application by a new staff member of `from` (null: one without a library). */
async function createApplication(offerId: string, from: Letter | null, status: ExchangeApplicationStatus) {
  const [applicant] = await createUsers(db, 1, {
    librarySlug: from === null ? null : library[from].slug,
    prefix: `vluvut-${uniq()}`,
  });
  const accepted = status === "ACCEPTED" || status === "COMPLETED";
  await db.exchangeApplication.create({
    data: {
      offerId,
      applicantId: applicant!.id,
      fromLibraryId: applicant!.libraryId,
      status,
      preferredDates: [day("2091-04-10")],
      visitDate: accepted ? day("2091-04-10") : null,
    },
  });
}

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
  for (const [letter, where] of Object.entries(LIBRARIES) as [Letter, (typeof LIBRARIES)[Letter]][]) {
    library[letter] = await db.library.create({
      data: {
        slug: `luvut-${letter.toLowerCase()}-${key}`,
        name: nameOf(letter),
        municipality: where.municipality,
        region: where.region,
        consortium: where.region === "PIRKANMAA" ? "PIKI" : "KESKI",
      },
      select: { id: true, slug: true, name: true },
    });
  }
  for (const role of ["STAFF", "SUPERVISOR", "STEERING", "COORDINATOR", "ADMIN"] as Role[]) {
    people[role] = (
      await createUsers(db, 1, {
        roles: [role],
        librarySlug: library.A.slug,
        prefix: `vluvut-${role.toLowerCase()}-${key}`,
      })
    )[0]!;
  }
  roundId = await createRound("Luvutkierros");
  otherRoundId = await createRound("Toinen luvutkierros");

  const a = await createOffer(roundId, "A", 3, 2);
  await createApplication(a, "C", "ACCEPTED");
  await createApplication(a, "C", "COMPLETED");
  await createApplication(a, "D", "SUBMITTED");
  await createApplication(a, "B", "DECLINED");
  await createApplication(a, "E", "WITHDRAWN");

  const b = await createOffer(roundId, "B", 2, 1);
  await createApplication(b, "A", "COMPLETED");
  await createApplication(b, "D", "AWAITING_CONSENT");
  await createApplication(b, "F", "DECLINED");
  await createApplication(b, "C", "CLOSED");
  await createApplication(b, null, "SUBMITTED");

  // A withdrawn offer (C's only one) and its accepted application: left out everywhere.
  const withdrawn = await createOffer(roundId, "C", 4, 1, true);
  await createApplication(withdrawn, "D", "ACCEPTED");

  // Another round's offer and application: not this round's.
  const elsewhere = await createOffer(otherRoundId, "D", 5, 1);
  await createApplication(elsewhere, "A", "ACCEPTED");
});

afterAll(async () => {
  await db.exchangeRound.deleteMany({ where: { id: { in: [roundId, otherRoundId] } } });
  await removeCreated(db);
  await db.library.deleteMany({ where: { id: { in: Object.values(library).map((l) => l.id) } } });
  await db.$disconnect();
});

// Counted by hand from the rows above.
const TOTALS = {
  offers: 2,
  places: 5,
  applications: 9,
  awaiting: 3,
  accepted: 3,
  completed: 2,
  declined: 2,
  closed: 1,
  withdrawn: 1,
  hostLibraries: 2,
  hostMunicipalities: 1,
  visitorLibraries: 2,
  visitorMunicipalities: 2,
  libraries: 3,
  municipalities: 2,
};

const ROWS: Record<Letter, [number, number, number, number, number, number, number] | null> = {
  //   offers, places, received, acceptedAsHost, sent, visitorsAccepted, completed
  A: [1, 3, 4, 2, 1, 1, 1],
  B: [1, 2, 5, 1, 1, 0, 0],
  C: [0, 0, 0, 0, 3, 2, 1],
  D: [0, 0, 0, 0, 2, 0, 0],
  E: null,
  F: [0, 0, 0, 0, 1, 0, 0],
};

describe("the figures", () => {
  it("the whole round: offers not withdrawn, applications by status, hosts, visitors and the union", async () => {
    const figures = (await getRoundFigures(people.COORDINATOR, roundId))!;
    expect(figures.round).toMatchObject({ id: roundId, year: 2091, status: "OPEN" });
    expect(figures.totals).toEqual(TOTALS);
  });

  it("per library: hosts and senders (a library that only withdrew left out), by name", async () => {
    const { libraries } = (await getRoundFigures(people.ADMIN, roundId))!;
    const expected = (Object.entries(ROWS) as [Letter, (typeof ROWS)[Letter]][]).flatMap(([letter, row]) =>
      row === null
        ? []
        : [
            {
              libraryId: library[letter].id,
              name: nameOf(letter),
              municipality: LIBRARIES[letter].municipality,
              region: LIBRARIES[letter].region,
              offers: row[0],
              places: row[1],
              received: row[2],
              acceptedAsHost: row[3],
              sent: row[4],
              visitorsAccepted: row[5],
              completed: row[6],
            },
          ],
    );
    expect(libraries).toEqual(expected);
  });

  it("another round counts its own rows only", async () => {
    const other = (await getRoundFigures(people.COORDINATOR, otherRoundId))!;
    expect(other.totals).toMatchObject({ offers: 1, places: 5, applications: 1, accepted: 1, libraries: 2 });
    expect(other.libraries.map((r) => [r.name, r.offers, r.sent])).toEqual([
      [nameOf("A"), 0, 1],
      [nameOf("D"), 1, 0],
    ]);
  });

  it("a round without offers: zeros and no rows", async () => {
    const empty = await createRound("Tyhjä luvutkierros");
    const figures = (await getRoundFigures(people.COORDINATOR, empty))!;
    expect(Object.values(figures.totals).every((n) => n === 0)).toBe(true);
    expect(figures.libraries).toEqual([]);
    await db.exchangeRound.delete({ where: { id: empty } });
  });
});

const csvAs = (id: string, cookie?: string) =>
  getCsv(apiRequest("GET", `/api/exports/exchange-rounds/${id}/figures.csv`, { cookie }), routeParams({ roundId: id }));
const xlsxAs = (id: string, cookie?: string) =>
  getXlsx(
    apiRequest("GET", `/api/exports/exchange-rounds/${id}/figures.xlsx`, { cookie }),
    routeParams({ roundId: id }),
  );

describe("who may see them", () => {
  it("the data function: signed out 401, staff, supervisor and steering 403; an unknown round null", async () => {
    await expect(getRoundFigures(null, roundId)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    for (const role of ["STAFF", "SUPERVISOR", "STEERING"] as Role[]) {
      await expect(getRoundFigures(people[role], roundId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await getRoundFigures(people.COORDINATOR, "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await getRoundFigures(people.COORDINATOR, "nonsense")).toBeNull();
  });

  it("the downloads: 401 signed out, 403 staff, supervisor, steering; 404 unknown; 200 coordinator and admin", async () => {
    for (const get of [csvAs, xlsxAs]) {
      expect((await get(roundId)).status).toBe(401);
      for (const role of ["STAFF", "SUPERVISOR", "STEERING"] as Role[]) {
        expect((await get(roundId, await sessionCookie(db, people[role].id))).status, role).toBe(403);
      }
      for (const role of ["COORDINATOR", "ADMIN"] as Role[]) {
        expect((await get(roundId, await sessionCookie(db, people[role].id))).status, role).toBe(200);
      }
      const cookie = await sessionCookie(db, people.COORDINATOR.id);
      expect((await get("00000000-0000-4000-8000-000000000000", cookie)).status).toBe(404);
      expect((await get("nonsense", cookie)).status).toBe(404);
    }
  });
});

describe("the downloads", () => {
  const fileName = () => `tyon-varjostus-2091-${roundId.slice(0, 8)}`;

  it("the CSV is the per-library table for Finnish Excel", async () => {
    const res = await csvAs(roundId, await sessionCookie(db, people.COORDINATOR.id));
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="${fileName()}.csv"`);
    const lines = (await res.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe(
      "Kirjasto;Kunta;Alue;Vaihtopaikat;Vierailijapaikat;Saadut hakemukset;Hyväksytyt vastaanottajana;Lähetetyt hakemukset;Hyväksytyt vierailijana;Toteutuneet vierailijana",
    );
    expect(lines.slice(1)).toEqual([
      `${nameOf("A")};${LIBRARIES.A.municipality};Pirkanmaa;1;3;4;2;1;1;1`,
      `${nameOf("B")};${LIBRARIES.B.municipality};Pirkanmaa;1;2;5;1;1;0;0`,
      `${nameOf("C")};${LIBRARIES.C.municipality};Keski-Suomi;0;0;0;0;3;2;1`,
      `${nameOf("D")};${LIBRARIES.D.municipality};Keski-Suomi;0;0;0;0;2;0;0`,
      `${nameOf("F")};${LIBRARIES.F.municipality};Keski-Suomi;0;0;0;0;1;0;0`,
    ]);
  });

  it("the XLSX has a sheet for the whole round and one per library, with the data function's figures", async () => {
    const res = await xlsxAs(roundId, await sessionCookie(db, people.ADMIN.id));
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="${fileName()}.xlsx"`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Koko kierros", "Kirjastoittain"]);
    const values = (sheet: ExcelJS.Worksheet) =>
      (sheet.getSheetValues().filter(Boolean) as unknown[][]).map((row) => row.slice(1));
    const figures = (await getRoundFigures(people.ADMIN, roundId))!;

    const [totalsHeader, ...totals] = values(workbook.worksheets[0]!);
    expect(totalsHeader).toEqual(["Luku", "Määrä"]);
    const order = Object.keys(TOTALS) as (keyof typeof TOTALS)[];
    expect(totals.map((row) => row[1])).toEqual(order.map((k) => figures.totals[k]));
    expect(totals[0]).toEqual(["Vaihtopaikat", TOTALS.offers]);
    expect(totals.at(-1)).toEqual(["Kuntia mukana yhteensä", TOTALS.municipalities]);

    const [, ...perLibrary] = values(workbook.worksheets[1]!);
    expect(perLibrary).toEqual(
      figures.libraries.map((r) => [
        r.name,
        r.municipality,
        r.region === "PIRKANMAA" ? "Pirkanmaa" : "Keski-Suomi",
        r.offers,
        r.places,
        r.received,
        r.acceptedAsHost,
        r.sent,
        r.visitorsAccepted,
        r.completed,
      ]),
    );
  });
});
