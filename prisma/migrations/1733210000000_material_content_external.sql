-- Up Migration
-- Material files are streamed out a piece at a time with substring()
-- (lib/materials/data.ts). EXTERNAL keeps a large bytea out of line but
-- uncompressed, so each substring() reads only the TOAST chunks it returns
-- (compressed, every piece would decompress the file from its start). The
-- accepted types are compressed already (PDF, images, zip-based documents), so
-- little is lost. Files stored before keep their form until rewritten; reads
-- of them stay correct, only slower.
ALTER TABLE "Material" ALTER COLUMN content SET STORAGE EXTERNAL;

-- Down Migration
ALTER TABLE "Material" ALTER COLUMN content SET STORAGE EXTENDED;
