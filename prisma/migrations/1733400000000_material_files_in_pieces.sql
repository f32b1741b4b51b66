-- Up Migration
-- Material files move in and out of the database a piece at a time
-- (lib/materials/mutations.ts, lib/materials/data.ts).
--
-- Downloads read pieces with substring(). EXTERNAL keeps a large bytea out of
-- line but uncompressed, so each substring() reads only the TOAST chunks it
-- returns (compressed, every piece would decompress the file from its start).
-- The accepted types are compressed already (PDF, images, zip-based
-- documents), so little is lost. Files stored before keep their form until
-- rewritten; reads of them stay correct, only slower.
ALTER TABLE "Material" ALTER COLUMN content SET STORAGE EXTERNAL;

-- Uploads are written as pieces here first, outside the transaction that
-- creates the material, which then joins them into "Material".content and
-- deletes them. UNLOGGED: the pieces live for seconds, and after a crash an
-- upload is lost anyway. Pieces older than an hour are leftovers of failed
-- uploads and are deleted by the next upload.
CREATE UNLOGGED TABLE "MaterialUpload" (
  "uploadId" uuid NOT NULL,
  n integer NOT NULL,
  bytes bytea NOT NULL,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("uploadId", n)
);
CREATE INDEX "MaterialUpload_createdAt_idx" ON "MaterialUpload" ("createdAt");

-- Down Migration
DROP TABLE "MaterialUpload";
ALTER TABLE "Material" ALTER COLUMN content SET STORAGE EXTENDED;
