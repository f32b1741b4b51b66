// Writing the minutes item by item, through the server action against a real
// database: each save changes the item and keeps a revision (who, when), an
// unchanged text makes none, a save based on an older revision is refused
// (CONFLICT) and so are locked minutes, bad input and other meetings' items —
// with nothing written. Then who may save, and who may read the history, in
// every meeting status: the drafts' history is their writers' (coordinators
// and the secretary), others who read the minutes get the text and who
// approved it (issue 9). Only the request's plumbing is stood in for; the
// actor signs in through a real Session row (support/stub-auth-config.ts).
import { randomUUID } from "node:crypto";
import { isValidElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { MeetingStatus } from "@/lib/db/enums";
import type { AppError } from "@/lib/http/errors";
import { previewMinutesAction, saveMinutesAction, type MinutesFormState } from "@/lib/minutes/actions";
import { changeMeetingStatus } from "@/lib/meetings/mutations";
import { getMinutesEditor, getMinutesHistory, type MinutesHistory } from "@/lib/minutes/data";
import { saveItemMinutes } from "@/lib/minutes/mutations";
import { MINUTES_MAX_LENGTH } from "@/lib/minutes/rules";
import { crossOrigin, request, sameOrigin } from "./support/request";
import { form, type Values } from "./support/server-actions";
import { uniq } from "./trainings-admin-fixtures";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));

async function submit(actor: Actor | null, values: Values): Promise<MinutesFormState> {
  request.actor = actor;
  return saveMinutesAction({ status: "idle" }, form(values));
}

type Cast = {
  coordinator: Actor;
  admin: Actor;
  supervisor: Actor;
  staff: Actor;
  /** hanna@jkl.fi: steering group, not the secretary of the test meetings. */
  steering: Actor;
  /** A steering member who is the secretary of the test meetings. */
  secretary: Actor;
};

let db: Db;
let cast: Cast;

async function actorOf(email: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, roles: true, libraryId: true },
  });
  return { id: user.id, roles: user.roles, libraryId: user.libraryId };
}

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  const muurame = await db.library.findUniqueOrThrow({ where: { slug: "muurame" }, select: { id: true } });
  const secretary = await db.user.create({
    data: {
      email: `sihteeri-${uniq()}@muurame.fi`,
      name: "Sihteeri Testinen",
      roles: ["STEERING"],
      libraryId: muurame.id,
    },
    select: { id: true, roles: true, libraryId: true },
  });
  cast = {
    coordinator: await actorOf("juli@tampere.fi"),
    admin: await actorOf("admin@tampere.fi"),
    supervisor: await actorOf("esihenkilo@muurame.fi"),
    staff: await actorOf("marju@valkeakoski.fi"),
    steering: await actorOf("hanna@jkl.fi"),
    secretary,
  };
});
afterAll(async () => {
  await db.$disconnect();
});
beforeEach(() => {
  request.headers = sameOrigin();
});

/** A meeting of its own with two agenda items; the cast's secretary is its secretary. */
async function createMeeting(status: MeetingStatus, options: { minutes?: string } = {}) {
  const meeting = await db.meeting.create({
    data: {
      title: `Muistiotesti ${uniq()}`,
      startsAt: new Date("2027-03-01T10:00:00Z"),
      endsAt: new Date("2027-03-01T12:00:00Z"),
      status,
      secretaryId: cast.secretary.id,
      agendaItems: {
        create: [
          { position: 1, title: "Kokouksen avaus", kind: "OPENING", minutes: options.minutes ?? null },
          { position: 2, title: "Kuulumiskierros", kind: "NEWS_ROUND" },
        ],
      },
    },
    select: { id: true, agendaItems: { select: { id: true }, orderBy: { position: "asc" } } },
  });
  const [first, second] = meeting.agendaItems.map((item) => item.id) as [string, string];
  return { id: meeting.id, first, second };
}

