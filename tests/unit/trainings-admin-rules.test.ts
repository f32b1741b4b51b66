import { describe, expect, it } from "vitest";
import { notifiableChanges } from "@/lib/calendar/changes";
import { formStateOf, formValues } from "@/lib/http/form-state";
import { AppError } from "@/lib/http/errors";
import {
  canChangeMenuStatus,
  isOpenTo,
  sessionChanges,
  slugCandidate,
  slugify,
  type SessionWhenWhere,
} from "@/lib/trainings/rules";
import { menuCreateSchema, offeringCreateSchema, sessionCreateSchema } from "@/lib/trainings/schema";
import { orderCreateSchema, orderScheduleSchema } from "@/lib/workshop-orders/schema";

const OFFERING = "6b1f3f4e-2c51-4f7e-9d3a-1f2e3d4c5b6a";
const LIBRARY = "0d7c1b2a-3e4f-4a5b-8c6d-7e8f9a0b1c2d";

describe("slugs", () => {
  it("are made from Finnish titles", () => {
    expect(slugify("Kevät 2028: Äänikirjat & Öljyvärit")).toBe("kevat-2028-aanikirjat-oljyvarit");
    expect(slugify("  Digiopastuksen rohkeus – työpaja  ")).toBe("digiopastuksen-rohkeus-tyopaja");
    expect(slugify("!!!")).toBe("");
    expect(slugify("a".repeat(200))).toHaveLength(80);
  });

  it("are numbered when taken, within the length limit", () => {
    expect(slugCandidate("visiokahvit", 1)).toBe("visiokahvit");
    expect(slugCandidate("visiokahvit", 3)).toBe("visiokahvit-3");
    expect(slugCandidate("a".repeat(80), 12)).toBe(`${"a".repeat(77)}-12`);
  });
});

describe("menu life cycle", () => {
  it("goes draft → published → archived and never back", () => {
    expect(canChangeMenuStatus("DRAFT", "PUBLISHED")).toBe(true);
    expect(canChangeMenuStatus("PUBLISHED", "ARCHIVED")).toBe(true);
    expect(canChangeMenuStatus("DRAFT", "ARCHIVED")).toBe(false);
    expect(canChangeMenuStatus("PUBLISHED", "DRAFT")).toBe(false);
    expect(canChangeMenuStatus("ARCHIVED", "PUBLISHED")).toBe(false);
    expect(canChangeMenuStatus("PUBLISHED", "PUBLISHED")).toBe(false);
  });
});

describe("session changes that people are told about", () => {
  const base: SessionWhenWhere = {
    title: null,
    startsAt: new Date("2027-03-16T07:00:00Z"),
    endsAt: new Date("2027-03-16T10:00:00Z"),
    servicePointId: "sp-1",
    place: "Muuramen kirjasto",
    remoteUrl: null,
  };

  it("lists time, place and remote link changes", () => {
    expect(sessionChanges(base, { ...base })).toEqual([]);
    expect(sessionChanges(base, { ...base, endsAt: new Date("2027-03-16T11:00:00Z") })).toEqual(["time"]);
    expect(sessionChanges(base, { ...base, servicePointId: "sp-2" })).toEqual(["place"]);
    expect(sessionChanges(base, { ...base, place: "Uusi paikka", remoteUrl: "https://x.fi" })).toEqual([
      "place",
      "remote",
    ]);
  });

  it("treats empty and missing texts alike", () => {
    expect(sessionChanges({ ...base, place: null }, { ...base, place: "" })).toEqual([]);
  });

  it("does not mail about a new title alone", () => {
    const changes = sessionChanges(base, { ...base, title: "Osa 1" });
    expect(changes).toEqual(["title"]);
    expect(notifiableChanges(changes)).toEqual([]);
    expect(notifiableChanges(["time", "title"])).toEqual(["time", "title"]);
  });
});

