// Who sees what of the reports (issue 16), on real PostgreSQL and with no
// middleware in front: the coverage loader and API, its XLSX export, the annual
// figures (API and XLSX) and the feedback report, each called by eight
// callers — nobody signed in, staff of a member library, that library's
// supervisor, a supervisor with no library, a steering-group member (of a
// library, but no supervisor), a steering-group member who supervises another
// library, a coordinator and an admin. A supervisor's answer (JSON or
// workbook) names no library but their own, not even the other one of their
// own municipality, which is counted in the municipality's row. Nothing
// writes, whoever asks: the audit trail, the jobs, the sessions, the users and
// the libraries are the same after as before. The test names print the matrix.
//
// The pages (app/[locale]/raportit/**) are left to the e2e: no integration
// test here calls a page component, so there is no harness for one.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";
import { AppError } from "@/lib/http/errors";
import { createUsers, removeCreated, uniq } from "./enrolment-fixtures";
import { apiRequest, routeParams } from "./support/api";
import { sessionCookie } from "./support/session-cookie";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const { getCoverage } = await import("@/lib/coverage/data");
const { parseCoverageQuery } = await import("@/lib/coverage/schema");
const { getAnnualFigures } = await import("@/lib/coverage/annual/data");
const { getFeedbackReport } = await import("@/lib/feedback/report/data");
const { parseFeedbackReportQuery } = await import("@/lib/feedback/report/schema");
const { GET: coverageRoute } = await import("@/app/api/reports/coverage/route");
const { GET: coverageXlsx } = await import("@/app/api/exports/coverage/figures.xlsx/route");
const { GET: annualRoute } = await import("@/app/api/reports/annual/[year]/route");
const { GET: annualXlsx } = await import("@/app/api/exports/annual/[year]/figures.xlsx/route");
const { GET: feedbackRoute } = await import("@/app/api/reports/feedback/route");
type Report = Awaited<ReturnType<typeof getCoverage>>;

const CALLERS = [
  "signedOut",
  "staff",
  "supervisor",
  "supervisorNoLibrary",
  "steering",
  "steeringSupervisor",
  "coordinator",
  "admin",
] as const;
type Caller = (typeof CALLERS)[number];
type Person = Exclude<Caller, "signedOut">;

const LABEL: Record<Caller, string> = {
  signedOut: "signed out",
  staff: "STAFF of a library",
  supervisor: "SUPERVISOR of a library",
  supervisorNoLibrary: "SUPERVISOR without a library",
  steering: "STEERING",
  steeringSupervisor: "STEERING + SUPERVISOR of a library",
  coordinator: "COORDINATOR",
  admin: "ADMIN",
};

let db: Db;
const key = uniq();
const MUNICIPALITY = `Oikeuskunta ${key}`;
/** A and B share a municipality of their own: the supervisor and staff are A's, the supervising steering member B's. */
const library = {} as Record<"A" | "B", { id: string; name: string }>;
let everyLibrary: { id: string; name: string }[] = [];
const people = {} as Record<Person, Actor>;
const cookies = {} as Record<Person, string>;
/** The library whose row a caller may see, if any. */
const own: Partial<Record<Caller, "A" | "B">> = { supervisor: "A", steeringSupervisor: "B" };

const PERIOD = "from=2025-01-01&to=2025-12-31";
const YEAR = "2025";
const ALL = "all libraries + totals";
const OWN = "own library";
const TOTALS = "totals";
const OWN_TOTALS = "own library + totals";
const COVERAGE_SHEETS = "Yhteenveto, Kunnittain, Kirjastoittain, Vuosittain";
const ANNUAL_SHEETS = "Yhteenveto, Kuukausittain, Teemoittain, Alueittain";

const actorOf = (caller: Caller) => (caller === "signedOut" ? null : people[caller]);
const cookieOf = (caller: Caller) => (caller === "signedOut" ? undefined : cookies[caller]);

/** What the call came to: a label of what was seen, the code of the AppError, or the HTTP status. */
type Outcome = string;

