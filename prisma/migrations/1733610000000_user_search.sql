-- Up Migration
-- The admins' users list (issue 11) searches name and address with ILIKE '%…%':
-- trigram GIN indexes answer that without reading every row. pg_trgm ships
-- with PostgreSQL's contrib; like btree_gist it is kept when rolled back.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "User_name_trgm_idx" ON "User" USING GIN ("name" gin_trgm_ops);
CREATE INDEX "User_email_trgm_idx" ON "User" USING GIN ("email" gin_trgm_ops);

-- Down Migration
DROP INDEX IF EXISTS "User_email_trgm_idx";
DROP INDEX IF EXISTS "User_name_trgm_idx";
