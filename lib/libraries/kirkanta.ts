// The Kirkanta import (npm run import:libraries), pure part: read a response
// of the national library directory's API v4 (`GET /v4/library` with
// `refs=city,consortium`), and plan what to create and update, field by field,
// against what the database holds. kirkanta-apply.ts loads the current state
// and writes the plan in one transaction. Why the rules are what they are:
// docs/decisions/0019-kirkanta-import.md.
import { z } from "zod";
import {
  Consortium,
  Region,
  ServicePointKind,
  ServicePointStatus,
  type Consortium as ConsortiumValue,
  type Region as RegionValue,
  type ServicePointKind as ServicePointKindValue,
  type ServicePointStatus as ServicePointStatusValue,
} from "@/lib/db/enums";

// ---------------------------------------------------------------------------
// The file

/** A translatable field: a plain string with `lang=fi`, else `{fi, sv, en, …}`. */
const translatable = z.union([z.string(), z.record(z.string(), z.string().nullable())]);
const optionalText = translatable.nullish();

const kirkantaLibrarySchema = z.object({
  id: z.number().int().positive(),
  name: translatable,
  type: z.string().min(1),
  mainLibrary: z.boolean().nullish(),
  city: z.number().int().positive(),
  consortium: z.number().int().positive().nullish(),
  address: z
    .object({ street: optionalText, zipcode: z.string().nullish(), city: optionalText, area: optionalText })
    .nullish(),
  coordinates: z.object({ lat: z.number(), lon: z.number() }).nullish(),
  primaryContactInfo: z
    .object({
      email: z.object({ email: z.string() }).nullish(),
      phoneNumber: z.object({ number: z.string() }).nullish(),
      homepage: z.object({ url: z.string() }).nullish(),
    })
    .nullish(),
  customData: z.array(z.object({ id: z.string().nullish(), value: translatable.nullish() })).nullish(),
});

const namedRef = z.object({ id: z.number().int().positive(), name: translatable, slug: optionalText });

const kirkantaFileSchema = z.object({
  type: z.literal("library"),
  total: z.number().int().nonnegative().nullish(),
  items: z.array(kirkantaLibrarySchema),
  references: z.object({
    city: z.record(z.string(), namedRef),
    consortium: z.record(z.string(), namedRef).optional(),
  }),
});

export type KirkantaFile = z.infer<typeof kirkantaFileSchema>;
type KirkantaLibrary = z.infer<typeof kirkantaLibrarySchema>;

/** The file is not JSON, or not a /v4/library response with refs=city. Nothing is written. */
export class KirkantaFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "KirkantaFileError";
  }
}

export function parseKirkantaFile(text: string): KirkantaFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new KirkantaFileError(`not JSON: ${(error as Error).message}`);
  }
  const parsed = kirkantaFileSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues
      .slice(0, 10)
      .map((issue) => `  ${issue.path.length ? issue.path.join(".") : "(root)"}: ${issue.message}`);
    const more = parsed.error.issues.length > 10 ? [`  … and ${parsed.error.issues.length - 10} more`] : [];
    throw new KirkantaFileError(
      ["not a Kirkanta /v4/library response (with refs=city,consortium):", ...lines, ...more].join("\n"),
    );
  }
  for (const [index, item] of parsed.data.items.entries()) {
    if (!parsed.data.references.city[String(item.city)]) {
      throw new KirkantaFileError(`items.${index}.city: city ${item.city} is not in references.city`);
    }
  }
  return parsed.data;
}

// ---------------------------------------------------------------------------
// From the file to what the network's tables hold