describe("whether a session is open to a library's staff", () => {
  const now = new Date("2027-01-10T10:00:00Z");
  const session = {
    status: "SCHEDULED" as const,
    startsAt: new Date("2027-02-01T10:00:00Z"),
    registrationClosesAt: null,
    eligibility: "REGION" as const,
    restrictedLibraryId: null,
  };
  it("is open to everyone in the region until registration closes", () => {
    expect(isOpenTo(session, LIBRARY, now)).toBe(true);
    expect(isOpenTo({ ...session, registrationClosesAt: new Date("2027-01-09T10:00:00Z") }, LIBRARY, now)).toBe(false);
    expect(isOpenTo({ ...session, status: "CANCELLED" }, LIBRARY, now)).toBe(false);
  });
  it("is open only to the restricted library's staff", () => {
    const restricted = { ...session, eligibility: "LIBRARY" as const, restrictedLibraryId: LIBRARY };
    expect(isOpenTo(restricted, LIBRARY, now)).toBe(true);
    expect(isOpenTo(restricted, OFFERING, now)).toBe(false);
    expect(isOpenTo(restricted, null, now)).toBe(false);
  });
});

/** The field → message-key map a form would show for these values. */
function fields(schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, values: unknown) {
  const parsed = schema.safeParse(values);
  if (parsed.success) return {};
  return formStateOf(parsed.error, {})?.fields ?? {};
}

const validSession = {
  offeringId: OFFERING,
  startsAt: "2027-03-16T09:00",
  endsAt: "2027-03-16T12:00",
  place: "Muuramen kirjasto",
  capacity: "15",
  registrationOpensAt: "2027-01-04T09:00",
  registrationClosesAt: "2027-03-08T23:59",
  eligibility: "REGION",
};

describe("the session form's validation", () => {
  it("reads datetime-local values as Helsinki time", () => {
    const parsed = sessionCreateSchema.parse(validSession);
    expect(parsed.startsAt.toISOString()).toBe("2027-03-16T07:00:00.000Z");
    // Summer time: UTC+3.
    const summer = sessionCreateSchema.parse({
      ...validSession,
      startsAt: "2027-06-01T09:00",
      endsAt: "2027-06-01T10:00",
      registrationOpensAt: "",
      registrationClosesAt: "",
    });
    expect(summer.startsAt.toISOString()).toBe("2027-06-01T06:00:00.000Z");
    expect(parsed.capacity).toBe(15);
    expect(parsed.eligibility).toBe("REGION");
  });

  it("names every missing field", () => {
    expect(fields(sessionCreateSchema, {})).toEqual({
      offeringId: "validation.required",
      startsAt: "validation.required",
      endsAt: "validation.required",
      capacity: "validation.required",
    });
  });

  it("refuses wrong types, overlong texts, negative capacity and non-https links", () => {
    expect(
      fields(sessionCreateSchema, {
        ...validSession,
        startsAt: "16.3.2027 9.00",
        capacity: "-3",
        title: "x".repeat(201),
        remoteUrl: "http://teams.example/abc",
        offeringId: "not-an-id",
      }),
    ).toEqual({
      startsAt: "trainingsAdmin.error.dateTime",
      capacity: "trainingsAdmin.error.capacity",
      title: "validation.tooLong",
      remoteUrl: "trainingsAdmin.error.remoteUrl",
      offeringId: "validation.invalid",
    });
    expect(fields(sessionCreateSchema, { ...validSession, capacity: "2.5" })).toEqual({
      capacity: "trainingsAdmin.error.capacity",
    });
    expect(fields(sessionCreateSchema, { ...validSession, capacity: 0 })).toEqual({
      capacity: "trainingsAdmin.error.capacity",
    });
    expect(fields(sessionCreateSchema, { ...validSession, place: { evil: true } })).toEqual({
      place: "validation.invalid",
    });
  });

  it("refuses an end before the start and registration closing after the start", () => {
    expect(fields(sessionCreateSchema, { ...validSession, endsAt: "2027-03-16T08:00" })).toEqual({
      endsAt: "trainingsAdmin.error.endBeforeStart",
    });
    expect(fields(sessionCreateSchema, { ...validSession, registrationClosesAt: "2027-03-16T10:00" })).toEqual({
      registrationClosesAt: "trainingsAdmin.error.closesAfterStart",
    });
    expect(
      fields(sessionCreateSchema, {
        ...validSession,
        registrationOpensAt: "2027-03-09T09:00",
        registrationClosesAt: "2027-03-08T23:59",
      }),
    ).toEqual({ registrationOpensAt: "trainingsAdmin.error.opensAfterCloses" });
  });

  it("wants a place and, for one library's staff, the library", () => {
    expect(fields(sessionCreateSchema, { ...validSession, place: "" })).toEqual({
      place: "trainingsAdmin.error.placeRequired",
    });
    expect(fields(sessionCreateSchema, { ...validSession, eligibility: "LIBRARY" })).toEqual({
      restrictedLibraryId: "trainingsAdmin.error.libraryRequired",
    });
    expect(
      fields(sessionCreateSchema, { ...validSession, eligibility: "LIBRARY", restrictedLibraryId: LIBRARY }),
    ).toEqual({});
  });
});

