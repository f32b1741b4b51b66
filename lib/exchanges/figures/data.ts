// A job-shadowing round's figures for coordinators (issue 15 item 5), counted
// in SQL (two aggregates, never by looping over rows here). What counts:
// - offers: the round's offers not withdrawn; places: the sum of their places;
// - applications: every application to those offers except the withdrawn,
//   which are counted apart; awaiting = AWAITING_CONSENT + SUBMITTED;
//   accepted = ACCEPTED + COMPLETED (the places standing, ADR 30);
//   completed = COMPLETED; declined; closed (by a coordinator);
// - host libraries / municipalities: distinct ones with an offer; visitor
//   libraries / municipalities: the distinct libraries applied from (and
//   their municipalities) of accepted applications; involved: the union.
// Per library: a library with an offer or an application sent (withdrawn
// ones aside), with what it offered and received as host and what it sent.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { ExchangeRoundStatus, Region } from "@/lib/db/enums";
import { Prisma } from "@/lib/db/generated/client";
import { isUuid } from "@/lib/http/fields";

export type RoundHead = { id: string; year: number; title: string; status: ExchangeRoundStatus };

export type RoundTotals = {
  offers: number;
  places: number;
  applications: number;
  awaiting: number;
  accepted: number;
  completed: number;
  declined: number;
  closed: number;
  withdrawn: number;
  hostLibraries: number;
  hostMunicipalities: number;
  visitorLibraries: number;
  visitorMunicipalities: number;
  libraries: number;
  municipalities: number;
};

export type LibraryFigures = {
  libraryId: string;
  name: string;
  municipality: string;
  region: Region;
  offers: number;
  places: number;
  /** Applications to its offers, the withdrawn aside. */
  received: number;
  /** Of those, accepted (ACCEPTED + COMPLETED). */
  acceptedAsHost: number;
  /** Applications from it (fromLibrary), the withdrawn aside. */
  sent: number;
  /** Of those, accepted (ACCEPTED + COMPLETED). */
  visitorsAccepted: number;
  /** Of those, completed. */
  completed: number;
};

export type RoundFigures = { round: RoundHead; totals: RoundTotals; libraries: LibraryFigures[] };

/** The round's offers that stand (offers) and the applications to them (apps), as CTEs. */
const roundApplications = (roundId: string) => Prisma.sql`
  offers AS (
    SELECT o."id", o."hostLibraryId", o."places"
      FROM "ExchangeOffer" o
     WHERE o."roundId" = ${roundId}::uuid AND o."withdrawnAt" IS NULL
  ),
  apps AS (
    SELECT a."status", a."fromLibraryId", o."hostLibraryId",
           a."status" IN ('ACCEPTED', 'COMPLETED') AS "accepted"
      FROM "ExchangeApplication" a JOIN offers o ON o."id" = a."offerId"
  )`;

