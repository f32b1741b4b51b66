// Who writes and reads the minutes of a meeting in each status, what counts
// as a change, and the form's schema.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import type { MeetingStatus, Role } from "@/lib/db/enums";
import {
  isStaleBase,
  MINUTES_MAX_LENGTH,
  minutesAccess,
  minutesHistoryView,
  minutesVisibleIn,
  nextRevisionTime,
  normalizeMinutes,
  type MinutesAccess,
} from "@/lib/minutes/rules";
import { minutesSaveSchema } from "@/lib/minutes/schema";

const actor = (id: string, roles: Role[], libraryId: string | null = "lib"): Actor => ({ id, roles, libraryId });

const CAST = {
  signedOut: null,
  staff: actor("staff", ["STAFF"]),
  supervisor: actor("supervisor", ["SUPERVISOR", "STAFF"]),
  steering: actor("steering", ["STEERING", "STAFF"]),
  secretary: actor("secretary", ["STEERING", "STAFF"]),
  staffSecretary: actor("staff-secretary", ["STAFF"]),
  coordinator: actor("coordinator", ["COORDINATOR"]),
  admin: actor("admin", ["ADMIN"]),
} as const;

const STATUSES: MeetingStatus[] = ["PLANNED", "AGENDA_PUBLISHED", "MINUTES_DRAFT", "MINUTES_APPROVED"];

const meeting = (status: MeetingStatus, secretaryId: string | null = "secretary") => ({ id: "m", status, secretaryId });

describe("minutesAccess", () => {
  const expected: Record<keyof typeof CAST, Record<MeetingStatus, MinutesAccess>> = {
    signedOut: { PLANNED: "hidden", AGENDA_PUBLISHED: "hidden", MINUTES_DRAFT: "hidden", MINUTES_APPROVED: "hidden" },
    staff: { PLANNED: "hidden", AGENDA_PUBLISHED: "hidden", MINUTES_DRAFT: "hidden", MINUTES_APPROVED: "locked" },
    supervisor: { PLANNED: "hidden", AGENDA_PUBLISHED: "hidden", MINUTES_DRAFT: "hidden", MINUTES_APPROVED: "locked" },
    steering: {
      PLANNED: "hidden",
      AGENDA_PUBLISHED: "notAllowed",
      MINUTES_DRAFT: "notAllowed",
      MINUTES_APPROVED: "locked",
    },
    secretary: { PLANNED: "hidden", AGENDA_PUBLISHED: "write", MINUTES_DRAFT: "write", MINUTES_APPROVED: "locked" },
    // A secretary who cannot see draft agendas cannot write them either.
    staffSecretary: {
      PLANNED: "hidden",
      AGENDA_PUBLISHED: "hidden",
      MINUTES_DRAFT: "hidden",
      MINUTES_APPROVED: "locked",
    },
    coordinator: { PLANNED: "notYet", AGENDA_PUBLISHED: "write", MINUTES_DRAFT: "write", MINUTES_APPROVED: "locked" },
    admin: { PLANNED: "notYet", AGENDA_PUBLISHED: "write", MINUTES_DRAFT: "write", MINUTES_APPROVED: "locked" },
  };
  for (const [who, byStatus] of Object.entries(expected) as [
    keyof typeof CAST,
    Record<MeetingStatus, MinutesAccess>,
  ][]) {
    for (const status of STATUSES) {
      it(`${who} on a ${status} meeting: ${byStatus[status]}`, () => {
        const secretaryId = who === "staffSecretary" ? "staff-secretary" : "secretary";
        expect(minutesAccess(CAST[who], meeting(status, secretaryId))).toBe(byStatus[status]);
      });
    }
  }

  it("a steering member who is not this meeting's secretary does not write", () => {
    expect(minutesAccess(CAST.secretary, meeting("MINUTES_DRAFT", "someone-else"))).toBe("notAllowed");
    expect(minutesAccess(CAST.secretary, meeting("MINUTES_DRAFT", null))).toBe("notAllowed");
  });
});

