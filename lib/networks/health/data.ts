// The coordinators' view of every network's health (issue 14 item 3): who is
// in it from which library and region, joins and leaves this year, the last
// and next event, and two flags — no event for six months, and member
// libraries of a region with nobody in the network. Aggregated in SQL, four
// queries whatever the number of networks and members.
import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import { db, type Db } from "@/lib/db";
import type { Region } from "@/lib/db/enums";
import { helsinkiYear, helsinkiYearStart } from "@/lib/dates";

/** A network is flagged quiet when it has held no event for this long and has none ahead. */
export const QUIET_MONTHS = 6;

export type RegionCoverage = {
  region: Region;
  /** Member libraries of the region with at least one active member in the network. */
  librariesIn: number;
  libraries: number;
  members: number;
  /** Names of the region's libraries with nobody in the network, alphabetical. */
  missing: string[];
};

export type NetworkHealth = {
  id: string;
  slug: string;
  name: string;
  members: number;
  chairs: number;
  pending: number;
  joinedThisYear: number;
  leftThisYear: number;
  lastEvent: Date | null;
  nextEvent: Date | null;
  /** Active members by library, most first (libraryName null: people without a library). */
  byLibrary: { libraryName: string | null; region: Region | null; members: number }[];
  regions: RegionCoverage[];
  quiet: boolean;
  missingLibraries: boolean;
};

export type NetworkHealthView = { year: number; networks: NetworkHealth[] };

type Row = {
  id: string;
  slug: string;
  name: string;
  members: number;
  chairs: number;
  pending: number;
  joined: number;
  left: number;
  lastEvent: Date | null;
  nextEvent: Date | null;
};
type LibraryRow = { networkId: string; libraryName: string | null; region: Region | null; members: number };
type MissingRow = { networkId: string; region: Region; name: string };
type RegionTotal = { region: Region; libraries: number };

/** The health of every open network, for coordinators; null for anyone else. */
export async function getNetworkHealth(
  actor: Actor | null,
  options: { now?: Date; client?: Db } = {},
): Promise<NetworkHealthView | null> {
  if (!can(actor, "network.manage")) return null;
  const now = options.now ?? new Date();
  const client = options.client ?? db();
  const year = helsinkiYear(now);
  const yearStart = helsinkiYearStart(year);
  const quietSince = new Date(now);
  quietSince.setMonth(quietSince.getMonth() - QUIET_MONTHS);

  const [rows, libraries, missing, totals] = await Promise.all([
    client.$queryRaw<Row[]>`
      SELECT n."id", n."slug", n."name",
        count(m."userId") FILTER (WHERE m."status" = 'ACTIVE')::int AS "members",
        count(m."userId") FILTER (WHERE m."status" = 'ACTIVE' AND m."role" = 'CHAIR')::int AS "chairs",
        count(m."userId") FILTER (WHERE m."status" = 'PENDING')::int AS "pending",
        count(m."userId") FILTER (WHERE m."joinedAt" >= ${yearStart})::int AS "joined",
        count(m."userId") FILTER (WHERE m."status" = 'LEFT' AND m."leftAt" >= ${yearStart})::int AS "left",
        (SELECT max(s."startsAt") FROM "TrainingSession" s JOIN "Offering" o ON o."id" = s."offeringId"
          WHERE o."networkId" = n."id" AND s."status" = 'SCHEDULED' AND s."startsAt" < ${now}) AS "lastEvent",
        (SELECT min(s."startsAt") FROM "TrainingSession" s JOIN "Offering" o ON o."id" = s."offeringId"
          WHERE o."networkId" = n."id" AND s."status" = 'SCHEDULED' AND s."startsAt" >= ${now}) AS "nextEvent"
      FROM "Network" n
      LEFT JOIN "NetworkMembership" m ON m."networkId" = n."id"
      WHERE n."archivedAt" IS NULL
      GROUP BY n."id"
      ORDER BY n."sortOrder", n."name"`,
    client.$queryRaw<LibraryRow[]>`
      SELECT m."networkId", l."name" AS "libraryName", l."region", count(*)::int AS "members"
      FROM "NetworkMembership" m
      JOIN "User" u ON u."id" = m."userId"
      LEFT JOIN "Library" l ON l."id" = u."libraryId"
      WHERE m."status" = 'ACTIVE'
      GROUP BY m."networkId", l."id"
      ORDER BY count(*) DESC, l."name"`,
    client.$queryRaw<MissingRow[]>`
      SELECT n."id" AS "networkId", l."region", l."name"
      FROM "Network" n CROSS JOIN "Library" l
      WHERE n."archivedAt" IS NULL AND NOT EXISTS (
        SELECT 1 FROM "NetworkMembership" m JOIN "User" u ON u."id" = m."userId"
        WHERE m."networkId" = n."id" AND m."status" = 'ACTIVE' AND u."libraryId" = l."id")
      ORDER BY l."name"`,
    client.$queryRaw<RegionTotal[]>`
      SELECT "region", count(*)::int AS "libraries" FROM "Library" GROUP BY "region" ORDER BY "region"`,
  ]);

  const networks = rows.map((row): NetworkHealth => {
    const byLibrary = libraries
      .filter((l) => l.networkId === row.id)
      .map(({ libraryName, region, members }) => ({ libraryName, region, members }));
    const regions = totals.map(({ region, libraries: total }): RegionCoverage => {
      const gone = missing.filter((m) => m.networkId === row.id && m.region === region).map((m) => m.name);
      return {
        region,
        libraries: total,
        librariesIn: total - gone.length,
        members: byLibrary.filter((l) => l.region === region).reduce((sum, l) => sum + l.members, 0),
        missing: gone,
      };
    });
    const { joined, left, ...rest } = row;
    const heldLately = row.lastEvent !== null && row.lastEvent >= quietSince;
    return {
      ...rest,
      joinedThisYear: joined,
      leftThisYear: left,
      byLibrary,
      regions,
      quiet: !heldLately && row.nextEvent === null,
      missingLibraries: regions.some((r) => r.missing.length > 0),
    };
  });
  return { year, networks };
}
