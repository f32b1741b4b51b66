import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import type { MeetingStatus, Role } from "@/lib/db/enums";
import {
  canWriteLibraryEntry,
  chosenLibraryId,
  entryStatus,
  nextSubmittedAt,
  overviewRows,
} from "@/lib/news-round/rules";
import { NEWS_ROUND_MAX_LENGTH } from "@/lib/news-round/fields";
import { newsRoundEntrySchema } from "@/lib/news-round/schema";

const OWN = "0d7c1b2a-3e4f-4a5b-8c6d-7e8f9a0b1c2d";
const OTHER = "6b1f3f4e-2c51-4f7e-9d3a-1f2e3d4c5b6a";
const MEETING = "3c2b1a09-8f7e-4d6c-9b5a-4a3b2c1d0e0f";

const actor = (roles: Role[], libraryId: string | null = OWN): Actor => ({
  id: `user-${roles.join("-")}`,
  roles,
  libraryId,
});
const meeting = (status: MeetingStatus) => ({ id: MEETING, status, secretaryId: null });

const STATUSES: MeetingStatus[] = ["PLANNED", "AGENDA_PUBLISHED", "MINUTES_DRAFT", "MINUTES_APPROVED"];

describe("who may write which library's entry", () => {
  // [who, own library per status, another library per status]
  const matrix: [string, Actor | null, boolean[], boolean[]][] = [
    ["signed out", null, [false, false, false, false], [false, false, false, false]],
    ["STAFF", actor(["STAFF"]), [false, false, false, false], [false, false, false, false]],
    ["SUPERVISOR", actor(["SUPERVISOR", "STAFF"]), [false, false, false, false], [false, false, false, false]],
    // The steering group: its own library, from the published agenda until approval.
    ["STEERING", actor(["STEERING"]), [false, true, true, false], [false, false, false, false]],
    // Coordinators: any library, also while the meeting is only planned.
    ["COORDINATOR", actor(["COORDINATOR"]), [true, true, true, false], [true, true, true, false]],
    ["ADMIN", actor(["ADMIN"]), [true, true, true, false], [true, true, true, false]],
    [
      "STEERING + COORDINATOR",
      actor(["STEERING", "COORDINATOR"]),
      [true, true, true, false],
      [true, true, true, false],
    ],
  ];
  for (const [who, a, own, other] of matrix) {
    it(`${who}`, () => {
      expect(STATUSES.map((s) => canWriteLibraryEntry(a, meeting(s), OWN))).toEqual(own);
      expect(STATUSES.map((s) => canWriteLibraryEntry(a, meeting(s), OTHER))).toEqual(other);
    });
  }

  it("a steering member without a library writes for none", () => {
    const orphan = actor(["STEERING"], null);
    for (const status of STATUSES) {
      expect(canWriteLibraryEntry(orphan, meeting(status), OWN)).toBe(false);
    }
  });

  it("a coordinator without a library still writes any library's entry", () => {
    expect(canWriteLibraryEntry(actor(["COORDINATOR"], null), meeting("AGENDA_PUBLISHED"), OTHER)).toBe(true);
  });
});

describe("an entry's status", () => {
  it("is missing, draft or submitted", () => {
    expect(entryStatus(null)).toBe("MISSING");
    expect(entryStatus(undefined)).toBe("MISSING");
    expect(entryStatus({ submittedAt: null })).toBe("DRAFT");
    expect(entryStatus({ submittedAt: new Date() })).toBe("SUBMITTED");
  });

  it("a draft save withdraws; submitting again keeps the first submission's time", () => {
    const first = new Date("2023-11-20T08:00:00Z");
    const now = new Date("2023-11-25T08:00:00Z");
    expect(nextSubmittedAt("draft", first, now)).toBeNull();
    expect(nextSubmittedAt("draft", null, now)).toBeNull();
    expect(nextSubmittedAt("submit", null, now)).toEqual(now);
    expect(nextSubmittedAt("submit", first, now)).toEqual(first);
  });
});

