// The audit trail (AuditEvent): who changed what, when, with a before/after
// summary. Written inside the caller's transaction.
import "server-only";
import type { Actor } from "@/lib/auth/policy";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";

export async function audit(
  tx: Tx,
  actor: Actor,
  action: string,
  entity: { type: string; id: string },
  details: { summary?: string; before?: unknown; after?: unknown } = {},
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: actor.id,
      action,
      entityType: entity.type,
      entityId: entity.id,
      summary: details.summary,
      before: toJson(details.before),
      after: toJson(details.after),
    },
  });
}

/** Dates become ISO strings, undefined fields disappear: what JSON columns hold. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}
