// Enqueueing jobs: always inside the caller's transaction (outbox), so a job
// exists exactly when the change that caused it was committed.
import "server-only";
import type { Tx } from "@/lib/db";
import type { JobName, JobPayloads } from "./names";

export type EnqueueOptions = {
  /** Not before this instant (e.g. a reminder two days before a session). */
  runAt?: Date;
  /** At most one job with this key ever exists; a second enqueue is a no-op. */
  dedupeKey?: string;
};

export async function enqueue<N extends JobName>(
  tx: Tx,
  name: N,
  payload: JobPayloads[N],
  options: EnqueueOptions = {},
): Promise<void> {
  if (options.dedupeKey) {
    await tx.job.upsert({
      where: { dedupeKey: options.dedupeKey },
      create: { name, payload, runAt: options.runAt, dedupeKey: options.dedupeKey },
      update: {},
    });
    return;
  }
  await tx.job.create({ data: { name, payload, runAt: options.runAt } });
}
