// Shared plumbing of the demo seed: the ids of seeded rows by natural key,
// handed from one domain module to the next, and the one helper for rows that
// have no natural unique key in the schema.
import type { Db } from "@/lib/db/client";

export type Log = (msg: string) => void;

/** Natural key → id, per kind of seeded row. */
export interface SeedRefs {
  /** Library slug → id. */
  libraries: Map<string, string>;
  /** `${librarySlug}/${servicePointName}` → id. */
  servicePoints: Map<string, string>;
  /** User email → id. */
  users: Map<string, string>;
  /** Theme slug → id. */
  themes: Map<string, string>;
  /** Network slug → id. */
  networks: Map<string, string>;
}

export interface SeedContext {
  db: Db;
  log: Log;
  refs: SeedRefs;
}

/** Looks up a seeded id; a missing key is a bug in the seed data itself. */
export function ref(map: Map<string, string>, key: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`Demo seed: unknown reference "${key}"`);
  return id;
}

/** `ref` for optional references. */
export function optionalRef(map: Map<string, string>, key: string | null | undefined): string | null {
  return key ? ref(map, key) : null;
}

/** A calendar date for `@db.Date` columns ("2023-09-15" → midnight UTC). */
export function day(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/**
 * Find-then-create/update for rows without a natural unique key: `existing`
 * holds the rows already in the database (one query by the caller), matched
 * to the seed items by `key`. Returns key → id.
 */
export async function syncByKey<Row extends { id: string }, Item>(options: {
  existing: readonly Row[];
  items: readonly Item[];
  rowKey: (row: Row) => string;
  itemKey: (item: Item) => string;
  create: (item: Item) => Promise<{ id: string }>;
  update: (id: string, item: Item) => Promise<{ id: string }>;
}): Promise<Map<string, string>> {
  const byKey = new Map(options.existing.map((row) => [options.rowKey(row), row.id]));
  const ids = await Promise.all(
    options.items.map(async (item) => {
      const key = options.itemKey(item);
      const id = byKey.get(key);
      const row = id ? await options.update(id, item) : await options.create(item);
      return [key, row.id] as const;
    }),
  );
  return new Map(ids);
}
