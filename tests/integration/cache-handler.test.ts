// The "use cache" handler (lib/cache/handler.ts) as two app processes would
// run it: two handlers in this process, each with its own tag store and
// listener connection, on the same database. An invalidation on one reaches
// the other through NOTIFY, and after a lost connection through re-reading
// the table.
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { CacheEntry } from "next/cache";
import { areTagsExpired } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { createCacheHandler, nextRouteCacheTags, type PgCacheHandler } from "@/lib/cache/handler";
import { UPSERT_TAGS_SQL } from "@/lib/cache/tag-store";

const url = process.env.DATABASE_URL!;
let sql: pg.Client;
const open: PgCacheHandler[] = [];

function handler(options: Partial<Parameters<typeof createCacheHandler>[0]> = {}) {
  const h = createCacheHandler({ url, tagStore: { minBackoffMs: 50, maxBackoffMs: 200, warn: () => {} }, ...options });
  open.push(h);
  return h;
}

function entry(text: string, tags: string[], overrides: Partial<Omit<CacheEntry, "value">> = {}): CacheEntry {
  const bytes = new TextEncoder().encode(text);
  return {
    value: new ReadableStream({
      start(c) {
        c.enqueue(bytes);
        c.close();
      },
    }),
    tags,
    stale: 300,
    timestamp: performance.timeOrigin + performance.now(),
    expire: 3600,
    revalidate: 900,
    ...overrides,
  };
}

async function read(h: PgCacheHandler, key: string, softTags: string[] = []) {
  const found = await h.get(key, softTags);
  return found && { text: await new Response(found.value).text(), revalidate: found.revalidate };
}

async function until(check: () => Promise<boolean> | boolean, ms = 1_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 10));
  }
  return check();
}

const tick = () => new Promise((r) => setTimeout(r, 5));

beforeAll(async () => {
  sql = new pg.Client({ connectionString: url });
  await sql.connect();
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.close()));
});
afterAll(async () => {
  await sql.end();
});

