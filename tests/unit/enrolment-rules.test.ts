import { describe, expect, it } from "vitest";
import {
  eligibilityOf,
  EnrolmentRefusedError,
  enrolmentRefusal,
  isRegistrationOpen,
  mayCancel,
  promotableCount,
  registrationState,
  renumberWaitlist,
  type RegistrationSubject,
} from "@/lib/enrolments/rules";

const at = (iso: string) => new Date(iso);

// A session on 10.3.2027 at 9.00 Helsinki time; registration 1.2.–3.3.
const session: RegistrationSubject = {
  status: "SCHEDULED",
  menuStatus: "PUBLISHED",
  startsAt: at("2027-03-10T07:00:00Z"),
  registrationOpensAt: at("2027-02-01T07:00:00Z"),
  registrationClosesAt: at("2027-03-03T21:59:59Z"),
};

describe("registration window", () => {
  it("is open from opensAt to closesAt, both inclusive", () => {
    expect(registrationState(session, at("2027-02-01T07:00:00Z"))).toBe("OPEN");
    expect(registrationState(session, at("2027-02-15T12:00:00Z"))).toBe("OPEN");
    expect(registrationState(session, at("2027-03-03T21:59:59Z"))).toBe("OPEN");
  });

  it("is not yet open before opensAt, and closed after closesAt", () => {
    expect(registrationState(session, at("2027-02-01T06:59:59Z"))).toBe("NOT_YET_OPEN");
    expect(registrationState(session, at("2027-03-03T22:00:00Z"))).toBe("CLOSED");
  });

  it("without a window runs from publication until the start, exclusive", () => {
    const open = { ...session, registrationOpensAt: null, registrationClosesAt: null };
    expect(registrationState(open, at("2020-01-01T00:00:00Z"))).toBe("OPEN");
    expect(registrationState(open, at("2027-03-10T06:59:59Z"))).toBe("OPEN");
    expect(registrationState(open, at("2027-03-10T07:00:00Z"))).toBe("CLOSED");
  });

  it("closes at the start even when closesAt is later", () => {
    const late = { ...session, registrationClosesAt: at("2027-03-11T00:00:00Z") };
    expect(isRegistrationOpen(late, at("2027-03-10T07:00:00Z"))).toBe(false);
  });

  it("is never open for a cancelled session or an unpublished menu", () => {
    const now = at("2027-02-15T12:00:00Z");
    expect(registrationState({ ...session, status: "CANCELLED" }, now)).toBe("SESSION_CANCELLED");
    expect(registrationState({ ...session, menuStatus: "DRAFT" }, now)).toBe("NOT_PUBLISHED");
    expect(registrationState({ ...session, menuStatus: "ARCHIVED" }, now)).toBe("NOT_PUBLISHED");
  });
});

describe("eligibility", () => {
  const tampere = "11111111-1111-4111-8111-111111111111";
  const muurame = "22222222-2222-4222-8222-222222222222";

  it("admits the staff of any member library to a regional session", () => {
    expect(eligibilityOf({ libraryId: tampere }, { eligibility: "REGION", restrictedLibraryId: null })).toBe(
      "ELIGIBLE",
    );
    expect(eligibilityOf({ libraryId: null }, { eligibility: "REGION", restrictedLibraryId: null })).toBe("NO_LIBRARY");
  });

  it("admits only that library's staff to a restricted session", () => {
    const restricted = { eligibility: "LIBRARY", restrictedLibraryId: muurame } as const;
    expect(eligibilityOf({ libraryId: muurame }, restricted)).toBe("ELIGIBLE");
    expect(eligibilityOf({ libraryId: tampere }, restricted)).toBe("OTHER_LIBRARY");
    expect(eligibilityOf({ libraryId: null }, restricted)).toBe("NO_LIBRARY");
  });

  it("reports registration before eligibility, and nothing when both are fine", () => {
    const restricted = { ...session, eligibility: "LIBRARY", restrictedLibraryId: muurame } as const;
    expect(enrolmentRefusal({ libraryId: tampere }, restricted, at("2027-04-01T00:00:00Z"))).toBe("CLOSED");
    expect(enrolmentRefusal({ libraryId: tampere }, restricted, at("2027-02-15T00:00:00Z"))).toBe("OTHER_LIBRARY");
    expect(enrolmentRefusal({ libraryId: muurame }, restricted, at("2027-02-15T00:00:00Z"))).toBeNull();
  });

  it("refusals are 422 with a specific message", () => {
    const error = new EnrolmentRefusedError("OTHER_LIBRARY");
    expect(error.status).toBe(422);
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.message).toMatch(/another library/);
  });
});

describe("waitlist renumbering", () => {
  const entries = (...positions: number[]) => positions.map((position, i) => ({ id: `e${i}`, position }));

  it("changes nothing for a gapless list", () => {
    expect(renumberWaitlist(entries(1, 2, 3))).toEqual([]);
    expect(renumberWaitlist([])).toEqual([]);
  });

  it("closes a gap left by a cancellation, keeping the order", () => {
    expect(renumberWaitlist(entries(1, 2, 4, 5))).toEqual([
      { id: "e2", position: 3 },
      { id: "e3", position: 4 },
    ]);
  });

  it("moves everyone up when the front is promoted", () => {
    expect(renumberWaitlist(entries(3, 4, 5))).toEqual([
      { id: "e0", position: 1 },
      { id: "e1", position: 2 },
      { id: "e2", position: 3 },
    ]);
  });

  it("orders by position, not by the order given", () => {
    expect(renumberWaitlist(entries(7, 2))).toEqual([
      { id: "e1", position: 1 },
      { id: "e0", position: 2 },
    ]);
  });

  it("promotes as many as fit", () => {
    expect(promotableCount(20, 20, 5)).toBe(0);
    expect(promotableCount(25, 20, 10)).toBe(5);
    expect(promotableCount(40, 20, 10)).toBe(10);
    expect(promotableCount(10, 20, 10)).toBe(0);
  });
});

describe("cancelling", () => {
  const startsAt = at("2027-03-10T07:00:00Z");

  it("staff cancel active enrolments until the start; coordinators also after", () => {
    const before = at("2027-03-10T06:00:00Z");
    const after = at("2027-03-10T08:00:00Z");
    expect(mayCancel("CONFIRMED", startsAt, before, false)).toBe(true);
    expect(mayCancel("WAITLISTED", startsAt, before, false)).toBe(true);
    expect(mayCancel("CONFIRMED", startsAt, after, false)).toBe(false);
    expect(mayCancel("CONFIRMED", startsAt, after, true)).toBe(true);
    expect(mayCancel("CANCELLED", startsAt, before, true)).toBe(false);
    expect(mayCancel("ATTENDED", startsAt, after, true)).toBe(false);
  });
});
