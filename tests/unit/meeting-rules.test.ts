// The meeting's own rules: who may manage it, which status steps exist,
// what is locked, where a new agenda item goes and how items move.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import type { AgendaItemKind, MeetingStatus, Role } from "@/lib/db/enums";
import { STANDARD_AGENDA } from "@/lib/meetings/agenda-template";
import {
  agendaInsertIndex,
  agendaRecipients,
  canBeInvited,
  canBeSecretary,
  canChangeMeetingStatus,
  canDeleteMeeting,
  canManageMeeting,
  canWriteMinutes,
  hasMeetingPlace,
  isMeetingLocked,
  isMinutesReopen,
  isMinutesWriter,
  MEETING_TRANSITIONS,
  moveInOrder,
} from "@/lib/meetings/rules";

const STATUSES: MeetingStatus[] = ["PLANNED", "AGENDA_PUBLISHED", "MINUTES_DRAFT", "MINUTES_APPROVED"];
const actor = (roles: Role[], libraryId: string | null = "lib-1"): Actor => ({ id: "u-1", roles, libraryId });
const meeting = (status: MeetingStatus, secretaryId: string | null = null) => ({ id: "m-1", status, secretaryId });

describe("status steps", () => {
  const allowed: [MeetingStatus, MeetingStatus][] = [
    ["PLANNED", "AGENDA_PUBLISHED"],
    ["AGENDA_PUBLISHED", "MINUTES_DRAFT"],
    ["MINUTES_DRAFT", "MINUTES_APPROVED"],
    ["MINUTES_APPROVED", "MINUTES_DRAFT"],
  ];

  it("allow exactly the four steps of the flow, and refuse every other pair", () => {
    for (const from of STATUSES) {
      for (const to of STATUSES) {
        const expected = allowed.some(([a, b]) => a === from && b === to);
        expect(canChangeMeetingStatus(from, to), `${from} → ${to}`).toBe(expected);
      }
    }
  });

  it("never skip a step or go back to PLANNED", () => {
    expect(canChangeMeetingStatus("PLANNED", "MINUTES_APPROVED")).toBe(false);
    expect(canChangeMeetingStatus("PLANNED", "MINUTES_DRAFT")).toBe(false);
    expect(canChangeMeetingStatus("AGENDA_PUBLISHED", "PLANNED")).toBe(false);
    expect(canChangeMeetingStatus("MINUTES_DRAFT", "AGENDA_PUBLISHED")).toBe(false);
    expect(canChangeMeetingStatus("MINUTES_APPROVED", "MINUTES_APPROVED")).toBe(false);
    expect(Object.keys(MEETING_TRANSITIONS).sort()).toEqual([...STATUSES].sort());
  });

  it("know a reopening of approved minutes from the first start of the minutes", () => {
    expect(isMinutesReopen("MINUTES_APPROVED", "MINUTES_DRAFT")).toBe(true);
    expect(isMinutesReopen("AGENDA_PUBLISHED", "MINUTES_DRAFT")).toBe(false);
  });

  it("lock details, attendance and agenda only once the minutes are approved, and delete only planned meetings", () => {
    expect(STATUSES.filter(isMeetingLocked)).toEqual(["MINUTES_APPROVED"]);
    expect(STATUSES.filter(canDeleteMeeting)).toEqual(["PLANNED"]);
  });

  it("publish only a meeting with a place or a link", () => {
    expect(hasMeetingPlace({ location: null, remoteUrl: null })).toBe(false);
    expect(hasMeetingPlace({ location: "  ", remoteUrl: null })).toBe(false);
    expect(hasMeetingPlace({ location: "Jyväskylän pääkirjasto", remoteUrl: null })).toBe(true);
    expect(hasMeetingPlace({ location: null, remoteUrl: "https://teams.example/x" })).toBe(true);
  });
});

describe("who manages a meeting", () => {
  const cases: [string, Actor | null, MeetingStatus[]][] = [
    ["signed out", null, []],
    ["staff", actor(["STAFF"]), []],
    ["supervisor", actor(["SUPERVISOR"]), []],
    ["steering group", actor(["STEERING"]), []],
    ["coordinator", actor(["COORDINATOR"]), STATUSES],
    // An admin without a library of their own still manages every meeting.
    ["admin", actor(["ADMIN"], null), STATUSES],
  ];
  for (const [name, who, manages] of cases) {
    it(`${name}: ${manages.length ? "every status" : "none"}`, () => {
      expect(STATUSES.filter((status) => canManageMeeting(who, meeting(status)))).toEqual(manages);
    });
  }

  it("the secretary writes the minutes only between publishing and approval", () => {
    const secretary = actor(["STEERING"]);
    expect(STATUSES.filter((s) => canWriteMinutes(secretary, meeting(s, secretary.id)))).toEqual([
      "AGENDA_PUBLISHED",
      "MINUTES_DRAFT",
    ]);
  });
});

