// The Kirkanta import's pure part: reading a /v4/library response (zod, the
// region and type mapping, the main library) and planning field by field
// against the database's values and what the last import wrote.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  changeCount,
  formatReport,
  KirkantaFileError,
  parseKirkantaFile,
  planImport,
  readKirkanta,
  slugify,
  type CurrentLibrary,
  type CurrentServicePoint,
  type IncomingLibrary,
} from "@/lib/libraries/kirkanta";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "../fixtures/kirkanta", name), "utf8");
const first = readKirkanta(parseKirkantaFile(fixture("libraries.json")));
const later = readKirkanta(parseKirkantaFile(fixture("libraries-updated.json")));
const byId = (libraries: IncomingLibrary[], id: number) => libraries.find((l) => l.kirkantaId === id)!;

describe("parseKirkantaFile", () => {
  it("reads both fixtures", () => {
    expect(() => parseKirkantaFile(fixture("libraries.json"))).not.toThrow();
    expect(() => parseKirkantaFile(fixture("libraries-updated.json"))).not.toThrow();
  });

  it("says what is wrong with a file of the wrong shape, by path", () => {
    const error = catchError(() => parseKirkantaFile(fixture("malformed.json")));
    expect(error).toBeInstanceOf(KirkantaFileError);
    expect(error.message).toContain("items.0.id");
    expect(error.message).toContain("items.1.city");
    expect(error.message).toContain("references");
  });

  it("says when the file is not JSON", () => {
    const error = catchError(() => parseKirkantaFile(fixture("truncated.txt")));
    expect(error).toBeInstanceOf(KirkantaFileError);
    expect(error.message).toMatch(/^not JSON/);
  });

  it("refuses a library whose city is not among the references", () => {
    const file = JSON.parse(fixture("libraries.json")) as { items: { city: number }[] };
    file.items[0]!.city = 99999;
    expect(() => parseKirkantaFile(JSON.stringify(file))).toThrow(/items\.0\.city: city 99999/);
  });
});

describe("readKirkanta", () => {
  it("makes one library per municipality of the two regions, from its main library", () => {
    expect(
      first.libraries.map((l) => [l.kirkantaId, l.values.municipality, l.values.region, l.values.consortium]),
    ).toEqual([
      [85160, "Tampere", "PIRKANMAA", "PIKI"],
      [85300, "Jyväskylä", "KESKI_SUOMI", "KESKI"],
      [86725, "Kuhmoinen", "PIRKANMAA", "PIKI"],
    ]);
    expect(byId(first.libraries, 85160).values).toMatchObject({
      streetAddress: "Pirkankatu 2",
      postalCode: "33210",
      city: "Tampere",
      contactEmail: "kirjasto@tampere.fi",
      contactPhone: "+358 40 800 7800",
      website: "https://www.tampere.fi/kirjasto",
    });
  });

  it("maps the main library to MAIN, municipal branches to BRANCH, mobile libraries to BOOKMOBILE", () => {
    expect(byId(first.libraries, 85160).servicePoints.map((p) => [p.values.name, p.values.kind])).toEqual([
      ["Tampereen pääkirjasto Metso", "MAIN"],
      ["Hervannan kirjasto", "BRANCH"],
      ["Kirjastoauto", "BOOKMOBILE"],
    ]);
    expect(byId(first.libraries, 85160).servicePoints[1]!.values).toMatchObject({
      latitude: 61.45028,
      longitude: 23.85097,
    });
  });

  it("takes a status only from a pike-status customData entry", () => {
    const jyvaskyla = byId(first.libraries, 85300).servicePoints;
    expect(jyvaskyla[1]!.values.status).toBe("UNDER_REVIEW");
    expect("status" in jyvaskyla[0]!.values).toBe(false);
  });

  it("skips libraries outside Pirkanmaa and Keski-Suomi, and those that are not public libraries", () => {
    expect(first.skipped.map((s) => [s.kirkantaId, s.reason])).toEqual([
      [85163, "type university is not a public library's"],
      [84860, "Helsinki is outside Pirkanmaa and Keski-Suomi"],
    ]);
  });

  it("reads translatable fields in Finnish", () => {
    expect(byId(later.libraries, 85160).servicePoints[0]!.values.name).toBe("Tampereen pääkirjasto Metso");
  });

  it("skips a municipality whose main library is ambiguous", () => {
    const file = parseKirkantaFile(fixture("libraries.json"));
    for (const item of file.items) if (item.city === 15870) item.mainLibrary = false;
    const read = readKirkanta(file);
    expect(read.libraries.map((l) => l.values.municipality)).toEqual(["Jyväskylä", "Kuhmoinen"]);
    expect(read.skipped.filter((s) => s.reason === "Tampere has no main library in the file")).toHaveLength(3);
  });
});

