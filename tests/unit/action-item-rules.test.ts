// The pure rules of action items: overdue by the Helsinki day, who may mark an
// item done outside a meeting, which items a meeting's "previous action items"
// shows (carry-over), and which review buttons an item gets.
import { describe, expect, it } from "vitest";
import {
  appearsInReview,
  canCloseActionItem,
  canSeeActionItems,
  isDueDateAllowed,
  isOverdue,
  ownerLabel,
  ownerOf,
  reviewChoices,
  type CarryOverItem,
} from "@/lib/action-items/rules";
import { apiQuerySchema, parsePageFilters, actionItemCreateSchema } from "@/lib/action-items/schema";
import type { Actor } from "@/lib/auth/policy";
import { helsinkiToday } from "@/lib/dates";
import type { Role } from "@/lib/db/enums";
import { translator } from "@/lib/i18n/translate";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("isOverdue", () => {
  it("is overdue only while open and due before today in Helsinki", () => {
    const today = day("2027-03-16");
    expect(isOverdue({ status: "OPEN", dueDate: day("2027-03-15") }, today)).toBe(true);
    expect(isOverdue({ status: "OPEN", dueDate: day("2027-03-16") }, today)).toBe(false);
    expect(isOverdue({ status: "OPEN", dueDate: day("2027-03-17") }, today)).toBe(false);
    expect(isOverdue({ status: "OPEN", dueDate: null }, today)).toBe(false);
    expect(isOverdue({ status: "DONE", dueDate: day("2027-03-01") }, today)).toBe(false);
    expect(isOverdue({ status: "CANCELLED", dueDate: day("2027-03-01") }, today)).toBe(false);
  });

  it("turns at midnight in Helsinki, not in the server's zone (tests run in São Paulo)", () => {
    const due = day("2027-03-15");
    // 23.30 on the 15th in Helsinki (UTC+2): still the due day.
    expect(isOverdue({ status: "OPEN", dueDate: due }, helsinkiToday(new Date("2027-03-15T21:30:00Z")))).toBe(false);
    // 00.30 on the 16th in Helsinki, though still the 15th in UTC and in São Paulo.
    expect(isOverdue({ status: "OPEN", dueDate: due }, helsinkiToday(new Date("2027-03-15T22:30:00Z")))).toBe(true);
    // Summer time (UTC+3): 00.30 on 16 June in Helsinki is 21.30 UTC on the 15th.
    const june = day("2027-06-15");
    expect(isOverdue({ status: "OPEN", dueDate: june }, helsinkiToday(new Date("2027-06-15T20:59:00Z")))).toBe(false);
    expect(isOverdue({ status: "OPEN", dueDate: june }, helsinkiToday(new Date("2027-06-15T21:30:00Z")))).toBe(true);
  });

  it("lets a new due date be today or later, never in the past", () => {
    const today = day("2027-03-16");
    expect(isDueDateAllowed(day("2027-03-16"), today)).toBe(true);
    expect(isDueDateAllowed(day("2027-04-01"), today)).toBe(true);
    expect(isDueDateAllowed(day("2027-03-15"), today)).toBe(false);
  });
});

describe("canCloseActionItem", () => {
  const actor = (roles: Role[], libraryId: string | null = "lib-a", id = "me"): Actor => ({ id, roles, libraryId });
  const mine = { ownerUserId: "me", ownerLibraryId: null };
  const myLibrary = { ownerUserId: null, ownerLibraryId: "lib-a" };
  const otherLibrary = { ownerUserId: null, ownerLibraryId: "lib-b" };
  const someoneElse = { ownerUserId: "other", ownerLibraryId: null };

  it("lets nobody signed out, and no staff or supervisor, even for their own", () => {
    expect(canCloseActionItem(null, mine)).toBe(false);
    expect(canCloseActionItem(actor(["STAFF"]), mine)).toBe(false);
    expect(canCloseActionItem(actor(["SUPERVISOR", "STAFF"]), mine)).toBe(false);
    expect(canCloseActionItem(actor(["SUPERVISOR", "STAFF"]), myLibrary)).toBe(false);
  });

  it("lets a steering member close their own and their library's, not others'", () => {
    const steering = actor(["STEERING"]);
    expect(canCloseActionItem(steering, mine)).toBe(true);
    expect(canCloseActionItem(steering, myLibrary)).toBe(true);
    expect(canCloseActionItem(steering, otherLibrary)).toBe(false);
    expect(canCloseActionItem(steering, someoneElse)).toBe(false);
    expect(canCloseActionItem(actor(["STEERING"], null), { ownerUserId: null, ownerLibraryId: null })).toBe(false);
  });

  it("lets coordinators and admins close any", () => {
    for (const roles of [["COORDINATOR"], ["ADMIN"]] as Role[][]) {
      expect(canCloseActionItem(actor(roles), someoneElse)).toBe(true);
      expect(canCloseActionItem(actor(roles), otherLibrary)).toBe(true);
    }
  });

  it("opens the action items page to whoever may see some meeting", () => {
    expect(canSeeActionItems(null)).toBe(false);
    expect(canSeeActionItems(actor(["STAFF"], null))).toBe(false);
    expect(canSeeActionItems(actor(["STAFF"]))).toBe(true);
    expect(canSeeActionItems(actor(["STEERING"]))).toBe(true);
  });
});