async function loadTotals(roundId: string): Promise<RoundTotals> {
  const [row] = await db().$queryRaw<RoundTotals[]>`
    WITH ${roundApplications(roundId)},
    hosts AS (SELECT DISTINCT "hostLibraryId" AS "libraryId" FROM offers),
    visitors AS (SELECT DISTINCT "fromLibraryId" AS "libraryId" FROM apps WHERE "accepted" AND "fromLibraryId" IS NOT NULL),
    involved AS (SELECT "libraryId" FROM hosts UNION SELECT "libraryId" FROM visitors)
    SELECT
      (SELECT count(*) FROM offers)::int AS "offers",
      (SELECT coalesce(sum("places"), 0) FROM offers)::int AS "places",
      (SELECT count(*) FILTER (WHERE "status" <> 'WITHDRAWN') FROM apps)::int AS "applications",
      (SELECT count(*) FILTER (WHERE "status" IN ('AWAITING_CONSENT', 'SUBMITTED')) FROM apps)::int AS "awaiting",
      (SELECT count(*) FILTER (WHERE "accepted") FROM apps)::int AS "accepted",
      (SELECT count(*) FILTER (WHERE "status" = 'COMPLETED') FROM apps)::int AS "completed",
      (SELECT count(*) FILTER (WHERE "status" = 'DECLINED') FROM apps)::int AS "declined",
      (SELECT count(*) FILTER (WHERE "status" = 'CLOSED') FROM apps)::int AS "closed",
      (SELECT count(*) FILTER (WHERE "status" = 'WITHDRAWN') FROM apps)::int AS "withdrawn",
      (SELECT count(*) FROM hosts)::int AS "hostLibraries",
      (SELECT count(DISTINCT l."municipality") FROM hosts h JOIN "Library" l ON l."id" = h."libraryId")::int
        AS "hostMunicipalities",
      (SELECT count(*) FROM visitors)::int AS "visitorLibraries",
      (SELECT count(DISTINCT l."municipality") FROM visitors v JOIN "Library" l ON l."id" = v."libraryId")::int
        AS "visitorMunicipalities",
      (SELECT count(*) FROM involved)::int AS "libraries",
      (SELECT count(DISTINCT l."municipality") FROM involved i JOIN "Library" l ON l."id" = i."libraryId")::int
        AS "municipalities"`;
  return row!;
}

async function loadLibraries(roundId: string): Promise<LibraryFigures[]> {
  return db().$queryRaw<LibraryFigures[]>`
    WITH ${roundApplications(roundId)},
    hosting AS (
      SELECT "hostLibraryId" AS "libraryId", count(*)::int AS "offers", sum("places")::int AS "places"
        FROM offers GROUP BY 1
    ),
    received AS (
      SELECT "hostLibraryId" AS "libraryId",
             count(*) FILTER (WHERE "status" <> 'WITHDRAWN')::int AS "received",
             count(*) FILTER (WHERE "accepted")::int AS "acceptedAsHost"
        FROM apps GROUP BY 1
    ),
    sent AS (
      SELECT "fromLibraryId" AS "libraryId",
             count(*) FILTER (WHERE "status" <> 'WITHDRAWN')::int AS "sent",
             count(*) FILTER (WHERE "accepted")::int AS "visitorsAccepted",
             count(*) FILTER (WHERE "status" = 'COMPLETED')::int AS "completed"
        FROM apps WHERE "fromLibraryId" IS NOT NULL GROUP BY 1
    )
    SELECT l."id" AS "libraryId", l."name", l."municipality", l."region",
           coalesce(h."offers", 0) AS "offers", coalesce(h."places", 0) AS "places",
           coalesce(r."received", 0) AS "received", coalesce(r."acceptedAsHost", 0) AS "acceptedAsHost",
           coalesce(s."sent", 0) AS "sent", coalesce(s."visitorsAccepted", 0) AS "visitorsAccepted",
           coalesce(s."completed", 0) AS "completed"
      FROM "Library" l
      LEFT JOIN hosting h ON h."libraryId" = l."id"
      LEFT JOIN received r ON r."libraryId" = l."id"
      LEFT JOIN sent s ON s."libraryId" = l."id"
     WHERE h."libraryId" IS NOT NULL OR s."sent" > 0
     ORDER BY l."name", l."id"`;
}

/**
 * One round's figures, drafts included. Coordinators and admins
 * (exchange.manage): 401/403 for anyone else; null for an unknown round.
 */
export async function getRoundFigures(actor: Actor | null, roundId: string): Promise<RoundFigures | null> {
  assertCan(actor, "exchange.manage");
  if (!isUuid(roundId)) return null;
  const round = await db().exchangeRound.findUnique({
    where: { id: roundId },
    select: { id: true, year: true, title: true, status: true },
  });
  if (!round) return null;
  const [totals, libraries] = await Promise.all([loadTotals(round.id), loadLibraries(round.id)]);
  return { round, totals, libraries };
}
