// The coordinators' forms for themes, menus, offerings and sessions, through
// their server actions against a real database: what they write (and audit
// and enqueue), bad input answered with field messages while nothing is
// written, and who may use them. Only the request's plumbing is stood in for:
// the request headers, Next's cache and redirect, and Auth.js's auth(), which
// reads the actor's real Session row (support/stub-auth-config.ts).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { idleForm } from "@/lib/http/form-state";
import {
  cancelSessionAction,
  createMenuAction,
  createOfferingAction,
  createSessionAction,
  createThemeAction,
  renameThemeAction,
  setMenuStatusAction,
  updateMenuAction,
  updateOfferingAction,
  updateSessionAction,
} from "@/lib/trainings/actions";
import { crossOrigin, request, sameOrigin } from "./support/request";
import { form, idFrom, submit, type Action, type Values } from "./support/server-actions";
import { createOffering, loadCast, localDay, uniq, writes, type Cast } from "./trainings-admin-fixtures";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

let db: Db;
let cast: Cast;
let muurameId: string;
let muurameMain: string;
beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  cast = await loadCast(db);
  muurameId = (await db.library.findUniqueOrThrow({ where: { slug: "muurame" } })).id;
  muurameMain = (await db.servicePoint.findFirstOrThrow({ where: { libraryId: muurameId, name: "Pääkirjasto" } })).id;
});
afterAll(async () => {
  await db.$disconnect();
});
beforeEach(() => {
  request.headers = sameOrigin();
});

/** A valid session form for the offering, 30 days ahead in Helsinki time. */
const sessionValues = (offeringId: string): Values => ({
  offeringId,
  title: "Testitilaisuus",
  startsAt: localDay(30, 9),
  endsAt: localDay(30, 12),
  servicePointId: muurameMain,
  place: "",
  remoteUrl: "",
  capacity: "12",
  registrationOpensAt: localDay(1, 9),
  registrationClosesAt: localDay(29, 23),
  eligibility: "LIBRARY",
  restrictedLibraryId: muurameId,
});

/** The edit form's values for a session as it is stored now. */
async function editValues(sessionId: string): Promise<Values> {
  const s = await db.trainingSession.findUniqueOrThrow({ where: { id: sessionId } });
  const local = (d: Date | null) =>
    d
      ? new Intl.DateTimeFormat("sv-SE", {
          timeZone: "Europe/Helsinki",
          year: "numeric",
          month: "2-digit",
          day: "2-digit",
          hour: "2-digit",
          minute: "2-digit",
        })
          .format(d)
          .replace(" ", "T")
      : "";
  return {
    sessionId,
    title: s.title ?? "",
    startsAt: local(s.startsAt),
    endsAt: local(s.endsAt),
    servicePointId: s.servicePointId ?? "",
    place: s.place ?? "",
    remoteUrl: s.remoteUrl ?? "",
    capacity: String(s.capacity),
    registrationOpensAt: local(s.registrationOpensAt),
    registrationClosesAt: local(s.registrationClosesAt),
    eligibility: s.eligibility,
    restrictedLibraryId: s.restrictedLibraryId ?? "",
  };
}

/** A session with people in it: confirmed seats (seatsTaken kept equal), a waitlist and one cancelled. */
async function sessionWithPeople(options: {
  confirmed: number;
  waitlisted: number;
  capacity?: number;
  menuStatus?: "DRAFT" | "PUBLISHED";
}) {
  const { offeringId } = await createOffering(db, { menuStatus: options.menuStatus });
  const created = await submit(createSessionAction, cast.coordinator, {
    ...sessionValues(offeringId),
    capacity: String(options.capacity ?? options.confirmed),
  });
  const sessionId = idFrom(created);
  const people = await Promise.all(
    Array.from({ length: options.confirmed + options.waitlisted + 1 }, (_, i) =>
      db.user.create({
        data: { email: `osallistuja-${uniq()}-${i}@muurame.fi`, libraryId: muurameId },
        select: { id: true },
      }),
    ),
  );
  const enrolments = [];
  for (const [i, person] of people.entries()) {
    const status =
      i < options.confirmed ? "CONFIRMED" : i < options.confirmed + options.waitlisted ? "WAITLISTED" : "CANCELLED";
    enrolments.push(
      await db.enrolment.create({
        data: {
          sessionId,
          userId: person.id,
          status,
          waitlistPosition: status === "WAITLISTED" ? i - options.confirmed + 1 : null,
          cancelledAt: status === "CANCELLED" ? new Date() : null,
        },
        select: { id: true, status: true },
      }),
    );
  }
  await db.trainingSession.update({ where: { id: sessionId }, data: { seatsTaken: options.confirmed } });
  return { sessionId, offeringId, enrolments };
}

