// Every exported mutation of job shadowing (ADR 30) expires the cached
// /tyon-varjostus page (ADR 17), which shows the rounds, their offers and
// places: a new mutation not wrapped in invalidating() fails here, unless it
// is listed below with why it need not.
import { describe, expect, it } from "vitest";
import { isInvalidating } from "@/lib/cache/invalidate";

const MODULES = {
  "lib/exchanges/applications/mutations": () => import("@/lib/exchanges/applications/mutations"),
  "lib/exchanges/rounds/mutations": () => import("@/lib/exchanges/rounds/mutations"),
  "lib/exchanges/offers/mutations": () => import("@/lib/exchanges/offers/mutations"),
  "lib/exchanges/reports/mutations": () => import("@/lib/exchanges/reports/mutations"),
};

/** Exported functions whose writes the cached list does not show. */
const NOT_ON_THE_LIST: Record<string, string> = {};

describe("the cached job-shadowing page is expired by every mutation of what it shows", () => {
  for (const [name, load] of Object.entries(MODULES)) {
    it(
      name,
      async () => {
        const exported = Object.entries(await load()).filter(
          ([, value]) => typeof value === "function" && !/^class\b/.test(String(value)),
        );
        expect(exported.length).toBeGreaterThan(0);
        const missing = exported
          .filter(([key, value]) => !isInvalidating(value) && !(key in NOT_ON_THE_LIST))
          .map(([key]) => key);
        expect(missing).toEqual([]);
      },
      30_000,
    );
  }
});
