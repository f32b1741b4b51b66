-- Up Migration
-- When each "use cache" tag was last invalidated, shared by every `next start`
-- process on this database (lib/cache/tag-store.ts). The cached entries stay in
-- each process's memory; only these times travel: a process that invalidates a
-- tag upserts its row here and sends NOTIFY cache_tags, the others LISTEN and
-- re-read the whole table after a reconnect. A row per tag ever invalidated
-- (tags name data: menu, session:<id>, ...), so the table stays small.
-- See docs/decisions/0017-fast-pages.md, "Cache handler (as built)".
CREATE TABLE "CacheTag" (
  "tag" text NOT NULL,
  -- Entries made before this are served once more and refreshed in the background.
  "staleAt" timestamptz(3),
  -- Entries made before this are misses once this moment has passed (it may lie
  -- in the future: revalidateTag(tag, profile) expires after the profile's expire).
  "expiredAt" timestamptz(3),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "CacheTag_pkey" PRIMARY KEY ("tag"),
  CONSTRAINT "CacheTag_tag_not_blank_check" CHECK (length("tag") > 0)
);

-- Down Migration
DROP TABLE "CacheTag";
