// Pure rules of the "use cache" handler: when a tag's invalidation reaches an
// entry, and a size-bounded LRU. The same semantics as Next's built-in handler
// (node_modules/next/dist/server/lib/cache-handlers/default.js and
// incremental-cache/tags-manifest.external.js), so swapping handlers changes
// where tag times live, not what they mean. Loaded by Node itself (no bundler):
// erasable TypeScript only, relative imports with their .ts extension.

/** When a tag was invalidated, in ms since the epoch; absent = never. */
export type TagTimes = { stale?: number; expired?: number };

/**
 * The tag's times after `updateTags`: without durations the tag expires now
 * (updateTag, revalidateTag(tag, { expire: 0 })); with durations it is stale
 * now and expires `durations.expire` seconds later (revalidateTag(tag, profile)).
 */
export function invalidatedTimes(
  existing: TagTimes | undefined,
  now: number,
  durations?: { expire?: number },
): TagTimes {
  if (!durations) return { ...existing, expired: now };
  const next: TagTimes = { ...existing, stale: now };
  if (durations.expire !== undefined) next.expired = now + durations.expire * 1000;
  return next;
}

/** An entry made at `timestamp` is gone once one of its tags' expiry has come and is newer than the entry. */
export function isExpiredByTags(
  times: (tag: string) => TagTimes | undefined,
  tags: readonly string[],
  timestamp: number,
  now: number,
): boolean {
  return tags.some((tag) => {
    const expired = times(tag)?.expired;
    return expired !== undefined && expired <= now && expired > timestamp;
  });
}

/** An entry made at `timestamp` is served once more and refreshed when one of its tags went stale after it. */
export function isStaleByTags(
  times: (tag: string) => TagTimes | undefined,
  tags: readonly string[],
  timestamp: number,
): boolean {
  return tags.some((tag) => (times(tag)?.stale ?? 0) > timestamp);
}

/** The latest expiry among the tags, 0 when none was ever invalidated (CacheHandler.getExpiration). */
export function latestExpiration(times: (tag: string) => TagTimes | undefined, tags: readonly string[]): number {
  return Math.max(0, ...tags.map((tag) => times(tag)?.expired ?? 0));
}

/**
 * A least-recently-used map bounded by the total size of its values (bytes):
 * a Map keeps insertion order, so reading moves a key to the end and eviction
 * takes from the front. An item bigger than the whole bound is not kept.
 */
export class SizedLru<V> {
  readonly #items = new Map<string, { value: V; size: number }>();
  readonly #maxSize: number;
  readonly #sizeOf: (value: V, key: string) => number;
  #total = 0;

  constructor(maxSize: number, sizeOf: (value: V, key: string) => number) {
    this.#maxSize = maxSize;
    this.#sizeOf = sizeOf;
  }

  get size(): number {
    return this.#total;
  }

  get count(): number {
    return this.#items.size;
  }

  get(key: string): V | undefined {
    const item = this.#items.get(key);
    if (!item) return undefined;
    this.#items.delete(key);
    this.#items.set(key, item);
    return item.value;
  }

  /** False when the value alone is bigger than the bound (then any old value under the key is dropped too). */
  set(key: string, value: V): boolean {
    this.delete(key);
    const size = Math.max(1, this.#sizeOf(value, key));
    if (size > this.#maxSize) return false;
    this.#items.set(key, { value, size });
    this.#total += size;
    for (const [oldest, item] of this.#items) {
      if (this.#total <= this.#maxSize) break;
      this.#items.delete(oldest);
      this.#total -= item.size;
    }
    return true;
  }

  delete(key: string): void {
    const item = this.#items.get(key);
    if (!item) return;
    this.#items.delete(key);
    this.#total -= item.size;
  }
}
