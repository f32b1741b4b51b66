// A network's roster export (issue 14 item 3) through its routes, with no
// middleware in front: the network's chair and coordinators get the active
// members (chairs first), a chair of another network and other staff a 404,
// the signed-out a 401; the XLSX opened with exceljs holds the CSV's rows.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";
import { createUsers, removeCreated, uniq } from "./enrolment-fixtures";
import { ORIGIN, request as current } from "./support/request";
import { sessionCookie } from "./support/session-cookie";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const { GET: getCsv } = await import("@/app/api/exports/networks/[slug]/roster.csv/route");
const { GET: getXlsx } = await import("@/app/api/exports/networks/[slug]/roster.xlsx/route");

let db: Db;
let chair: Actor;
let member: Actor;
let otherChair: Actor;
let staff: Actor;
let coordinator: Actor;
let network: { id: string; slug: string };
const networkIds: string[] = [];

async function person(role: Role, library: string, name: string): Promise<Actor> {
  const [user] = await createUsers(db, 1, { roles: [role], librarySlug: library, prefix: `roster-${uniq()}` });
  await db.user.update({ where: { id: user!.id }, data: { name } });
  return user!;
}

function request(path: string, cookie?: string) {
  const headers = new Headers({ host: "127.0.0.1:3000", origin: ORIGIN });
  if (cookie) headers.set("cookie", cookie);
  current.headers = headers;
  current.actor = null;
  return new Request(`${ORIGIN}${path}`, { method: "GET", headers });
}
const csvAs = async (slug: string, who?: Actor) =>
  getCsv(request(`/api/exports/networks/${slug}/roster.csv`, who && (await sessionCookie(db, who.id))), {
    params: Promise.resolve({ slug }),
  });
const xlsxAs = async (slug: string, who?: Actor) =>
  getXlsx(request(`/api/exports/networks/${slug}/roster.xlsx`, who && (await sessionCookie(db, who.id))), {
    params: Promise.resolve({ slug }),
  });

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
  chair = await person("STAFF", "tampere", "Pirjo Puheenjohtaja");
  member = await person("STAFF", "jyvaskyla", "Jaana Jäsen");
  otherChair = await person("STAFF", "valkeakoski", "Toinen Puheenjohtaja");
  staff = await person("STAFF", "valkeakoski", "Muu Työntekijä");
  coordinator = await person("COORDINATOR", "tampere", "Kaisa Koordinaattori");
  const left = await person("STAFF", "muurame", "Lähtenyt Jäsen");
  const pending = await person("STAFF", "muurame", "Odottava Pyytäjä");
  network = await db.network.create({
    data: {
      slug: `test-roster-${uniq()}`,
      name: "Jäsenluetteloverkosto",
      memberships: {
        create: [
          { userId: member.id, status: "ACTIVE", joinedAt: new Date("2026-03-02T10:00:00Z") },
          { userId: chair.id, role: "CHAIR", status: "ACTIVE", joinedAt: new Date("2025-01-15T10:00:00Z") },
          { userId: left.id, status: "LEFT", joinedAt: new Date("2025-01-15T10:00:00Z"), leftAt: new Date() },
          { userId: pending.id, status: "PENDING", requestedAt: new Date() },
        ],
      },
    },
    select: { id: true, slug: true },
  });
  const other = await db.network.create({
    data: {
      slug: `test-roster-other-${uniq()}`,
      name: "Toinen",
      memberships: { create: { userId: otherChair.id, role: "CHAIR", status: "ACTIVE" } },
    },
    select: { id: true },
  });
  networkIds.push(network.id, other.id);
});
afterAll(async () => {
  await db.network.deleteMany({ where: { id: { in: networkIds } } });
  await removeCreated(db);
  await db.$disconnect();
});

describe("the roster export", () => {
  it("who may: the chair and coordinators; a chair of another network, other staff and members 404; signed out 401", async () => {
    expect((await csvAs(network.slug, chair)).status).toBe(200);
    expect((await csvAs(network.slug, coordinator)).status).toBe(200);
    expect((await xlsxAs(network.slug, coordinator)).status).toBe(200);
    for (const who of [otherChair, staff, member]) {
      expect((await csvAs(network.slug, who)).status).toBe(404);
      expect((await xlsxAs(network.slug, who)).status).toBe(404);
    }
    expect((await csvAs(network.slug)).status).toBe(401);
    expect((await xlsxAs(network.slug)).status).toBe(401);
    expect((await csvAs("ei-ole-tallaista", coordinator)).status).toBe(404);
  });

  it("lists the active members, chairs first, and the XLSX holds the same rows", async () => {
    const csv = await csvAs(network.slug, chair);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe(`attachment; filename="verkosto-${network.slug}-jasenet.csv"`);
    const lines = (await csv.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("Nimi;Sähköposti;Kirjasto;Kunta;Rooli;Liittynyt");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^Pirjo Puheenjohtaja;roster-[^;]+;Tampereen kaupunginkirjasto;Tampere;Puheenjohtaja;/);
    expect(lines[2]).toMatch(/^Jaana Jäsen;[^;]+;[^;]*Jyväskylä[^;]*;Jyväskylä;Jäsen;/);
    expect(lines.join("\n")).not.toContain("Lähtenyt");
    expect(lines.join("\n")).not.toContain("Odottava");

    const xlsx = await xlsxAs(network.slug, chair);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const rows = (workbook.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][]).map((row) =>
      row.filter((cell) => cell !== undefined && cell !== null),
    );
    const names = rows.map((row) => row[0]);
    expect(names).toContain("Pirjo Puheenjohtaja");
    expect(names).toContain("Jaana Jäsen");
    expect(names.indexOf("Pirjo Puheenjohtaja")).toBeLessThan(names.indexOf("Jaana Jäsen"));
    expect(names).not.toContain("Lähtenyt Jäsen");
  });
});