describe("minutesHistoryView", () => {
  it("gives the history of drafts to the minutes' writers only; other readers get the text", () => {
    const table = Object.fromEntries(
      Object.entries(CAST).map(([who, a]) => [
        who,
        Object.fromEntries(
          STATUSES.map((status) => [
            status,
            minutesHistoryView(a, meeting(status, who === "staffSecretary" ? "staff-secretary" : "secretary")),
          ]),
        ),
      ]),
    );
    const none = { PLANNED: "hidden", AGENDA_PUBLISHED: "hidden", MINUTES_DRAFT: "hidden" } as const;
    const writer = { PLANNED: "hidden", AGENDA_PUBLISHED: "revisions", MINUTES_DRAFT: "revisions" } as const;
    expect(table).toEqual({
      signedOut: { ...none, MINUTES_APPROVED: "hidden" },
      // Approved minutes: the approved text, not the drafts saved before approval (issue 9).
      staff: { ...none, MINUTES_APPROVED: "text" },
      supervisor: { ...none, MINUTES_APPROVED: "text" },
      // The steering group reads the draft, but the drafts' history is the writers'.
      steering: { ...none, MINUTES_DRAFT: "text", MINUTES_APPROVED: "text" },
      // The writers keep the whole history after approval too.
      secretary: { ...writer, MINUTES_APPROVED: "revisions" },
      // A secretary who never saw the drafts did not write them.
      staffSecretary: { ...none, MINUTES_APPROVED: "text" },
      coordinator: { ...writer, MINUTES_APPROVED: "revisions" },
      admin: { ...writer, MINUTES_APPROVED: "revisions" },
    });
  });

  it("a member without a library sees no approved minutes", () => {
    expect(minutesHistoryView(actor("x", ["STAFF"], null), meeting("MINUTES_APPROVED"))).toBe("hidden");
  });

  it("the secretary of another meeting is no writer of this one", () => {
    expect(minutesHistoryView(CAST.secretary, meeting("MINUTES_APPROVED", "someone-else"))).toBe("text");
  });

  it("minutes are part of the record from the draft on", () => {
    expect(STATUSES.filter(minutesVisibleIn)).toEqual(["MINUTES_DRAFT", "MINUTES_APPROVED"]);
  });
});

describe("what counts as a change", () => {
  it("normalises line ends and trailing blank space, keeping indentation", () => {
    expect(normalizeMinutes("a\r\nb\rc\n\n  \n")).toBe("a\nb\nc");
    expect(normalizeMinutes("    koodi\n- lista  ")).toBe("    koodi\n- lista");
    expect(normalizeMinutes("   ")).toBe("");
  });

  it("a save is stale when another revision came after its base", () => {
    expect(isStaleBase(null, null)).toBe(false);
    expect(isStaleBase(undefined, null)).toBe(false);
    expect(isStaleBase("r1", "r1")).toBe(false);
    expect(isStaleBase("r1", "r2")).toBe(true);
    expect(isStaleBase(null, "r1")).toBe(true);
    expect(isStaleBase("r1", null)).toBe(true);
  });

  it("a new revision is always later than the latest", () => {
    const now = new Date("2026-01-01T10:00:00.000Z");
    expect(nextRevisionTime(null, now)).toEqual(now);
    expect(nextRevisionTime(new Date("2026-01-01T09:00:00.000Z"), now)).toEqual(now);
    expect(nextRevisionTime(new Date("2026-01-01T10:00:05.000Z"), now)).toEqual(new Date("2026-01-01T10:00:05.001Z"));
    expect(nextRevisionTime(now, now)).toEqual(new Date("2026-01-01T10:00:00.001Z"));
  });
});

describe("minutesSaveSchema", () => {
  const ids = {
    meetingId: "6f1c2a8e-7b3d-4c5e-9f10-1a2b3c4d5e6f",
    agendaItemId: "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
  };
  const fields = (values: Record<string, unknown>) => {
    const result = minutesSaveSchema.safeParse(values);
    return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
  };

  it("takes the text normalised, and empty text as clearing the minutes", () => {
    expect(minutesSaveSchema.parse({ ...ids, baseRevisionId: "", minutes: "Rivi\r\n\r\n" })).toEqual({
      ...ids,
      baseRevisionId: undefined,
      minutes: "Rivi",
    });
    expect(minutesSaveSchema.parse({ ...ids }).minutes).toBe("");
  });

  it("refuses text over the limit, counted after normalising", () => {
    expect(fields({ ...ids, minutes: "x".repeat(MINUTES_MAX_LENGTH + 1) })).toEqual({
      minutes: "minutes.error.tooLong",
    });
    expect(fields({ ...ids, minutes: "x".repeat(MINUTES_MAX_LENGTH) + "\r\n\r\n" })).toEqual({});
  });

  it("requires the meeting and item ids and refuses malformed ones", () => {
    expect(fields({ minutes: "x" })).toEqual({
      meetingId: "validation.required",
      agendaItemId: "validation.required",
    });
    expect(fields({ meetingId: "1", agendaItemId: "x", baseRevisionId: "nope", minutes: "x" })).toEqual({
      meetingId: "validation.invalid",
      agendaItemId: "validation.invalid",
      baseRevisionId: "validation.invalid",
    });
    expect(fields({ ...ids, minutes: ["a", "b"] })).toEqual({ minutes: "validation.invalid" });
  });
});
