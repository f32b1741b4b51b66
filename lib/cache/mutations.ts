// Invalidation from outside a Next request (the job worker, scripts): the
// same upsert and NOTIFY the cache handler does, so every app process drops
// its entries of these tags (ADR 17).
import "server-only";
import { db, type Db } from "@/lib/db";
import { UPSERT_TAGS_SQL } from "./tag-store";

export async function expireTagsEverywhere(tags: string[], client: Db = db()): Promise<void> {
  if (tags.length === 0) return;
  const now = new Date();
  await client.$queryRawUnsafe(UPSERT_TAGS_SQL, tags, now, now);
}