describe("the coordinator's overview", () => {
  const lib = (id: string, name: string, sortOrder: number) => ({ id, slug: id, name, sortOrder });
  const tampere = lib("tampere", "Tampere", 1);
  const jyvaskyla = lib("jyvaskyla", "Jyväskylä", 2);
  const akaa = lib("akaa", "Akaa", 10);
  const aanekoski = lib("aanekoski", "Äänekoski", 10);
  const muurame = lib("muurame", "Muurame", 10);

  it("lists expected libraries and those with entries once each, in library order", () => {
    const when = new Date("2023-11-20T08:00:00Z");
    const hanna = { name: "Hanna", libraryName: "Jyväskylä" };
    const juli = { name: "Juli", libraryName: "Tampere" };
    const rows = overviewRows(
      // Two steering members of Tampere: one row.
      [aanekoski, tampere, jyvaskyla, tampere, akaa],
      [jyvaskyla, muurame],
      [
        { libraryId: "jyvaskyla", submittedAt: when, updatedAt: when, author: hanna },
        { libraryId: "muurame", submittedAt: null, updatedAt: when, author: juli },
      ],
    );
    expect(rows.map((r) => [r.name, r.status, r.expected])).toEqual([
      ["Tampere", "MISSING", true],
      ["Jyväskylä", "SUBMITTED", true],
      ["Akaa", "MISSING", true],
      ["Muurame", "DRAFT", false],
      // Finnish order: Ä after the Latin letters.
      ["Äänekoski", "MISSING", true],
    ]);
    expect(rows[1]).toMatchObject({ submittedAt: when, author: hanna });
    expect(rows[0]).toMatchObject({ submittedAt: null, updatedAt: null, author: null });
  });
});

describe("the entry form's input", () => {
  const base = { meetingId: MEETING, libraryId: OWN };

  it("needs at least one text", () => {
    const result = newsRoundEntrySchema.safeParse({ ...base, budget: "  ", staffing: "", body: "\r\n" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["budget", "newsRound.error.empty"],
    ]);
  });

  it("keeps texts trimmed, blanks as missing, the library optional and a draft by default", () => {
    const parsed = newsRoundEntrySchema.parse({
      meetingId: MEETING,
      libraryId: "",
      events: "  Satutunti  ",
      budget: "",
    });
    expect(parsed).toEqual({ meetingId: MEETING, events: "Satutunti", intent: "draft" });
  });

  it("counts a line break as one character, as the browser does", () => {
    const lines = "a\r\n".repeat(NEWS_ROUND_MAX_LENGTH / 2).slice(0, -2) + "b";
    expect(lines.length).toBeGreaterThan(NEWS_ROUND_MAX_LENGTH);
    expect(lines.replace(/\r\n/g, "\n").length).toBe(NEWS_ROUND_MAX_LENGTH);
    const parsed = newsRoundEntrySchema.parse({ ...base, body: lines, intent: "submit" });
    expect(parsed.body).not.toContain("\r");
    expect(parsed.intent).toBe("submit");
  });

  it("refuses overlong texts, bad ids and unknown intents", () => {
    const result = newsRoundEntrySchema.safeParse({
      meetingId: "not-a-uuid",
      libraryId: "42",
      staffing: "x".repeat(NEWS_ROUND_MAX_LENGTH + 1),
      intent: "publish",
    });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(fields).toEqual({
      meetingId: "validation.invalid",
      libraryId: "validation.invalid",
      staffing: "validation.tooLong",
      intent: "validation.invalid",
    });
    expect(newsRoundEntrySchema.safeParse({ budget: "x" }).error?.issues[0]).toMatchObject({
      path: ["meetingId"],
      message: "validation.required",
    });
  });
});

describe("whose entry the news-round page opens", () => {
  const libraries = [
    { id: OTHER, slug: "tampere" },
    { id: OWN, slug: "jyvaskyla" },
  ];
  it("a steering member always gets their own library, whatever the URL asks", () => {
    expect(chosenLibraryId(actor(["STEERING"]), false, [], "tampere")).toBe(OWN);
    expect(chosenLibraryId(actor(["STEERING"], null), false, [], undefined)).toBeNull();
  });
  it("a coordinator gets the library asked for, else their own, else the first", () => {
    expect(chosenLibraryId(actor(["COORDINATOR"]), true, libraries, "tampere")).toBe(OTHER);
    expect(chosenLibraryId(actor(["COORDINATOR"]), true, libraries, "unknown")).toBe(OWN);
    expect(chosenLibraryId(actor(["COORDINATOR"], null), true, libraries, undefined)).toBe(OTHER);
    expect(chosenLibraryId(actor(["COORDINATOR"], null), true, [], undefined)).toBeNull();
  });
});
