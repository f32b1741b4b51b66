-- Up Migration
-- The coverage report is cached per period, region and scope
-- (lib/coverage/cached.ts, ADR 33) and expired by the database itself: every
-- committed write to a table whose rows the report counts expires the cache
-- tag "coverage" (lib/cache/tags.ts COVERAGE_TAG) the way the app's own
-- invalidations do (lib/cache/tag-store.ts UPSERT_TAGS_SQL: the shared
-- "CacheTag" row, then pg_notify on 'cache_tags' with the row's times, which
-- every instance's handler listens to). No mutation can forget it, whatever
-- writes: the app, the job worker, an import or psql.
--
-- The triggers are deferred to the commit: a rolled-back write expires
-- nothing, the tag's row is locked only while committing (not for the rest of
-- a writing transaction), and the expiry time is taken just before the commit:
-- a report started before it is expired (Next stamps an entry with the time
-- its computation began). One started in the commit itself (the WAL flush,
-- milliseconds) may still read the earlier snapshot and outlive the expiry;
-- the entries' revalidation (cacheLife "minutes") bounds that. One expiry per transaction however many rows it writes
-- (pike.coverage_expired, local to the transaction). A bulk load with
-- `SET pike.coverage_rollup = off` skips it, as the rollups' triggers (the
-- WHEN is evaluated at each write, so its rows queue nothing), and
-- calls coverage_cache_expire_now() when it is done (scripts/lib/seed-large.ts).
-- tests/integration/coverage-cache-tag.test.ts writes each table.
-- The tag expired now, in every instance (as UPSERT_TAGS_SQL with expire 0).
CREATE FUNCTION coverage_cache_expire_now() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  at timestamptz := clock_timestamp();
  ms bigint := round(extract(epoch FROM at) * 1000)::bigint;
BEGIN
  INSERT INTO "CacheTag" ("tag", "staleAt", "expiredAt", "updatedAt")
  VALUES ('coverage', at, at, CURRENT_TIMESTAMP)
  ON CONFLICT ("tag") DO UPDATE SET "staleAt" = at, "expiredAt" = at, "updatedAt" = CURRENT_TIMESTAMP;
  PERFORM pg_notify('cache_tags', json_build_object('tags', json_build_array(json_build_array('coverage', ms, ms)))::text);
END
$$;

CREATE FUNCTION coverage_cache_expire() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('pike.coverage_expired', true), '') <> 'on' THEN
    PERFORM set_config('pike.coverage_expired', 'on', true);
    PERFORM coverage_cache_expire_now();
  END IF;
  RETURN NULL;
END
$$;

-- What the report counts (lib/coverage/data.ts): sessions held and taken part
-- in, completions, kit loans, network members, exchanges, workshop orders, and
-- whose library a person is and where a library is.
CREATE CONSTRAINT TRIGGER "Enrolment_coverage_cache" AFTER INSERT OR UPDATE OR DELETE ON "Enrolment"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (coverage_rollup_on()) EXECUTE FUNCTION coverage_cache_expire();
CREATE CONSTRAINT TRIGGER "TrainingSession_coverage_cache" AFTER INSERT OR UPDATE OR DELETE ON "TrainingSession"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (coverage_rollup_on()) EXECUTE FUNCTION coverage_cache_expire();
CREATE CONSTRAINT TRIGGER "ProgrammeParticipation_coverage_cache" AFTER INSERT OR UPDATE OR DELETE ON "ProgrammeParticipation"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (coverage_rollup_on()) EXECUTE FUNCTION coverage_cache_expire();
CREATE CONSTRAINT TRIGGER "KitReservation_coverage_cache" AFTER INSERT OR UPDATE OR DELETE ON "KitReservation"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (coverage_rollup_on()) EXECUTE FUNCTION coverage_cache_expire();
CREATE CONSTRAINT TRIGGER "NetworkMembership_coverage_cache" AFTER INSERT OR UPDATE OR DELETE ON "NetworkMembership"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (coverage_rollup_on()) EXECUTE FUNCTION coverage_cache_expire();
CREATE CONSTRAINT TRIGGER "ExchangeApplication_coverage_cache" AFTER INSERT OR UPDATE OR DELETE ON "ExchangeApplication"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (coverage_rollup_on()) EXECUTE FUNCTION coverage_cache_expire();
CREATE CONSTRAINT TRIGGER "ExchangeOffer_coverage_cache" AFTER INSERT OR UPDATE OF "hostLibraryId" OR DELETE ON "ExchangeOffer"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (coverage_rollup_on()) EXECUTE FUNCTION coverage_cache_expire();
CREATE CONSTRAINT TRIGGER "WorkshopOrder_coverage_cache" AFTER INSERT OR UPDATE OR DELETE ON "WorkshopOrder"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (coverage_rollup_on()) EXECUTE FUNCTION coverage_cache_expire();
-- A person's other columns (sign-ins, names) are not counted: only their library.
CREATE CONSTRAINT TRIGGER "User_coverage_cache" AFTER INSERT OR UPDATE OF "libraryId" OR DELETE ON "User"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (coverage_rollup_on()) EXECUTE FUNCTION coverage_cache_expire();
CREATE CONSTRAINT TRIGGER "Library_coverage_cache"
  AFTER INSERT OR UPDATE OF "name", "municipality", "region", "staffCount" OR DELETE ON "Library"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (coverage_rollup_on()) EXECUTE FUNCTION coverage_cache_expire();

-- Down Migration
DROP TRIGGER "Library_coverage_cache" ON "Library";
DROP TRIGGER "User_coverage_cache" ON "User";
DROP TRIGGER "WorkshopOrder_coverage_cache" ON "WorkshopOrder";
DROP TRIGGER "ExchangeOffer_coverage_cache" ON "ExchangeOffer";
DROP TRIGGER "ExchangeApplication_coverage_cache" ON "ExchangeApplication";
DROP TRIGGER "NetworkMembership_coverage_cache" ON "NetworkMembership";
DROP TRIGGER "KitReservation_coverage_cache" ON "KitReservation";
DROP TRIGGER "ProgrammeParticipation_coverage_cache" ON "ProgrammeParticipation";
DROP TRIGGER "TrainingSession_coverage_cache" ON "TrainingSession";
DROP TRIGGER "Enrolment_coverage_cache" ON "Enrolment";
DROP FUNCTION coverage_cache_expire();
DROP FUNCTION coverage_cache_expire_now();