/** The two regions' municipalities (2021 onwards: Kuhmoinen belongs to Pirkanmaa). */
export const MUNICIPALITY_REGIONS: Readonly<Record<string, RegionValue>> = Object.fromEntries<RegionValue>([
  ...[
    "Akaa",
    "Hämeenkyrö",
    "Ikaalinen",
    "Juupajoki",
    "Kangasala",
    "Kihniö",
    "Kuhmoinen",
    "Lempäälä",
    "Mänttä-Vilppula",
    "Nokia",
    "Orivesi",
    "Parkano",
    "Pirkkala",
    "Punkalaidun",
    "Pälkäne",
    "Ruovesi",
    "Sastamala",
    "Tampere",
    "Urjala",
    "Valkeakoski",
    "Vesilahti",
    "Virrat",
    "Ylöjärvi",
  ].map((name): [string, RegionValue] => [name, Region.PIRKANMAA]),
  ...[
    "Hankasalmi",
    "Joutsa",
    "Jyväskylä",
    "Jämsä",
    "Kannonkoski",
    "Karstula",
    "Keuruu",
    "Kinnula",
    "Kivijärvi",
    "Konnevesi",
    "Kyyjärvi",
    "Laukaa",
    "Luhanka",
    "Multia",
    "Muurame",
    "Petäjävesi",
    "Pihtipudas",
    "Saarijärvi",
    "Toivakka",
    "Uurainen",
    "Viitasaari",
    "Äänekoski",
  ].map((name): [string, RegionValue] => [name, Region.KESKI_SUOMI]),
]);

/** Kirkanta's library types that are service points of a municipal library, and their kind here. */
const SERVICE_POINT_KINDS: Readonly<Record<string, ServicePointKindValue>> = {
  municipal: ServicePointKind.BRANCH,
  mobile: ServicePointKind.BOOKMOBILE,
  children: ServicePointKind.BRANCH,
  music: ServicePointKind.BRANCH,
  home_service: ServicePointKind.BRANCH,
  institutional: ServicePointKind.BRANCH,
};

/** customData entry (`with=customData`) through which a library states its service point's status. */
export const STATUS_CUSTOM_DATA_ID = "pike-status";
const STATUSES: Readonly<Record<string, ServicePointStatusValue>> = {
  open: ServicePointStatus.OPEN,
  under_review: ServicePointStatus.UNDER_REVIEW,
  renovation: ServicePointStatus.RENOVATION,
  closed: ServicePointStatus.CLOSED,
};

export const LIBRARY_FIELDS = [
  "municipality",
  "region",
  "consortium",
  "streetAddress",
  "postalCode",
  "city",
  "contactEmail",
  "contactPhone",
  "website",
] as const;
export const SERVICE_POINT_FIELDS = [
  "name",
  "kind",
  "status",
  "address",
  "postalCode",
  "city",
  "email",
  "phone",
  "latitude",
  "longitude",
] as const;

export type LibraryField = (typeof LIBRARY_FIELDS)[number];
export type ServicePointField = (typeof SERVICE_POINT_FIELDS)[number];
export type FieldValue = string | number | null;

export type IncomingServicePoint = {
  kirkantaId: number;
  /** Only the fields the file states: a status is imported only where the library gives one. */
  values: Partial<Record<ServicePointField, FieldValue>> & { name: string; kind: ServicePointKindValue };
};

export type IncomingLibrary = {
  kirkantaId: number;
  /** For a library created by the import; an existing library keeps its own name. */
  name: string;
  values: Record<LibraryField, FieldValue> & { municipality: string; region: RegionValue; consortium: ConsortiumValue };
  servicePoints: IncomingServicePoint[];
};

export type Skipped = { kirkantaId: number; name: string; reason: string };

function text(value: z.infer<typeof translatable> | null | undefined): string | null {
  if (value == null) return null;
  const raw = typeof value === "string" ? value : (value.fi ?? Object.values(value).find((v) => v) ?? null);
  const trimmed = raw?.trim();
  return trimmed ? trimmed : null;
}

function consortiumOf(file: KirkantaFile, id: number | null | undefined): ConsortiumValue {
  const ref = id == null ? undefined : file.references.consortium?.[String(id)];
  const key = `${text(ref?.slug) ?? ""} ${text(ref?.name) ?? ""}`.toLowerCase();
  if (/\bpiki\b/.test(key)) return Consortium.PIKI;
  if (/\bkeski\b/.test(key)) return Consortium.KESKI;
  return Consortium.OTHER;
}

function statusOf(item: KirkantaLibrary): ServicePointStatusValue | undefined {
  const entry = item.customData?.find((data) => data.id === STATUS_CUSTOM_DATA_ID);
  const value = text(entry?.value)?.toLowerCase();
  return value ? STATUSES[value] : undefined;
}

