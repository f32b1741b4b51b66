// The Kirkanta import, writing part: load the libraries and service points,
// plan (kirkanta.ts), and write the plan in one transaction, audited. A dry
// run plans the same way and writes nothing. Takes its client explicitly: the
// CLI (scripts/import-libraries.ts) runs outside the app.
import "server-only";
import { audit, auditMany } from "@/lib/audit/mutations";
import { helsinkiToday } from "@/lib/dates";
import type { Db, Tx } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import type { ServicePointStatus } from "@/lib/db/enums";
import {
  changeCount,
  planImport,
  readKirkanta,
  type CurrentLibrary,
  type ImportedValues,
  type ImportPlan,
  type KirkantaFile,
} from "./kirkanta";

const STATUS_NOTE = "Kirjastohakemisto (Kirkanta)";

export async function importLibraries(
  client: Db,
  file: KirkantaFile,
  options: { dryRun: boolean; now?: Date },
): Promise<ImportPlan> {
  const now = options.now ?? new Date();
  const incoming = readKirkanta(file);
  return client.$transaction(
    async (tx) => {
      const plan = planImport(incoming, await loadCurrent(tx));
      if (!options.dryRun) await writePlan(tx, plan, now);
      return plan;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}

async function loadCurrent(tx: Tx): Promise<CurrentLibrary[]> {
  const libraries = await tx.library.findMany({
    select: {
      id: true,
      slug: true,
      name: true,
      kirkantaId: true,
      importedValues: true,
      municipality: true,
      region: true,
      consortium: true,
      streetAddress: true,
      postalCode: true,
      city: true,
      contactEmail: true,
      contactPhone: true,
      website: true,
      servicePoints: {
        select: {
          id: true,
          libraryId: true,
          name: true,
          kirkantaId: true,
          importedValues: true,
          kind: true,
          status: true,
          address: true,
          postalCode: true,
          city: true,
          email: true,
          phone: true,
          latitude: true,
          longitude: true,
        },
        orderBy: { sortOrder: "asc" },
      },
    },
    orderBy: { slug: "asc" },
  });
  return libraries.map((library) => ({
    ...library,
    importedValues: library.importedValues as ImportedValues | null,
    servicePoints: library.servicePoints.map((point) => ({
      ...point,
      importedValues: point.importedValues as ImportedValues | null,
    })),
  }));
}

type AuditEntry = { entity: { type: string; id: string }; summary?: string; before?: unknown; after?: unknown };

async function writePlan(tx: Tx, plan: ImportPlan, now: Date): Promise<void> {
  const created: AuditEntry[] = [];
  const updated: AuditEntry[] = [];
  const createdPoints: AuditEntry[] = [];
  const updatedPoints: AuditEntry[] = [];
  const libraryIds = new Map<number, string>();
  const statusChanges: Prisma.ServicePointStatusChangeCreateManyInput[] = [];
  const today = helsinkiToday(now);

  for (const step of plan.libraries) {
    if (step.op === "create") {
      const library = await tx.library.create({
        data: {
          ...(step.data as Prisma.LibraryCreateInput),
          slug: step.slug,
          name: step.name,
          kirkantaId: step.kirkantaId,
          importedValues: step.importedValues,
          importedAt: now,
        },
        select: { id: true },
      });
      libraryIds.set(step.kirkantaId, library.id);
      created.push({ entity: { type: "Library", id: library.id }, summary: step.name, after: step.data });
      continue;
    }
    await tx.library.update({
      where: { id: step.id },
      data: {
        ...(step.data as Prisma.LibraryUpdateInput),
        kirkantaId: step.kirkantaId,
        importedValues: step.importedValues,
        importedAt: now,
      },
      select: { id: true },
    });
    if (step.link || step.changes.length > 0) {
      updated.push({
        entity: { type: "Library", id: step.id },
        summary: step.link ? `${step.label}: linked to Kirkanta ${step.kirkantaId}` : step.label,
        before: Object.fromEntries(step.changes.map((c) => [c.field, c.from])),
        after: Object.fromEntries(step.changes.map((c) => [c.field, c.to])),
      });
    }
  }

  const nextSortOrder = new Map<string, number>();
  for (const step of plan.servicePoints) {
    if (step.op === "create") {
      const libraryId = "id" in step.library ? step.library.id : libraryIds.get(step.library.kirkantaId)!;
      const sortOrder =
        nextSortOrder.get(libraryId) ??
        ((await tx.servicePoint.aggregate({ where: { libraryId }, _max: { sortOrder: true } }))._max.sortOrder ?? -1) +
          1;
      nextSortOrder.set(libraryId, sortOrder + 1);
      const point = await tx.servicePoint.create({
        data: {
          ...(step.data as Omit<Prisma.ServicePointUncheckedCreateInput, "libraryId">),
          libraryId,
          sortOrder,
          kirkantaId: step.kirkantaId,
          importedValues: step.importedValues,
          importedAt: now,
        },
        select: { id: true },
      });
      if ("status" in step.importedValues) {
        statusChanges.push({
          servicePointId: point.id,
          fromStatus: null,
          toStatus: step.data.status as ServicePointStatus,
          effectiveOn: today,
          note: STATUS_NOTE,
        });
      }
      createdPoints.push({
        entity: { type: "ServicePoint", id: point.id },
        summary: `${step.libraryLabel} / ${step.data.name}`,
        after: step.data,
      });
      continue;
    }
    await tx.servicePoint.update({
      where: { id: step.id },
      data: {
        ...(step.data as Prisma.ServicePointUpdateInput),
        kirkantaId: step.kirkantaId,
        importedValues: step.importedValues,
        importedAt: now,
      },
      select: { id: true },
    });
    if (step.statusChange) {
      statusChanges.push({
        servicePointId: step.id,
        fromStatus: step.statusChange.from,
        toStatus: step.statusChange.to,
        effectiveOn: today,
        note: STATUS_NOTE,
      });
    }
    if (step.link || step.changes.length > 0) {
      updatedPoints.push({
        entity: { type: "ServicePoint", id: step.id },
        summary: step.link ? `${step.label}: linked to Kirkanta ${step.kirkantaId}` : step.label,
        before: Object.fromEntries(step.changes.map((c) => [c.field, c.from])),
        after: Object.fromEntries(step.changes.map((c) => [c.field, c.to])),
      });
    }
  }

  if (statusChanges.length > 0) await tx.servicePointStatusChange.createMany({ data: statusChanges });
  await auditMany(tx, null, "library.import.create", created);
  await auditMany(tx, null, "library.import.update", updated);
  await auditMany(tx, null, "servicePoint.import.create", createdPoints);
  await auditMany(tx, null, "servicePoint.import.update", updatedPoints);
  if (changeCount(plan) > 0) {
    await audit(
      tx,
      null,
      "library.import",
      { type: "Import", id: "kirkanta" },
      {
        summary: `Kirkanta: ${changeCount(plan)} changes, ${plan.conflicts.length} conflicts, ${plan.skipped.length} skipped`,
        after: { conflicts: plan.conflicts, skipped: plan.skipped },
      },
    );
  }
}
