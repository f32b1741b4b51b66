// Finnish full-text search across steering-group meetings. Visibility lives in
// the SQL: only meetings whose status the actor may see, and an agenda item's
// minutes only once the meeting has minutes (draft or approved).
import "server-only";
import { visibleMeetingStatuses, type Actor } from "@/lib/auth/policy";
import type { MeetingStatus } from "@/lib/db/enums";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import {
  MARK_START,
  MARK_STOP,
  searchHitHref,
  snippetSegments,
  type SearchHitKind,
  type SnippetSegment,
} from "./rules";

export type SearchHit = {
  kind: SearchHitKind;
  meetingId: string;
  meetingTitle: string;
  meetingStartsAt: Date;
  /** The agenda item's, action item's or library's name; null for decisions and meetings. */
  title: string | null;
  href: string;
  snippet: SnippetSegment[];
};

type Row = {
  kind: SearchHitKind;
  meetingId: string;
  meetingTitle: string;
  meetingStartsAt: Date;
  title: string | null;
  position: number | null;
  headline: string;
};

const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_STOP}, MaxFragments=2, MaxWords=25, MinWords=8, FragmentDelimiter=" … "`;

/**
 * Stems of four letters or more also match as prefixes: Finnish compounds put
 * the searched word first ("leikkaus" → "leikkausuhan"). Applied to the
 * text form of websearch_to_tsquery, whose lexemes are quoted with '' escapes.
 */
const PREFIX_PATTERN = "'((?:[^']|''){4,})'";
const PREFIX_REPLACEMENT = "'\\1':*";

/**
 * Hits best first, in two steps so that the cost stays near the cost of the
 * index scans however common the words are:
 * first every match is ranked on narrow rows (kind, meeting, row id, rank,
 * position) and only the best `limit` are kept; then those few rows are joined
 * to their text for the kind of minutes hits and the headline.
 *
 * Each table is matched against its stored, GIN-indexed "searchVector" —
 * except agenda items with minutes written in a meeting that has no minutes
 * yet: their stored vector includes those minutes, so they are matched on a
 * vector of the title, body and presenter built on the fly (few items are in
 * that state; for an item without minutes the two vectors are the same).
 *
 * Visibility is a join to "Meeting" on its status, compared as the enum (a
 * cast of the column would hide it from the planner's statistics), and the
 * query is written out where it is used rather than taken from a CTE, so that
 * the planner sees its words and estimates the matches.
 */
export async function searchMeetings(
  actor: Actor | null,
  q: string,
  { limit = 30 }: { limit?: number } = {},
): Promise<SearchHit[]> {
  return searchMeetingsOfStatuses(visibleMeetingStatuses(actor), q, { limit });
}

/**
 * The same for whoever sees meetings of these statuses: what a search finds
 * depends on nothing else, so lib/search/cached.ts keeps it per statuses and words.
 */
export async function searchMeetingsOfStatuses(
  statuses: readonly MeetingStatus[],
  q: string,
  { limit = 30 }: { limit?: number } = {},
): Promise<SearchHit[]> {
  if (statuses.length === 0) return [];
  const rows = await db().$queryRaw<Row[]>(searchStatement(statuses, q, limit));
  return rows.map((row) => ({
    kind: row.kind,
    meetingId: row.meetingId,
    meetingTitle: row.meetingTitle,
    meetingStartsAt: row.meetingStartsAt,
    title: row.title,
    href: searchHitHref(row.meetingId, row.kind, row.position),
    snippet: snippetSegments(row.headline),
  }));
}

/** The statement of searchMeetings; exported for the query-plan test. */
export function searchStatement(statuses: readonly MeetingStatus[], q: string, limit: number): Prisma.Sql {
  const tsq = Prisma.sql`regexp_replace(websearch_to_tsquery('finnish', ${q})::text, ${PREFIX_PATTERN}, ${PREFIX_REPLACEMENT}, 'g')::tsquery`;
  const visible = Prisma.sql`v."status" = ANY(${statuses}::"MeetingStatus"[])`;
  return Prisma.sql`
    WITH matches AS (
      SELECT 'meeting' AS "kind", v."id" AS "meetingId", v."id" AS "rowId", NULL::int AS "position",
             ts_rank(v."searchVector", ${tsq}) AS "rank"
      FROM "Meeting" v
      WHERE ${visible} AND v."searchVector" @@ ${tsq}
      UNION ALL
      SELECT 'agendaItem', a."meetingId", a."id", a."position", ts_rank(a."searchVector", ${tsq})
      FROM "AgendaItem" a JOIN "Meeting" v ON v."id" = a."meetingId" AND ${visible}
      WHERE a."searchVector" @@ ${tsq}
        AND (v."status" IN ('MINUTES_DRAFT', 'MINUTES_APPROVED') OR a."minutes" IS NULL)
      UNION ALL
      SELECT 'agendaItem', a."meetingId", a."id", a."position", ts_rank(agenda.vector, ${tsq})
      FROM "AgendaItem" a JOIN "Meeting" v ON v."id" = a."meetingId" AND ${visible}
        AND v."status" NOT IN ('MINUTES_DRAFT', 'MINUTES_APPROVED')
      CROSS JOIN LATERAL (
        SELECT setweight(to_tsvector('finnish', coalesce(a."title", '')), 'A') ||
               setweight(to_tsvector('finnish', coalesce(a."body", '')), 'B') ||
               setweight(to_tsvector('finnish', coalesce(a."presenterName", '')), 'C') AS vector
      ) agenda
      WHERE a."minutes" IS NOT NULL AND agenda.vector @@ ${tsq}
      UNION ALL
      SELECT 'newsRound', u."meetingId", u."id", NULL, ts_rank(u."searchVector", ${tsq})
      FROM "LibraryUpdate" u JOIN "Meeting" v ON v."id" = u."meetingId" AND ${visible}
      WHERE u."submittedAt" IS NOT NULL AND u."searchVector" @@ ${tsq}
      UNION ALL
      SELECT 'decision', d."meetingId", d."id", a."position", ts_rank(d."searchVector", ${tsq})
      FROM "Decision" d JOIN "Meeting" v ON v."id" = d."meetingId" AND ${visible}
      LEFT JOIN "AgendaItem" a ON a."id" = d."agendaItemId"
      WHERE d."searchVector" @@ ${tsq}
      UNION ALL
      SELECT 'actionItem', ai."originMeetingId", ai."id", a."position", ts_rank(ai."searchVector", ${tsq})
      FROM "ActionItem" ai JOIN "Meeting" v ON v."id" = ai."originMeetingId" AND ${visible}
      LEFT JOIN "AgendaItem" a ON a."id" = ai."agendaItemId"
      WHERE ai."searchVector" @@ ${tsq}
    ),
    best AS (
      SELECT matches.*, meeting."title" AS "meetingTitle", meeting."startsAt" AS "meetingStartsAt",
             meeting."status" IN ('MINUTES_DRAFT', 'MINUTES_APPROVED') AS "hasMinutes"
      FROM matches JOIN "Meeting" meeting ON meeting."id" = matches."meetingId"
      ORDER BY matches."rank" DESC, meeting."startsAt" DESC, matches."position" NULLS LAST
      LIMIT ${limit}
    )
    -- Text, the kind of agenda item hits, and headlines (costly): only for the hits returned.
    SELECT hit."kind", best."meetingId"::text AS "meetingId", best."meetingTitle", best."meetingStartsAt",
           hit."title", best."position",
           ts_headline('finnish', translate(hit."doc", ${MARK_START + MARK_STOP}, ''), ${tsq}, ${HEADLINE_OPTIONS})
             AS "headline"
    FROM best
    LEFT JOIN "Meeting" m ON best."kind" = 'meeting' AND m."id" = best."rowId"
    LEFT JOIN "AgendaItem" a ON best."kind" = 'agendaItem' AND a."id" = best."rowId"
    LEFT JOIN "LibraryUpdate" u ON best."kind" = 'newsRound' AND u."id" = best."rowId"
    LEFT JOIN "Library" l ON l."id" = u."libraryId"
    LEFT JOIN "Decision" d ON best."kind" = 'decision' AND d."id" = best."rowId"
    LEFT JOIN "ActionItem" ai ON best."kind" = 'actionItem' AND ai."id" = best."rowId"
    CROSS JOIN LATERAL (
      SELECT best."kind" = 'agendaItem' AND best."hasMinutes"
             AND to_tsvector('finnish', coalesce(a."minutes", '')) @@ ${tsq} AS "inMinutes"
    ) minutes
    CROSS JOIN LATERAL (
      SELECT CASE WHEN minutes."inMinutes" THEN 'minutes' ELSE best."kind" END AS "kind",
             CASE best."kind" WHEN 'agendaItem' THEN a."title" WHEN 'newsRound' THEN l."name"
                              WHEN 'actionItem' THEN ai."title" END AS "title",
             CASE best."kind"
               WHEN 'meeting' THEN concat_ws(E'\n', m."title", m."summary", m."location")
               WHEN 'agendaItem' THEN CASE WHEN minutes."inMinutes" THEN a."minutes"
                                           ELSE concat_ws(E'\n', a."title", a."body") END
               WHEN 'newsRound' THEN concat_ws(E'\n', u."budget", u."staffing", u."projects", u."events", u."body")
               WHEN 'decision' THEN d."text"
               WHEN 'actionItem' THEN concat_ws(E'\n', ai."title", ai."description", ai."ownerName")
             END AS "doc"
    ) hit
    ORDER BY best."rank" DESC, best."meetingStartsAt" DESC, best."position" NULLS LAST
  `;
}