const jobsFor = (name: string, enrolmentIds: string[]) =>
  db.job.findMany({
    where: { name, OR: enrolmentIds.map((id) => ({ payload: { path: ["enrolmentId"], equals: id } })) },
    select: { payload: true },
  });

describe("a coordinator builds and publishes the menu", () => {
  it("adds and renames a theme, audited", async () => {
    const name = `Testiteema ${uniq()}`;
    const created = await submit(createThemeAction, cast.coordinator, { nameFi: name, nameEn: "Test theme" });
    expect(created.state).toMatchObject({ status: "saved", notice: { key: "trainingsAdmin.theme.created" } });
    const theme = await db.theme.findFirstOrThrow({ where: { nameFi: name } });
    expect(theme.slug).toMatch(/^testiteema-/);

    const renamed = await submit(renameThemeAction, cast.coordinator, {
      themeId: theme.id,
      nameFi: `${name} (uusi)`,
      nameEn: "Renamed",
    });
    expect(renamed.state?.status).toBe("saved");
    expect(await db.theme.findUniqueOrThrow({ where: { id: theme.id } })).toMatchObject({ nameEn: "Renamed" });
    const audits = await db.auditEvent.findMany({ where: { entityId: theme.id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => [a.action, a.actorId])).toEqual([
      ["theme.create", cast.coordinator.id],
      ["theme.rename", cast.coordinator.id],
    ]);
  });

  it("creates a draft menu with a slug from its title, then publishes and archives it", async () => {
    const id = uniq();
    const created = await submit(createMenuAction, cast.coordinator, {
      title: `Kevät 2028 ${id}`,
      periodStart: "2028-01-01",
      periodEnd: "2028-05-31",
      intro: "Kevään tarjotin.",
    });
    expect(created.redirect).toMatch(/^\/koulutukset\/hallinta\/tarjottimet\/[0-9a-f-]{36}$/);
    const menuId = idFrom(created);
    const menu = await db.trainingMenu.findUniqueOrThrow({ where: { id: menuId } });
    expect(menu).toMatchObject({ slug: `kevat-2028-${id}`, status: "DRAFT", publishedAt: null });
    expect(menu.periodStart.toISOString()).toBe("2028-01-01T00:00:00.000Z");

    // The same slug asked for explicitly is refused on the field.
    const before = await writes(db);
    const taken = await submit(createMenuAction, cast.coordinator, {
      title: "Toinen",
      slug: `kevat-2028-${id}`,
      periodStart: "2028-01-01",
      periodEnd: "2028-05-31",
    });
    expect(taken.state?.fields).toEqual({ slug: "trainingsAdmin.error.slugTaken" });
    expect(await writes(db)).toEqual(before);

    const published = await submit(setMenuStatusAction, cast.coordinator, { menuId, status: "PUBLISHED" });
    expect(published.state?.notice?.key).toBe("trainingsAdmin.menu.statusChanged.PUBLISHED");
    expect((await db.trainingMenu.findUniqueOrThrow({ where: { id: menuId } })).publishedAt).not.toBeNull();
    // Publishing twice, or going back to draft, is refused.
    expect(
      (await submit(setMenuStatusAction, cast.coordinator, { menuId, status: "PUBLISHED" })).state?.fields,
    ).toEqual({
      status: "trainingsAdmin.error.menuStatus",
    });
    expect((await submit(setMenuStatusAction, cast.coordinator, { menuId, status: "DRAFT" })).state?.fields).toEqual({
      status: "trainingsAdmin.error.menuStatus",
    });
    expect((await submit(setMenuStatusAction, cast.coordinator, { menuId, status: "ARCHIVED" })).state?.status).toBe(
      "saved",
    );
    const updated = await submit(updateMenuAction, cast.coordinator, {
      menuId,
      title: `Kevät 2028 (arkisto) ${id}`,
      slug: `kevat-2028-${id}`,
      periodStart: "2028-01-01",
      periodEnd: "2028-06-30",
    });
    expect(updated.state?.status).toBe("saved");
    expect((await db.trainingMenu.findUniqueOrThrow({ where: { id: menuId } })).periodEnd.toISOString()).toBe(
      "2028-06-30T00:00:00.000Z",
    );
  });

  it("creates an offering of any kind with themes, and never takes the reserved slug", async () => {
    const { menuId } = await createOffering(db);
    const themes = await db.theme.findMany({ take: 2, orderBy: { sortOrder: "asc" }, select: { id: true } });
    const title = `Lukudiplomityöpaja ${uniq()}`;
    const created = await submit(createOfferingAction, cast.admin, {
      menuId,
      title,
      kind: "TRAINING_DAY",
      summary: "Tiivistelmä",
      themeIds: themes.map((t) => t.id),
      audience: "Kaikki",
      trainerName: "Kouluttaja",
      orderable: "on",
    });
    const offeringId = idFrom(created);
    const offering = await db.offering.findUniqueOrThrow({
      where: { id: offeringId },
      include: { themes: true },
    });
    expect(offering).toMatchObject({ kind: "TRAINING_DAY", orderable: true, trainerName: "Kouluttaja" });
    expect(offering.slug).toMatch(/^lukudiplomityopaja-/);
    expect(offering.themes.map((t) => t.themeId).sort()).toEqual(themes.map((t) => t.id).sort());

    const edited = await submit(updateOfferingAction, cast.coordinator, {
      offeringId,
      menuId,
      title,
      kind: "WEBINAR",
      themeIds: [themes[0]!.id],
    });
    expect(edited.state?.status).toBe("saved");
    const after = await db.offering.findUniqueOrThrow({ where: { id: offeringId }, include: { themes: true } });
    expect(after).toMatchObject({ kind: "WEBINAR", orderable: false, summary: null });
    expect(after.themes).toHaveLength(1);

    const reserved = await submit(createOfferingAction, cast.coordinator, {
      menuId,
      title: "Hallinta",
      slug: "hallinta",
      kind: "EVENT",
    });
    expect(reserved.state?.fields).toEqual({ slug: "trainingsAdmin.error.slugTaken" });
    const generated = await submit(createOfferingAction, cast.coordinator, {
      menuId,
      title: "Hallinta",
      kind: "EVENT",
    });
    expect((await db.offering.findUniqueOrThrow({ where: { id: idFrom(generated) } })).slug).toMatch(/^hallinta-\d+$/);
  });

  it("adds a session in Helsinki time, hosted by the service point's library and restricted to it", async () => {
    const { offeringId } = await createOffering(db);
    const values = sessionValues(offeringId);
    const created = await submit(createSessionAction, cast.coordinator, values);
    expect(created.redirect).toMatch(/^\/koulutukset\/hallinta\/tilaisuudet\/[0-9a-f-]{36}\?uusi=1$/);
    const session = await db.trainingSession.findUniqueOrThrow({ where: { id: idFrom(created) } });
    expect(session).toMatchObject({
      capacity: 12,
      seatsTaken: 0,
      hostLibraryId: muurameId,
      servicePointId: muurameMain,
      eligibility: "LIBRARY",
      restrictedLibraryId: muurameId,
      status: "SCHEDULED",
    });
    const hour = new Intl.DateTimeFormat("fi-FI", { timeZone: "Europe/Helsinki", hour: "numeric" }).format(
      session.startsAt,
    );
    expect(hour).toBe("9");
    expect(await db.auditEvent.count({ where: { entityId: session.id, action: "session.create" } })).toBe(1);
  });
});

describe("editing and cancelling a published session tells the people enrolled", () => {
  it("mails everyone confirmed or waitlisted about a new time and place, with what changed", async () => {
    const { sessionId, enrolments } = await sessionWithPeople({ confirmed: 2, waitlisted: 1 });
    const active = enrolments.filter((e) => e.status !== "CANCELLED").map((e) => e.id);
    const cancelled = enrolments.filter((e) => e.status === "CANCELLED").map((e) => e.id);
    const values = await editValues(sessionId);
    const original = await db.trainingSession.findUniqueOrThrow({ where: { id: sessionId } });
    const saved = await submit(updateSessionAction, cast.coordinator, {
      ...values,
      startsAt: localDay(31, 10),
      endsAt: localDay(31, 13),
      servicePointId: "",
      place: "Muuramen nuorisotila",
    });
    expect(saved.state?.notice).toEqual({ key: "trainingsAdmin.session.savedNotified", vars: { count: 3 } });
    const changed = await jobsFor("email.sessionChanged", [...active, ...cancelled]);
    const payloads = changed.map(
      (job) => job.payload as { enrolmentId: string; changes: string[]; before: { startsAt: string; place: string } },
    );
    expect(payloads.map((p) => p.enrolmentId).sort()).toEqual([...active].sort());
    for (const payload of payloads) {
      expect(payload.changes).toEqual(["time", "place"]);
      // The session as its person last heard of it, for "before → now".
      expect(payload.before.startsAt).toBe(original.startsAt.toISOString());
      expect(payload.before.place).not.toBe("Muuramen nuorisotila");
    }
    // Confirmed people get a reminder for the new time.
    expect(await jobsFor("email.sessionReminder", active)).toHaveLength(2);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: sessionId, action: "session.update" } });
    expect(audit.summary).toMatch(/changed: time, place; notified 3/);
  });

  it("mails nobody when only the title or capacity changes, or when the menu is a draft", async () => {
    const published = await sessionWithPeople({ confirmed: 1, waitlisted: 0, capacity: 5 });
    const values = await editValues(published.sessionId);
    const saved = await submit(updateSessionAction, cast.coordinator, { ...values, title: "Uusi nimi", capacity: "6" });
    expect(saved.state?.notice).toEqual({ key: "trainingsAdmin.saved" });
    expect(
      await jobsFor(
        "email.sessionChanged",
        published.enrolments.map((e) => e.id),
      ),
    ).toEqual([]);

    const draft = await sessionWithPeople({ confirmed: 1, waitlisted: 0, menuStatus: "DRAFT" });
    const draftValues = await editValues(draft.sessionId);
    await submit(updateSessionAction, cast.coordinator, {
      ...draftValues,
      startsAt: localDay(40, 9),
      endsAt: localDay(40, 10),
    });
    expect(
      await jobsFor(
        "email.sessionChanged",
        draft.enrolments.map((e) => e.id),
      ),
    ).toEqual([]);
  });

  it("refuses a capacity below the seats taken, and fills raised capacity from the waitlist", async () => {
    const { sessionId, enrolments } = await sessionWithPeople({ confirmed: 3, waitlisted: 2 });
    const values = await editValues(sessionId);
    const before = await writes(db);
    const refused = await submit(updateSessionAction, cast.coordinator, { ...values, capacity: "2" });
    expect(refused.state?.fields).toEqual({ capacity: "trainingsAdmin.error.capacityBelowTaken" });
    expect(await writes(db)).toEqual(before);

    const raised = await submit(updateSessionAction, cast.coordinator, { ...values, capacity: "4" });
    expect(raised.state?.status).toBe("saved");
    const session = await db.trainingSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session).toMatchObject({ capacity: 4, seatsTaken: 4 });
    const waitlist = await db.enrolment.findMany({
      where: { id: { in: enrolments.map((e) => e.id) } },
      select: { status: true, waitlistPosition: true },
    });
    expect(waitlist.filter((e) => e.status === "CONFIRMED")).toHaveLength(4);
    expect(waitlist.filter((e) => e.status === "WAITLISTED")).toEqual([{ status: "WAITLISTED", waitlistPosition: 1 }]);
  });

  it("cancels only after confirmation, mails everyone enrolled, and then refuses further changes", async () => {
    const { sessionId, enrolments } = await sessionWithPeople({ confirmed: 2, waitlisted: 1 });
    const active = enrolments.filter((e) => e.status !== "CANCELLED").map((e) => e.id);
    const before = await writes(db);
    const unconfirmed = await submit(cancelSessionAction, cast.coordinator, { sessionId });
    expect(unconfirmed.state?.fields).toEqual({ confirm: "trainingsAdmin.error.confirm" });
    expect(await writes(db)).toEqual(before);

    const cancelled = await submit(cancelSessionAction, cast.coordinator, { sessionId, confirm: "yes" });
    expect(cancelled.redirect).toBe(`/koulutukset/hallinta/tilaisuudet/${sessionId}?peruttu=1`);
    expect((await db.trainingSession.findUniqueOrThrow({ where: { id: sessionId } })).status).toBe("CANCELLED");
    const mails = await jobsFor(
      "email.sessionCancelled",
      enrolments.map((e) => e.id),
    );
    expect(mails.map((m) => (m.payload as { enrolmentId: string }).enrolmentId).sort()).toEqual([...active].sort());

    const again = await submit(cancelSessionAction, cast.coordinator, { sessionId, confirm: "yes" });
    expect(again.state?.formError).toBe("trainingsAdmin.error.sessionCancelled");
    const edit = await submit(updateSessionAction, cast.coordinator, await editValues(sessionId));
    expect(edit.state?.formError).toBe("trainingsAdmin.error.sessionCancelled");
  });
});