describe("the cache handler across processes", () => {
  it("an updateTags on one reaches the other within a second; other tags survive", async () => {
    const a = handler();
    const b = handler();
    await Promise.all([a.tags.ready, b.tags.ready]);
    expect(a.tags.listening && b.tags.listening).toBe(true);

    for (const h of [a, b]) {
      await h.set("menu-page", Promise.resolve(entry("the menu", ["menu", "session:1"])));
      await h.set("library-page", Promise.resolve(entry("a library", ["library:kangasala"])));
    }
    expect(await read(b, "menu-page")).toEqual({ text: "the menu", revalidate: 900 });
    // A value is served again and again from one stored copy.
    expect(await read(b, "menu-page")).toEqual({ text: "the menu", revalidate: 900 });

    await tick();
    const started = Date.now();
    await a.updateTags(["menu"]);
    expect(await read(a, "menu-page")).toBeUndefined(); // the writer reads its own write at once
    expect(await until(async () => (await read(b, "menu-page")) === undefined)).toBe(true);
    expect(Date.now() - started).toBeLessThan(1_000);

    expect(await read(a, "library-page")).toEqual({ text: "a library", revalidate: 900 });
    expect(await read(b, "library-page")).toEqual({ text: "a library", revalidate: 900 });

    // A fresh entry made after the invalidation is served.
    await tick();
    await b.set("menu-page", Promise.resolve(entry("the new menu", ["menu"])));
    expect(await read(b, "menu-page")).toEqual({ text: "the new menu", revalidate: 900 });

    const { rows } = await sql.query<{ tag: string; staleAt: Date | null; expiredAt: Date | null }>(
      `SELECT "tag", "staleAt", "expiredAt" FROM "CacheTag" WHERE "tag" = 'menu'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.staleAt).toBeNull();
    expect(Math.abs(rows[0]!.expiredAt!.getTime() - started)).toBeLessThan(1_000);
  });

  it("soft tags (revalidatePath) invalidate in get and in getExpiration", async () => {
    const a = handler();
    const b = handler();
    await Promise.all([a.tags.ready, b.tags.ready]);
    const soft = ["_N_T_/layout", "_N_T_/koulutukset/layout", "_N_T_/koulutukset"];
    await b.set("k", Promise.resolve(entry("trainings", ["menu-soft-test"])));
    expect(await read(b, "k", soft)).toMatchObject({ text: "trainings" });
    expect(await b.getExpiration(soft)).toBe(0);

    await tick();
    await a.updateTags(["_N_T_/koulutukset"]);
    expect(await until(async () => (await b.getExpiration(soft)) > 0)).toBe(true);
    expect(await read(b, "k", soft)).toBeUndefined();
    expect(await b.getExpiration(["_N_T_/other"])).toBe(0);
  });

  it("revalidateTag(tag, profile): stale entries are served once with revalidate -1, then expire after the profile's expire", async () => {
    const a = handler();
    const b = handler();
    await Promise.all([a.tags.ready, b.tags.ready]);
    await b.set("offering", Promise.resolve(entry("offering", ["offering:x"])));
    await tick();
    await a.updateTags(["offering:x"], { expire: 1 });
    expect(await until(async () => (await read(b, "offering"))?.revalidate === -1)).toBe(true);
    expect(await read(b, "offering")).toEqual({ text: "offering", revalidate: -1 });
    // getExpiration reports the future expiry; the entry goes once it has passed.
    const expiry = await b.getExpiration(["offering:x"]);
    expect(expiry).toBeGreaterThan(Date.now());
    expect(await until(async () => (await read(b, "offering")) === undefined, 2_500)).toBe(true);
    expect(Date.now()).toBeGreaterThanOrEqual(expiry - 5);
  });

  it("a lost listener reconnects and re-reads the table, so a missed notification is not lost", async () => {
    const b = handler();
    await b.tags.ready;
    await b.set("kit-page", Promise.resolve(entry("a kit", ["kit:7"])));
    await tick();
    // An invalidation that B never hears: written by another process without NOTIFY.
    await sql.query(`INSERT INTO "CacheTag" ("tag", "expiredAt") VALUES ('kit:7', now())`);
    await new Promise((r) => setTimeout(r, 50));
    expect(await read(b, "kit-page")).toEqual({ text: "a kit", revalidate: 900 });

    const before = b.tags.connects;
    // The server ends B's listener connection (a restart, a network failure).
    await sql.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'pike-cache-tags' AND datname = current_database()`,
    );
    expect(await until(() => b.tags.connects > before, 3_000)).toBe(true);
    expect(await read(b, "kit-page")).toBeUndefined();
  });

  it("a re-read by refreshTags while the listener is still connecting does not disturb it", async () => {
    const warnings: string[] = [];
    const h = handler({ tagStore: { pollMs: 0, warn: (m) => warnings.push(m) } });
    await Promise.all([h.refreshTags(), h.refreshTags(), h.tags.ready]);
    expect(h.tags.listening).toBe(true);
    expect(warnings).toEqual([]);
  });

  it("while the listener is down, refreshTags re-reads the table (at most once per poll interval)", async () => {
    const b = handler({ tagStore: { minBackoffMs: 60_000, maxBackoffMs: 60_000, pollMs: 0, warn: () => {} } });
    await b.tags.ready;
    b.tags.breakListener();
    expect(b.tags.listening).toBe(false);
    await b.set("network-page", Promise.resolve(entry("a network", ["network:3"])));
    await tick();
    await sql.query(`INSERT INTO "CacheTag" ("tag", "expiredAt") VALUES ('network:3', now())`);
    expect(await read(b, "network-page")).toBeDefined();
    await b.refreshTags();
    expect(await read(b, "network-page")).toBeUndefined();
  });

  it("without a reachable database it works on its own and never throws", async () => {
    const warnings: string[] = [];
    const h = handler({
      url: "postgresql://postgres@127.0.0.1:1/nowhere",
      tagStore: { connectTimeoutMs: 500, minBackoffMs: 60_000, warn: (m) => warnings.push(m) },
    });
    await h.tags.ready;
    expect(h.tags.listening).toBe(false);
    expect(warnings.length).toBeGreaterThan(0);
    await h.set("p", Promise.resolve(entry("page", ["menu"])));
    await h.refreshTags();
    expect(await read(h, "p")).toMatchObject({ text: "page" });
    await tick();
    await h.updateTags(["menu"]);
    expect(await read(h, "p")).toBeUndefined();
    expect(await h.getExpiration(["menu"])).toBeGreaterThan(0);

    const local = handler({ url: undefined });
    await local.set("p", Promise.resolve(entry("page", ["menu"])));
    expect(await read(local, "p")).toMatchObject({ text: "page" });
  });

  it("many tags in one call: one row each, and a payload too big for NOTIFY makes the others re-read", async () => {
    const a = handler();
    const b = handler();
    await Promise.all([a.tags.ready, b.tags.ready]);
    const many = Array.from({ length: 400 }, (_, i) => `session:${"0".repeat(20)}${i}`);
    await b.set("last", Promise.resolve(entry("x", [many.at(-1)!])));
    await tick();
    await a.updateTags([...many, many[0]!]);
    const { rows } = await sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "CacheTag" WHERE "tag" LIKE 'session:%'`,
    );
    expect(rows[0]!.n).toBe(400);
    expect(await until(async () => (await read(b, "last")) === undefined)).toBe(true);
  });
});

describe("prerendered pages", () => {
  it("another process's invalidation also reaches Next's route cache (its per-process tags manifest)", async () => {
    const manifest = nextRouteCacheTags();
    expect(manifest, "Next moved its tags manifest: see nextRouteCacheTags()").toBeInstanceOf(Map);
    const a = handler({ shareWithRouteCache: true });
    const b = handler();
    await Promise.all([a.tags.ready, b.tags.ready]);
    await b.updateTags(["library:route-cache-test"]);
    expect(await until(() => manifest!.get("library:route-cache-test")?.expired !== undefined)).toBe(true);
    expect(manifest!.get("library:route-cache-test")!.expired).toBe(
      await b.getExpiration(["library:route-cache-test"]),
    );
  });
});

describe("after the wall clock is stepped forward (a virtual machine paused and resumed)", () => {
  it("a change the worker shares after the step expires what was cached before it, at once, in both caches", async () => {
    const manifest = nextRouteCacheTags()!;
    const a = handler({ shareWithRouteCache: true });
    await a.tags.ready;
    await a.set("kits-page", Promise.resolve(entry("the kits", ["kits:step-test"])));
    const realNow = Date.now;
    // The wall clock is 20 s on; the process's monotonic clock is not (CI lost four tests to this).
    const step = vi.spyOn(Date, "now").mockImplementation(() => realNow.call(Date) + 20_000);
    try {
      // A page Next puts in its route cache just before the change: stamped with Date.now().
      const routeEntryLastModified = Date.now();
      await tick();
      // The worker's invalidation (lib/cache/mutations.ts), on the wall clock.
      const at = new Date(Date.now());
      await sql.query(UPSERT_TAGS_SQL, [["kits:step-test"], at, at]);
      expect(await until(() => manifest.get("kits:step-test")?.expired === at.getTime())).toBe(true);

      expect(await read(a, "kits-page")).toBeUndefined();
      expect(areTagsExpired(["kits:step-test"], routeEntryLastModified)).toBe(true);
    } finally {
      step.mockRestore();
    }
  });
});

describe("the cache handler's own semantics (as Next's built-in handler)", () => {
  it("drops an entry past revalidate in production, keeps it until expire in dev; does not store expire 0", async () => {
    const prod = handler({ url: undefined });
    const old = performance.timeOrigin + performance.now() - 10_000;
    await prod.set("old", Promise.resolve(entry("old", [], { timestamp: old, revalidate: 5, expire: 60 })));
    expect(await read(prod, "old")).toBeUndefined();
    await prod.set("dynamic", Promise.resolve(entry("dyn", [], { expire: 0, revalidate: 0 })));
    expect(await prod.get("dynamic", [])).toBeUndefined();

    const dev = handler({ url: undefined, dev: true });
    await dev.set("old", Promise.resolve(entry("old", [], { timestamp: old, revalidate: 5, expire: 60 })));
    expect(await read(dev, "old")).toEqual({ text: "old", revalidate: 5 });
  });

  it("a get waits for a set in progress; an interrupted value is not kept", async () => {
    const h = handler({ url: undefined });
    let finish: (e: CacheEntry) => void = () => {};
    const setting = h.set("slow", new Promise<CacheEntry>((r) => (finish = r)));
    const getting = read(h, "slow");
    finish(entry("slow value", []));
    await setting;
    expect(await getting).toMatchObject({ text: "slow value" });

    const broken = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new Uint8Array([1, 2, 3]));
        c.error(new Error("render failed"));
      },
    });
    await h.set("broken", Promise.resolve({ ...entry("", []), value: broken }));
    expect(await h.get("broken", [])).toBeUndefined();
  });

  it("keeps at most maxSize bytes, evicting the least recently used", async () => {
    const h = handler({ url: undefined, maxSize: 100 });
    await h.set("a", Promise.resolve(entry("x".repeat(40), [])));
    await h.set("b", Promise.resolve(entry("y".repeat(40), [])));
    await read(h, "a");
    await h.set("c", Promise.resolve(entry("z".repeat(40), [])));
    expect(await read(h, "a")).toBeDefined();
    expect(await h.get("b", [])).toBeUndefined();
    expect(await read(h, "c")).toBeDefined();
  });
});