function servicePointOf(item: KirkantaLibrary, kind: ServicePointKindValue): IncomingServicePoint {
  const status = statusOf(item);
  return {
    kirkantaId: item.id,
    values: {
      name: text(item.name) ?? `Kirkanta ${item.id}`,
      kind,
      ...(status ? { status } : {}),
      address: text(item.address?.street),
      postalCode: item.address?.zipcode?.trim() || null,
      city: text(item.address?.city),
      email: item.primaryContactInfo?.email?.email.trim() || null,
      phone: item.primaryContactInfo?.phoneNumber?.number.trim() || null,
      latitude: item.coordinates?.lat ?? null,
      longitude: item.coordinates?.lon ?? null,
    },
  };
}

/**
 * The file as the network's libraries: one library per municipality, whose
 * main library (`mainLibrary: true`, or the only municipal library of the
 * city) gives the library's address and contacts and is its MAIN service
 * point; the city's other libraries are its service points. What is outside
 * Pirkanmaa and Keski-Suomi, or not a public library, is skipped.
 */
export function readKirkanta(file: KirkantaFile): { libraries: IncomingLibrary[]; skipped: Skipped[] } {
  const skipped: Skipped[] = [];
  const byCity = new Map<number, KirkantaLibrary[]>();
  for (const item of file.items) {
    const name = text(item.name) ?? `Kirkanta ${item.id}`;
    if (!SERVICE_POINT_KINDS[item.type]) {
      skipped.push({ kirkantaId: item.id, name, reason: `type ${item.type} is not a public library's` });
      continue;
    }
    const municipality = text(file.references.city[String(item.city)]!.name) ?? "";
    if (!MUNICIPALITY_REGIONS[municipality]) {
      skipped.push({ kirkantaId: item.id, name, reason: `${municipality} is outside Pirkanmaa and Keski-Suomi` });
      continue;
    }
    byCity.set(item.city, [...(byCity.get(item.city) ?? []), item]);
  }

  const libraries: IncomingLibrary[] = [];
  for (const [cityId, items] of byCity) {
    const municipality = text(file.references.city[String(cityId)]!.name)!;
    const flagged = items.filter((item) => item.mainLibrary === true);
    const municipal = items.filter((item) => item.type === "municipal");
    const main =
      flagged.length === 1 ? flagged[0] : flagged.length === 0 && municipal.length === 1 ? municipal[0] : null;
    if (!main) {
      for (const item of items) {
        skipped.push({
          kirkantaId: item.id,
          name: text(item.name) ?? `Kirkanta ${item.id}`,
          reason: `${municipality} has ${flagged.length === 0 ? "no" : "more than one"} main library in the file`,
        });
      }
      continue;
    }
    const mainPoint = servicePointOf(main, ServicePointKind.MAIN);
    libraries.push({
      kirkantaId: main.id,
      name: mainPoint.values.name,
      values: {
        municipality,
        region: MUNICIPALITY_REGIONS[municipality]!,
        consortium: consortiumOf(file, main.consortium),
        streetAddress: mainPoint.values.address ?? null,
        postalCode: mainPoint.values.postalCode ?? null,
        city: mainPoint.values.city ?? null,
        contactEmail: mainPoint.values.email ?? null,
        contactPhone: mainPoint.values.phone ?? null,
        website: text(main.primaryContactInfo?.homepage?.url),
      },
      servicePoints: [
        mainPoint,
        ...items.filter((item) => item !== main).map((item) => servicePointOf(item, SERVICE_POINT_KINDS[item.type]!)),
      ],
    });
  }
  return { libraries, skipped };
}

// ---------------------------------------------------------------------------
// The plan

export type ImportedValues = Record<string, FieldValue>;

export type CurrentServicePoint = {
  id: string;
  libraryId: string;
  name: string;
  kirkantaId: number | null;
  importedValues: ImportedValues | null;
} & Record<ServicePointField, FieldValue>;

export type CurrentLibrary = {
  id: string;
  slug: string;
  name: string;
  kirkantaId: number | null;
  importedValues: ImportedValues | null;
  servicePoints: CurrentServicePoint[];
} & Record<LibraryField, FieldValue>;