describe("appearsInReview (carry-over)", () => {
  const at = (iso: string) => new Date(iso);
  const m1 = { id: "m1", startsAt: at("2027-01-10T10:00:00Z") };
  const m2 = { id: "m2", startsAt: at("2027-03-10T10:00:00Z") };
  const m3 = { id: "m3", startsAt: at("2027-05-10T10:00:00Z") };
  const open = (overrides: Partial<CarryOverItem> = {}): CarryOverItem => ({
    status: "OPEN",
    originStartsAt: m1.startsAt,
    closedInMeetingId: null,
    closedInMeetingStartsAt: null,
    closedAt: null,
    reviewedInMeetingIds: [],
    ...overrides,
  });

  it("shows an open item in every later meeting, never in its own or an earlier one", () => {
    expect(appearsInReview(open(), m1, null)).toBe(false);
    expect(appearsInReview(open(), m2, m1.startsAt)).toBe(true);
    expect(appearsInReview(open({ reviewedInMeetingIds: ["m2"] }), m3, m2.startsAt)).toBe(true);
    expect(appearsInReview(open({ originStartsAt: m2.startsAt }), m1, null)).toBe(false);
  });

  it("shows an item done in a meeting there, and not after it", () => {
    const done = open({
      status: "DONE",
      closedInMeetingId: "m2",
      closedInMeetingStartsAt: m2.startsAt,
      closedAt: at("2027-03-10T11:00:00Z"),
      reviewedInMeetingIds: ["m2"],
    });
    expect(appearsInReview(done, m2, m1.startsAt)).toBe(true);
    expect(appearsInReview(done, m3, m2.startsAt)).toBe(false);
  });

  it("keeps history: an item closed in a later meeting was still open at the earlier one", () => {
    const closedLater = open({
      status: "DONE",
      closedInMeetingId: "m3",
      closedInMeetingStartsAt: m3.startsAt,
      closedAt: at("2027-05-10T11:00:00Z"),
    });
    expect(appearsInReview(closedLater, m2, m1.startsAt)).toBe(true);
    expect(appearsInReview(closedLater, m3, m2.startsAt)).toBe(true);
  });

  it("shows an item marked done outside meetings in the first meeting after, then no more", () => {
    const closedBetween = open({ status: "DONE", closedAt: at("2027-04-01T08:00:00Z") });
    expect(appearsInReview(closedBetween, m3, m2.startsAt)).toBe(true);
    const closedBefore = open({ status: "DONE", closedAt: at("2027-02-01T08:00:00Z") });
    expect(appearsInReview(closedBefore, m3, m2.startsAt)).toBe(false);
    expect(appearsInReview(closedBefore, m2, m1.startsAt)).toBe(true);
  });

  it("does not show cancelled items without a closing time", () => {
    expect(appearsInReview(open({ status: "CANCELLED" }), m2, m1.startsAt)).toBe(false);
  });
});

describe("reviewChoices", () => {
  it("offers done and carry-on for open items, undo only for this meeting's own marking", () => {
    expect(reviewChoices({ status: "OPEN", closedInMeetingId: null }, "m2", null, false)).toEqual({
      done: true,
      carryOn: true,
      undo: false,
    });
    expect(reviewChoices({ status: "OPEN", closedInMeetingId: null }, "m2", { outcome: "CARRIED_ON" }, false)).toEqual({
      done: true,
      carryOn: true,
      undo: true,
    });
    expect(reviewChoices({ status: "DONE", closedInMeetingId: "m2" }, "m2", { outcome: "DONE" }, false)).toEqual({
      done: false,
      carryOn: false,
      undo: true,
    });
    // Done elsewhere: nothing to do here.
    expect(reviewChoices({ status: "DONE", closedInMeetingId: "m3" }, "m2", null, false)).toEqual({
      done: false,
      carryOn: false,
      undo: false,
    });
  });

  it("offers nothing once a later meeting has reviewed the item", () => {
    expect(reviewChoices({ status: "OPEN", closedInMeetingId: null }, "m2", { outcome: "CARRIED_ON" }, true)).toEqual({
      done: false,
      carryOn: false,
      undo: false,
    });
  });
});

