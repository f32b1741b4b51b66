// The audit trail (AuditEvent): who changed what, when, with a before/after
// summary. Written inside the caller's transaction. A null actor is the
// system itself (e.g. npm run import:libraries).
import "server-only";
import type { Actor } from "@/lib/auth/policy";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";

export async function audit(
  tx: Tx,
  actor: Actor | null,
  action: string,
  entity: { type: string; id: string },
  details: { summary?: string; before?: unknown; after?: unknown } = {},
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: actor?.id ?? null,
      action,
      entityType: entity.type,
      entityId: entity.id,
      summary: details.summary,
      before: toJson(details.before),
      after: toJson(details.after),
    },
  });
}

/** Several events of one action in one statement (a batch of rows changed alike). */
export async function auditMany(
  tx: Tx,
  actor: Actor | null,
  action: string,
  events: readonly { entity: { type: string; id: string }; summary?: string; before?: unknown; after?: unknown }[],
): Promise<void> {
  if (events.length === 0) return;
  await tx.auditEvent.createMany({
    data: events.map((e) => ({
      actorId: actor?.id ?? null,
      action,
      entityType: e.entity.type,
      entityId: e.entity.id,
      summary: e.summary,
      before: toJson(e.before),
      after: toJson(e.after),
    })),
  });
}

/** Dates become ISO strings, undefined fields disappear: what JSON columns hold. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}
