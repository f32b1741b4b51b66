-- Up Migration
-- Issue 12 (catalogue): one photo per kit, stored like meeting materials
-- (ADR 18): bytes in the database so every app instance serves them, written
-- in pieces through the "MaterialUpload" staging table and never through
-- Prisma. Beside the original, a small WebP thumbnail for the catalogue list.
-- A new upload replaces the row (a new id, so its URL can be cached forever).
CREATE TABLE "KitPhoto" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kitId" UUID NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "alt" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "thumbnail" BYTEA NOT NULL,
    "uploadedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
    CONSTRAINT "KitPhoto_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "KitPhoto_mimeType_check" CHECK ("mimeType" IN ('image/jpeg', 'image/png', 'image/webp'))
);
CREATE UNIQUE INDEX "KitPhoto_kitId_key" ON "KitPhoto"("kitId");
ALTER TABLE "KitPhoto" ADD CONSTRAINT "KitPhoto_kitId_fkey" FOREIGN KEY ("kitId") REFERENCES "Kit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "KitPhoto" ADD CONSTRAINT "KitPhoto_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- Already compressed images: keep them out of line and uncompressed (ADR 18).
ALTER TABLE "KitPhoto" ALTER COLUMN "content" SET STORAGE EXTERNAL;

-- Down Migration
DROP TABLE "KitPhoto";
