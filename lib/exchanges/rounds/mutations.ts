// Coordinators' rounds of job shadowing (issue 15 item 1, ADR 30): a round is
// drafted with its windows, then opened, closed and archived — forward only
// (rules.canMoveRound), one move at a time (the row is locked), audited. The
// public page shows rounds that are not drafts, so each change expires it.
import "server-only";
import { audit } from "@/lib/audit/mutations";
import { invalidating } from "@/lib/cache/invalidate";
import { EXCHANGES_TAG } from "@/lib/cache/tags";
import { type Actor, assertCan } from "@/lib/auth/policy";
import { db, type Db } from "@/lib/db";
import type { ExchangeRoundStatus } from "@/lib/db/enums";
import { isUniqueViolation } from "@/lib/http/db-errors";
import { fieldError } from "@/lib/http/errors";
import { canMoveRound } from "../rules";
import { createRoundSchema, moveRoundSchema } from "./schema";

type Options = { client?: Db };

const TX = { isolationLevel: "ReadCommitted", maxWait: 15_000, timeout: 30_000 } as const;

export type RoundState = { id: string; status: ExchangeRoundStatus };

async function createRoundUncached(actor: Actor | null, input: unknown, options: Options = {}): Promise<RoundState> {
  assertCan(actor, "exchange.manage");
  const values = createRoundSchema.parse(input);
  try {
    return await (options.client ?? db()).$transaction(async (tx) => {
      const round = await tx.exchangeRound.create({
        data: { ...values, description: values.description ?? null, status: "DRAFT" },
        select: { id: true, status: true },
      });
      await audit(
        tx,
        actor,
        "exchange.round.create",
        { type: "ExchangeRound", id: round.id },
        {
          summary: `${values.year}: ${values.title}`,
        },
      );
      return round;
    }, TX);
  } catch (error) {
    // (year, title) is unique: two rounds of one name in a year would be told apart by nobody.
    if (isUniqueViolation(error)) throw fieldError("title", "exchangeRounds.error.titleTaken", "CONFLICT");
    throw error;
  }
}

async function moveRoundUncached(actor: Actor | null, input: unknown, options: Options = {}): Promise<RoundState> {
  assertCan(actor, "exchange.manage");
  const { roundId, to } = moveRoundSchema.parse(input);
  return (options.client ?? db()).$transaction(async (tx) => {
    const [round] = await tx.$queryRaw<{ id: string; status: ExchangeRoundStatus }[]>`
      SELECT "id", "status" FROM "ExchangeRound" WHERE "id" = ${roundId}::uuid FOR UPDATE`;
    if (!round) throw fieldError("roundId", "exchangeRounds.error.unknownRound", "NOT_FOUND");
    if (!canMoveRound(round.status, to)) throw fieldError("roundId", `exchangeRounds.error.cannotMove`, "CONFLICT");
    await tx.exchangeRound.update({ where: { id: round.id }, data: { status: to } });
    await audit(
      tx,
      actor,
      "exchange.round.move",
      { type: "ExchangeRound", id: round.id },
      { before: { status: round.status }, after: { status: to } },
    );
    return { id: round.id, status: to };
  }, TX);
}

const exchangesPage = () => Promise.resolve([EXCHANGES_TAG]);
export const createRound = invalidating(createRoundUncached, exchangesPage);
export const moveRound = invalidating(moveRoundUncached, exchangesPage);
