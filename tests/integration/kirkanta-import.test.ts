// npm run import:libraries against the seeded database, as a story in order:
// a bad file and a failed write change nothing; a dry run writes nothing; the
// first import links the seeded libraries and creates what is new; a second
// run of the same file changes nothing; a later snapshot updates what is still
// as imported, reports hand edits as conflicts, records status changes, and
// deletes nothing. Then the CLI once, end to end.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { changeCount, KirkantaFileError, parseKirkantaFile, type ImportPlan } from "@/lib/libraries/kirkanta";
import { importLibraries } from "@/lib/libraries/kirkanta-apply";

const FIXTURES = path.join(import.meta.dirname, "../fixtures/kirkanta");
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");
const NOW = new Date("2026-12-04T10:00:00Z");
const LATER = new Date("2026-12-11T10:00:00Z");

let db: Db;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
});
afterAll(async () => {
  await db.$disconnect();
});

/** Every row of the tables the import may write, hashed: equal means nothing was written. */
async function fingerprint(): Promise<string> {
  const rows = await db.$queryRaw<{ tables: string }[]>`
    SELECT concat_ws('|',
      (SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY id), '')) FROM "Library" t),
      (SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY id), '')) FROM "ServicePoint" t),
      (SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY id), '')) FROM "ServicePointStatusChange" t),
      (SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY id), '')) FROM "AuditEvent" t)
    ) AS tables`;
  return rows[0]!.tables;
}

const run = (name: string, options: { dryRun?: boolean; now?: Date } = {}): Promise<ImportPlan> =>
  importLibraries(db, parseKirkantaFile(fixture(name)), { dryRun: options.dryRun ?? false, now: options.now ?? NOW });

const libraryBySlug = (slug: string) =>
  db.library.findUniqueOrThrow({ where: { slug }, include: { servicePoints: { orderBy: { sortOrder: "asc" } } } });

