import { describe, expect, it } from "vitest";
import { can, canSeeMeeting, PERMISSIONS, POLICY, ROLES, visibleMeetingStatuses, type Actor } from "@/lib/auth/policy";
import type { Role } from "@/lib/db/enums";

// The expected matrix, written out independently of the policy table:
// for each permission, which of [signed out, STAFF, SUPERVISOR, STEERING, COORDINATOR, ADMIN] may.
const EXPECTED: Record<string, [boolean, boolean, boolean, boolean, boolean, boolean]> = {
  "menu.read": [true, true, true, true, true, true],
  "network.read": [true, true, true, true, true, true],
  "library.read": [true, true, true, true, true, true],
  "kit.read": [true, true, true, true, true, true],
  "exchange.read": [true, true, true, true, true, true],
  "accessibility.read": [true, true, true, true, true, true],
  "meeting.readApproved": [false, true, true, true, true, true],
  "enrolment.self": [false, true, true, true, true, true],
  "interest.express": [false, true, true, true, true, true],
  "network.requestJoin": [false, true, true, true, true, true],
  "network.readMembers": [false, true, true, true, true, true],
  "exchange.apply": [false, true, true, true, true, true],
  "exchange.readReports": [false, true, true, true, true, true],
  "kit.requestReservation": [false, true, true, true, true, true],
  "feedback.give": [false, true, true, true, true, true],
  "programme.take": [false, true, true, true, true, true],
  "ownData.read": [false, true, true, true, true, true],
  "ownData.export": [false, true, true, true, true, true],
  "calendar.ownFeed": [false, true, true, true, true, true],
  "profile.editOwn": [false, true, true, true, true, true],
  "ownData.requestRemoval": [false, true, true, true, true, true],
  "workshop.order": [false, false, true, false, true, true],
  "library.participation.read": [false, false, true, false, true, true],
  "programme.progressOwnLibrary": [false, false, true, false, true, true],
  "staff.readOwnLibrary": [false, false, true, false, false, false],
  "staff.inviteOwnLibrary": [false, false, true, false, false, false],
  "meeting.readDraft": [false, false, false, true, true, true],
  "newsRound.writeOwnLibrary": [false, false, false, true, true, true],
  "actionItem.markDone": [false, false, false, true, true, true],
  "poll.answer": [false, false, false, true, true, true],
  "meeting.readPlanned": [false, false, false, false, true, true],
  "meeting.manage": [false, false, false, false, true, true],
  "minutes.write": [false, false, false, false, true, true],
  "menu.manage": [false, false, false, false, true, true],
  "offering.manage": [false, false, false, false, true, true],
  "session.manage": [false, false, false, false, true, true],
  "enrolment.manage": [false, false, false, false, true, true],
  "workshopOrder.manage": [false, false, false, false, true, true],
  "kit.manage": [false, false, false, false, true, true],
  "network.manage": [false, false, false, false, true, true],
  "exchange.manage": [false, false, false, false, true, true],
  "exchange.offer": [false, false, true, false, true, true],
  "programme.manage": [false, false, false, false, true, true],
  "reports.read": [false, false, false, false, true, true],
  "export.read": [false, false, false, false, true, true],
  "libraries.editContent": [false, false, false, false, true, true],
  "users.manage": [false, false, false, false, false, true],
  "roles.manage": [false, false, false, false, false, true],
  "libraries.manage": [false, false, false, false, false, true],
  "audit.read": [false, false, false, false, false, true],
};

const COLUMNS: (Role | null)[] = [null, "STAFF", "SUPERVISOR", "STEERING", "COORDINATOR", "ADMIN"];
const actorWith = (role: Role): Actor => ({ id: "u", roles: [role], libraryId: "lib" });

describe("policy table", () => {
  it("has an expectation for every permission and no more", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...PERMISSIONS].sort());
  });

  for (const permission of Object.keys(POLICY)) {
    COLUMNS.forEach((role, column) => {
      it(`${role ?? "signed out"} × ${permission}`, () => {
        const actor = role ? actorWith(role) : null;
        expect(can(actor, permission)).toBe(EXPECTED[permission]![column]);
      });
    });
  }

  it("denies unknown permissions to everyone, admins included", () => {
    for (const role of ROLES) expect(can(actorWith(role), "meeting.delete-everything")).toBe(false);
    expect(can(null, "toString")).toBe(false);
    expect(can(actorWith("ADMIN"), "__proto__")).toBe(false);
  });

  it("denies a signed-in user with no roles everything but their own data", () => {
    const nobody: Actor = { id: "x", roles: [], libraryId: "lib" };
    const allowed = PERMISSIONS.filter((p) => can(nobody, p));
    expect(allowed.sort()).toEqual(
      [
        "accessibility.read",
        "calendar.ownFeed",
        "exchange.read",
        "kit.read",
        "library.read",
        "menu.read",
        "network.read",
        "ownData.export",
        "ownData.read",
        "ownData.requestRemoval",
        "profile.editOwn",
      ].sort(),
    );
  });

  it("reserves approved minutes for users of a member library", () => {
    expect(can({ id: "x", roles: ["STAFF"], libraryId: null }, "meeting.readApproved")).toBe(false);
  });

  it("combines the rights of several roles", () => {
    const both: Actor = { id: "x", roles: ["STAFF", "SUPERVISOR"], libraryId: "lib" };
    expect(can(both, "workshop.order")).toBe(true);
    expect(can(both, "meeting.readDraft")).toBe(false);
  });
});

describe("meeting visibility", () => {
  it("follows the status ladder", () => {
    expect(visibleMeetingStatuses(null)).toEqual([]);
    expect(visibleMeetingStatuses(actorWith("STAFF"))).toEqual(["MINUTES_APPROVED"]);
    expect(visibleMeetingStatuses(actorWith("SUPERVISOR"))).toEqual(["MINUTES_APPROVED"]);
    expect(visibleMeetingStatuses(actorWith("STEERING")).sort()).toEqual(
      ["AGENDA_PUBLISHED", "MINUTES_APPROVED", "MINUTES_DRAFT"].sort(),
    );
    expect(visibleMeetingStatuses(actorWith("COORDINATOR")).sort()).toEqual(
      ["AGENDA_PUBLISHED", "MINUTES_APPROVED", "MINUTES_DRAFT", "PLANNED"].sort(),
    );
    expect(canSeeMeeting(actorWith("STEERING"), "PLANNED")).toBe(false);
    expect(canSeeMeeting(actorWith("ADMIN"), "PLANNED")).toBe(true);
  });
});
