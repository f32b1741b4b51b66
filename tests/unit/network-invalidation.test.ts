// Every exported mutation of the networks (ADR 29) expires the cached
// /verkostot list (ADR 17), which shows each network's description, chairs
// and active members: a new mutation not wrapped in invalidating() fails
// here, unless it is listed below with why it need not.
import { describe, expect, it } from "vitest";
import { isInvalidating } from "@/lib/cache/invalidate";

const MODULES = {
  "lib/networks/mutations": () => import("@/lib/networks/mutations"),
  "lib/networks/playbook/mutations": () => import("@/lib/networks/playbook/mutations"),
  "lib/networks/events/mutations": () => import("@/lib/networks/events/mutations"),
  "lib/networks/announcements/mutations": () => import("@/lib/networks/announcements/mutations"),
};

/** Exported functions whose writes the cached list does not show. */
const NOT_ON_THE_LIST: Record<string, string> = {
  requestToJoin: "a pending request is not an active member; the network's own page is per request",
  postAnnouncement: "announcements are listed only on the network's own page, which is per request",
  openNetwork: "a check inside other writes' transactions (events, announcements); writes nothing",
  assertChairs: "a check inside other writes' transactions (events, announcements); writes nothing",
};

describe("the cached network list is expired by every mutation of what it shows", () => {
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