describe("Kirkanta import", () => {
  it("refuses a malformed file with a clear error and writes nothing", async () => {
    const before = await fingerprint();
    expect(() => parseKirkantaFile(fixture("truncated.txt"))).toThrow(KirkantaFileError);
    expect(() => parseKirkantaFile(fixture("malformed.json"))).toThrow(/items\.0\.id/);
    expect(await fingerprint()).toBe(before);
  });

  it("writes all or nothing: a write that fails midway leaves no trace", async () => {
    const before = await fingerprint();
    // The libraries are written first; this makes a later service point fail.
    await db.$executeRawUnsafe(
      `ALTER TABLE "ServicePoint" ADD CONSTRAINT kirkanta_test_refuse CHECK (name <> 'Hervannan kirjasto')`,
    );
    try {
      await expect(run("libraries.json")).rejects.toThrow(/kirkanta_test_refuse/);
    } finally {
      await db.$executeRawUnsafe(`ALTER TABLE "ServicePoint" DROP CONSTRAINT kirkanta_test_refuse`);
    }
    expect(await fingerprint()).toBe(before);
  });

  it("dry run: reports what would change and writes nothing", async () => {
    const before = await fingerprint();
    const plan = await run("libraries.json", { dryRun: true });
    expect(changeCount(plan)).toBeGreaterThan(0);
    expect(plan.libraries.map((s) => [s.op, s.kirkantaId])).toEqual([
      ["update", 85160],
      ["update", 85300],
      ["create", 86725],
    ]);
    expect(await fingerprint()).toBe(before);
  });

  it("first import: links the seeded libraries, creates the new ones, skips what is not the network's", async () => {
    const plan = await run("libraries.json");

    const tampere = await libraryBySlug("tampere");
    expect(tampere).toMatchObject({
      kirkantaId: 85160,
      name: "Tampereen kaupunginkirjasto",
      streetAddress: "Pirkankatu 2",
      postalCode: "33210",
      city: "Tampere",
      contactPhone: "+358 40 800 7800",
      importedAt: NOW,
    });
    expect(tampere.importedValues).toMatchObject({ streetAddress: "Pirkankatu 2", region: "PIRKANMAA" });
    const tamperePoints = tampere.servicePoints.map((p) => [p.name, p.kind, p.kirkantaId]);
    expect(tamperePoints).toEqual(
      expect.arrayContaining([
        ["Pääkirjasto Metso", "MAIN", 85160],
        ["Kirjastoauto", "BOOKMOBILE", 85162],
        ["Hervannan kirjasto", "BRANCH", 85161],
      ]),
    );
    const hervanta = tampere.servicePoints.find((p) => p.kirkantaId === 85161)!;
    expect(hervanta).toMatchObject({ latitude: 61.45028, longitude: 23.85097, email: "hervannan.kirjasto@tampere.fi" });

    const kuhmoinen = await libraryBySlug("kuhmoinen");
    expect(kuhmoinen).toMatchObject({
      kirkantaId: 86725,
      name: "Kuhmoisten kirjasto",
      municipality: "Kuhmoinen",
      region: "PIRKANMAA",
      consortium: "PIKI",
      website: "https://www.kuhmoinen.fi/kirjasto",
    });
    expect(kuhmoinen.servicePoints.map((p) => [p.name, p.kind, p.status])).toEqual([
      ["Kuhmoisten kirjasto", "MAIN", "OPEN"],
    ]);

    // Values entered before the first import that Kirkanta says otherwise: kept, reported.
    const jyvaskyla = await libraryBySlug("jyvaskyla");
    expect(jyvaskyla.contactEmail).toBe("kirjasto@jkl.fi");
    expect(plan.conflicts).toContainEqual(
      expect.objectContaining({
        entity: "library",
        kirkantaId: 85300,
        field: "contactEmail",
        incoming: "kirjasto@jyvaskyla.fi",
      }),
    );
    expect(plan.skipped.map((s) => s.kirkantaId)).toEqual([85163, 84860]);
    expect(await db.library.count({ where: { municipality: "Helsinki" } })).toBe(0);

    const audits = await db.auditEvent.findMany({ where: { action: { startsWith: "library.import" } } });
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining(["library.import.create", "library.import.update", "library.import"]),
    );
    expect(audits.every((a) => a.actorId === null)).toBe(true);
  });

  it("records a status the file gives in the service point's history", async () => {
    const halssila = await db.servicePoint.findUniqueOrThrow({
      where: { kirkantaId: 85301 },
      include: { statusChanges: true },
    });
    expect(halssila.status).toBe("UNDER_REVIEW");
    expect(halssila.statusChanges.map((c) => [c.fromStatus, c.toStatus])).toEqual([[null, "UNDER_REVIEW"]]);
  });

  it("unchanged: running the same file again changes nothing and writes nothing", async () => {
    const before = await fingerprint();
    const plan = await run("libraries.json", { now: LATER });
    expect(changeCount(plan)).toBe(0);
    expect(plan.libraries.filter((s) => s.op === "create")).toEqual([]);
    expect(plan.unchanged).toBeGreaterThan(0);
    expect(await fingerprint()).toBe(before);
  });

  it("a later snapshot updates what is as imported, keeps a hand edit as a conflict, and records the status change", async () => {
    // An admin corrects Tampere's phone by hand after the first import.
    await db.library.update({ where: { slug: "tampere" }, data: { contactPhone: "+358 3 5656 0000" } });

    const plan = await run("libraries-updated.json", { now: LATER });

    const tampere = await libraryBySlug("tampere");
    expect(tampere.contactPhone).toBe("+358 3 5656 0000");
    expect((tampere.importedValues as Record<string, unknown>).contactPhone).toBe("+358 40 800 7800");
    expect(plan.conflicts).toContainEqual({
      entity: "library",
      kirkantaId: 85160,
      label: "Tampereen kaupunginkirjasto",
      field: "contactPhone",
      current: "+358 3 5656 0000",
      incoming: "+358 40 800 7801",
    });
    // The main service point's phone was not edited by hand: updated.
    expect(tampere.servicePoints.find((p) => p.kirkantaId === 85160)!.phone).toBe("+358 40 800 7801");

    const kuhmoinen = await libraryBySlug("kuhmoinen");
    expect(kuhmoinen).toMatchObject({ streetAddress: "Toritie 14", importedAt: LATER });
    expect(kuhmoinen.servicePoints[0]!.address).toBe("Toritie 14");

    const kuokkala = await db.servicePoint.findUniqueOrThrow({
      where: { kirkantaId: 85302 },
      include: { library: true },
    });
    expect(kuokkala).toMatchObject({ name: "Kuokkalan kirjasto", kind: "BRANCH", status: "OPEN" });
    expect(kuokkala.library.slug).toBe("jyvaskyla");

    const halssila = await db.servicePoint.findUniqueOrThrow({
      where: { kirkantaId: 85301 },
      include: { statusChanges: { orderBy: { createdAt: "asc" } } },
    });
    expect(halssila.status).toBe("CLOSED");
    expect(
      halssila.statusChanges.map((c) => [c.fromStatus, c.toStatus, c.effectiveOn.toISOString().slice(0, 10)]),
    ).toEqual([
      [null, "UNDER_REVIEW", "2026-12-04"],
      ["UNDER_REVIEW", "CLOSED", "2026-12-11"],
    ]);
  });

  it("never deletes: a service point or library missing from the file stays", async () => {
    expect(await db.servicePoint.findUnique({ where: { kirkantaId: 85162 } })).not.toBeNull();
    expect(await db.library.findUnique({ where: { slug: "nokia" } })).not.toBeNull();
    expect(await db.servicePoint.count({ where: { name: "Halssila" } })).toBe(1);
  });

  it("the snapshot a second time: no changes, the conflict still reported", async () => {
    const before = await fingerprint();
    const plan = await run("libraries-updated.json", { now: LATER });
    expect(changeCount(plan)).toBe(0);
    expect(plan.conflicts.map((c) => c.field)).toContain("contactPhone");
    expect(await fingerprint()).toBe(before);
  });
});

describe("npm run import:libraries", () => {
  const exec = promisify(execFile);
  const cli = (...args: string[]) =>
    exec("npm", ["run", "-s", "import:libraries", "--", ...args], {
      cwd: path.join(import.meta.dirname, "../.."),
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    });

  it("prints the dry run's report and writes nothing", async () => {
    const before = await fingerprint();
    const { stdout } = await cli(path.join(FIXTURES, "libraries-updated.json"), "--dry-run");
    expect(stdout).toContain("Dry run, nothing written: would make 0 changes");
    expect(stdout).toContain(
      '! conflict: library Tampereen kaupunginkirjasto (Kirkanta 85160) contactPhone: edited by hand to "+358 3 5656 0000", Kirkanta has "+358 40 800 7801"; kept',
    );
    expect(stdout).toContain(
      "- skipped Pasilan kirjasto (Kirkanta 84860): Helsinki is outside Pirkanmaa and Keski-Suomi",
    );
    expect(await fingerprint()).toBe(before);
  }, 60_000);

  it("exits with 1 and a clear message on a malformed file", async () => {
    const failure = await cli(path.join(FIXTURES, "malformed.json")).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain("not a Kirkanta /v4/library response");
    expect(failure?.stderr).toContain("Nothing was written.");
  }, 60_000);
});