describe("bad input gets field messages and writes nothing", () => {
  const unknown = randomUUID();
  let offeringId: string;
  let menuId: string;
  let sessionId: string;
  let themeId: string;
  beforeAll(async () => {
    ({ offeringId, menuId } = await createOffering(db));
    sessionId = idFrom(await submit(createSessionAction, cast.coordinator, sessionValues(offeringId)));
    themeId = (await db.theme.findFirstOrThrow({ select: { id: true } })).id;
  });

  const cases: [string, Action, () => Values, Record<string, string>][] = [
    [
      "theme: missing names",
      createThemeAction,
      () => ({}),
      { nameFi: "validation.required", nameEn: "validation.required" },
    ],
    [
      "theme: overlong name",
      createThemeAction,
      () => ({ nameFi: "x".repeat(81), nameEn: "ok" }),
      { nameFi: "validation.tooLong" },
    ],
    [
      "theme: unknown id",
      renameThemeAction,
      () => ({ themeId: unknown, nameFi: "A", nameEn: "B" }),
      { themeId: "trainingsAdmin.error.unknownTheme" },
    ],
    [
      "menu: missing fields",
      createMenuAction,
      () => ({}),
      { title: "validation.required", periodStart: "validation.required", periodEnd: "validation.required" },
    ],
    [
      "menu: period ends before it starts",
      createMenuAction,
      () => ({ title: "Kevät", periodStart: "2028-05-31", periodEnd: "2028-01-01" }),
      { periodEnd: "trainingsAdmin.error.periodEnd" },
    ],
    [
      "menu: wrong-typed date, bad slug, overlong intro",
      createMenuAction,
      () => ({
        title: "Kevät",
        slug: "Kevät 2028",
        periodStart: "31.5.2028",
        periodEnd: "2028-06-01",
        intro: "x".repeat(5001),
      }),
      { slug: "trainingsAdmin.error.slug", periodStart: "trainingsAdmin.error.date", intro: "validation.tooLong" },
    ],
    [
      "menu: unknown id",
      updateMenuAction,
      () => ({ menuId: unknown, title: "A", periodStart: "2028-01-01", periodEnd: "2028-01-02" }),
      { menuId: "trainingsAdmin.error.unknownMenu" },
    ],
    [
      "menu status: unknown status",
      setMenuStatusAction,
      () => ({ menuId, status: "DELETED" }),
      { status: "validation.invalid" },
    ],
    [
      "menu status: unknown menu",
      setMenuStatusAction,
      () => ({ menuId: unknown, status: "PUBLISHED" }),
      { menuId: "trainingsAdmin.error.unknownMenu" },
    ],
    [
      "offering: missing fields",
      createOfferingAction,
      () => ({}),
      { menuId: "validation.required", title: "validation.required", kind: "trainingsAdmin.error.kind" },
    ],
    [
      "offering: unknown kind, malformed theme id, overlong summary",
      createOfferingAction,
      () => ({ menuId, title: "T", kind: "PARTY", themeIds: ["nope"], summary: "x".repeat(501) }),
      { kind: "trainingsAdmin.error.kind", "themeIds.0": "validation.invalid", summary: "validation.tooLong" },
    ],
    [
      "offering: unknown menu",
      createOfferingAction,
      () => ({ menuId: unknown, title: "T", kind: "WORKSHOP" }),
      { menuId: "trainingsAdmin.error.unknownMenu" },
    ],
    [
      "offering: unknown theme",
      createOfferingAction,
      () => ({ menuId, title: "T", kind: "WORKSHOP", themeIds: [themeId, unknown] }),
      { themeIds: "trainingsAdmin.error.unknownTheme" },
    ],
    [
      "offering: unknown id",
      updateOfferingAction,
      () => ({ offeringId: unknown, menuId, title: "T", kind: "WORKSHOP" }),
      { offeringId: "trainingsAdmin.error.unknownOffering" },
    ],
    [
      "session: missing fields",
      createSessionAction,
      () => ({}),
      {
        offeringId: "validation.required",
        startsAt: "validation.required",
        endsAt: "validation.required",
        capacity: "validation.required",
      },
    ],
    [
      "session: negative capacity, wrong-typed time, http link, overlong place",
      createSessionAction,
      () => ({
        ...sessionValues(offeringId),
        capacity: "-5",
        startsAt: "huomenna",
        remoteUrl: "http://teams.example/x",
        place: "x".repeat(301),
      }),
      {
        capacity: "trainingsAdmin.error.capacity",
        startsAt: "trainingsAdmin.error.dateTime",
        remoteUrl: "trainingsAdmin.error.remoteUrl",
        place: "validation.tooLong",
      },
    ],
    [
      "session: end before start",
      createSessionAction,
      () => ({ ...sessionValues(offeringId), endsAt: localDay(30, 8) }),
      { endsAt: "trainingsAdmin.error.endBeforeStart" },
    ],
    [
      "session: registration closing after the start",
      createSessionAction,
      () => ({ ...sessionValues(offeringId), registrationClosesAt: localDay(30, 10) }),
      { registrationClosesAt: "trainingsAdmin.error.closesAfterStart" },
    ],
    [
      "session: no place at all",
      createSessionAction,
      () => ({ ...sessionValues(offeringId), servicePointId: "", place: "", remoteUrl: "" }),
      { place: "trainingsAdmin.error.placeRequired" },
    ],
    [
      "session: unknown offering",
      createSessionAction,
      () => ({ ...sessionValues(offeringId), offeringId: unknown }),
      { offeringId: "trainingsAdmin.error.unknownOffering" },
    ],
    [
      "session: unknown service point",
      createSessionAction,
      () => ({ ...sessionValues(offeringId), servicePointId: unknown }),
      { servicePointId: "trainingsAdmin.error.unknownServicePoint" },
    ],
    [
      "session: unknown library",
      createSessionAction,
      () => ({ ...sessionValues(offeringId), restrictedLibraryId: unknown }),
      { restrictedLibraryId: "trainingsAdmin.error.unknownLibrary" },
    ],
    [
      "session: unknown id",
      updateSessionAction,
      () => {
        const { offeringId: _o, ...rest } = sessionValues(offeringId);
        return { ...rest, sessionId: unknown };
      },
      { sessionId: "trainingsAdmin.error.unknownSession" },
    ],
    [
      "session edit: end before start",
      updateSessionAction,
      () => {
        const { offeringId: _o, ...rest } = sessionValues(offeringId);
        return { ...rest, sessionId, endsAt: localDay(29, 9) };
      },
      { endsAt: "trainingsAdmin.error.endBeforeStart" },
    ],
    [
      "cancel: unknown session",
      cancelSessionAction,
      () => ({ sessionId: unknown, confirm: "yes" }),
      { sessionId: "trainingsAdmin.error.unknownSession" },
    ],
  ];

  for (const [name, action, values, expected] of cases) {
    it(name, async () => {
      const before = await writes(db);
      const { state, redirect } = await submit(action, cast.coordinator, values());
      expect(redirect).toBeUndefined();
      expect(state?.status).toBe("error");
      expect(state?.fields).toEqual(expected);
      // The form shows what was sent again.
      expect(state?.values).toBeDefined();
      expect(await writes(db)).toEqual(before);
    });
  }
});

