// Finnish full-text search across steering-group meetings. Visibility lives in
// the SQL: only meetings whose status the actor may see, and an agenda item's
// minutes only once the meeting has minutes (draft or approved).
import "server-only";
import { visibleMeetingStatuses, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
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
 * Hits best first. Each table is matched against its stored, GIN-indexed
 * "searchVector" — except agenda items of meetings without minutes: their
 * stored vector includes the minutes, so they are matched on a vector of the
 * title, body and presenter built on the fly (few meetings are in that state).
 */
export async function searchMeetings(
  actor: Actor | null,
  q: string,
  { limit = 30 }: { limit?: number } = {},
): Promise<SearchHit[]> {
  const statuses = visibleMeetingStatuses(actor);
  if (statuses.length === 0) return [];
  const rows = await db().$queryRaw<Row[]>`
    WITH query AS (
      SELECT regexp_replace(websearch_to_tsquery('finnish', ${q})::text, ${PREFIX_PATTERN}, ${PREFIX_REPLACEMENT}, 'g')::tsquery
        AS tsq
    ),
    visible AS (
      SELECT "id", "title", "startsAt", "status" IN ('MINUTES_DRAFT', 'MINUTES_APPROVED') AS "hasMinutes"
      FROM "Meeting"
      WHERE "status"::text = ANY(${statuses}::text[])
    ),
    matches AS (
      SELECT 'meeting' AS "kind", m."id" AS "meetingId", NULL::text AS "title", NULL::int AS "position",
             ts_rank(m."searchVector", query.tsq) AS "rank",
             concat_ws(E'\n', m."title", m."summary", m."location") AS "doc"
      FROM "Meeting" m JOIN visible v ON v."id" = m."id", query
      WHERE m."searchVector" @@ query.tsq
      UNION ALL
      SELECT CASE WHEN to_tsvector('finnish', coalesce(a."minutes", '')) @@ query.tsq THEN 'minutes' ELSE 'agendaItem' END,
             a."meetingId", a."title", a."position",
             ts_rank(a."searchVector", query.tsq),
             CASE WHEN to_tsvector('finnish', coalesce(a."minutes", '')) @@ query.tsq
                  THEN a."minutes" ELSE concat_ws(E'\n', a."title", a."body") END
      FROM "AgendaItem" a JOIN visible v ON v."id" = a."meetingId" AND v."hasMinutes", query
      WHERE a."searchVector" @@ query.tsq
      UNION ALL
      SELECT 'agendaItem', a."meetingId", a."title", a."position",
             ts_rank(agenda.vector, query.tsq),
             concat_ws(E'\n', a."title", a."body")
      FROM "AgendaItem" a JOIN visible v ON v."id" = a."meetingId" AND NOT v."hasMinutes"
      CROSS JOIN query
      CROSS JOIN LATERAL (
        SELECT setweight(to_tsvector('finnish', coalesce(a."title", '')), 'A') ||
               setweight(to_tsvector('finnish', coalesce(a."body", '')), 'B') ||
               setweight(to_tsvector('finnish', coalesce(a."presenterName", '')), 'C') AS vector
      ) agenda
      WHERE agenda.vector @@ query.tsq
      UNION ALL
      SELECT 'newsRound', u."meetingId", l."name", NULL,
             ts_rank(u."searchVector", query.tsq),
             concat_ws(E'\n', u."budget", u."staffing", u."projects", u."events", u."body")
      FROM "LibraryUpdate" u JOIN visible v ON v."id" = u."meetingId"
      JOIN "Library" l ON l."id" = u."libraryId", query
      WHERE u."submittedAt" IS NOT NULL AND u."searchVector" @@ query.tsq
      UNION ALL
      SELECT 'decision', d."meetingId", NULL, a."position",
             ts_rank(d."searchVector", query.tsq), d."text"
      FROM "Decision" d JOIN visible v ON v."id" = d."meetingId"
      LEFT JOIN "AgendaItem" a ON a."id" = d."agendaItemId", query
      WHERE d."searchVector" @@ query.tsq
      UNION ALL
      SELECT 'actionItem', ai."originMeetingId", ai."title", a."position",
             ts_rank(ai."searchVector", query.tsq),
             concat_ws(E'\n', ai."title", ai."description", ai."ownerName")
      FROM "ActionItem" ai JOIN visible v ON v."id" = ai."originMeetingId"
      LEFT JOIN "AgendaItem" a ON a."id" = ai."agendaItemId", query
      WHERE ai."searchVector" @@ query.tsq
    ),
    best AS (
      SELECT matches.*, v."title" AS "meetingTitle", v."startsAt" AS "meetingStartsAt"
      FROM matches JOIN visible v ON v."id" = matches."meetingId"
      ORDER BY matches."rank" DESC, v."startsAt" DESC, matches."position" NULLS LAST
      LIMIT ${limit}
    )
    -- Headlines are costly: only for the hits returned.
    SELECT best."kind", best."meetingId"::text AS "meetingId", best."meetingTitle", best."meetingStartsAt",
           best."title", best."position",
           ts_headline('finnish', translate(best."doc", ${MARK_START + MARK_STOP}, ''), query.tsq, ${HEADLINE_OPTIONS})
             AS "headline"
    FROM best, query
    ORDER BY best."rank" DESC, best."meetingStartsAt" DESC, best."position" NULLS LAST
  `;
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
