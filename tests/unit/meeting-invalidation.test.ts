// Every exported mutation of the modules whose data the meetings' audience
// pages show (ADR 23) invalidates them: a new mutation that is not wrapped in
// invalidating() fails here, unless it is listed below with why it need not.
import { describe, expect, it } from "vitest";
import { isInvalidating } from "@/lib/cache/invalidate";

const MODULES = {
  "lib/meetings/mutations": () => import("@/lib/meetings/mutations"),
  "lib/minutes/mutations": () => import("@/lib/minutes/mutations"),
  "lib/materials/mutations": () => import("@/lib/materials/mutations"),
  "lib/news-round/mutations": () => import("@/lib/news-round/mutations"),
  "lib/action-items/mutations": () => import("@/lib/action-items/mutations"),
  "lib/decisions/mutations": () => import("@/lib/decisions/mutations"),
  "lib/polls/mutations": () => import("@/lib/polls/mutations"),
};

/** Exported functions that are not mutations of their own, or whose data no meeting page shows. */
const NOT_ON_MEETING_PAGES: Record<string, string> = {
  lockVisibleMeeting: "a helper inside other mutations' transactions",
  lockMeetingForOutcomes: "a helper inside other mutations' transactions",
  agendaItemOfMeeting: "a helper inside other mutations' transactions",
  createMeetingInTx: "a helper inside other mutations' transactions (convertPollToMeeting)",
  assertPollReader: "a permission check",
  assertPollManager: "a permission check",
  createPoll: "polls have pages of their own",
  addPollOption: "polls have pages of their own",
  removePollOption: "polls have pages of their own",
  closePoll: "polls have pages of their own",
  reopenPoll: "polls have pages of their own",
  answerPoll: "polls have pages of their own",
};

describe("meetings' audience pages are invalidated by every mutation of what they show", () => {
  for (const [name, load] of Object.entries(MODULES)) {
    it(
      name,
      async () => {
        // Functions, not error classes.
        const exported = Object.entries(await load()).filter(
          ([, value]) => typeof value === "function" && !/^class\b/.test(String(value)),
        );
        const missing = exported
          .filter(([key, value]) => !isInvalidating(value) && !(key in NOT_ON_MEETING_PAGES))
          .map(([key]) => key);
        expect(missing).toEqual([]);
        // The first import of a domain's module graph is slow on a busy 2-core machine.
      },
      30_000,
    );
  }
});
