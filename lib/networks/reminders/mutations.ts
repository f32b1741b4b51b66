// The stale join-request reminder (issue 14 item 1, ADR 29): a request
// pending for STALE_REQUEST_DAYS reminds the network's chairs once. The
// worker's periodic run marks the requests (reminderSentAt, set only where
// still NULL, so two workers never both take a request) and queues one mail
// per active chair of each network concerned; the mail lists that network's
// stale requests as they are when it is sent. A dedupe key per network, chair
// and day keeps two workers that took different requests of one network at
// the same moment from mailing a chair twice.
import "server-only";
import type { Db } from "@/lib/db";
import { helsinkiToday } from "@/lib/dates";
import { enqueue } from "@/lib/jobs/mutations";
import { STALE_REQUEST_DAYS } from "../rules";

const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 200;

export async function sendDueJoinRequestReminders(client: Db, now: Date = new Date()): Promise<{ sent: number }> {
  const staleBefore = new Date(now.getTime() - STALE_REQUEST_DAYS * DAY_MS);
  const day = helsinkiToday(now).toISOString().slice(0, 10);
  let sent = 0;
  for (;;) {
    const marked = await client.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ networkId: string }[]>`
        UPDATE "NetworkMembership" m SET "reminderSentAt" = ${now}
        WHERE (m."networkId", m."userId") IN (
          SELECT c."networkId", c."userId" FROM "NetworkMembership" c
          JOIN "Network" n ON n."id" = c."networkId"
          WHERE c."status" = 'PENDING' AND c."requestedAt" <= ${staleBefore}
            AND c."reminderSentAt" IS NULL AND n."archivedAt" IS NULL
          ORDER BY c."requestedAt", c."userId"
          LIMIT ${BATCH}
        )
        AND m."reminderSentAt" IS NULL
        RETURNING m."networkId"`;
      const networkIds = [...new Set(rows.map((r) => r.networkId))];
      const chairs = await tx.networkMembership.findMany({
        where: { networkId: { in: networkIds }, role: "CHAIR", status: "ACTIVE" },
        select: { networkId: true, userId: true },
      });
      for (const chair of chairs) {
        await enqueue(
          tx,
          "email.networkJoinRequestsStale",
          { networkId: chair.networkId, chairId: chair.userId },
          { dedupeKey: `network-stale:${chair.networkId}:${chair.userId}:${day}` },
        );
      }
      sent += chairs.length;
      return rows.length;
    });
    if (marked < BATCH) break;
  }
  return { sent };
}