async function outcomeOf(call: Promise<unknown>, seen: (value: never) => Outcome): Promise<Outcome> {
  try {
    return seen((await call) as never);
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

/** `rest` for every caller but those named. */
const matrix = (rest: Outcome, except: Partial<Record<Caller, Outcome>>) =>
  Object.fromEntries(CALLERS.map((caller) => [caller, except[caller] ?? rest])) as Record<Caller, Outcome>;

/** The libraries a caller may not see are nowhere in what they got: neither id nor name. */
function namesNoOther(text: string, caller: Caller) {
  const mine = own[caller] ? library[own[caller]].id : null;
  for (const other of everyLibrary.filter((l) => l.id !== mine)) {
    expect(text, other.name).not.toContain(other.id);
    expect(text, other.name).not.toContain(other.name);
  }
}

/** Which part of the coverage report the caller got, checked against what that part must hold. */
function scopeOf(report: Report, caller: Caller): Outcome {
  const ids = report.libraries.map((l) => l.libraryId);
  const totals = report.totals !== null && report.previousTotals !== null;
  if (ids.length === everyLibrary.length) {
    expect(ids.sort()).toEqual(everyLibrary.map((l) => l.id).sort());
    expect(report.municipalities.map((m) => m.municipality)).toContain(MUNICIPALITY);
    expect(report.totals?.libraries).toBe(everyLibrary.length);
    return totals ? ALL : "all libraries";
  }
  namesNoOther(JSON.stringify(report), caller);
  if (ids.length === 0) {
    expect(report.municipalities).toEqual([]);
    return totals ? TOTALS : "nothing";
  }
  expect(ids).toEqual([library[own[caller]!].id]);
  // The municipality's row counts both its libraries, and names neither.
  expect(report.municipalities).toMatchObject([{ municipality: MUNICIPALITY, libraries: 2 }]);
  return totals ? OWN_TOTALS : OWN;
}

const rowsOf = (sheet: ExcelJS.Worksheet) =>
  sheet
    .getSheetValues()
    .slice(2)
    .map((row) => (row as ExcelJS.CellValue[]).slice(1));

/** The status, and for a workbook its sheets. */
async function workbookOf(res: Response, check?: (book: ExcelJS.Workbook) => void): Promise<Outcome> {
  if (res.status !== 200) return String(res.status);
  expect(res.headers.get("content-type")).toContain("spreadsheetml");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  check?.(book);
  return `200 ${book.worksheets.map((w) => w.name).join(", ")}`;
}

const get = (path: string, caller: Caller) => apiRequest("GET", path, { cookie: cookieOf(caller) });

type Target = { name: string; run: (caller: Caller) => Promise<Outcome>; expected: Record<Caller, Outcome> };

const COVERAGE = {
  signedOut: "UNAUTHENTICATED",
  staff: "FORBIDDEN",
  supervisor: OWN,
  supervisorNoLibrary: "FORBIDDEN",
  steering: TOTALS,
  steeringSupervisor: OWN_TOTALS,
  coordinator: ALL,
  admin: ALL,
} satisfies Record<Caller, Outcome>;

const ANNUAL = matrix("allowed", {
  signedOut: "UNAUTHENTICATED",
  staff: "FORBIDDEN",
  supervisor: "FORBIDDEN",
  supervisorNoLibrary: "FORBIDDEN",
});

const TARGETS: Target[] = [
  {
    name: "getCoverage",
    run: (caller) =>
      outcomeOf(getCoverage(actorOf(caller), parseCoverageQuery(new URLSearchParams(PERIOD))), (report: Report) =>
        scopeOf(report, caller),
      ),
    expected: COVERAGE,
  },
  {
    name: "GET /api/reports/coverage",
    run: async (caller) => {
      const res = await coverageRoute(get(`/api/reports/coverage?${PERIOD}`, caller), {});
      if (res.status !== 200) return String(res.status);
      return `200 ${scopeOf((await res.json()) as Report, caller)}`;
    },
    expected: matrix("403", {
      signedOut: "401",
      supervisor: `200 ${OWN}`,
      steering: `200 ${TOTALS}`,
      steeringSupervisor: `200 ${OWN_TOTALS}`,
      coordinator: `200 ${ALL}`,
      admin: `200 ${ALL}`,
    }),
  },
  {
    name: "GET /api/exports/coverage/figures.xlsx",
    run: async (caller) =>
      workbookOf(await coverageXlsx(get(`/api/exports/coverage/figures.xlsx?${PERIOD}`, caller), {}), (book) => {
        const listed = book.getWorksheet("Kirjastoittain");
        const names = listed ? rowsOf(listed).map((cells) => cells[0]) : [];
        if (caller === "coordinator" || caller === "admin") {
          expect(names).toHaveLength(everyLibrary.length);
          return;
        }
        expect(names).toEqual(own[caller] ? [library[own[caller]].name] : []);
        namesNoOther(JSON.stringify(book.worksheets.map((sheet) => sheet.getSheetValues())), caller);
      }),
    expected: matrix("403", {
      signedOut: "401",
      supervisor: "200 Kunnittain, Kirjastoittain, Vuosittain",
      steering: "200 Yhteenveto, Vuosittain",
      steeringSupervisor: `200 ${COVERAGE_SHEETS}`,
      coordinator: `200 ${COVERAGE_SHEETS}`,
      admin: `200 ${COVERAGE_SHEETS}`,
    }),
  },
  {
    name: "getAnnualFigures",
    run: (caller) =>
      outcomeOf(getAnnualFigures(actorOf(caller), Number(YEAR)), (figures: { year: number }) => {
        expect(figures.year).toBe(Number(YEAR));
        return "allowed";
      }),
    expected: ANNUAL,
  },
  {
    name: "GET /api/reports/annual/[year]",
    run: async (caller) => {
      const res = await annualRoute(get(`/api/reports/annual/${YEAR}`, caller), routeParams({ year: YEAR }));
      if (res.status === 200) expect(((await res.json()) as { year: number }).year).toBe(Number(YEAR));
      return String(res.status);
    },
    expected: matrix("403", {
      signedOut: "401",
      steering: "200",
      steeringSupervisor: "200",
      coordinator: "200",
      admin: "200",
    }),
  },
  {
    name: "GET /api/exports/annual/[year]/figures.xlsx",
    run: async (caller) =>
      workbookOf(
        await annualXlsx(get(`/api/exports/annual/${YEAR}/figures.xlsx`, caller), routeParams({ year: YEAR })),
      ),
    expected: matrix("403", {
      signedOut: "401",
      steering: `200 ${ANNUAL_SHEETS}`,
      steeringSupervisor: `200 ${ANNUAL_SHEETS}`,
      coordinator: `200 ${ANNUAL_SHEETS}`,
      admin: `200 ${ANNUAL_SHEETS}`,
    }),
  },
  {
    name: "getFeedbackReport",
    run: (caller) =>
      outcomeOf(
        getFeedbackReport(actorOf(caller), parseFeedbackReportQuery(new URLSearchParams(`year=${YEAR}`))),
        (report: { year: number }) => {
          expect(report.year).toBe(Number(YEAR));
          return "allowed";
        },
      ),
    expected: matrix("FORBIDDEN", { signedOut: "UNAUTHENTICATED", coordinator: "allowed", admin: "allowed" }),
  },
  {
    name: "GET /api/reports/feedback",
    run: async (caller) => {
      const res = await feedbackRoute(get(`/api/reports/feedback?year=${YEAR}`, caller), {});
      if (res.status === 200) expect(((await res.json()) as { year: number }).year).toBe(Number(YEAR));
      return String(res.status);
    },
    expected: matrix("403", { signedOut: "401", coordinator: "200", admin: "200" }),
  },
];

/** What a read must leave alone (each test file has its own database, so the counts are this file's alone). */
async function snapshot() {
  const [audit, jobs, users, libraries, sessions] = await Promise.all([
    db.auditEvent.count(),
    db.job.count(),
    db.user.count(),
    db.library.findMany({ orderBy: { id: "asc" } }),
    db.session.findMany({ select: { sessionToken: true, expires: true }, orderBy: { sessionToken: "asc" } }),
  ]);
  return { audit, jobs, users, libraries, sessions };
}

const CASES = TARGETS.flatMap((target) =>
  CALLERS.map((caller) => ({
    title: `${target.name} × ${LABEL[caller]} → ${target.expected[caller]}`,
    target,
    caller,
  })),
);

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  for (const letter of ["A", "B"] as const) {
    library[letter] = await db.library.create({
      data: {
        slug: `oikeus-${letter.toLowerCase()}-${key}`,
        name: `Oikeuskirjasto ${letter} ${key}`,
        municipality: MUNICIPALITY,
        region: "PIRKANMAA",
        consortium: "PIKI",
      },
      select: { id: true, name: true },
    });
  }
  everyLibrary = await db.library.findMany({ select: { id: true, name: true } });
  const slug = (letter?: "A" | "B") => (letter ? `oikeus-${letter.toLowerCase()}-${key}` : null);
  const make = async (caller: Person, roles: Role[], librarySlug: string | null) => {
    people[caller] = (
      await createUsers(db, 1, { roles, librarySlug, prefix: `raportit-${caller.toLowerCase()}-${key}` })
    )[0]!;
    cookies[caller] = await sessionCookie(db, people[caller].id);
  };
  await make("staff", ["STAFF"], slug("A"));
  await make("supervisor", ["SUPERVISOR"], slug("A"));
  await make("supervisorNoLibrary", ["SUPERVISOR"], null);
  // Of library A, yet no supervisor: their library gives them no row of it.
  await make("steering", ["STEERING"], slug("A"));
  await make("steeringSupervisor", ["STEERING", "SUPERVISOR"], slug("B"));
  await make("coordinator", ["COORDINATOR"], "valkeakoski");
  await make("admin", ["ADMIN"], "valkeakoski");
});

afterAll(async () => {
  await removeCreated(db);
  await db.library.deleteMany({ where: { id: { in: [library.A.id, library.B.id] } } });
  await db.$disconnect();
});

describe("the reports' permission matrix", () => {
  it.each(CASES)("$title", async ({ target, caller }) => {
    const before = await snapshot();
    expect(await target.run(caller)).toBe(target.expected[caller]);
    expect(await snapshot()).toEqual(before);
  });
});
