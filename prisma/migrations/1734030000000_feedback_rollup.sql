-- Up Migration
-- The feedback report's figures per session (issue 16 item 4, ADR 33): the
-- report read every enrolment of a year, and of five years for its trend, with
-- its feedback; on ten years of data that was four statements of 0.7–1.3 s.
-- "FeedbackSession" keeps, per session, what those rows added up to: the
-- enrolments that may give feedback (ATTENDED, lib/feedback/rules.ts
-- mayGiveFeedback), their responses, the ratings' sum and count per rating,
-- and the responses with a comment (text other than white space). Only an
-- ATTENDED enrolment's feedback counts, as in the report.
--
-- Row triggers keep it exact in the writing transaction, by deltas (an upsert
-- adds to the row, so concurrent writers never lose one another's change):
-- - an enrolment that becomes or stops being ATTENDED, or moves to another
--   session, takes its feedback with it;
-- - feedback written, changed or removed counts if its enrolment is ATTENDED.
--   It reads the enrolment FOR SHARE: a concurrent change of the enrolment's
--   status then waits for it (or it for the change), so that one of the two
--   always sees the other.
-- An enrolment's own trigger ("Enrolment_feedback_rollup") fires before the
-- foreign key's cascade to its feedback (triggers fire in name order, and the
-- cascade's is "RI_ConstraintTrigger_…"), so a deleted enrolment takes its
-- feedback's figures away while the feedback is still there; the feedback's
-- own trigger then finds no enrolment and changes nothing.
-- `SET pike.coverage_rollup = off` skips the triggers for a bulk load (as the
-- coverage rollups' do), which then calls feedback_rollup_rebuild().
-- tests/integration/feedback-rollup.test.ts compares the table with a rebuild
-- after every kind of change.
CREATE TABLE "FeedbackSession" (
  "sessionId" uuid PRIMARY KEY,
  "attended" integer NOT NULL DEFAULT 0,
  "responses" integer NOT NULL DEFAULT 0,
  "ratingSum" integer NOT NULL DEFAULT 0,
  "r1" integer NOT NULL DEFAULT 0,
  "r2" integer NOT NULL DEFAULT 0,
  "r3" integer NOT NULL DEFAULT 0,
  "r4" integer NOT NULL DEFAULT 0,
  "r5" integer NOT NULL DEFAULT 0,
  "comments" integer NOT NULL DEFAULT 0
);

-- Adds one respondent (attended ±1) and/or one response (rating not null) to a session's row, times sign.
CREATE FUNCTION feedback_rollup_add(session uuid, sign integer, attended integer, rating integer, comment text)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "FeedbackSession" AS f
    ("sessionId", "attended", "responses", "ratingSum", "r1", "r2", "r3", "r4", "r5", "comments")
  VALUES (session, sign * attended, sign * (rating IS NOT NULL)::int, sign * coalesce(rating, 0),
          sign * (rating IS NOT DISTINCT FROM 1)::int, sign * (rating IS NOT DISTINCT FROM 2)::int,
          sign * (rating IS NOT DISTINCT FROM 3)::int, sign * (rating IS NOT DISTINCT FROM 4)::int,
          sign * (rating IS NOT DISTINCT FROM 5)::int,
          sign * (rating IS NOT NULL AND coalesce(comment ~ '[^[:space:]]', FALSE))::int)
  ON CONFLICT ("sessionId") DO UPDATE SET
    "attended" = f."attended" + excluded."attended",
    "responses" = f."responses" + excluded."responses",
    "ratingSum" = f."ratingSum" + excluded."ratingSum",
    "r1" = f."r1" + excluded."r1",
    "r2" = f."r2" + excluded."r2",
    "r3" = f."r3" + excluded."r3",
    "r4" = f."r4" + excluded."r4",
    "r5" = f."r5" + excluded."r5",
    "comments" = f."comments" + excluded."comments"
$$;

CREATE FUNCTION feedback_rollup_enrolment() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  given record;
BEGIN
  IF NOT coverage_rollup_on() THEN RETURN NULL; END IF;
  IF TG_OP = 'UPDATE' AND OLD."status" = NEW."status" AND OLD."sessionId" = NEW."sessionId" THEN RETURN NULL; END IF;
  -- A session deleted takes its row away itself, whichever runs first: its cascade or its trigger.
  IF TG_OP <> 'INSERT' AND OLD."status" = 'ATTENDED'
     AND EXISTS (SELECT 1 FROM "TrainingSession" s WHERE s."id" = OLD."sessionId") THEN
    SELECT f."rating", f."comment" INTO given FROM "Feedback" f WHERE f."enrolmentId" = OLD."id";
    PERFORM feedback_rollup_add(OLD."sessionId", -1, 1, given."rating", given."comment");
  END IF;
  IF TG_OP <> 'DELETE' AND NEW."status" = 'ATTENDED' THEN
    SELECT f."rating", f."comment" INTO given FROM "Feedback" f WHERE f."enrolmentId" = NEW."id";
    PERFORM feedback_rollup_add(NEW."sessionId", 1, 1, given."rating", given."comment");
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION feedback_rollup_feedback() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  enrolment record;
BEGIN
  IF NOT coverage_rollup_on() THEN RETURN NULL; END IF;
  IF TG_OP <> 'INSERT' THEN
    SELECT e."sessionId", e."status" INTO enrolment FROM "Enrolment" e WHERE e."id" = OLD."enrolmentId" FOR SHARE;
    IF FOUND AND enrolment."status" = 'ATTENDED' THEN
      PERFORM feedback_rollup_add(enrolment."sessionId", -1, 0, OLD."rating", OLD."comment");
    END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    SELECT e."sessionId", e."status" INTO enrolment FROM "Enrolment" e WHERE e."id" = NEW."enrolmentId" FOR SHARE;
    IF FOUND AND enrolment."status" = 'ATTENDED' THEN
      PERFORM feedback_rollup_add(enrolment."sessionId", 1, 0, NEW."rating", NEW."comment");
    END IF;
  END IF;
  RETURN NULL;
END
$$;

-- A deleted session's row goes with it; its enrolments, deleted by the cascade, leave it alone.
CREATE FUNCTION feedback_rollup_session_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "FeedbackSession" f USING old_rows o WHERE f."sessionId" = o."id";
  RETURN NULL;
END
$$;

CREATE TRIGGER "Enrolment_feedback_rollup" AFTER INSERT OR UPDATE OR DELETE ON "Enrolment"
  FOR EACH ROW EXECUTE FUNCTION feedback_rollup_enrolment();
CREATE TRIGGER "Feedback_feedback_rollup" AFTER INSERT OR UPDATE OR DELETE ON "Feedback"
  FOR EACH ROW EXECUTE FUNCTION feedback_rollup_feedback();
CREATE TRIGGER "TrainingSession_feedback_rollup_delete" AFTER DELETE ON "TrainingSession"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION feedback_rollup_session_deleted();

-- Everything from scratch: after a bulk load with pike.coverage_rollup = off, and here for the data already there.
CREATE FUNCTION feedback_rollup_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "FeedbackSession";
  INSERT INTO "FeedbackSession"
    ("sessionId", "attended", "responses", "ratingSum", "r1", "r2", "r3", "r4", "r5", "comments")
  SELECT e."sessionId", count(*)::int, count(f."id")::int, coalesce(sum(f."rating"), 0)::int,
         count(*) FILTER (WHERE f."rating" = 1)::int, count(*) FILTER (WHERE f."rating" = 2)::int,
         count(*) FILTER (WHERE f."rating" = 3)::int, count(*) FILTER (WHERE f."rating" = 4)::int,
         count(*) FILTER (WHERE f."rating" = 5)::int,
         count(*) FILTER (WHERE f."comment" ~ '[^[:space:]]')::int
    FROM "Enrolment" e
    LEFT JOIN "Feedback" f ON f."enrolmentId" = e."id"
   WHERE e."status" = 'ATTENDED'
   GROUP BY e."sessionId";
END
$$;

SELECT feedback_rollup_rebuild();

-- Down Migration
DROP TRIGGER "TrainingSession_feedback_rollup_delete" ON "TrainingSession";
DROP TRIGGER "Feedback_feedback_rollup" ON "Feedback";
DROP TRIGGER "Enrolment_feedback_rollup" ON "Enrolment";
DROP FUNCTION feedback_rollup_rebuild();
DROP FUNCTION feedback_rollup_session_deleted();
DROP FUNCTION feedback_rollup_feedback();
DROP FUNCTION feedback_rollup_enrolment();
DROP FUNCTION feedback_rollup_add(uuid, integer, integer, integer, text);
DROP TABLE "FeedbackSession";
