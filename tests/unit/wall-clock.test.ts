// The caches' clock (lib/cache/wall-clock.ts): performance.timeOrigin follows
// the wall clock across a step, and ignores the clocks' jitter.
import { describe, expect, it } from "vitest";
import { followWallClock, STEP_MS } from "@/lib/cache/wall-clock";

/** A performance object and a wall clock the test moves by hand. */
function clocks(start = 1_800_000_000_000) {
  let monotonic = 5_000;
  let wall = start;
  const perf = { now: () => monotonic, timeOrigin: start - 5_000 };
  return {
    perf,
    wallNow: () => wall,
    /** Time passes on both clocks. */
    pass(ms: number) {
      monotonic += ms;
      wall += ms;
    },
    /** The wall clock alone moves (a paused machine resumed: forward; a correction: either way). */
    step(ms: number) {
      wall += ms;
    },
    stamp: () => perf.timeOrigin + perf.now(),
    wall: () => wall,
  };
}

describe("followWallClock", () => {
  it("stamps on the wall clock after a step forward, and after one back", () => {
    const c = clocks();
    expect(followWallClock(c.perf, c.wallNow)).toBe(true);
    c.pass(1_000);
    expect(c.stamp()).toBe(c.wall());

    // Paused for 20 s: the monotonic clock did not move, the wall clock did.
    c.step(20_000);
    expect(c.stamp()).toBe(c.wall());
    c.pass(250);
    expect(c.stamp()).toBe(c.wall());

    c.step(-3_000);
    expect(c.stamp()).toBe(c.wall());
  });

  it("keeps its origin through jitter up to STEP_MS, so stamps never run backwards then", () => {
    const c = clocks();
    followWallClock(c.perf, c.wallNow);
    const origin = c.perf.timeOrigin;
    let previous = c.stamp();
    for (const jitter of [STEP_MS, -STEP_MS, 3, -2]) {
      c.step(jitter);
      c.pass(1);
      expect(c.perf.timeOrigin).toBe(origin);
      expect(c.stamp()).toBeGreaterThan(previous);
      previous = c.stamp();
      c.step(-jitter);
    }
    c.step(STEP_MS + 1);
    expect(c.perf.timeOrigin).toBe(origin + STEP_MS + 1);
  });

  it("installs once; performance.now() itself is left alone", () => {
    const c = clocks();
    const now = c.perf.now;
    expect(followWallClock(c.perf, c.wallNow)).toBe(true);
    expect(followWallClock(c.perf, c.wallNow)).toBe(false);
    expect(c.perf.now).toBe(now);
  });
});