export type FieldChange = { field: string; from: FieldValue; to: FieldValue };
export type Conflict = {
  entity: "library" | "servicePoint";
  kirkantaId: number;
  label: string;
  field: string;
  /** The value in the database, edited by hand. */
  current: FieldValue;
  /** What the file says. */
  incoming: FieldValue;
};

type FieldOutcome = {
  /** Fields to write. */
  data: Record<string, FieldValue>;
  changes: FieldChange[];
  conflicts: { field: string; current: FieldValue; incoming: FieldValue }[];
  /** importedValues after the import (changed where the import wrote or the values agree). */
  importedValues: ImportedValues;
  importedValuesChanged: boolean;
};

export type LibraryStep =
  | {
      op: "create";
      kirkantaId: number;
      slug: string;
      name: string;
      data: Record<LibraryField, FieldValue>;
      importedValues: ImportedValues;
    }
  | {
      op: "update";
      id: string;
      kirkantaId: number;
      label: string;
      /** First import of a library that was in the network already. */
      link: boolean;
      data: Record<string, FieldValue>;
      changes: FieldChange[];
      importedValues: ImportedValues;
    };

export type ServicePointStep =
  | {
      op: "create";
      kirkantaId: number;
      /** An existing library's id, or the Kirkanta id of a library the plan creates. */
      library: { id: string } | { kirkantaId: number };
      libraryLabel: string;
      data: Record<ServicePointField, FieldValue> & { name: string };
      importedValues: ImportedValues;
    }
  | {
      op: "update";
      id: string;
      kirkantaId: number;
      label: string;
      link: boolean;
      data: Record<string, FieldValue>;
      changes: FieldChange[];
      importedValues: ImportedValues;
      statusChange: { from: ServicePointStatusValue; to: ServicePointStatusValue } | null;
    };

export type ImportPlan = {
  libraries: LibraryStep[];
  servicePoints: ServicePointStep[];
  conflicts: Conflict[];
  skipped: Skipped[];
  /** Records the file names and the database holds with the same values. */
  unchanged: number;
};

function isEmpty(value: FieldValue | undefined): boolean {
  return value === null || value === undefined || value === "";
}

/**
 * Field by field: a value equal to the database's is nothing to do; a
 * different one is written when the database still holds what the last import
 * wrote (or nothing, before the first import); otherwise someone edited the
 * field by hand, and it is a conflict: the database keeps the hand edit and
 * importedValues keeps what the import wrote last.
 */
function compareFields(
  fields: readonly string[],
  incoming: Record<string, FieldValue | undefined>,
  current: { readonly [field: string]: unknown },
  previous: ImportedValues | null,
): FieldOutcome {
  const outcome: FieldOutcome = {
    data: {},
    changes: [],
    conflicts: [],
    importedValues: { ...previous },
    importedValuesChanged: false,
  };
  for (const field of fields) {
    if (!(field in incoming)) continue;
    const to = incoming[field] ?? null;
    const now = (current[field] ?? null) as FieldValue;
    const had = previous !== null && field in previous;
    if (to === now) {
      if (!had || previous[field] !== to) {
        outcome.importedValues[field] = to;
        outcome.importedValuesChanged = true;
      }
      continue;
    }
    // Before a field's first import, Kirkanta saying nothing leaves the database's value be.
    if (!had && to === null) continue;
    const untouched = had ? previous[field] === now : isEmpty(now);
    if (untouched) {
      outcome.data[field] = to;
      outcome.changes.push({ field, from: now, to });
      outcome.importedValues[field] = to;
      outcome.importedValuesChanged = true;
    } else {
      outcome.conflicts.push({ field, current: now, incoming: to });
    }
  }
  return outcome;
}