/** The id of an item's latest revision, as the editor would carry it ("" for none). */
async function baseOf(agendaItemId: string): Promise<string> {
  const latest = await db.minutesRevision.findFirst({
    where: { agendaItemId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  return latest?.id ?? "";
}

/** Every row a refused save must leave as it was. */
async function writes() {
  const [revisions, audits, jobs, items] = await Promise.all([
    db.minutesRevision.count(),
    db.auditEvent.count(),
    db.job.count(),
    db.agendaItem.findMany({ select: { id: true, minutes: true, updatedAt: true }, orderBy: { id: "asc" } }),
  ]);
  return { revisions, audits, jobs, items };
}

/** A history in its "every revision" form (the writers'); fails the test for any other. */
function revisionsOf(history: MinutesHistory | null) {
  if (history?.view !== "revisions") throw new Error(`expected the revisions, got ${history?.view ?? "null"}`);
  return history;
}

const minutesOf = async (agendaItemId: string) =>
  (await db.agendaItem.findUniqueOrThrow({ where: { id: agendaItemId }, select: { minutes: true } })).minutes;

describe("saving the minutes of an item", () => {
  it("changes the item's minutes and keeps a revision with its author, audited", async () => {
    const meeting = await createMeeting("AGENDA_PUBLISHED");
    const before = await writes();
    const state = await submit(cast.secretary, {
      meetingId: meeting.id,
      agendaItemId: meeting.first,
      baseRevisionId: "",
      minutes: "Puheenjohtaja avasi kokouksen klo 10.05.\r\n\r\n- Todettiin läsnäolijat\r\n",
    });
    expect(state).toMatchObject({ status: "saved", notice: { key: "minutes.saved" } });
    const text = "Puheenjohtaja avasi kokouksen klo 10.05.\n\n- Todettiin läsnäolijat";
    expect(await minutesOf(meeting.first)).toBe(text);
    expect(await minutesOf(meeting.second)).toBeNull();

    const revisions = await db.minutesRevision.findMany({ where: { agendaItemId: meeting.first } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ minutes: text, authorId: cast.secretary.id });
    expect(Date.now() - revisions[0]!.createdAt.getTime()).toBeLessThan(60_000);
    // The next save from the same form is based on the revision just made.
    expect(state.values?.baseRevisionId).toBe(revisions[0]!.id);

    const audits = await db.auditEvent.findMany({ where: { entityType: "AgendaItem", entityId: meeting.first } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      action: "minutes.save",
      actorId: cast.secretary.id,
      before: { revisionId: null, length: 0 },
      after: { revisionId: revisions[0]!.id, length: text.length },
    });
    const after = await writes();
    expect(after.revisions - before.revisions).toBe(1);
    expect(after.audits - before.audits).toBe(1);
    expect(after.jobs).toBe(before.jobs);

    // A second save, by a coordinator, on top of it: the history has both, newest first.
    const second = await submit(cast.coordinator, {
      meetingId: meeting.id,
      agendaItemId: meeting.first,
      baseRevisionId: String(state.values?.baseRevisionId),
      minutes: `${text}\n- Hyväksyttiin asialista`,
    });
    expect(second.status).toBe("saved");
    const history = revisionsOf(await getMinutesHistory(cast.secretary, meeting.id, meeting.first));
    expect(history.revisions.map((r) => [r.author?.name, r.minutes])).toEqual([
      ["Juli", `${text}\n- Hyväksyttiin asialista`],
      ["Sihteeri Testinen", text],
    ]);
    expect(history.total).toBe(2);
  });

  it("makes no revision when the text is what is already saved", async () => {
    const meeting = await createMeeting("MINUTES_DRAFT");
    const first = await submit(cast.coordinator, {
      meetingId: meeting.id,
      agendaItemId: meeting.first,
      minutes: "Kokous avattiin.",
    });
    expect(first.status).toBe("saved");
    const base = await baseOf(meeting.first);
    const before = await writes();
    // Only line ends and trailing space differ: the same minutes.
    const again = await submit(cast.coordinator, {
      meetingId: meeting.id,
      agendaItemId: meeting.first,
      baseRevisionId: base,
      minutes: "Kokous avattiin.\r\n  \r\n",
    });
    expect(again).toMatchObject({ status: "saved", notice: { key: "minutes.unchanged" } });
    expect(again.values?.baseRevisionId).toBe(base);
    expect(await writes()).toEqual(before);
  });

  it("refuses a save based on an older revision (CONFLICT), writing nothing, and names who saved", async () => {
    const meeting = await createMeeting("MINUTES_DRAFT");
    // Both open the editor while the item has no revision; the coordinator saves first.
    const coordinators = await submit(cast.coordinator, {
      meetingId: meeting.id,
      agendaItemId: meeting.first,
      baseRevisionId: "",
      minutes: "Kehittämiskirjaston versio.",
    });
    expect(coordinators.status).toBe("saved");
    const latest = await baseOf(meeting.first);

    const before = await writes();
    const secretarys = await submit(cast.secretary, {
      meetingId: meeting.id,
      agendaItemId: meeting.first,
      baseRevisionId: "",
      minutes: "Sihteerin versio.",
    });
    expect(secretarys).toMatchObject({
      status: "error",
      fields: { minutes: "minutes.error.conflict" },
      conflict: { author: { name: "Juli" }, minutes: "Kehittämiskirjaston versio." },
      // The secretary's text is kept, and the next save is based on what they were shown.
      values: { minutes: "Sihteerin versio.", baseRevisionId: latest },
    });
    expect(new Date(secretarys.conflict!.savedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    // Rendered on the server: the editor has no Markdown parser of its own.
    expect(renderToStaticMarkup(secretarys.conflict!.rendered)).toBe(
      '<p class="max-w-3xl">Kehittämiskirjaston versio.</p>',
    );
    expect(await writes()).toEqual(before);
    expect(await minutesOf(meeting.first)).toBe("Kehittämiskirjaston versio.");

    // The mutation itself answers CONFLICT, whoever calls it.
    await expect(
      saveItemMinutes(cast.secretary, {
        meetingId: meeting.id,
        agendaItemId: meeting.first,
        baseRevisionId: undefined,
        minutes: "Sihteerin versio.",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await writes()).toEqual(before);

    // Having seen the other version, the secretary saves again on top of it.
    const resaved = await submit(cast.secretary, {
      meetingId: meeting.id,
      agendaItemId: meeting.first,
      baseRevisionId: String(secretarys.values?.baseRevisionId),
      minutes: "Sihteerin versio.",
    });
    expect(resaved.status).toBe("saved");
    expect(await minutesOf(meeting.first)).toBe("Sihteerin versio.");
  });

  it("lets only one of two simultaneous saves on the same base through", async () => {
    const meeting = await createMeeting("MINUTES_DRAFT");
    const results = await Promise.allSettled(
      ["Ensimmäinen", "Toinen"].map((minutes) =>
        saveItemMinutes(cast.coordinator, {
          meetingId: meeting.id,
          agendaItemId: meeting.first,
          baseRevisionId: undefined,
          minutes,
        }),
      ),
    );
    const codes = results.map((r) => (r.status === "fulfilled" ? "saved" : (r.reason as AppError).code)).sort();
    expect(codes).toEqual(["CONFLICT", "saved"]);
    expect(await db.minutesRevision.count({ where: { agendaItemId: meeting.first } })).toBe(1);
  });

  it("refuses approved (locked) minutes, writing nothing", async () => {
    const meeting = await createMeeting("MINUTES_APPROVED", { minutes: "Hyväksytty teksti." });
    const before = await writes();
    for (const actor of [cast.coordinator, cast.admin, cast.secretary]) {
      const state = await submit(actor, {
        meetingId: meeting.id,
        agendaItemId: meeting.first,
        minutes: "Muutos hyväksyttyyn.",
      });
      expect(state).toMatchObject({ status: "error", formError: "minutes.error.locked" });
    }
    await expect(
      saveItemMinutes(cast.coordinator, {
        meetingId: meeting.id,
        agendaItemId: meeting.first,
        baseRevisionId: undefined,
        minutes: "Muutos hyväksyttyyn.",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await writes()).toEqual(before);
    expect(await minutesOf(meeting.first)).toBe("Hyväksytty teksti.");
  });

  it("answers too long minutes with a field message, writing nothing", async () => {
    const meeting = await createMeeting("AGENDA_PUBLISHED");
    const before = await writes();
    const state = await submit(cast.secretary, {
      meetingId: meeting.id,
      agendaItemId: meeting.first,
      minutes: "a".repeat(MINUTES_MAX_LENGTH + 1),
    });
    expect(state).toMatchObject({ status: "error", fields: { minutes: "minutes.error.tooLong" } });
    // The text is given back so that nothing typed is lost.
    expect(state.values?.minutes).toHaveLength(MINUTES_MAX_LENGTH + 1);
    expect(await writes()).toEqual(before);
  });

  it("refuses unknown ids, another meeting's item and malformed input, writing nothing", async () => {
    const meeting = await createMeeting("MINUTES_DRAFT");
    const other = await createMeeting("MINUTES_DRAFT");
    await db.minutesRevision.create({ data: { agendaItemId: other.first, minutes: "Toisen kokouksen versio." } });
    const before = await writes();
    const cases: [Values, Partial<MinutesFormState>][] = [
      [{ meetingId: meeting.id, agendaItemId: randomUUID(), minutes: "x" }, { formError: "minutes.error.unknownItem" }],
      [{ meetingId: meeting.id, agendaItemId: other.first, minutes: "x" }, { formError: "minutes.error.unknownItem" }],
      [
        { meetingId: randomUUID(), agendaItemId: meeting.first, minutes: "x" },
        { formError: "minutes.error.unknownMeeting" },
      ],
      [
        // A base that is no revision of this item (it is the other meeting's).
        { meetingId: meeting.id, agendaItemId: meeting.first, baseRevisionId: await baseOf(other.first), minutes: "x" },
        { formError: "minutes.error.unknownItem" },
      ],
      [
        { meetingId: "", agendaItemId: "ei-tunniste", baseRevisionId: "123", minutes: "x" },
        {
          fields: {
            meetingId: "validation.required",
            agendaItemId: "validation.invalid",
            baseRevisionId: "validation.invalid",
          },
        },
      ],
    ];
    for (const [values, expected] of cases) {
      const state = await submit(cast.coordinator, values);
      expect(state, JSON.stringify(values)).toMatchObject({ status: "error", ...expected });
    }
    expect(await writes()).toEqual(before);
  });

  it("refuses a cross-site request before anything else", async () => {
    const meeting = await createMeeting("MINUTES_DRAFT");
    const before = await writes();
    request.headers = crossOrigin();
    await expect(
      submit(cast.coordinator, { meetingId: meeting.id, agendaItemId: meeting.first, minutes: "x" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await writes()).toEqual(before);
  });
});

describe("who may save the minutes, in each status", () => {
  const STATUSES: MeetingStatus[] = ["PLANNED", "AGENDA_PUBLISHED", "MINUTES_DRAFT", "MINUTES_APPROVED"];
  const WHO = ["signedOut", "staff", "supervisor", "steering", "secretary", "coordinator", "admin"] as const;
  type Who = (typeof WHO)[number];
  const SAVED = "saved";
  // What each save answers: saved, or the form's message. Invisible meetings
  // answer as unknown; those who can never write are stopped before any lookup.
  const expected: Record<Who, Record<MeetingStatus, string>> = {
    signedOut: {
      PLANNED: "form.error.UNAUTHENTICATED",
      AGENDA_PUBLISHED: "form.error.UNAUTHENTICATED",
      MINUTES_DRAFT: "form.error.UNAUTHENTICATED",
      MINUTES_APPROVED: "form.error.UNAUTHENTICATED",
    },
    staff: {
      PLANNED: "form.error.FORBIDDEN",
      AGENDA_PUBLISHED: "form.error.FORBIDDEN",
      MINUTES_DRAFT: "form.error.FORBIDDEN",
      MINUTES_APPROVED: "form.error.FORBIDDEN",
    },
    supervisor: {
      PLANNED: "form.error.FORBIDDEN",
      AGENDA_PUBLISHED: "form.error.FORBIDDEN",
      MINUTES_DRAFT: "form.error.FORBIDDEN",
      MINUTES_APPROVED: "form.error.FORBIDDEN",
    },
    steering: {
      PLANNED: "minutes.error.unknownMeeting",
      AGENDA_PUBLISHED: "minutes.error.notAllowed",
      MINUTES_DRAFT: "minutes.error.notAllowed",
      MINUTES_APPROVED: "minutes.error.locked",
    },
    secretary: {
      PLANNED: "minutes.error.unknownMeeting",
      AGENDA_PUBLISHED: SAVED,
      MINUTES_DRAFT: SAVED,
      MINUTES_APPROVED: "minutes.error.locked",
    },
    coordinator: {
      PLANNED: "minutes.error.notYet",
      AGENDA_PUBLISHED: SAVED,
      MINUTES_DRAFT: SAVED,
      MINUTES_APPROVED: "minutes.error.locked",
    },
    admin: {
      PLANNED: "minutes.error.notYet",
      AGENDA_PUBLISHED: SAVED,
      MINUTES_DRAFT: SAVED,
      MINUTES_APPROVED: "minutes.error.locked",
    },
  };

  for (const status of STATUSES) {
    it(`on a ${status} meeting`, async () => {
      const meeting = await createMeeting(status, { minutes: "Alkuperäinen." });
      const answers: Record<string, string> = {};
      for (const who of WHO) {
        const actor = who === "signedOut" ? null : cast[who];
        const before = await writes();
        const text = `Kirjaus: ${who} ${uniq()}`;
        const state = await submit(actor, {
          meetingId: meeting.id,
          agendaItemId: meeting.first,
          baseRevisionId: await baseOf(meeting.first),
          minutes: text,
        });
        answers[who] = state.status === "saved" ? SAVED : (state.formError ?? JSON.stringify(state.fields));
        const after = await writes();
        if (state.status === "saved") {
          expect(after.revisions - before.revisions, who).toBe(1);
          expect(await minutesOf(meeting.first), who).toBe(text);
        } else {
          expect(after, who).toEqual(before);
        }
      }
      expect(answers).toEqual(Object.fromEntries(WHO.map((who) => [who, expected[who][status]])));
    });
  }

  it("the mutation answers NOT_FOUND for a meeting the actor may not see, FORBIDDEN for one they may", async () => {
    const planned = await createMeeting("PLANNED");
    const approved = await createMeeting("MINUTES_APPROVED");
    const save = (actor: Actor | null, meeting: { id: string; first: string }) =>
      saveItemMinutes(actor, { meetingId: meeting.id, agendaItemId: meeting.first, minutes: "x" });
    await expect(save(null, approved)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(save(cast.staff, planned)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(save(cast.steering, planned)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(save(cast.staff, approved)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(save(cast.coordinator, planned)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("reading the revision history", () => {
  const WHO = ["signedOut", "staff", "supervisor", "steering", "secretary", "coordinator", "admin"] as const;
  type Who = (typeof WHO)[number];
  const actorOfWho = (who: Who) => (who === "signedOut" ? null : cast[who]);

  /**
   * The opening's minutes as two saves: the secretary's first draft, then the
   * coordinator's text (the item's minutes now). The draft's words appear in
   * no later text.
   */
  async function meetingWithRevisions(status: MeetingStatus) {
    const meeting = await createMeeting(status, { minutes: "Toinen versio." });
    await db.minutesRevision.create({
      data: {
        agendaItemId: meeting.first,
        minutes: "Ensimmäinen luonnos, keskeneräinen.",
        authorId: cast.secretary.id,
        createdAt: new Date("2027-03-01T12:30:00Z"),
      },
    });
    await db.minutesRevision.create({
      data: {
        agendaItemId: meeting.first,
        minutes: "Toinen versio.",
        authorId: cast.coordinator.id,
        createdAt: new Date("2027-03-01T13:00:00Z"),
      },
    });
    return meeting;
  }

  /** What each caller gets: null (404), every revision, or the text alone. */
  const viewsOf = async (meeting: { id: string; first: string }) => {
    const out: Partial<Record<Who, string>> = {};
    for (const who of WHO) {
      const history = await getMinutesHistory(actorOfWho(who), meeting.id, meeting.first);
      if (history) out[who] = history.view;
    }
    return out;
  };

  it("of draft minutes: every revision for their writers; the steering group reads the draft, not its history", async () => {
    const meeting = await meetingWithRevisions("MINUTES_DRAFT");
    expect(await viewsOf(meeting)).toEqual({
      steering: "text",
      secretary: "revisions",
      coordinator: "revisions",
      admin: "revisions",
    });
    const secretarys = revisionsOf(await getMinutesHistory(cast.secretary, meeting.id, meeting.first));
    expect(secretarys).toMatchObject({
      item: { id: meeting.first, position: 1, title: "Kokouksen avaus" },
      total: 2,
      canWrite: true,
      approval: null,
    });
    expect(secretarys.revisions.map((r) => [r.author?.name, r.minutes, r.createdAt.toISOString()])).toEqual([
      ["Juli", "Toinen versio.", "2027-03-01T13:00:00.000Z"],
      ["Sihteeri Testinen", "Ensimmäinen luonnos, keskeneräinen.", "2027-03-01T12:30:00.000Z"],
    ]);
    const steerings = await getMinutesHistory(cast.steering, meeting.id, meeting.first);
    expect(steerings).toMatchObject({ view: "text", minutes: "Toinen versio.", canWrite: false });
    expect(JSON.stringify(steerings)).not.toContain("Ensimmäinen luonnos");
  });

  it("of a planned meeting: nobody (there are no minutes to trace yet)", async () => {
    const meeting = await meetingWithRevisions("PLANNED");
    expect(await viewsOf(meeting)).toEqual({});
  });

  it("with the agenda published: only those who write the minutes", async () => {
    const meeting = await meetingWithRevisions("AGENDA_PUBLISHED");
    expect(await viewsOf(meeting)).toEqual({ secretary: "revisions", coordinator: "revisions", admin: "revisions" });
  });

  it("of approved minutes: members get the approved text and who approved it, never a draft saved before approval", async () => {
    // Approved through the coordinators' own step, so the approval is recorded as it is in use.
    const meeting = await meetingWithRevisions("MINUTES_DRAFT");
    await changeMeetingStatus(cast.coordinator, { meetingId: meeting.id, status: "MINUTES_APPROVED", confirm: "yes" });
    const approvedAt = (await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).approvedAt;
    expect(approvedAt).toBeInstanceOf(Date);

    expect(await viewsOf(meeting)).toEqual({
      staff: "text",
      supervisor: "text",
      steering: "text",
      secretary: "revisions",
      coordinator: "revisions",
      admin: "revisions",
    });
    for (const who of ["staff", "supervisor", "steering"] as const) {
      const history = await getMinutesHistory(cast[who], meeting.id, meeting.first);
      expect(history, who).toMatchObject({
        view: "text",
        minutes: "Toinen versio.",
        canWrite: false,
        approval: { at: approvedAt, by: { name: "Juli" } },
      });
      // Under the old rule every member got both revisions, the first draft included.
      const shown = JSON.stringify(history);
      expect(shown, who).not.toContain("Ensimmäinen luonnos");
      expect(shown, who).not.toContain("Sihteeri Testinen");
      expect(history, who).not.toHaveProperty("revisions");
    }
    // The writers keep the whole history, with the approval beside it.
    const coordinators = revisionsOf(await getMinutesHistory(cast.coordinator, meeting.id, meeting.first));
    expect(coordinators.revisions.map((r) => r.minutes)).toEqual([
      "Toinen versio.",
      "Ensimmäinen luonnos, keskeneräinen.",
    ]);
    expect(coordinators.approval).toMatchObject({ at: approvedAt, by: { name: "Juli" } });
    expect(revisionsOf(await getMinutesHistory(cast.secretary, meeting.id, meeting.first)).total).toBe(2);
  });

  it("is null for unknown ids, another meeting's item and malformed ids", async () => {
    const meeting = await meetingWithRevisions("MINUTES_APPROVED");
    const other = await meetingWithRevisions("MINUTES_APPROVED");
    expect(await getMinutesHistory(cast.coordinator, meeting.id, randomUUID())).toBeNull();
    expect(await getMinutesHistory(cast.coordinator, randomUUID(), meeting.first)).toBeNull();
    expect(await getMinutesHistory(cast.coordinator, meeting.id, other.first)).toBeNull();
    expect(await getMinutesHistory(cast.coordinator, "ei-tunniste", meeting.first)).toBeNull();
    expect(await getMinutesHistory(cast.coordinator, meeting.id, "ei-tunniste")).toBeNull();
  });
});

describe("the editor's view", () => {
  it("hides work in progress from those who do not write it, and is null for invisible meetings", async () => {
    const meeting = await createMeeting("AGENDA_PUBLISHED", { minutes: "Keskeneräinen." });
    const secretarys = await getMinutesEditor(cast.secretary, meeting.id);
    expect(secretarys).toMatchObject({ access: "write", historyVisible: true });
    expect(secretarys?.items.map((i) => i.minutes)).toEqual(["Keskeneräinen.", null]);

    const steerings = await getMinutesEditor(cast.steering, meeting.id);
    expect(steerings).toMatchObject({ access: "notAllowed", historyVisible: false });
    expect(steerings?.items.map((i) => i.minutes)).toEqual([null, null]);

    expect(await getMinutesEditor(cast.staff, meeting.id)).toBeNull();
    expect(await getMinutesEditor(null, meeting.id)).toBeNull();
    expect(await getMinutesEditor(cast.coordinator, randomUUID())).toBeNull();
  });

  it("shows approved minutes read-only: the writers with their revisions, everyone else without", async () => {
    const meeting = await createMeeting("MINUTES_APPROVED", { minutes: "Hyväksytty." });
    const revision = await db.minutesRevision.create({
      data: { agendaItemId: meeting.first, minutes: "Hyväksytty.", authorId: cast.secretary.id },
    });
    const staffs = await getMinutesEditor(cast.staff, meeting.id);
    expect(staffs).toMatchObject({ access: "locked", historyVisible: false });
    expect(staffs?.items[0]).toMatchObject({ minutes: "Hyväksytty.", revisionCount: 0, latestRevision: null });
    const secretarys = await getMinutesEditor(cast.secretary, meeting.id);
    expect(secretarys).toMatchObject({ access: "locked", historyVisible: true });
    expect(secretarys?.items[0]).toMatchObject({
      minutes: "Hyväksytty.",
      revisionCount: 1,
      latestRevision: { id: revision.id, author: { name: "Sihteeri Testinen" } },
    });
  });
});

describe("the editor's preview (rendered on the server)", () => {
  const html = (preview: ReactElement | null) => (preview ? renderToStaticMarkup(preview) : "");

  it("renders what the meeting page would show, raw HTML as text and unsafe links as text", async () => {
    request.actor = cast.secretary;
    const answer = await previewMinutesAction(
      "# Otsikko\n\n**lihava** <img src=x onerror=alert(1)> [ok](https://example.com/) [js](javascript:alert(1))",
    );
    expect(answer.ok).toBe(true);
    const preview = answer.ok ? answer.preview : null;
    expect(isValidElement(preview)).toBe(true);
    const out = html(preview);
    expect(out).toContain("<h3");
    expect(out).toContain("<strong>lihava</strong>");
    expect(out).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(out).toContain('href="https://example.com/"');
    expect(out).not.toContain("javascript:");
    expect(await previewMinutesAction("   \n")).toEqual({ ok: true, preview: null });
  });

  it("answers only those who may write minutes, same-origin, with text no longer than a save allows", async () => {
    request.actor = null;
    expect(await previewMinutesAction("x")).toEqual({ ok: false, error: "UNAUTHENTICATED" });
    request.actor = cast.staff;
    expect(await previewMinutesAction("x")).toEqual({ ok: false, error: "FORBIDDEN" });
    request.actor = cast.coordinator;
    expect(await previewMinutesAction("x".repeat(MINUTES_MAX_LENGTH + 1))).toEqual({
      ok: false,
      error: "VALIDATION_FAILED",
      messageKey: "minutes.error.tooLong",
    });
    expect(await previewMinutesAction(42)).toMatchObject({ ok: false, error: "VALIDATION_FAILED" });
    request.headers = crossOrigin();
    expect(await previewMinutesAction("x")).toEqual({ ok: false, error: "FORBIDDEN" });
  });
});