describe("who may be named to a meeting (issue 9)", () => {
  const people: [string, Actor, { invited: boolean; secretary: boolean }][] = [
    ["staff", actor(["STAFF"]), { invited: false, secretary: false }],
    ["supervisor", actor(["SUPERVISOR", "STAFF"]), { invited: false, secretary: false }],
    ["steering group", actor(["STEERING"]), { invited: true, secretary: true }],
    // Without a library of their own a steering member still sees draft agendas.
    ["steering group, no library", actor(["STEERING"], null), { invited: true, secretary: true }],
    ["coordinator", actor(["COORDINATOR"]), { invited: true, secretary: true }],
    ["admin", actor(["ADMIN"], null), { invited: true, secretary: true }],
  ];
  for (const [name, person, expected] of people) {
    it(`${name}: ${expected.invited ? "may" : "may not"} be invited, ${expected.secretary ? "may" : "may not"} be secretary`, () => {
      expect({ invited: canBeInvited(person), secretary: canBeSecretary(person) }).toEqual(expected);
    });
  }

  it("a secretary is one who could write the minutes: a STAFF secretary never writes, and is no writer after approval", () => {
    const staff = actor(["STAFF"]);
    expect(STATUSES.filter((s) => canWriteMinutes(staff, meeting(s, staff.id)))).toEqual([]);
    expect(isMinutesWriter(staff, meeting("MINUTES_APPROVED", staff.id))).toBe(false);
    const steering = actor(["STEERING"]);
    expect(isMinutesWriter(steering, meeting("MINUTES_APPROVED", steering.id))).toBe(true);
    expect(isMinutesWriter(steering, meeting("MINUTES_APPROVED", "someone-else"))).toBe(false);
    expect(isMinutesWriter(actor(["COORDINATOR"]), meeting("MINUTES_APPROVED"))).toBe(true);
  });

  it("publishing mails the invitees who will see the agenda and names the others", () => {
    const hanna = { ...actor(["STEERING"]), id: "hanna" };
    const marju = { ...actor(["STAFF"]), id: "marju" };
    const juli = { ...actor(["COORDINATOR"]), id: "juli" };
    const { mailed, notMailed } = agendaRecipients([hanna, marju, juli]);
    expect(mailed.map((p) => p.id)).toEqual(["hanna", "juli"]);
    expect(notMailed.map((p) => p.id)).toEqual(["marju"]);
  });
});

describe("the standard agenda", () => {
  it("runs opening, news round, previous action items, other matters, next meeting, closing", () => {
    expect(STANDARD_AGENDA.map((item) => item.kind)).toEqual([
      "OPENING",
      "NEWS_ROUND",
      "PREVIOUS_ACTIONS",
      "OTHER_MATTERS",
      "NEXT_MEETING",
      "CLOSING",
    ]);
    expect(STANDARD_AGENDA.map((item) => item.title)).toEqual([
      "Kokouksen avaus",
      "Kuulumiskierros",
      "Edellisen kokouksen toimenpiteet",
      "Muut asiat",
      "Seuraava kokous",
      "Kokouksen päättäminen",
    ]);
    for (const item of STANDARD_AGENDA) expect(item.body.trim()).not.toBe("");
  });
});

describe("a new agenda item goes before the closing block", () => {
  const kinds = (...k: AgendaItemKind[]) => k;

  it("between the previous action items and other matters in the template", () => {
    expect(agendaInsertIndex(STANDARD_AGENDA.map((item) => item.kind))).toBe(3);
  });

  it("after the meeting's own items", () => {
    expect(agendaInsertIndex(kinds("OPENING", "NEWS_ROUND", "STANDARD", "STANDARD", "OTHER_MATTERS", "CLOSING"))).toBe(
      4,
    );
  });

  it("last when there is no closing block, first into an empty agenda", () => {
    expect(agendaInsertIndex(kinds("OPENING", "STANDARD"))).toBe(2);
    expect(agendaInsertIndex([])).toBe(0);
    expect(agendaInsertIndex(kinds("CLOSING"))).toBe(0);
  });

  it("before a closing block that a coordinator reordered", () => {
    expect(agendaInsertIndex(kinds("OPENING", "OTHER_MATTERS", "STANDARD", "NEXT_MEETING", "CLOSING"))).toBe(3);
  });
});

describe("moving an item a step", () => {
  const order = ["a", "b", "c", "d"];

  it("swaps it with its neighbour", () => {
    expect(moveInOrder(order, "c", "up")).toEqual(["a", "c", "b", "d"]);
    expect(moveInOrder(order, "a", "down")).toEqual(["b", "a", "c", "d"]);
    expect(order).toEqual(["a", "b", "c", "d"]);
  });

  it("refuses to move past either end or an unknown item", () => {
    expect(moveInOrder(order, "a", "up")).toBeNull();
    expect(moveInOrder(order, "d", "down")).toBeNull();
    expect(moveInOrder(order, "x", "up")).toBeNull();
  });
});
