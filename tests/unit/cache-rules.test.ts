// The pure half of the "use cache" handler: tag times as Next's built-in handler reads them, and the LRU bound.
import { describe, expect, it } from "vitest";
import {
  invalidatedTimes,
  isExpiredByTags,
  isStaleByTags,
  latestExpiration,
  SizedLru,
  type TagTimes,
} from "@/lib/cache/rules";

const manifest = (entries: Record<string, TagTimes>) => (tag: string) => entries[tag];

describe("tag times", () => {
  it("updateTag expires now and keeps an earlier stale time", () => {
    expect(invalidatedTimes(undefined, 1000)).toEqual({ expired: 1000 });
    expect(invalidatedTimes({ stale: 500 }, 1000)).toEqual({ stale: 500, expired: 1000 });
  });

  it("revalidateTag(tag, profile) is stale now and expires after the profile's expire", () => {
    expect(invalidatedTimes(undefined, 1000, { expire: 60 })).toEqual({ stale: 1000, expired: 61_000 });
    expect(invalidatedTimes({ expired: 10 }, 1000, {})).toEqual({ stale: 1000, expired: 10 });
  });

  it("an entry is expired by a tag whose expiry has come and is newer than the entry", () => {
    const times = manifest({ menu: { expired: 2000 }, later: { expired: 9000 } });
    expect(isExpiredByTags(times, ["x", "menu"], 1500, 3000)).toBe(true);
    expect(isExpiredByTags(times, ["menu"], 2500, 3000)).toBe(false); // made after
    expect(isExpiredByTags(times, ["later"], 1500, 3000)).toBe(false); // not yet
    expect(isExpiredByTags(times, ["later"], 1500, 9000)).toBe(true);
    expect(isExpiredByTags(times, [], 1500, 3000)).toBe(false);
  });

  it("an entry is stale when a tag went stale after it", () => {
    const times = manifest({ menu: { stale: 2000 } });
    expect(isStaleByTags(times, ["menu"], 1500)).toBe(true);
    expect(isStaleByTags(times, ["menu"], 2000)).toBe(false);
  });

  it("getExpiration is the latest expiry, 0 when never invalidated", () => {
    const times = manifest({ a: { expired: 5 }, b: { expired: 7, stale: 99 }, c: { stale: 3 } });
    expect(latestExpiration(times, ["a", "b", "c"])).toBe(7);
    expect(latestExpiration(times, ["c", "z"])).toBe(0);
    expect(latestExpiration(times, [])).toBe(0);
  });
});

describe("SizedLru", () => {
  const lru = () => new SizedLru<string>(10, (v) => v.length);

  it("evicts the least recently used until the total fits", () => {
    const c = lru();
    c.set("a", "aaaa");
    c.set("b", "bbbb");
    expect(c.get("a")).toBe("aaaa");
    c.set("c", "cccc");
    expect(c.get("b")).toBeUndefined();
    expect(c.get("a")).toBe("aaaa");
    expect(c.size).toBe(8);
    expect(c.count).toBe(2);
  });

  it("replacing a key counts its new size only; a value bigger than the bound is not kept", () => {
    const c = lru();
    c.set("a", "aaaa");
    c.set("a", "aaaaaaaa");
    expect(c.size).toBe(8);
    expect(c.set("a", "x".repeat(11))).toBe(false);
    expect(c.get("a")).toBeUndefined();
    expect(c.size).toBe(0);
  });
});