function library(overrides: Partial<CurrentLibrary> = {}): CurrentLibrary {
  return {
    id: "lib-tampere",
    slug: "tampere",
    name: "Tampereen kaupunginkirjasto",
    kirkantaId: null,
    importedValues: null,
    municipality: "Tampere",
    region: "PIRKANMAA",
    consortium: "PIKI",
    streetAddress: null,
    postalCode: null,
    city: null,
    contactEmail: "kirjasto@tampere.fi",
    contactPhone: null,
    website: "https://www.tampere.fi/kirjasto",
    servicePoints: [],
    ...overrides,
  };
}

function point(overrides: Partial<CurrentServicePoint> = {}): CurrentServicePoint {
  return {
    id: "sp-main",
    libraryId: "lib-tampere",
    name: "Pääkirjasto Metso",
    kirkantaId: null,
    importedValues: null,
    kind: "MAIN",
    status: "OPEN",
    address: null,
    postalCode: null,
    city: null,
    email: null,
    phone: null,
    latitude: null,
    longitude: null,
    ...overrides,
  };
}

const tampereOnly = { libraries: [byId(first.libraries, 85160)], skipped: [] };

describe("planImport", () => {
  it("creates what is new, with a free slug, and all its service points", () => {
    const plan = planImport({ libraries: [byId(first.libraries, 86725)], skipped: [] }, [
      library({ slug: "kuhmoinen", municipality: "Kangasala" }),
    ]);
    expect(plan.libraries).toEqual([
      expect.objectContaining({ op: "create", kirkantaId: 86725, slug: "kuhmoinen-2", name: "Kuhmoisten kirjasto" }),
    ]);
    expect(plan.servicePoints).toEqual([expect.objectContaining({ op: "create", library: { kirkantaId: 86725 } })]);
    expect(plan.servicePoints[0]!.data.kind).toBe("MAIN");
    expect(changeCount(plan)).toBe(2);
  });

  it("links an existing library by municipality on the first import, filling empty fields only", () => {
    const plan = planImport(tampereOnly, [library({ contactEmail: "neuvonta@tampere.fi" })]);
    const step = plan.libraries[0]!;
    expect(step).toMatchObject({ op: "update", id: "lib-tampere", link: true });
    expect(step.op === "update" && step.changes.map((c) => c.field)).toEqual([
      "streetAddress",
      "postalCode",
      "city",
      "contactPhone",
    ]);
    // A value entered before any import is a hand edit: kept, reported.
    expect(plan.conflicts).toContainEqual(
      expect.objectContaining({
        entity: "library",
        field: "contactEmail",
        current: "neuvonta@tampere.fi",
        incoming: "kirjasto@tampere.fi",
      }),
    );
    expect(step.importedValues).not.toHaveProperty("contactEmail");
  });

  it("links the main library to the library's one MAIN point, other points by name", () => {
    const current = library({
      servicePoints: [point(), point({ id: "sp-auto", name: "Kirjastoauto", kind: "BOOKMOBILE" })],
    });
    const plan = planImport(tampereOnly, [current]);
    expect(plan.servicePoints.map((s) => [s.op, s.op === "update" ? s.id : s.data.name])).toEqual([
      ["update", "sp-main"],
      ["create", "Hervannan kirjasto"],
      ["update", "sp-auto"],
    ]);
  });

  it("changes nothing when the database holds what the file says", () => {
    const values = byId(first.libraries, 85160).values;
    const plan = planImport({ libraries: [{ ...byId(first.libraries, 85160), servicePoints: [] }], skipped: [] }, [
      library({ ...values, kirkantaId: 85160, importedValues: { ...values } }),
    ]);
    expect(plan.libraries).toEqual([]);
    expect(changeCount(plan)).toBe(0);
    expect(plan.unchanged).toBe(1);
  });

  it("updates a field still as imported; a field edited by hand since is a conflict and keeps its imported value", () => {
    const values = byId(first.libraries, 85160).values;
    const incoming = {
      ...byId(first.libraries, 85160),
      values: { ...values, contactPhone: "+358 40 800 7801", contactEmail: "uusi@tampere.fi" },
      servicePoints: [],
    };
    const plan = planImport({ libraries: [incoming], skipped: [] }, [
      library({ ...values, contactEmail: "kasin@tampere.fi", kirkantaId: 85160, importedValues: { ...values } }),
    ]);
    const step = plan.libraries[0]!;
    expect(step.op === "update" && step.changes).toEqual([
      { field: "contactPhone", from: "+358 40 800 7800", to: "+358 40 800 7801" },
    ]);
    expect(plan.conflicts).toEqual([
      expect.objectContaining({ field: "contactEmail", current: "kasin@tampere.fi", incoming: "uusi@tampere.fi" }),
    ]);
    expect(step.importedValues.contactEmail).toBe("kirjasto@tampere.fi");
    expect(step.importedValues.contactPhone).toBe("+358 40 800 7801");
  });

  it("records a hand edit that Kirkanta later agrees with as imported, without counting it a change", () => {
    const values = byId(first.libraries, 85160).values;
    const plan = planImport({ libraries: [{ ...byId(first.libraries, 85160), servicePoints: [] }], skipped: [] }, [
      library({ ...values, kirkantaId: 85160, importedValues: { ...values, contactPhone: "+358 3 000" } }),
    ]);
    expect(changeCount(plan)).toBe(0);
    expect(plan.libraries[0]).toMatchObject({
      op: "update",
      changes: [],
      importedValues: { contactPhone: "+358 40 800 7800" },
    });
  });

  it("leaves a value be when Kirkanta says nothing of a field it never imported", () => {
    const incoming = byId(first.libraries, 85160);
    const plan = planImport(
      { libraries: [{ ...incoming, values: { ...incoming.values, website: null } }], skipped: [] },
      [library()],
    );
    expect(plan.conflicts).toEqual([]);
    const step = plan.libraries[0]!;
    expect(step.op === "update" && step.changes.map((c) => c.field)).not.toContain("website");
    expect(step.importedValues).not.toHaveProperty("website");
  });

  it("plans a status change for a service point", () => {
    const halssila = byId(later.libraries, 85300).servicePoints.find((p) => p.kirkantaId === 85301)!;
    const imported = { ...halssila.values, status: "UNDER_REVIEW" };
    const plan = planImport(
      { libraries: [{ ...byId(later.libraries, 85300), servicePoints: [halssila] }], skipped: [] },
      [
        library({
          ...byId(later.libraries, 85300).values,
          id: "lib-jkl",
          kirkantaId: 85300,
          importedValues: { ...byId(later.libraries, 85300).values },
          servicePoints: [point({ ...imported, id: "sp-halssila", kirkantaId: 85301, importedValues: imported })],
        }),
      ],
    );
    expect(plan.servicePoints).toEqual([
      expect.objectContaining({
        op: "update",
        id: "sp-halssila",
        statusChange: { from: "UNDER_REVIEW", to: "CLOSED" },
      }),
    ]);
  });

  it("never plans a deletion: what the file does not name is not in the plan", () => {
    const plan = planImport({ libraries: [], skipped: [] }, [library()]);
    expect(plan).toEqual({ libraries: [], servicePoints: [], conflicts: [], skipped: [], unchanged: 0 });
  });

  it("reports in words, saying when it was a dry run", () => {
    const plan = planImport(tampereOnly, [library()]);
    const report = formatReport(plan, { dryRun: true });
    expect(report).toContain("~ library Tampereen kaupunginkirjasto (Kirkanta 85160) linked (dry run)");
    expect(report).toContain('    streetAddress: — → "Pirkankatu 2"');
    expect(report).toMatch(/Dry run, nothing written: would make 4 changes/);
  });
});

describe("slugify", () => {
  it("spells Finnish letters as the seed's slugs do", () => {
    expect(slugify("Mänttä-Vilppula")).toBe("mantta-vilppula");
    expect(slugify("Äänekoski")).toBe("aanekoski");
    expect(slugify("Hämeenkyrö")).toBe("hameenkyro");
  });
});

function catchError(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected an error");
}
