// Editing a network's description and playbook (issue 14 item 2, ADR 29),
// built as the minutes are (lib/minutes/mutations.ts): the current text on
// Network.playbook and a revision (who, when, the text) in one transaction,
// audited. A save based on an older revision than the latest is refused, so
// no chair overwrites another's work unseen. Who may: the network's chair,
// decided from the actor's own membership read in the transaction, or a
// coordinator (canChairNetwork).
import "server-only";
import { audit } from "@/lib/audit/mutations";
import { invalidating } from "@/lib/cache/invalidate";
import { NETWORKS_TAG } from "@/lib/cache/tags";
import { type Actor, assertSignedIn, canChairNetwork } from "@/lib/auth/policy";
import { db, type Db } from "@/lib/db";
import type { MembershipRole, MembershipStatus } from "@/lib/db/enums";
import { AppError, fieldError } from "@/lib/http/errors";
import { isStaleBase, nextRevisionTime } from "@/lib/minutes/rules";
import { playbookSaveSchema } from "./schema";

type Options = { client?: Db };

export type PlaybookSaveResult = {
  /** False when neither the description nor the playbook changed: no revision, no audit. */
  changed: boolean;
  /** The latest revision after the save (the next save's base). */
  revisionId: string | null;
  slug: string;
};

/** Someone saved the playbook after the chair opened it; nothing was written. */
export class PlaybookConflictError extends AppError {
  constructor(readonly latestRevisionId: string) {
    super("CONFLICT", "The playbook was saved by someone else in the meantime.", {
      playbook: "networksPlaybook.error.conflict",
    });
    this.name = "PlaybookConflictError";
  }
}

async function savePlaybookUncached(
  actor: Actor | null,
  input: unknown,
  options: Options = {},
): Promise<PlaybookSaveResult> {
  assertSignedIn(actor);
  const values = playbookSaveSchema.parse(input);
  return (options.client ?? db()).$transaction(
    async (tx) => {
      // FOR UPDATE: two saves run one after the other, so the second sees the first's revision.
      const [network] = await tx.$queryRaw<
        { id: string; slug: string; description: string | null; playbook: string | null }[]
      >`SELECT "id", "slug", "description", "playbook" FROM "Network"
        WHERE "id" = ${values.networkId}::uuid AND "archivedAt" IS NULL FOR UPDATE`;
      if (!network) throw fieldError("networkId", "networks.error.unknownNetwork", "NOT_FOUND");
      const [own] = await tx.$queryRaw<{ role: MembershipRole; status: MembershipStatus }[]>`
        SELECT "role", "status" FROM "NetworkMembership"
        WHERE "networkId" = ${network.id}::uuid AND "userId" = ${actor.id}::uuid`;
      if (!canChairNetwork(actor, own ?? null)) {
        throw new AppError("FORBIDDEN", "Only the network's chair may edit its playbook.", {
          _: "networksPlaybook.error.forbidden",
        });
      }

      const latest = await tx.playbookRevision.findFirst({
        where: { networkId: network.id },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true, createdAt: true },
      });
      const description = values.description ?? null;
      const current = network.playbook ?? "";
      const playbookChanged = current !== values.playbook;
      const descriptionChanged = (network.description ?? null) !== description;
      if (!playbookChanged && !descriptionChanged) {
        return { changed: false, revisionId: latest?.id ?? null, slug: network.slug };
      }
      if (playbookChanged && isStaleBase(values.baseRevisionId, latest?.id ?? null)) {
        if (!latest) throw fieldError("baseRevisionId", "validation.invalid", "VALIDATION_FAILED");
        throw new PlaybookConflictError(latest.id);
      }

      await tx.network.update({
        where: { id: network.id },
        data: { description, playbook: values.playbook || null },
      });
      const revision = playbookChanged
        ? await tx.playbookRevision.create({
            data: {
              networkId: network.id,
              playbook: values.playbook,
              authorId: actor.id,
              createdAt: nextRevisionTime(latest?.createdAt ?? null),
            },
            select: { id: true },
          })
        : null;
      await audit(
        tx,
        actor,
        "network.playbook.save",
        { type: "Network", id: network.id },
        {
          summary: `Network ${network.slug}: ${[playbookChanged && "playbook", descriptionChanged && "description"].filter(Boolean).join(" and ")} saved`,
          before: { revisionId: latest?.id ?? null, length: current.length, description: network.description },
          after: { revisionId: revision?.id ?? latest?.id ?? null, length: values.playbook.length, description },
        },
      );
      return { changed: true, revisionId: revision?.id ?? latest?.id ?? null, slug: network.slug };
    },
    { isolationLevel: "ReadCommitted", maxWait: 15_000, timeout: 30_000 },
  );
}

// ───────────── Cache invalidation (ADR 17): the cached /verkostot list shows each network's
// description, chairs and active members, so every write that changes one of them expires it.
const networkList = () => Promise.resolve([NETWORKS_TAG]);
export const savePlaybook = invalidating(savePlaybookUncached, networkList);