describe("who may use the coordinators' forms", () => {
  type Column = keyof Cast | "signedOut";
  const COLUMNS: Column[] = ["signedOut", "staff", "ownStaff", "supervisor", "otherSupervisor", "coordinator", "admin"];
  const ALLOWED: Column[] = ["coordinator", "admin"];
  let offeringId: string;
  let menuId: string;
  let sessionId: string;
  let themeId: string;
  beforeAll(async () => {
    ({ offeringId, menuId } = await createOffering(db, { menuStatus: "DRAFT" }));
    sessionId = idFrom(await submit(createSessionAction, cast.coordinator, sessionValues(offeringId)));
    themeId = (await db.theme.findFirstOrThrow({ select: { id: true, nameFi: true, nameEn: true } })).id;
  });

  const forms: [string, Action, () => Values | Promise<Values>][] = [
    ["create theme", createThemeAction, () => ({ nameFi: `Teema ${uniq()}`, nameEn: "Theme" })],
    [
      "rename theme",
      renameThemeAction,
      async () => {
        const theme = await db.theme.findUniqueOrThrow({ where: { id: themeId } });
        return { themeId, nameFi: theme.nameFi, nameEn: theme.nameEn, description: theme.description ?? "" };
      },
    ],
    [
      "create menu",
      createMenuAction,
      () => ({ title: `Tarjotin ${uniq()}`, periodStart: "2028-01-01", periodEnd: "2028-02-01" }),
    ],
    [
      "edit menu",
      updateMenuAction,
      () => ({ menuId, title: "Muokattu", periodStart: "2027-01-01", periodEnd: "2027-12-31" }),
    ],
    [
      "publish menu",
      setMenuStatusAction,
      async () => {
        const { menuId: draft } = await createOffering(db, { menuStatus: "DRAFT" });
        return { menuId: draft, status: "PUBLISHED" };
      },
    ],
    ["create offering", createOfferingAction, () => ({ menuId, title: `Koulutus ${uniq()}`, kind: "WEBINAR" })],
    ["edit offering", updateOfferingAction, () => ({ offeringId, menuId, title: "Muokattu", kind: "WORKSHOP" })],
    ["create session", createSessionAction, () => sessionValues(offeringId)],
    ["edit session", updateSessionAction, () => editValues(sessionId)],
    [
      "cancel session",
      cancelSessionAction,
      async () => {
        const id = idFrom(await submit(createSessionAction, cast.coordinator, sessionValues(offeringId)));
        return { sessionId: id, confirm: "yes" };
      },
    ],
  ];

  for (const [name, action, values] of forms) {
    for (const column of COLUMNS) {
      const allowed = ALLOWED.includes(column);
      it(`${name}: ${column} ${allowed ? "may" : "may not"}`, async () => {
        const input = await values();
        const actor = column === "signedOut" ? null : cast[column];
        const before = await writes(db);
        const outcome = await submit(action, actor, input);
        if (allowed) {
          expect(outcome.redirect ?? outcome.state?.status).toMatch(/^\/koulutukset\/hallinta|^saved$/);
        } else {
          expect(outcome.state).toMatchObject({
            status: "error",
            formError: column === "signedOut" ? "form.error.UNAUTHENTICATED" : "form.error.FORBIDDEN",
          });
          expect(await writes(db)).toEqual(before);
        }
      });
    }
  }

  it("refuses a cross-site submission before anything else", async () => {
    request.headers = crossOrigin();
    const before = await writes(db);
    request.actor = cast.coordinator;
    await expect(
      createMenuAction(idleForm, form({ title: "X", periodStart: "2028-01-01", periodEnd: "2028-01-02" })),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await writes(db)).toEqual(before);
  });
});
