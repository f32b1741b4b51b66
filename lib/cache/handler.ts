// The "use cache" handler (next.config.ts `cacheHandlers.default`): entries in
// this process's memory, bounded like Next's own handler, and tag
// invalidations shared with every other process on the same PostgreSQL
// (./tag-store.ts). See docs/decisions/0017-fast-pages.md, "Cache handler (as built)".
//
// Next imports this file itself at run time with a native import() of its
// path: it is neither bundled nor transpiled, so it runs on Node 24's
// type stripping — erasable TypeScript only, relative imports with their .ts
// extension, no "@/" aliases, nothing that needs the bundler.
import { createRequire } from "node:module";
import type { CacheEntry, CacheHandler } from "next/cache";
import { env } from "../env.ts";
import { isExpiredByTags, isStaleByTags, latestExpiration, SizedLru, type TagTimes } from "./rules.ts";
import { createTagStore, type TagStore, type TagStoreOptions } from "./tag-store.ts";
import { followWallClock } from "./wall-clock.ts";

// Before any entry is stamped (instrumentation.ts installs it first, on start).
followWallClock();

/** Next's default bound (cacheMaxMemorySize). */
export const DEFAULT_MAX_SIZE = 50 * 1024 * 1024;
/** The dev server keeps even short-lived entries this long, as Next's own handler does. */
const MIN_DEV_RETENTION_SECONDS = 300;

type Stored = { entry: Omit<CacheEntry, "value">; value: Uint8Array };

export type CacheHandlerOptions = {
  /** PostgreSQL URL for shared tag times; undefined = this process only. */
  url: string | undefined;
  /** Bytes of entries kept in memory (values plus keys). */
  maxSize?: number;
  /** `next dev` serves stale entries until they expire; production drops them at revalidate. */
  dev?: boolean;
  tagStore?: Omit<TagStoreOptions, "url" | "onRemoteChange">;
  /**
   * Also tell Next's route cache (prerendered pages and shells) of the other
   * processes' invalidations. Next checks a prerendered page's tags against a
   * per-process map (its tags manifest), which the "use cache" handlers never
   * reach: without this, process A's updateTag refreshes A's copy of a static
   * page but B keeps serving its own. On for the app, off in tests by default.
   */
  shareWithRouteCache?: boolean;
};

export type PgCacheHandler = CacheHandler & { readonly tags: TagStore; close(): Promise<void> };

/**
 * Next's per-process map of tag times for its route cache. Internal to Next
 * (next/dist/server/lib/incremental-cache/tags-manifest.external.js, kept
 * outside the bundles so that there is one per process); if a Next upgrade
 * moves it, the handler works as before and only static pages lose the
 * cross-process refresh — tests/integration/cache-handler.test.ts fails then.
 */
export function nextRouteCacheTags(): Map<string, TagTimes> | undefined {
  try {
    const mod = createRequire(import.meta.url)("next/dist/server/lib/incremental-cache/tags-manifest.external.js") as {
      tagsManifest?: unknown;
    };
    return mod.tagsManifest instanceof Map ? (mod.tagsManifest as Map<string, TagTimes>) : undefined;
  } catch {
    return undefined;
  }
}

/** Next's clock for entries and expiry, kept on the wall clock (./wall-clock.ts). */
function now(): number {
  return performance.timeOrigin + performance.now();
}

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

export function createCacheHandler(options: CacheHandlerOptions): PgCacheHandler {
  const dev = options.dev ?? false;
  const routeCacheTags = options.shareWithRouteCache ? nextRouteCacheTags() : undefined;
  const tags = createTagStore({
    url: options.url,
    ...options.tagStore,
    onRemoteChange: routeCacheTags && ((tag, times) => routeCacheTags.set(tag, { ...times })),
  });
  const timesOf = (tag: string) => tags.get(tag);
  const memory = new SizedLru<Stored>(options.maxSize ?? DEFAULT_MAX_SIZE, (s, key) => s.value.byteLength + key.length);
  // A get for a key that is being set waits for it (CacheHandler contract).
  const pendingSets = new Map<string, Promise<void>>();

  return {
    tags,

    async get(cacheKey, softTags) {
      const pending = pendingSets.get(cacheKey);
      if (pending) await pending;
      const stored = memory.get(cacheKey);
      if (!stored) return undefined;
      const { entry } = stored;
      // A negative expire is Next's eviction sentinel (its dev-only tiered handler).
      if (entry.expire < 0) return undefined;
      const t = now();
      const maxAge = dev ? Math.max(entry.expire, MIN_DEV_RETENTION_SECONDS) : entry.revalidate;
      if (t > entry.timestamp + maxAge * 1000) {
        memory.delete(cacheKey);
        return undefined;
      }
      const allTags = softTags.length ? [...entry.tags, ...softTags] : entry.tags;
      if (isExpiredByTags(timesOf, allTags, entry.timestamp, t)) {
        memory.delete(cacheKey);
        return undefined;
      }
      const revalidate = isStaleByTags(timesOf, allTags, entry.timestamp) ? -1 : entry.revalidate;
      return { ...entry, revalidate, value: streamOf(stored.value) };
    },

    async set(cacheKey, pendingEntry) {
      let done = () => {};
      pendingSets.set(
        cacheKey,
        new Promise<void>((resolve) => {
          done = resolve;
        }),
      );
      try {
        const entry = await pendingEntry;
        // expire 0 is dynamic: production regenerates it on every read, so it is never served back.
        if (!dev && entry.expire === 0) {
          await entry.value.cancel().catch(() => {});
          return;
        }
        // Buffer the stream once and keep the bytes, never the stream (it holds the request).
        const value = new Uint8Array(await new Response(entry.value).arrayBuffer());
        const { value: _stream, ...metadata } = entry;
        memory.set(cacheKey, { entry: metadata, value });
      } catch {
        // An interrupted value would make an incomplete page: keep nothing.
        memory.delete(cacheKey);
      } finally {
        done();
        pendingSets.delete(cacheKey);
      }
    },

    refreshTags() {
      return tags.refresh();
    },

    getExpiration(tagList) {
      return Promise.resolve(latestExpiration(timesOf, tagList));
    },

    updateTags(tagList, durations) {
      return tags.invalidate(tagList, Math.round(now()), durations);
    },

    close() {
      return tags.close();
    },
  };
}

function fromEnvironment(): PgCacheHandler {
  try {
    const { DATABASE_URL, NODE_ENV } = env();
    return createCacheHandler({ url: DATABASE_URL, dev: NODE_ENV === "development", shareWithRouteCache: true });
  } catch {
    // An invalid environment fails elsewhere, loudly; the cache never takes a page down.
    return createCacheHandler({ url: undefined });
  }
}

// Built on first use, not on import: importing this module (a test, a script)
// opens no connection; the app's first "use cache" read or write does.
let shared: PgCacheHandler | undefined;
const instance = () => (shared ??= fromEnvironment());

const handler: CacheHandler = {
  get: (cacheKey, softTags) => instance().get(cacheKey, softTags),
  set: (cacheKey, pendingEntry) => instance().set(cacheKey, pendingEntry),
  refreshTags: () => instance().refreshTags(),
  getExpiration: (tags) => instance().getExpiration(tags),
  updateTags: (tags, durations) => instance().updateTags(tags, durations),
};
export default handler;