describe("ownerOf", () => {
  const base = { ownerUserId: null, ownerLibraryId: null, ownerName: null, ownerUser: null, ownerLibrary: null };
  it("prefers the person, then the library, then the written name", () => {
    expect(
      ownerOf({
        ...base,
        ownerUserId: "u",
        ownerUser: { name: "Hanna", library: { name: "Jyväskylä" } },
        ownerLibraryId: "l",
        ownerLibrary: { name: "Jyväskylä" },
      }),
    ).toEqual({ type: "USER", id: "u", person: { name: "Hanna", libraryName: "Jyväskylä" } });
    expect(ownerOf({ ...base, ownerLibraryId: "l", ownerLibrary: { name: "Jyväskylä" } })).toEqual({
      type: "LIBRARY",
      id: "l",
      name: "Jyväskylä",
    });
    expect(ownerOf({ ...base, ownerName: "Kirjastoauto Martin kuljettaja" })).toEqual({
      type: "TEXT",
      id: null,
      name: "Kirjastoauto Martin kuljettaja",
    });
    expect(ownerOf(base)).toBeNull();
  });

  it("names a person without a name by their library, never by an address", () => {
    const owner = ownerOf({
      ...base,
      ownerUserId: "u",
      ownerUser: { name: null, library: { name: "Muuramen kirjasto" } },
    });
    expect(owner).not.toBeNull();
    expect(ownerLabel(owner!, translator("fi"))).toBe("Työntekijä (Muuramen kirjasto)");
    expect(ownerLabel(owner!, translator("en"))).toBe("Staff member (Muuramen kirjasto)");
    expect(ownerLabel({ type: "LIBRARY", id: "l", name: "Jyväskylä" }, translator("fi"))).toBe("Jyväskylä");
  });
});

describe("schemas", () => {
  const id = "0b7c5f0e-8d1a-4f57-9a53-2d5b0c7f1e11";
  const valid = { meetingId: id, agendaItemId: id, title: "Tee", owner: `user:${id}`, dueDate: "" };

  it("reads the owner picker into a person, a library or a written name", () => {
    expect(actionItemCreateSchema.parse(valid).owner).toEqual({ type: "USER", id });
    expect(actionItemCreateSchema.parse({ ...valid, owner: `library:${id}` }).owner).toEqual({ type: "LIBRARY", id });
    expect(actionItemCreateSchema.parse({ ...valid, owner: "name", ownerName: "Niina" }).owner).toEqual({
      type: "TEXT",
      name: "Niina",
    });
  });

  it("refuses a missing or malformed owner, a written owner without a name, and bad dates", () => {
    const issues = (values: Record<string, string>) =>
      actionItemCreateSchema.safeParse(values).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues({ ...valid, owner: "" })).toEqual([["owner", "actionItems.error.ownerRequired"]]);
    expect(issues({ ...valid, owner: "user:nope" })).toEqual([["owner", "actionItems.error.unknownOwner"]]);
    expect(issues({ ...valid, owner: "group:x" })).toEqual([["owner", "actionItems.error.unknownOwner"]]);
    expect(issues({ ...valid, owner: "name", ownerName: " " })).toEqual([
      ["ownerName", "actionItems.error.ownerNameRequired"],
    ]);
    expect(issues({ ...valid, dueDate: "15.9.2027" })).toEqual([["dueDate", "actionItems.error.dueDate"]]);
    expect(issues({ ...valid, dueDate: "2027-02-30" })).toEqual([["dueDate", "actionItems.error.dueDate"]]);
    expect(issues({ ...valid, title: "x".repeat(301) })).toEqual([["title", "validation.tooLong"]]);
  });

  it("drops malformed page filters rather than refusing them", () => {
    expect(parsePageFilters({ omat: "1", tila: "rikki", myohassa: ["1", "0"], sivu: "-2" })).toEqual({
      mine: true,
      library: false,
      status: "avoimet",
      overdue: true,
      page: 1,
    });
    expect(parsePageFilters({ sivu: "3" }).page).toBe(3);
    expect(parsePageFilters({ sivu: "kolme" }).page).toBe(1);
  });

  it("refuses malformed API query values", () => {
    expect(apiQuerySchema.safeParse({ status: "OPEN", owner: "me" }).success).toBe(true);
    expect(apiQuerySchema.safeParse({ owner: `library:${id}` }).success).toBe(true);
    expect(apiQuerySchema.safeParse({ status: "open" }).success).toBe(false);
    expect(apiQuerySchema.safeParse({ owner: "library:x" }).success).toBe(false);
    expect(apiQuerySchema.safeParse({ overdue: "yes" }).success).toBe(false);
  });
});
