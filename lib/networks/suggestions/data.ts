// "Verkostot sinulle" (issue 14 item 1): the networks that fit a signed-in
// person they are not yet in (nor waiting for), for the cached /verkostot
// list to ask from the browser (ADR 17: nothing personal in a shared cache
// entry). A network fits by region — active members from libraries of the
// person's own region — and by interest — the themes of the network's events
// that are also themes of offerings the person enrolled in (not cancelled) or
// marked interesting. One SQL query; the ranking is below.
import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import { db, type Db } from "@/lib/db";
import type { Region } from "@/lib/db/enums";

/** At most this many suggestions: a short list is read, a long one is not. */
export const MAX_SUGGESTIONS = 3;

export type NetworkSuggestion = {
  slug: string;
  name: string;
  description: string | null;
  /** The person's library's region, when they have a library. */
  region: Region | null;
  /** Libraries of that region with active members in the network. */
  regionLibraries: number;
  /** Themes shared with the person's own enrolments and interests, in the themes' order. */
  themes: { fi: string; en: string }[];
};

type Row = Omit<NetworkSuggestion, "themes"> & { themes: { fi: string; en: string }[]; sortOrder: number };

/** Shared themes first, then more libraries of the region, then the networks' own order. */
export function rankSuggestions<T extends Pick<Row, "themes" | "regionLibraries" | "sortOrder" | "name">>(
  rows: T[],
  limit = MAX_SUGGESTIONS,
): T[] {
  return rows
    .filter((row) => row.themes.length > 0 || row.regionLibraries > 0)
    .sort(
      (a, b) =>
        b.themes.length - a.themes.length ||
        b.regionLibraries - a.regionLibraries ||
        a.sortOrder - b.sortOrder ||
        a.name.localeCompare(b.name, "fi"),
    )
    .slice(0, limit);
}

/** The networks suggested to this person; empty when signed out or when none fits. */
export async function suggestNetworks(
  actor: Actor | null,
  options: { client?: Db; limit?: number } = {},
): Promise<NetworkSuggestion[]> {
  const client = options.client ?? db();
  if (!actor || !can(actor, "network.requestJoin")) return [];
  const rows = await client.$queryRaw<Row[]>`
    WITH me AS (
      SELECT l."region" FROM "User" u LEFT JOIN "Library" l ON l."id" = u."libraryId" WHERE u."id" = ${actor.id}::uuid
    ),
    my_themes AS (
      SELECT ot."themeId" FROM "Enrolment" e
        JOIN "TrainingSession" s ON s."id" = e."sessionId"
        JOIN "OfferingTheme" ot ON ot."offeringId" = s."offeringId"
       WHERE e."userId" = ${actor.id}::uuid AND e."status" <> 'CANCELLED'
      UNION
      SELECT ot."themeId" FROM "Interest" i
        JOIN "OfferingTheme" ot ON ot."offeringId" = i."offeringId"
       WHERE i."userId" = ${actor.id}::uuid
    )
    SELECT n."slug", n."name", n."description", n."sortOrder", (SELECT "region" FROM me) AS "region",
      (SELECT count(DISTINCT u."libraryId")::int
         FROM "NetworkMembership" m
         JOIN "User" u ON u."id" = m."userId"
         JOIN "Library" l ON l."id" = u."libraryId"
        WHERE m."networkId" = n."id" AND m."status" = 'ACTIVE' AND l."region" = (SELECT "region" FROM me)
      ) AS "regionLibraries",
      COALESCE((
        SELECT json_agg(json_build_object('fi', t."nameFi", 'en', t."nameEn") ORDER BY t."sortOrder", t."nameFi")
          FROM "Theme" t
         WHERE t."id" IN (SELECT "themeId" FROM my_themes)
           AND EXISTS (
             SELECT 1 FROM "Offering" o JOIN "OfferingTheme" ot ON ot."offeringId" = o."id"
              WHERE o."networkId" = n."id" AND ot."themeId" = t."id")
      ), '[]'::json) AS "themes"
    FROM "Network" n
    WHERE n."archivedAt" IS NULL
      AND NOT EXISTS (
        SELECT 1 FROM "NetworkMembership" m
         WHERE m."networkId" = n."id" AND m."userId" = ${actor.id}::uuid AND m."status" IN ('ACTIVE', 'PENDING'))`;
  return rankSuggestions(rows, options.limit).map(({ sortOrder: _, ...suggestion }) => suggestion);
}