export function slugify(value: string): string {
  return value
    .toLowerCase()
    .replace(/[åä]/g, "a")
    .replace(/ö/g, "o")
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function uniqueSlug(base: string, taken: Set<string>): string {
  const root = base || "kirjasto";
  let slug = root;
  for (let n = 2; taken.has(slug); n++) slug = `${root}-${n}`;
  taken.add(slug);
  return slug;
}

const sameText = (a: string, b: string) => a.localeCompare(b, "fi", { sensitivity: "accent" }) === 0;

/** The one element that matches, or nothing when none or several do. */
function only<T>(items: T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

/**
 * What the import would do. Libraries are matched by Kirkanta id, else (on
 * their first import) by municipality; service points by Kirkanta id, else
 * within their library by name, and the main library to the library's one
 * MAIN point. Nothing is ever deleted: what the file does not name stays.
 */
export function planImport(
  incoming: { libraries: IncomingLibrary[]; skipped: Skipped[] },
  current: CurrentLibrary[],
): ImportPlan {
  const plan: ImportPlan = {
    libraries: [],
    servicePoints: [],
    conflicts: [],
    skipped: [...incoming.skipped],
    unchanged: 0,
  };
  const slugs = new Set(current.map((library) => library.slug));
  const librariesByKirkanta = new Map(current.filter((l) => l.kirkantaId !== null).map((l) => [l.kirkantaId!, l]));
  const pointsByKirkanta = new Map(
    current
      .flatMap((l) => l.servicePoints)
      .filter((p) => p.kirkantaId !== null)
      .map((p) => [p.kirkantaId!, p]),
  );
  const claimedLibraries = new Set<string>();
  const claimedPoints = new Set<string>();

  for (const library of incoming.libraries) {
    let existing = librariesByKirkanta.get(library.kirkantaId);
    const link = !existing;
    existing ??= only(
      current.filter(
        (l) =>
          l.kirkantaId === null &&
          !claimedLibraries.has(l.id) &&
          sameText(l.municipality as string, library.values.municipality),
      ),
    );

    if (!existing) {
      plan.libraries.push({
        op: "create",
        kirkantaId: library.kirkantaId,
        slug: uniqueSlug(slugify(library.values.municipality), slugs),
        name: library.name,
        data: library.values,
        importedValues: { ...library.values },
      });
      for (const point of library.servicePoints) {
        const known = pointsByKirkanta.get(point.kirkantaId);
        if (known) {
          plan.skipped.push({
            kirkantaId: point.kirkantaId,
            name: point.values.name,
            reason: "belongs to another library here already",
          });
          continue;
        }
        plan.servicePoints.push(createPoint(point, { kirkantaId: library.kirkantaId }, library.name));
      }
      continue;
    }

    claimedLibraries.add(existing.id);
    const outcome = compareFields(LIBRARY_FIELDS, library.values, existing, existing.importedValues);
    for (const conflict of outcome.conflicts) {
      plan.conflicts.push({ entity: "library", kirkantaId: library.kirkantaId, label: existing.name, ...conflict });
    }
    if (link || outcome.changes.length > 0 || outcome.importedValuesChanged) {
      plan.libraries.push({
        op: "update",
        id: existing.id,
        kirkantaId: library.kirkantaId,
        label: existing.name,
        link,
        data: outcome.data,
        changes: outcome.changes,
        importedValues: outcome.importedValues,
      });
    }
    if (!link && outcome.changes.length === 0) plan.unchanged++;

    for (const point of library.servicePoints) {
      let known = pointsByKirkanta.get(point.kirkantaId);
      const linkPoint = !known;
      known ??=
        only(
          existing.servicePoints.filter(
            (p) => p.kirkantaId === null && !claimedPoints.has(p.id) && sameText(p.name, point.values.name),
          ),
        ) ??
        (point.values.kind === ServicePointKind.MAIN
          ? only(
              existing.servicePoints.filter(
                (p) => p.kirkantaId === null && !claimedPoints.has(p.id) && p.kind === ServicePointKind.MAIN,
              ),
            )
          : undefined);
      if (!known) {
        const clash = existing.servicePoints.find((p) => sameText(p.name, point.values.name));
        if (clash) {
          plan.skipped.push({
            kirkantaId: point.kirkantaId,
            name: point.values.name,
            reason: `${existing.name} has another service point of that name`,
          });
          continue;
        }
        plan.servicePoints.push(createPoint(point, { id: existing.id }, existing.name));
        continue;
      }
      claimedPoints.add(known.id);
      const pointOutcome = compareFields(SERVICE_POINT_FIELDS, point.values, known, known.importedValues);
      for (const conflict of pointOutcome.conflicts) {
        plan.conflicts.push({
          entity: "servicePoint",
          kirkantaId: point.kirkantaId,
          label: `${existing.name} / ${known.name}`,
          ...conflict,
        });
      }
      if (linkPoint || pointOutcome.changes.length > 0 || pointOutcome.importedValuesChanged) {
        const status = pointOutcome.changes.find((change) => change.field === "status");
        plan.servicePoints.push({
          op: "update",
          id: known.id,
          kirkantaId: point.kirkantaId,
          label: `${existing.name} / ${known.name}`,
          link: linkPoint,
          data: pointOutcome.data,
          changes: pointOutcome.changes,
          importedValues: pointOutcome.importedValues,
          statusChange: status
            ? { from: status.from as ServicePointStatusValue, to: status.to as ServicePointStatusValue }
            : null,
        });
      }
      if (!linkPoint && pointOutcome.changes.length === 0) plan.unchanged++;
    }
  }
  return plan;
}

function createPoint(
  point: IncomingServicePoint,
  library: { id: string } | { kirkantaId: number },
  libraryLabel: string,
): ServicePointStep {
  const data = {
    status: ServicePointStatus.OPEN,
    address: null,
    postalCode: null,
    city: null,
    email: null,
    phone: null,
    latitude: null,
    longitude: null,
    ...point.values,
  };
  return {
    op: "create",
    kirkantaId: point.kirkantaId,
    library,
    libraryLabel,
    data,
    importedValues: { ...point.values },
  };
}

/** Records the import creates, or whose fields or Kirkanta link it changes. */
export function changeCount(plan: ImportPlan): number {
  const counts = (step: { op: string; link?: boolean; changes?: FieldChange[] }) =>
    step.op === "create" || step.link === true || (step.changes?.length ?? 0) > 0;
  return plan.libraries.filter(counts).length + plan.servicePoints.filter(counts).length;
}

// ---------------------------------------------------------------------------
// The report

const show = (value: FieldValue) => (value === null ? "—" : typeof value === "string" ? `"${value}"` : String(value));

export function formatReport(plan: ImportPlan, options: { dryRun: boolean }): string {
  const lines: string[] = [];
  const say = (what: string) => (options.dryRun ? `${what} (dry run)` : what);
  for (const step of plan.libraries) {
    if (step.op === "create") {
      lines.push(say(`+ library ${step.name} (${step.data.municipality}, Kirkanta ${step.kirkantaId})`));
    } else if (step.link || step.changes.length > 0) {
      lines.push(say(`~ library ${step.label} (Kirkanta ${step.kirkantaId})${step.link ? " linked" : ""}`));
      for (const change of step.changes) lines.push(`    ${change.field}: ${show(change.from)} → ${show(change.to)}`);
    }
  }
  for (const step of plan.servicePoints) {
    if (step.op === "create") {
      lines.push(
        say(
          `+ service point ${step.libraryLabel} / ${step.data.name} (${step.data.kind}, Kirkanta ${step.kirkantaId})`,
        ),
      );
    } else if (step.link || step.changes.length > 0) {
      lines.push(say(`~ service point ${step.label} (Kirkanta ${step.kirkantaId})${step.link ? " linked" : ""}`));
      for (const change of step.changes) lines.push(`    ${change.field}: ${show(change.from)} → ${show(change.to)}`);
    }
  }
  for (const conflict of plan.conflicts) {
    lines.push(
      `! conflict: ${conflict.entity === "library" ? "library" : "service point"} ${conflict.label} (Kirkanta ${conflict.kirkantaId}) ${conflict.field}: edited by hand to ${show(conflict.current)}, Kirkanta has ${show(conflict.incoming)}; kept`,
    );
  }
  for (const skip of plan.skipped) lines.push(`- skipped ${skip.name} (Kirkanta ${skip.kirkantaId}): ${skip.reason}`);
  const created = plan.libraries.filter((s) => s.op === "create").length;
  const createdPoints = plan.servicePoints.filter((s) => s.op === "create").length;
  const changes = changeCount(plan);
  lines.push(
    `${options.dryRun ? "Dry run, nothing written: would make" : "Made"} ${changes} changes ` +
      `(${created} libraries and ${createdPoints} service points created, ${changes - created - createdPoints} updated); ` +
      `${plan.unchanged} unchanged, ${plan.conflicts.length} conflicts, ${plan.skipped.length} skipped.`,
  );
  return lines.join("\n");
}
