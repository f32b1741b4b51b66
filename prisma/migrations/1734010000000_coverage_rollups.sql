-- Up Migration
-- Issue 16, ADR 33: the coverage report's enrolment figures precomputed, so
-- that a dashboard request reads a few thousand summary rows instead of the
-- year's (or five years') enrolments. A participant counts when the enrolment
-- is CONFIRMED or ATTENDED and the session not CANCELLED; their library is
-- their library now (User.libraryId); the day is the session's Helsinki day.
--
-- - "CoverageDay": per Helsinki day and level (0 a library, key its id; 1 a
--   municipality, key 'REGION/Name'; 2 a region, key 'REGION'; 3 all, key ''):
--   participants and distinct sessions attended. A session lies on one day, so
--   both add up over days at every level; the levels keep "distinct sessions"
--   distinct across libraries.
-- - "CoverageLibraryYear": per library and Helsinki year, the distinct people
--   who took part (the trend line). A person has one library, so these add up
--   over libraries.
-- - "CoverageAttendee": per person and Helsinki year, the days they took part,
--   as a multirange: the distinct people of any period are those whose days
--   overlap it (a period within a year reads that year's rows only).
--
-- Statement triggers keep them exact in the writing transaction (a recount of
-- the days, library-years and people a statement touched, under transaction
-- advisory locks taken in order, so that two writers of the same month cannot
-- both count without the other; see coverage_writers_lock for the writes that
-- move what others count). `SET pike.coverage_rollup = off` skips them
-- for a bulk load, which then calls coverage_rebuild(). The rollups have no
-- foreign keys: a deleted session or person reaches them through the
-- enrolments its cascade deletes (and the session's own trigger for its day).
-- tests/integration/coverage-rollups.test.ts compares them with a rebuild
-- after every kind of change.
CREATE TABLE "CoverageDay" (
  "level" smallint NOT NULL CHECK ("level" BETWEEN 0 AND 3),
  "key" text COLLATE "C" NOT NULL,
  "day" date NOT NULL,
  "participants" integer NOT NULL,
  "sessions" integer NOT NULL,
  PRIMARY KEY ("level", "key", "day")
);
CREATE INDEX "CoverageDay_level_day_idx" ON "CoverageDay" ("level", "day") INCLUDE ("key", "participants", "sessions");

-- The same per calendar month (its first day), with the month's latest day:
-- a period's whole months are read here, only its partial months by day.
CREATE TABLE "CoverageMonth" (
  "level" smallint NOT NULL CHECK ("level" BETWEEN 0 AND 3),
  "key" text COLLATE "C" NOT NULL,
  "month" date NOT NULL,
  "participants" integer NOT NULL,
  "sessions" integer NOT NULL,
  "lastDay" date NOT NULL,
  PRIMARY KEY ("level", "key", "month")
);
CREATE INDEX "CoverageMonth_level_month_idx" ON "CoverageMonth" ("level", "month")
  INCLUDE ("key", "participants", "sessions", "lastDay");

CREATE TABLE "CoverageLibraryYear" (
  "year" integer NOT NULL,
  "libraryId" uuid NOT NULL,
  "people" integer NOT NULL,
  PRIMARY KEY ("year", "libraryId")
);

CREATE TABLE "CoverageAttendee" (
  "year" integer NOT NULL,
  "userId" uuid NOT NULL,
  "libraryId" uuid NOT NULL,
  "days" datemultirange NOT NULL,
  PRIMARY KEY ("year", "userId")
);
CREATE INDEX "CoverageAttendee_userId_idx" ON "CoverageAttendee" ("userId");

CREATE FUNCTION coverage_rollup_on() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('pike.coverage_rollup', true), '') <> 'off'
$$;

CREATE FUNCTION coverage_helsinki_day(ts timestamptz) RETURNS date LANGUAGE sql STABLE AS $$
  SELECT (ts AT TIME ZONE 'Europe/Helsinki')::date
$$;

CREATE FUNCTION coverage_helsinki_start(d date) RETURNS timestamptz LANGUAGE sql STABLE AS $$
  SELECT d::timestamp AT TIME ZONE 'Europe/Helsinki'
$$;

-- Enrolment writes share this lock; the rare writes that move what they
-- count (a session cancelled, moved or deleted, a person or a library moved)
-- take it alone, before they read anything, so that they see every enrolment
-- written before them and every enrolment written after them sees their change.
CREATE FUNCTION coverage_writers_lock(alone boolean) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF alone THEN
    PERFORM pg_advisory_xact_lock(16019, 0);
  ELSE
    PERFORM pg_advisory_xact_lock_shared(16019, 0);
  END IF;
END
$$;

-- The given days at every level, recounted from the enrolments.
CREATE FUNCTION coverage_recount_days(wanted date[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  m date;
  first timestamptz;
  last timestamptz;
  levels smallint[];
  keys text[];
  months date[];
BEGIN
  wanted := ARRAY(SELECT DISTINCT x FROM unnest(wanted) x WHERE x IS NOT NULL ORDER BY x);
  IF cardinality(wanted) = 0 THEN RETURN; END IF;
  -- A month's rows are written from its days', so the lock is per month.
  FOR m IN SELECT DISTINCT coverage_month_of(x) FROM unnest(wanted) x ORDER BY 1 LOOP
    PERFORM pg_advisory_xact_lock(16016, m - DATE '2000-01-01');
  END LOOP;
  -- The sessions between the first and the last day as a constant range, so
  -- that the planner expects a handful and looks people up by key.
  first := coverage_helsinki_start(wanted[1]);
  last := coverage_helsinki_start(wanted[cardinality(wanted)] + 1);
  -- Only the rows whose figures changed are written (one enrolment changes
  -- four of a day's hundreds); "level" is named so that the (level, day)
  -- index finds the day's rows.
  WITH fresh AS (
    SELECT CASE GROUPING(l."id", l."region", l."municipality") WHEN 0 THEN 0 WHEN 4 THEN 1 WHEN 5 THEN 2 ELSE 3 END::smallint AS "level",
           CASE GROUPING(l."id", l."region", l."municipality")
             WHEN 0 THEN l."id"::text
             WHEN 4 THEN l."region"::text || '/' || l."municipality"
             WHEN 5 THEN l."region"::text
             ELSE '' END AS "key",
           coverage_helsinki_day(s."startsAt") AS "day", count(*)::int AS "participants",
           count(DISTINCT e."sessionId")::int AS "sessions"
      FROM "TrainingSession" s
      JOIN "Enrolment" e ON e."sessionId" = s."id"
      JOIN "User" u ON u."id" = e."userId"
      JOIN "Library" l ON l."id" = u."libraryId"
     WHERE s."startsAt" >= first AND s."startsAt" < last AND coverage_helsinki_day(s."startsAt") = ANY (wanted)
       AND s."status" <> 'CANCELLED' AND e."status" IN ('CONFIRMED', 'ATTENDED')
     GROUP BY coverage_helsinki_day(s."startsAt"),
              GROUPING SETS ((l."id", l."region", l."municipality"), (l."region", l."municipality"), (l."region"), ())
  ),
  gone AS (
    DELETE FROM "CoverageDay" c
     WHERE c."level" = ANY ('{0,1,2,3}'::smallint[]) AND c."day" = ANY (wanted)
       AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f."level" = c."level" AND f."key" = c."key" AND f."day" = c."day")
    RETURNING c."level", c."key", c."day"
  ),
  written AS (
    INSERT INTO "CoverageDay" AS c ("level", "key", "day", "participants", "sessions")
    SELECT f."level", f."key", f."day", f."participants", f."sessions"
      FROM fresh f
      LEFT JOIN "CoverageDay" o ON o."level" = f."level" AND o."key" = f."key" AND o."day" = f."day"
     WHERE o."level" IS NULL OR (o."participants", o."sessions") IS DISTINCT FROM (f."participants", f."sessions")
    ON CONFLICT ("level", "key", "day") DO UPDATE
       SET "participants" = excluded."participants", "sessions" = excluded."sessions"
    RETURNING c."level", c."key", c."day"
  )
  SELECT array_agg(x."level"), array_agg(x."key"), array_agg(coverage_month_of(x."day"))
    INTO levels, keys, months
    FROM (SELECT * FROM gone UNION ALL SELECT * FROM written) x;
  IF levels IS NULL THEN RETURN; END IF;
  -- The months of the rows that changed, from their days.
  DELETE FROM "CoverageMonth" c USING unnest(levels, keys, months) AS t("level", "key", "month")
   WHERE c."level" = t."level" AND c."key" = t."key" AND c."month" = t."month";
  INSERT INTO "CoverageMonth" ("level", "key", "month", "participants", "sessions", "lastDay")
  SELECT t."level", t."key", t."month", sum(c."participants")::int, sum(c."sessions")::int, max(c."day")
    FROM (SELECT DISTINCT * FROM unnest(levels, keys, months) AS u("level", "key", "month")) t
    JOIN "CoverageDay" c ON c."level" = t."level" AND c."key" = t."key"
     AND c."day" >= t."month" AND c."day" < (t."month" + interval '1 month')::date
   GROUP BY t."level", t."key", t."month";
END
$$;

-- The given (library, year) pairs, recounted.
CREATE FUNCTION coverage_recount_library_years(libs uuid[], years integer[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  pair record;
BEGIN
  FOR pair IN SELECT DISTINCT p.lib, p.yr FROM unnest(libs, years) AS p(lib, yr)
               WHERE p.lib IS NOT NULL AND p.yr IS NOT NULL ORDER BY 1, 2 LOOP
    PERFORM pg_advisory_xact_lock(16017, hashtext(pair.lib::text || '/' || pair.yr));
  END LOOP;
  DELETE FROM "CoverageLibraryYear" c USING unnest(libs, years) AS p(lib, yr)
   WHERE c."libraryId" = p.lib AND c."year" = p.yr;
  INSERT INTO "CoverageLibraryYear" ("year", "libraryId", "people")
  SELECT p.yr, p.lib, count(DISTINCT e."userId")::int
    FROM (SELECT DISTINCT lib, yr FROM unnest(libs, years) AS q(lib, yr) WHERE lib IS NOT NULL AND yr IS NOT NULL) p
    JOIN "User" u ON u."libraryId" = p.lib
    JOIN "Enrolment" e ON e."userId" = u."id" AND e."status" IN ('CONFIRMED', 'ATTENDED')
    JOIN "TrainingSession" s ON s."id" = e."sessionId" AND s."status" <> 'CANCELLED'
     AND s."startsAt" >= coverage_helsinki_start(make_date(p.yr, 1, 1))
     AND s."startsAt" < coverage_helsinki_start(make_date(p.yr + 1, 1, 1))
   GROUP BY p.yr, p.lib;
END
$$;

-- The given people's days (and library), recounted.
CREATE FUNCTION coverage_recount_people(people uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  person uuid;
BEGIN
  people := ARRAY(SELECT DISTINCT x FROM unnest(people) x WHERE x IS NOT NULL ORDER BY x);
  IF cardinality(people) = 0 THEN RETURN; END IF;
  FOREACH person IN ARRAY people LOOP
    PERFORM pg_advisory_xact_lock(16018, hashtext(person::text));
  END LOOP;
  DELETE FROM "CoverageAttendee" WHERE "userId" = ANY (people);
  INSERT INTO "CoverageAttendee" ("year", "userId", "libraryId", "days")
  SELECT extract(year FROM coverage_helsinki_day(s."startsAt"))::int, u."id", u."libraryId",
         range_agg(daterange(coverage_helsinki_day(s."startsAt"), coverage_helsinki_day(s."startsAt"), '[]'))
    FROM "User" u
    JOIN "Enrolment" e ON e."userId" = u."id" AND e."status" IN ('CONFIRMED', 'ATTENDED')
    JOIN "TrainingSession" s ON s."id" = e."sessionId" AND s."status" <> 'CANCELLED'
   WHERE u."id" = ANY (people) AND u."libraryId" IS NOT NULL
   GROUP BY 1, u."id", u."libraryId";
END
$$;

-- Everything a set of changed (session, person) participations touches. Where
-- the session or the person no longer exists (deleted, with its enrolments by
-- cascade), their day or library is read from the person's days as they were.
CREATE FUNCTION coverage_touch(sessions uuid[], people uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  days date[];
  libs uuid[];
  years integer[];
BEGIN
  PERFORM coverage_writers_lock(FALSE);
  WITH p AS (SELECT * FROM unnest(sessions, people) AS p("sessionId", "userId")),
  known AS (
    SELECT coverage_helsinki_day(s."startsAt") AS "day", u."libraryId"
      FROM p JOIN "TrainingSession" s ON s."id" = p."sessionId" LEFT JOIN "User" u ON u."id" = p."userId"
  ),
  -- A session gone: its day is recounted by the session's own trigger; the person's years are not known, so all of them.
  -- A person gone: every day and year they had, in the library they had.
  gone AS (
    SELECT d."day", a."libraryId", (s."id" IS NULL) AS "sessionGone", (u."id" IS NULL) AS "personGone"
      FROM p
      LEFT JOIN "TrainingSession" s ON s."id" = p."sessionId"
      LEFT JOIN "User" u ON u."id" = p."userId"
      JOIN "CoverageAttendee" a ON a."userId" = p."userId"
      CROSS JOIN LATERAL unnest(a."days") AS r("range")
      CROSS JOIN LATERAL generate_series(lower(r."range")::timestamp, (upper(r."range") - 1)::timestamp, interval '1 day') AS d("day")
     WHERE s."id" IS NULL OR u."id" IS NULL
  ),
  affected AS (
    SELECT "day", "libraryId", TRUE AS "dayCounts" FROM known
    UNION ALL
    SELECT "day"::date, "libraryId", "personGone" FROM gone
  )
  SELECT array_agg("day") FILTER (WHERE "dayCounts"), array_agg("libraryId"), array_agg(extract(year FROM "day")::int)
    INTO days, libs, years
    FROM affected;
  PERFORM coverage_recount_days(days);
  PERFORM coverage_recount_library_years(libs, years);
  PERFORM coverage_recount_people(people);
END
$$;

CREATE FUNCTION coverage_month_of(d date) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT date_trunc('month', d::timestamp)::date
$$;

-- The first day of the first month that starts on d or after it.
CREATE FUNCTION coverage_month_after(d date) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT (date_trunc('month', (d - 1)::timestamp) + interval '1 month')::date
$$;

-- A level's rows for the days a to b (both included): whole months from
-- "CoverageMonth", the days before the first and after the last from
-- "CoverageDay"; "lastDay" is a row's latest day. Inlined by the planner.
CREATE FUNCTION coverage_span(lvl smallint, a date, b date)
RETURNS TABLE ("key" text, "lastDay" date, "participants" integer, "sessions" integer)
LANGUAGE sql STABLE AS $$
  -- Whole months are from the first month starting on or after a until the
  -- month that holds b + 1; each part is one range, so that the indexes serve it.
  SELECT c."key", c."day", c."participants", c."sessions"
    FROM "CoverageDay" c
   WHERE c."level" = lvl AND c."day" >= a
     AND c."day" < CASE WHEN coverage_month_after(a) < coverage_month_of(b + 1) THEN coverage_month_after(a) ELSE b + 1 END
  UNION ALL
  SELECT m."key", m."lastDay", m."participants", m."sessions"
    FROM "CoverageMonth" m
   WHERE m."level" = lvl AND m."month" >= coverage_month_after(a) AND m."month" < coverage_month_of(b + 1)
  UNION ALL
  SELECT c."key", c."day", c."participants", c."sessions"
    FROM "CoverageDay" c
   WHERE c."level" = lvl AND c."day" <= b
     AND c."day" >= CASE WHEN coverage_month_after(a) < coverage_month_of(b + 1) THEN coverage_month_of(b + 1) ELSE b + 1 END
$$;

CREATE FUNCTION coverage_enrolment_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  sessions uuid[];
  people uuid[];
BEGIN
  IF NOT coverage_rollup_on() THEN RETURN NULL; END IF;
  SELECT array_agg("sessionId"), array_agg("userId") INTO sessions, people
    FROM new_rows WHERE "status" IN ('CONFIRMED', 'ATTENDED');
  IF sessions IS NOT NULL THEN PERFORM coverage_touch(sessions, people); END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION coverage_enrolment_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  sessions uuid[];
  people uuid[];
BEGIN
  IF NOT coverage_rollup_on() THEN RETURN NULL; END IF;
  SELECT array_agg("sessionId"), array_agg("userId") INTO sessions, people
    FROM old_rows WHERE "status" IN ('CONFIRMED', 'ATTENDED');
  IF sessions IS NOT NULL THEN PERFORM coverage_touch(sessions, people); END IF;
  RETURN NULL;
END
$$;

-- Only a change between counted and not counted, or of session or person,
-- matters: waitlist renumbering and CONFIRMED → ATTENDED recount nothing.
CREATE FUNCTION coverage_enrolment_updated() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  sessions uuid[];
  people uuid[];
BEGIN
  IF NOT coverage_rollup_on() THEN RETURN NULL; END IF;
  WITH changed AS (
    SELECT o."sessionId" AS "oldSession", o."userId" AS "oldUser", n."sessionId", n."userId"
      FROM old_rows o JOIN new_rows n ON n."id" = o."id"
     WHERE (o."status" IN ('CONFIRMED', 'ATTENDED')) <> (n."status" IN ('CONFIRMED', 'ATTENDED'))
        OR ((o."status" IN ('CONFIRMED', 'ATTENDED') OR n."status" IN ('CONFIRMED', 'ATTENDED'))
            AND (o."sessionId" <> n."sessionId" OR o."userId" <> n."userId"))
  )
  SELECT array_agg(x."sessionId"), array_agg(x."userId") INTO sessions, people
    FROM changed c CROSS JOIN LATERAL (VALUES (c."oldSession", c."oldUser"), (c."sessionId", c."userId")) AS x("sessionId", "userId");
  IF sessions IS NOT NULL THEN PERFORM coverage_touch(sessions, people); END IF;
  RETURN NULL;
END
$$;

-- A session cancelled or restored, or moved to another day: its day(s) and its participants.
CREATE FUNCTION coverage_session_updated() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  days date[];
  sessions uuid[];
  people uuid[];
  libs uuid[];
  years integer[];
BEGIN
  IF NOT coverage_rollup_on() THEN RETURN NULL; END IF;
  WITH changed AS (
    SELECT n."id", coverage_helsinki_day(o."startsAt") AS "oldDay", coverage_helsinki_day(n."startsAt") AS "newDay"
      FROM old_rows o JOIN new_rows n ON n."id" = o."id"
     WHERE (o."status" = 'CANCELLED') <> (n."status" = 'CANCELLED')
        OR coverage_helsinki_day(o."startsAt") <> coverage_helsinki_day(n."startsAt")
  )
  SELECT array_agg(DISTINCT d) INTO days
    FROM changed c CROSS JOIN LATERAL (VALUES (c."oldDay"), (c."newDay")) AS x(d);
  IF days IS NULL THEN RETURN NULL; END IF;
  PERFORM coverage_writers_lock(TRUE);
  PERFORM coverage_recount_days(days);
  -- The years a participant's library lost or gained: the old day's and the new one's.
  SELECT array_agg(e."sessionId"), array_agg(e."userId") INTO sessions, people
    FROM "Enrolment" e JOIN new_rows n ON n."id" = e."sessionId"
   WHERE e."status" IN ('CONFIRMED', 'ATTENDED');
  IF people IS NOT NULL THEN
    SELECT array_agg(u."libraryId"), array_agg(extract(year FROM d)::int) INTO libs, years
      FROM (SELECT DISTINCT p FROM unnest(people) p) x JOIN "User" u ON u."id" = x.p CROSS JOIN unnest(days) d;
    PERFORM coverage_recount_library_years(libs, years);
    PERFORM coverage_recount_people(people);
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION coverage_session_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  days date[];
BEGIN
  IF NOT coverage_rollup_on() THEN RETURN NULL; END IF;
  SELECT array_agg(coverage_helsinki_day("startsAt")) INTO days FROM old_rows;
  IF days IS NULL THEN RETURN NULL; END IF;
  PERFORM coverage_writers_lock(TRUE);
  PERFORM coverage_recount_days(days);
  RETURN NULL;
END
$$;

-- A person moved to another library (or left without one): their days at
-- every level, the years of both libraries, and their own row.
CREATE FUNCTION coverage_person_updated() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  people uuid[];
  days date[];
  libs uuid[];
  years integer[];
BEGIN
  IF NOT coverage_rollup_on() THEN RETURN NULL; END IF;
  SELECT array_agg(n."id") INTO people
    FROM old_rows o JOIN new_rows n ON n."id" = o."id"
   WHERE o."libraryId" IS DISTINCT FROM n."libraryId";
  IF people IS NULL THEN RETURN NULL; END IF;
  PERFORM coverage_writers_lock(TRUE);
  WITH taken AS (
    SELECT DISTINCT coverage_helsinki_day(s."startsAt") AS "day"
      FROM "Enrolment" e JOIN "TrainingSession" s ON s."id" = e."sessionId"
     WHERE e."userId" = ANY (people) AND e."status" IN ('CONFIRMED', 'ATTENDED')
  ),
  libraries AS (
    SELECT o."libraryId" FROM old_rows o WHERE o."id" = ANY (people)
    UNION SELECT n."libraryId" FROM new_rows n WHERE n."id" = ANY (people)
  )
  SELECT (SELECT array_agg("day") FROM taken),
         array_agg(l."libraryId"), array_agg(y."year")
    INTO days, libs, years
    FROM libraries l CROSS JOIN (SELECT DISTINCT extract(year FROM "day")::int AS "year" FROM taken) y;
  PERFORM coverage_recount_days(days);
  PERFORM coverage_recount_library_years(libs, years);
  PERFORM coverage_recount_people(people);
  RETURN NULL;
END
$$;

-- A library moved to another municipality or region: the days its people took part, at every level.
CREATE FUNCTION coverage_library_updated() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  days date[];
BEGIN
  IF NOT coverage_rollup_on() THEN RETURN NULL; END IF;
  IF NOT EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n."id" = o."id"
                  WHERE o."region" <> n."region" OR o."municipality" <> n."municipality") THEN
    RETURN NULL;
  END IF;
  PERFORM coverage_writers_lock(TRUE);
  SELECT array_agg(DISTINCT c."day") INTO days
    FROM old_rows o JOIN new_rows n ON n."id" = o."id"
    JOIN "CoverageDay" c ON c."level" = 0 AND c."key" = n."id"::text
   WHERE o."region" <> n."region" OR o."municipality" <> n."municipality";
  PERFORM coverage_recount_days(days);
  RETURN NULL;
END
$$;

CREATE TRIGGER "Enrolment_coverage_insert" AFTER INSERT ON "Enrolment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION coverage_enrolment_inserted();
CREATE TRIGGER "Enrolment_coverage_update" AFTER UPDATE ON "Enrolment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION coverage_enrolment_updated();
CREATE TRIGGER "Enrolment_coverage_delete" AFTER DELETE ON "Enrolment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION coverage_enrolment_deleted();
CREATE TRIGGER "TrainingSession_coverage_update" AFTER UPDATE ON "TrainingSession"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION coverage_session_updated();
CREATE TRIGGER "TrainingSession_coverage_delete" AFTER DELETE ON "TrainingSession"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION coverage_session_deleted();
CREATE TRIGGER "User_coverage_update" AFTER UPDATE ON "User"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION coverage_person_updated();
CREATE TRIGGER "Library_coverage_update" AFTER UPDATE ON "Library"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION coverage_library_updated();

-- Everything from scratch: after a bulk load with pike.coverage_rollup = off,
-- and here for the data already there.
CREATE FUNCTION coverage_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "CoverageDay";
  DELETE FROM "CoverageMonth";
  DELETE FROM "CoverageLibraryYear";
  DELETE FROM "CoverageAttendee";
  INSERT INTO "CoverageDay" ("level", "key", "day", "participants", "sessions")
  SELECT CASE GROUPING(l."id", l."region", l."municipality") WHEN 0 THEN 0 WHEN 4 THEN 1 WHEN 5 THEN 2 ELSE 3 END,
         CASE GROUPING(l."id", l."region", l."municipality")
           WHEN 0 THEN l."id"::text
           WHEN 4 THEN l."region"::text || '/' || l."municipality"
           WHEN 5 THEN l."region"::text
           ELSE '' END,
         coverage_helsinki_day(s."startsAt"), count(*)::int, count(DISTINCT e."sessionId")::int
    FROM "TrainingSession" s
    JOIN "Enrolment" e ON e."sessionId" = s."id"
    JOIN "User" u ON u."id" = e."userId"
    JOIN "Library" l ON l."id" = u."libraryId"
   WHERE s."status" <> 'CANCELLED' AND e."status" IN ('CONFIRMED', 'ATTENDED')
   GROUP BY coverage_helsinki_day(s."startsAt"),
            GROUPING SETS ((l."id", l."region", l."municipality"), (l."region", l."municipality"), (l."region"), ());
  INSERT INTO "CoverageMonth" ("level", "key", "month", "participants", "sessions", "lastDay")
  SELECT "level", "key", coverage_month_of("day"), sum("participants")::int, sum("sessions")::int, max("day")
    FROM "CoverageDay"
   GROUP BY 1, 2, 3;
  INSERT INTO "CoverageLibraryYear" ("year", "libraryId", "people")
  SELECT extract(year FROM coverage_helsinki_day(s."startsAt"))::int, u."libraryId", count(DISTINCT u."id")::int
    FROM "Enrolment" e
    JOIN "TrainingSession" s ON s."id" = e."sessionId"
    JOIN "User" u ON u."id" = e."userId"
   WHERE s."status" <> 'CANCELLED' AND e."status" IN ('CONFIRMED', 'ATTENDED') AND u."libraryId" IS NOT NULL
   GROUP BY 1, 2;
  INSERT INTO "CoverageAttendee" ("year", "userId", "libraryId", "days")
  SELECT extract(year FROM coverage_helsinki_day(s."startsAt"))::int, u."id", u."libraryId",
         range_agg(daterange(coverage_helsinki_day(s."startsAt"), coverage_helsinki_day(s."startsAt"), '[]'))
    FROM "Enrolment" e
    JOIN "TrainingSession" s ON s."id" = e."sessionId"
    JOIN "User" u ON u."id" = e."userId"
   WHERE s."status" <> 'CANCELLED' AND e."status" IN ('CONFIRMED', 'ATTENDED') AND u."libraryId" IS NOT NULL
   GROUP BY 1, u."id", u."libraryId";
END
$$;

SELECT coverage_rebuild();

-- Down Migration
DROP TRIGGER "Library_coverage_update" ON "Library";
DROP TRIGGER "User_coverage_update" ON "User";
DROP TRIGGER "TrainingSession_coverage_delete" ON "TrainingSession";
DROP TRIGGER "TrainingSession_coverage_update" ON "TrainingSession";
DROP TRIGGER "Enrolment_coverage_delete" ON "Enrolment";
DROP TRIGGER "Enrolment_coverage_update" ON "Enrolment";
DROP TRIGGER "Enrolment_coverage_insert" ON "Enrolment";
DROP FUNCTION coverage_rebuild();
DROP FUNCTION coverage_span(smallint, date, date);
DROP FUNCTION coverage_month_after(date);
DROP FUNCTION coverage_month_of(date);
DROP FUNCTION coverage_library_updated();
DROP FUNCTION coverage_person_updated();
DROP FUNCTION coverage_session_deleted();
DROP FUNCTION coverage_session_updated();
DROP FUNCTION coverage_enrolment_updated();
DROP FUNCTION coverage_enrolment_deleted();
DROP FUNCTION coverage_enrolment_inserted();
DROP FUNCTION coverage_touch(uuid[], uuid[]);
DROP FUNCTION coverage_recount_people(uuid[]);
DROP FUNCTION coverage_recount_library_years(uuid[], integer[]);
DROP FUNCTION coverage_recount_days(date[]);
DROP FUNCTION coverage_writers_lock(boolean);
DROP FUNCTION coverage_helsinki_start(date);
DROP FUNCTION coverage_helsinki_day(timestamptz);
DROP FUNCTION coverage_rollup_on();
DROP TABLE "CoverageAttendee";
DROP TABLE "CoverageLibraryYear";
DROP TABLE "CoverageMonth";
DROP TABLE "CoverageDay";