describe("the other forms' validation", () => {
  it("menus: a real date range", () => {
    expect(
      fields(menuCreateSchema, { title: "Kevät 2028", periodStart: "2028-01-01", periodEnd: "2027-12-31" }),
    ).toEqual({
      periodEnd: "trainingsAdmin.error.periodEnd",
    });
    expect(fields(menuCreateSchema, { title: " ", periodStart: "2028-02-30", periodEnd: "x", slug: "Kevät" })).toEqual({
      title: "validation.required",
      periodStart: "trainingsAdmin.error.date",
      periodEnd: "trainingsAdmin.error.date",
      slug: "trainingsAdmin.error.slug",
    });
  });

  it("offerings: a kind, known-shaped theme ids and a checkbox", () => {
    const parsed = offeringCreateSchema.parse({
      menuId: OFFERING,
      title: "Työpaja",
      kind: "WORKSHOP",
      themeIds: LIBRARY,
      orderable: "on",
    });
    expect(parsed.themeIds).toEqual([LIBRARY]);
    expect(parsed.orderable).toBe(true);
    expect(fields(offeringCreateSchema, { menuId: OFFERING, title: "T", kind: "PARTY", themeIds: ["x"] })).toEqual({
      kind: "trainingsAdmin.error.kind",
      "themeIds.0": "validation.invalid",
    });
  });

  it("orders: participants 1–500 and preferred dates", () => {
    expect(
      fields(orderCreateSchema, { offeringId: OFFERING, preferredDates: "", expectedParticipants: "501" }),
    ).toEqual({
      preferredDates: "validation.required",
      expectedParticipants: "orders.error.participants",
    });
    expect(
      fields(orderCreateSchema, { offeringId: OFFERING, preferredDates: "maaliskuu", expectedParticipants: "0" }),
    ).toEqual({
      expectedParticipants: "orders.error.participants",
    });
  });

  it("scheduling: the session rules without eligibility", () => {
    const { offeringId: _o, eligibility: _e, ...session } = validSession;
    const parsed = orderScheduleSchema.parse({ ...session, orderId: OFFERING, openToRegion: "on" });
    expect(parsed.openToRegion).toBe(true);
    expect(fields(orderScheduleSchema, { ...session, orderId: OFFERING, endsAt: "2027-03-15T12:00" })).toEqual({
      endsAt: "trainingsAdmin.error.endBeforeStart",
    });
  });
});

describe("form state", () => {
  it("reads FormData with repeated names as arrays", () => {
    const data = new FormData();
    data.append("title", "Työpaja");
    data.append("themeIds", "a");
    data.append("themeIds", "b");
    data.append("$ACTION_ID_123", "");
    expect(formValues(data)).toEqual({ title: "Työpaja", themeIds: ["a", "b"] });
  });

  it("turns domain errors into field or form messages and leaves unknown errors alone", () => {
    expect(
      formStateOf(new AppError("VALIDATION_FAILED", "x", { slug: "trainingsAdmin.error.slugTaken" }), {}, 1),
    ).toEqual({
      status: "error",
      values: {},
      attempt: 2,
      fields: { slug: "trainingsAdmin.error.slugTaken" },
    });
    expect(formStateOf(new AppError("CONFLICT", "x", { _: "orders.error.transition" }), {})?.formError).toBe(
      "orders.error.transition",
    );
    expect(formStateOf(new AppError("FORBIDDEN"), {})?.formError).toBe("form.error.FORBIDDEN");
    expect(formStateOf(new Error("boom"), {})).toBeNull();
  });
});
