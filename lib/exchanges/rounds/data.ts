// The coordinators' list of rounds (issue 15 item 1): every round, drafts
// included, newest first, with its windows and how many offers and
// applications it has. Null for anyone who may not manage them.
import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { ExchangeRoundStatus } from "@/lib/db/enums";
import { roundSelect } from "../offers/data";

export type ManagedRound = {
  id: string;
  year: number;
  title: string;
  description: string | null;
  status: ExchangeRoundStatus;
  offerOpensAt: Date;
  offerClosesAt: Date;
  applicationOpensAt: Date;
  applicationClosesAt: Date;
  visitStartsOn: Date;
  visitEndsOn: Date;
  offers: number;
  applications: number;
};

export async function listManagedRounds(actor: Actor | null): Promise<ManagedRound[] | null> {
  if (!can(actor, "exchange.manage")) return null;
  const rounds = await db().exchangeRound.findMany({
    select: {
      ...roundSelect,
      _count: { select: { offers: { where: { withdrawnAt: null } } } },
    },
    orderBy: [{ year: "desc" }, { applicationOpensAt: "desc" }],
  });
  const ids = rounds.map((r) => r.id);
  const counts = await db().$queryRaw<{ roundId: string; applications: number }[]>`
    SELECT o."roundId", count(*)::int AS "applications"
      FROM "ExchangeApplication" a JOIN "ExchangeOffer" o ON o."id" = a."offerId"
     WHERE o."roundId" = ANY(${ids}::uuid[])
     GROUP BY o."roundId"`;
  const perRound = new Map(counts.map((c) => [c.roundId, c.applications]));
  return rounds.map(({ _count, ...round }) => ({
    ...round,
    offers: _count.offers,
    applications: perRound.get(round.id) ?? 0,
  }));
}
