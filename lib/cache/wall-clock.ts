// One clock for the caches of a process: `performance.timeOrigin +
// performance.now()` kept on the wall clock (Date.now()).
//
// Next stamps "use cache" entries and checks tag expiry with the monotonic
// clock (performance.timeOrigin, fixed at process start, plus performance.now()),
// but stamps its route cache entries and its own tag invalidations with
// Date.now(); the database's now() and the other processes are on the wall
// clock too. The two agree until the wall clock is stepped: a virtual machine
// paused and resumed (as CI's machines are) comes back with its wall clock
// moved on and the monotonic clock where it stopped. After a step of D ms
// forward, every page cached in the D ms before a change outlived the change,
// and an invalidation from another process or the database took D ms to count
// (CI saw four such failures; `date -s "+20 seconds"` under the e2e suite
// reproduced them). Following the wall clock makes every comparison one
// between readings of the same clock. performance.now() itself stays
// monotonic, so durations are unaffected.
//
// Loaded by Node itself from the cache handler (no bundler): erasable
// TypeScript only.

/** Differences up to this are the clocks' jitter (a few ms seen), not a step: the origin stays put. */
export const STEP_MS = 10;

type Performance = { now(): number; readonly timeOrigin: number };

const INSTALLED = Symbol.for("pike.wallClockOrigin");

/**
 * Makes `target.timeOrigin` follow the wall clock: re-anchored whenever it and
 * `wallNow() - target.now()` differ by more than STEP_MS, in either direction.
 * Idempotent. Returns whether it was installed now.
 */
export function followWallClock(target: Performance = performance, wallNow: () => number = () => Date.now()): boolean {
  if ((target as unknown as Record<symbol, unknown>)[INSTALLED]) return false;
  let origin = wallNow() - target.now();
  Object.defineProperty(target, "timeOrigin", {
    configurable: true,
    enumerable: true,
    get() {
      const wall = wallNow() - target.now();
      if (Math.abs(wall - origin) > STEP_MS) origin = wall;
      return origin;
    },
  });
  Object.defineProperty(target, INSTALLED, { value: true });
  return true;
}
