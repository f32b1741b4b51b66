import { describe, expect, it } from "vitest";
import { audienceActor, audienceKey, audienceSegment, NOBODY_ID } from "@/lib/auth/audience";
import { can, ROLES, visibleMeetingStatuses, type Actor } from "@/lib/auth/policy";
import type { MeetingStatus, Role } from "@/lib/db/enums";
import { canManageMeeting, canPrintMeeting, canWriteMinutes, canWriteNewsRound } from "@/lib/meetings/rules";

const SECRET = "a-test-secret-of-some-length";
const STATUSES: MeetingStatus[] = ["PLANNED", "AGENDA_PUBLISHED", "MINUTES_DRAFT", "MINUTES_APPROVED"];

/** Every non-empty set of roles, with and without a library. */
function everyReader(): Actor[] {
  const readers: Actor[] = [];
  for (let mask = 1; mask < 1 << ROLES.length; mask++) {
    const roles = ROLES.filter((_, i) => mask & (1 << i)) as Role[];
    readers.push({ id: "8b0c1f52-0d7e-4c11-9a4b-1d2e3f405162", roles, libraryId: null });
    readers.push({
      id: "8b0c1f52-0d7e-4c11-9a4b-1d2e3f405162",
      roles,
      libraryId: "5a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
    });
  }
  return readers;
}

describe("audience segments", () => {
  it("name the roles in one order, and the library", () => {
    expect(audienceKey({ roles: ["STEERING", "COORDINATOR"], hasLibrary: true })).toBe("coordinator-steering-lib");
    expect(audienceKey({ roles: ["STAFF"], hasLibrary: false })).toBe("staff");
  });

  it("turn back into a stand-in with the same roles and a library that is nobody's", () => {
    const actor = audienceActor(audienceSegment({ roles: ["STEERING"], hasLibrary: true }, SECRET), SECRET);
    expect(actor).toEqual({ id: NOBODY_ID, roles: ["STEERING"], libraryId: NOBODY_ID });
    const noLibrary = audienceActor(audienceSegment({ roles: ["ADMIN"], hasLibrary: false }, SECRET), SECRET);
    expect(noLibrary).toEqual({ id: NOBODY_ID, roles: ["ADMIN"], libraryId: null });
  });

  it("refuse a segment not signed with the secret, or altered", () => {
    const segment = audienceSegment({ roles: ["STAFF"], hasLibrary: true }, SECRET);
    const mac = segment.split(".")[1]!;
    expect(audienceActor(segment, "another-secret-of-some-length")).toBeNull();
    expect(audienceActor(`coordinator-lib.${mac}`, SECRET)).toBeNull();
    expect(audienceActor(`staff-lib.${mac.slice(0, -1)}A`, SECRET)).toBeNull();
    expect(audienceActor("staff-lib", SECRET)).toBeNull();
    expect(audienceActor("", SECRET)).toBeNull();
  });

  it("refuse a key in any spelling but the one that is signed", () => {
    // Someone with the secret would never sign these; a forged MAC over them is still refused.
    for (const key of ["steering-coordinator", "lib-staff", "staff-staff", "lib", "root"]) {
      const forged = audienceSegment({ roles: [], hasLibrary: false }, SECRET).replace(/^[^.]*/, key);
      expect(audienceActor(forged, SECRET)).toBeNull();
    }
  });

  it("give the stand-in every meeting permission the reader has, for every reader (secretary aside)", () => {
    for (const reader of everyReader()) {
      const stand = audienceActor(
        audienceSegment({ roles: reader.roles, hasLibrary: reader.libraryId !== null }, SECRET),
        SECRET,
      )!;
      expect(visibleMeetingStatuses(stand)).toEqual(visibleMeetingStatuses(reader));
      for (const permission of ["meeting.manage", "minutes.write", "newsRound.writeOwnLibrary"] as const) {
        expect(can(stand, permission)).toBe(can(reader, permission));
      }
      for (const status of STATUSES) {
        // The meeting's secretary is someone else: the proxy leaves the secretary to the per-request page.
        const meeting = { id: "m", status, secretaryId: "someone-else" };
        expect(canManageMeeting(stand, meeting)).toBe(canManageMeeting(reader, meeting));
        expect(canWriteMinutes(stand, meeting)).toBe(canWriteMinutes(reader, meeting));
        expect(canWriteNewsRound(stand, meeting)).toBe(canWriteNewsRound(reader, meeting));
        expect(canPrintMeeting(stand, meeting)).toBe(canPrintMeeting(reader, meeting));
      }
    }
  });
});
