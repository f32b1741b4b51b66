// A small bounded LRU map for rendered Markdown. Minutes, agenda texts and
// descriptions change rarely and are read on every page view, so parsing them
// again each time (remark + rehype, the page's biggest CPU cost) is waste.
// The key is the text itself together with the render options: a new minutes
// revision is a new text, hence a new entry, and nothing can go stale. The
// map lives in the process (one per server instance, nothing shared, nothing
// personal: the same text renders the same for everyone); it holds at most
// MAX_ENTRIES results, and texts longer than MAX_SOURCE are not kept at all,
// so that its memory stays a few megabytes.
export const MAX_ENTRIES = 500;
export const MAX_SOURCE = 20_000;

export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly maxEntries: number) {}

  get size(): number {
    return this.entries.size;
  }

  /** The cached value for `key`, else `make()`'s, kept as the most recently used. */
  getOrMake(key: string, make: () => V): V {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Re-inserted so that Map's insertion order is the order of use.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = make();
    this.entries.set(key, value);
    if (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    return value;
  }
}
