// Agenda-item materials on real PostgreSQL: uploads of every allowed type and
// links through the server actions (FormData with a File, as the browser
// sends it), the download route with its bytes and headers, 404 for everyone
// who may not see a file, bad input answered with field messages while
// nothing is written, and who may add and remove. The signed-in user comes
// from a real session row and cookie, resolved the way Auth.js's database
// strategy does (no proxy/middleware is involved: the checks are the data
// layer's own). Only Next's cache and redirect are stood in for.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { MeetingStatus, Role } from "@/lib/db/enums";
import { idleForm } from "@/lib/http/form-state";
import { MATERIAL_CHUNK_BYTES, MAX_MATERIAL_BYTES } from "@/lib/materials/rules";
import {
  exeBytes,
  fileOf,
  htmlBytes,
  jpegBytes,
  odfBytes,
  ooxmlBytes,
  pdfBytes,
  pdfOfSize,
  pngBytes,
  xlsxFromExcelJs,
  zipBytes,
} from "../support/material-files";
import { ORIGIN, crossOrigin, request as current, sameOrigin } from "./support/request";
import { form, outcomeOf, type Action, type Outcome } from "./support/server-actions";
import { sessionCookie } from "./support/session-cookie";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const { addFileMaterialAction, addLinkMaterialAction, removeMaterialAction } = await import("@/lib/materials/actions");
const { GET: download } = await import("@/app/api/materials/[id]/route");
const { getMaterialsForManagement, getMaterialForRemoval } = await import("@/lib/materials/data");

const KEY = randomUUID().slice(0, 8);
const STATUSES: MeetingStatus[] = ["PLANNED", "AGENDA_PUBLISHED", "MINUTES_DRAFT", "MINUTES_APPROVED"];

let db: Db;
const createdUsers: string[] = [];
const createdMeetings: string[] = [];

type Person = { label: string; actor: Actor | null; cookie?: string };
type Who = "signedOut" | "staff" | "supervisor" | "steering" | "coordinator" | "admin";
const people = { signedOut: { label: "signed out", actor: null } } as Record<Who, Person>;

type Meeting = { id: string; status: MeetingStatus; itemIds: [string, string] };
const meetings = new Map<MeetingStatus, Meeting>();
/** Another meeting, for "an agenda item of another meeting". */
let otherMeeting: Meeting;

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  const libraryId = async (slug: string) =>
    (await db.library.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  const valkeakoski = await libraryId("valkeakoski");
  const jyvaskyla = await libraryId("jyvaskyla");
  const person = async (label: string, roles: Role[], library: string): Promise<Person> => {
    const actor = await db.user.create({
      data: {
        email: `aineisto-${KEY}-${randomUUID().slice(0, 6)}@test.invalid`,
        name: `Testaaja ${label}`,
        roles,
        libraryId: library,
      },
      select: { id: true, roles: true, libraryId: true },
    });
    createdUsers.push(actor.id);
    return { label, actor, cookie: await sessionCookie(db, actor.id) };
  };
  people.staff = await person("STAFF", ["STAFF"], valkeakoski);
  people.supervisor = await person("SUPERVISOR", ["SUPERVISOR", "STAFF"], valkeakoski);
  people.steering = await person("STEERING", ["STEERING"], jyvaskyla);
  people.coordinator = await person("COORDINATOR", ["COORDINATOR"], valkeakoski);
  people.admin = await person("ADMIN", ["ADMIN"], valkeakoski);

  for (const [i, status] of STATUSES.entries()) meetings.set(status, await createMeeting(status, i));
  otherMeeting = await createMeeting("AGENDA_PUBLISHED", 9);
});

afterAll(async () => {
  await db.meeting.deleteMany({ where: { id: { in: createdMeetings } } });
  await db.user.deleteMany({ where: { id: { in: createdUsers } } });
  await db.$disconnect();
});

beforeEach(() => {
  current.headers = sameOrigin();
});

async function createMeeting(status: MeetingStatus, index: number): Promise<Meeting> {
  const startsAt = new Date(Date.UTC(2032, index, 10, 10, 0));
  const meeting = await db.meeting.create({
    data: {
      title: `Materiaalitesti ${KEY} ${status} ${index}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
      status,
      // The steering member is the secretary: writing minutes does not make them a material manager.
      secretaryId: people.steering.actor!.id,
      approvedAt: status === "MINUTES_APPROVED" ? startsAt : null,
      agendaItems: {
        create: [
          { position: 1, kind: "OPENING", title: "Kokouksen avaus" },
          { position: 2, title: "Talousarvio" },
        ],
      },
    },
    select: { id: true, agendaItems: { select: { id: true }, orderBy: { position: "asc" } } },
  });
  createdMeetings.push(meeting.id);
  return { id: meeting.id, status, itemIds: [meeting.agendaItems[0]!.id, meeting.agendaItems[1]!.id] };
}

const meeting = (status: MeetingStatus) => meetings.get(status)!;

// ───────────── driving the actions and the route ─────────────

async function submit(
  action: Action,
  who: Person,
  values: Record<string, string | File | undefined>,
): Promise<Outcome> {
  const headers = sameOrigin();
  if (who.cookie) headers.set("cookie", who.cookie);
  current.headers = headers;
  return outcomeOf(() => action(idleForm, form(values)));
}

const fileForm = (m: Meeting, file: File | undefined, extra: Record<string, string> = {}) => ({
  meetingId: m.id,
  agendaItemId: m.itemIds[1],
  file,
  title: "",
  visibility: "MEETING",
  ...extra,
});

const linkForm = (m: Meeting, extra: Record<string, string> = {}) => ({
  meetingId: m.id,
  agendaItemId: m.itemIds[1],
  url: "https://drive.example.fi/kansio/asialista",
  title: "Asialista ja materiaalit",
  visibility: "MEETING",
  ...extra,
});

async function upload(who: Person, m: Meeting, file: File, extra: Record<string, string> = {}) {
  return submit(addFileMaterialAction, who, fileForm(m, file, extra));
}

/** The newest material of the meeting, with its stored bytes. */
async function newestMaterial(m: Meeting) {
  return db.material.findFirstOrThrow({
    where: { agendaItem: { meetingId: m.id } },
    orderBy: { createdAt: "desc" },
  });
}

async function get(id: string, who: Person) {
  const headers = new Headers({ host: "127.0.0.1:3000" });
  if (who.cookie) headers.set("cookie", who.cookie);
  current.headers = headers;
  return download(new Request(`${ORIGIN}/api/materials/${encodeURIComponent(id)}`, { headers }), {
    params: Promise.resolve({ id }),
  });
}

/** Every row a refused form must leave as it was. */
async function writes() {
  const [materials, audits, jobs, bytes] = await Promise.all([
    db.material.count(),
    db.auditEvent.count(),
    db.job.count(),
    db.material.aggregate({ _sum: { sizeBytes: true } }),
  ]);
  return { materials, audits, jobs, bytes: bytes._sum.sizeBytes };
}

async function expectNothingWritten(work: () => Promise<Outcome>): Promise<Outcome> {
  const before = await writes();
  const outcome = await work();
  expect(await writes()).toEqual(before);
  return outcome;
}

// ───────────── uploads ─────────────

describe("uploading a file", () => {
  it.each([
    ["Esitys.pdf", () => pdfBytes(), "application/pdf", "Esitys.pdf"],
    ["kartta.png", () => pngBytes(), "image/png", "kartta.png"],
    ["Kuva kokouksesta.JPEG", () => jpegBytes(), "image/jpeg", "Kuva kokouksesta.jpeg"],
    [
      "Muistion pohja.docx",
      () => ooxmlBytes("docx"),
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Muistion pohja.docx",
    ],
    [
      "Kalvot.pptx",
      () => ooxmlBytes("pptx"),
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      "Kalvot.pptx",
    ],
    ["Raportti.odt", () => odfBytes("odt"), "application/vnd.oasis.opendocument.text", "Raportti.odt"],
    ["Tilastot.ods", () => odfBytes("ods"), "application/vnd.oasis.opendocument.spreadsheet", "Tilastot.ods"],
    ["Esitys.odp", () => odfBytes("odp"), "application/vnd.oasis.opendocument.presentation", "Esitys.odp"],
  ])("stores %s with the type its content has", async (name, bytes, mimeType, fileName) => {
    const m = meeting("AGENDA_PUBLISHED");
    const content = bytes();
    const before = await writes();
    const { state } = await upload(people.coordinator, m, fileOf(content, name, "application/x-whatever"));
    expect(state?.status, JSON.stringify(state)).toBe("saved");

    const stored = await newestMaterial(m);
    expect(stored).toMatchObject({
      kind: "FILE",
      mimeType,
      fileName,
      sizeBytes: content.length,
      sha256: createHash("sha256").update(content).digest("hex"),
      visibility: "MEETING",
      uploadedById: people.coordinator.actor!.id,
      agendaItemId: m.itemIds[1],
      url: null,
    });
    expect(Buffer.from(stored.content!).equals(Buffer.from(content))).toBe(true);
    // The title defaults to the file's name.
    expect(stored.title).toBe(fileName.replace(/\.[^.]+$/, ""));
    expect(state?.notice).toEqual({ key: "materials.added", vars: { title: stored.title } });

    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: stored.id } });
    expect(audit).toMatchObject({
      action: "material.add",
      entityType: "Material",
      actorId: people.coordinator.actor!.id,
    });
    expect(JSON.stringify(audit.after)).not.toContain("content");
    expect(await writes()).toMatchObject({ materials: before.materials + 1, audits: before.audits + 1 });
  });

  it("stores a real workbook that was named .pdf as the workbook it is", async () => {
    const m = meeting("MINUTES_DRAFT");
    const { state } = await upload(
      people.admin,
      m,
      fileOf(await xlsxFromExcelJs(), "budjetti.pdf", "application/pdf"),
      {
        title: "  Budjetti 2024  ",
        visibility: "COORDINATORS",
      },
    );
    expect(state?.status, JSON.stringify(state)).toBe("saved");
    expect(await newestMaterial(m)).toMatchObject({
      title: "Budjetti 2024",
      fileName: "budjetti.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      visibility: "COORDINATORS",
    });
  });

  it("stores a safe name whatever the browser sent", async () => {
    const m = meeting("PLANNED");
    const { state } = await upload(people.coordinator, m, fileOf(pdfBytes(), '../../"muistio"\r\n2023.exe'));
    expect(state?.status).toBe("saved");
    expect((await newestMaterial(m)).fileName).toBe("muistio2023.pdf");
  });

  it("accepts a file of exactly 20 MB, and it downloads intact", async () => {
    const m = meeting("AGENDA_PUBLISHED");
    const content = pdfOfSize(MAX_MATERIAL_BYTES);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const { state } = await upload(people.coordinator, m, fileOf(content, "Suuri liite.pdf"));
    expect(state?.status, JSON.stringify(state)).toBe("saved");
    const stored = await db.material.findFirstOrThrow({
      where: { agendaItem: { meetingId: m.id } },
      orderBy: { createdAt: "desc" },
      select: { id: true, sizeBytes: true, sha256: true },
    });
    expect(stored.sizeBytes).toBe(MAX_MATERIAL_BYTES);

    const res = await get(stored.id, people.steering);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-length")).toBe(String(MAX_MATERIAL_BYTES));
    const body = new Uint8Array(await res.arrayBuffer());
    expect(createHash("sha256").update(body).digest("hex")).toBe(stored.sha256);
    // Memory sanity: one upload and one download of 20 MB hold a few copies at most.
    const grownMb = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;
    console.info(
      `20 MB upload + download: ${Math.round(performance.now() - started)} ms, RSS +${Math.round(grownMb)} MB`,
    );
    expect(grownMb).toBeLessThan(400);
  }, 120_000);
});

describe("adding a link", () => {
  it("stores an http(s) link with its title and visibility", async () => {
    const m = meeting("AGENDA_PUBLISHED");
    const { state } = await submit(
      addLinkMaterialAction,
      people.coordinator,
      linkForm(m, { visibility: "COORDINATORS" }),
    );
    expect(state?.status, JSON.stringify(state)).toBe("saved");
    expect(await newestMaterial(m)).toMatchObject({
      kind: "LINK",
      title: "Asialista ja materiaalit",
      url: "https://drive.example.fi/kansio/asialista",
      visibility: "COORDINATORS",
      content: null,
      fileName: null,
    });
  });
});

// ───────────── bad input ─────────────

describe("bad input is answered with field messages and writes nothing", () => {
  const badFiles: [
    string,
    () => Record<string, string | File | undefined> | Promise<Record<string, string | File | undefined>>,
    Record<string, string>,
  ][] = [
    [
      "HTML named .pdf",
      () => fileForm(meeting("AGENDA_PUBLISHED"), fileOf(htmlBytes(), "asialista.pdf", "application/pdf")),
      { file: "materials.error.fileType" },
    ],
    [
      "an executable named .docx",
      () => fileForm(meeting("AGENDA_PUBLISHED"), fileOf(exeBytes(), "muistio.docx")),
      { file: "materials.error.fileType" },
    ],
    [
      "a zip of something else named .xlsx",
      () =>
        fileForm(
          meeting("AGENDA_PUBLISHED"),
          fileOf(zipBytes([{ name: "virus.exe", data: exeBytes() }]), "talous.xlsx"),
        ),
      { file: "materials.error.fileType" },
    ],
    [
      "a truncated workbook",
      async () => {
        const xlsx = await xlsxFromExcelJs();
        return fileForm(meeting("AGENDA_PUBLISHED"), fileOf(xlsx.slice(0, xlsx.length - 100), "talous.xlsx"));
      },
      { file: "materials.error.fileType" },
    ],
    [
      "a file of 20 MB + 1 byte",
      () => fileForm(meeting("AGENDA_PUBLISHED"), fileOf(pdfOfSize(MAX_MATERIAL_BYTES + 1), "suuri.pdf")),
      { file: "materials.error.tooLarge" },
    ],
    [
      "an empty file",
      () => fileForm(meeting("AGENDA_PUBLISHED"), fileOf(new Uint8Array(), "tyhja.pdf")),
      { file: "materials.error.emptyFile" },
    ],
    [
      "no file and no title (an empty file input)",
      () => fileForm(meeting("AGENDA_PUBLISHED"), new File([], "", { type: "application/octet-stream" })),
      { file: "materials.error.fileRequired" },
    ],
    [
      "no file field at all",
      () => fileForm(meeting("AGENDA_PUBLISHED"), undefined),
      { file: "materials.error.fileRequired" },
    ],
    [
      "a text where the file should be",
      () => ({ ...fileForm(meeting("AGENDA_PUBLISHED"), undefined), file: "%PDF-1.4" }),
      { file: "validation.invalid" },
    ],
    [
      "an overlong title",
      () => fileForm(meeting("AGENDA_PUBLISHED"), fileOf(pdfBytes(), "a.pdf"), { title: "x".repeat(201) }),
      { title: "validation.tooLong" },
    ],
    [
      "an unknown visibility",
      () => fileForm(meeting("AGENDA_PUBLISHED"), fileOf(pdfBytes(), "a.pdf"), { visibility: "EVERYONE" }),
      { visibility: "validation.invalid" },
    ],
    [
      "an unknown agenda item",
      () => fileForm(meeting("AGENDA_PUBLISHED"), fileOf(pdfBytes(), "a.pdf"), { agendaItemId: randomUUID() }),
      { agendaItemId: "materials.error.unknownItem" },
    ],
    [
      "an agenda item of another meeting",
      () =>
        fileForm(meeting("AGENDA_PUBLISHED"), fileOf(pdfBytes(), "a.pdf"), { agendaItemId: otherMeeting.itemIds[1] }),
      { agendaItemId: "materials.error.unknownItem" },
    ],
    [
      "a malformed agenda item id",
      () => fileForm(meeting("AGENDA_PUBLISHED"), fileOf(pdfBytes(), "a.pdf"), { agendaItemId: "1 OR 1=1" }),
      { agendaItemId: "validation.invalid" },
    ],
  ];

  it.each(badFiles)("file: %s", async (_label, values, fields) => {
    const v = await values();
    const { state } = await expectNothingWritten(() => submit(addFileMaterialAction, people.coordinator, v));
    expect(state?.status).toBe("error");
    expect(state?.fields).toEqual(fields);
  });

  it.each([
    ["a javascript: link", { url: "javascript:alert(document.cookie)" }, { url: "materials.error.url" }],
    ["a data: link", { url: "data:text/html,<script>alert(1)</script>" }, { url: "materials.error.url" }],
    ["a relative link", { url: "/kokoukset" }, { url: "materials.error.url" }],
    ["no link", { url: "  " }, { url: "validation.required" }],
    ["an overlong link", { url: `https://example.fi/${"a".repeat(2000)}` }, { url: "validation.tooLong" }],
    ["no title", { title: " " }, { title: "validation.required" }],
    ["an overlong title", { title: "x".repeat(201) }, { title: "validation.tooLong" }],
    ["an unknown agenda item", { agendaItemId: randomUUID() }, { agendaItemId: "materials.error.unknownItem" }],
  ])("link: %s", async (_label, extra, fields) => {
    const { state } = await expectNothingWritten(() =>
      submit(addLinkMaterialAction, people.coordinator, linkForm(meeting("AGENDA_PUBLISHED"), extra)),
    );
    expect(state?.status).toBe("error");
    expect(state?.fields).toEqual(fields);
  });

  it("link: an agenda item of another meeting than the URL's", async () => {
    const { state } = await expectNothingWritten(() =>
      submit(
        addLinkMaterialAction,
        people.coordinator,
        linkForm(meeting("MINUTES_DRAFT"), { agendaItemId: otherMeeting.itemIds[0] }),
      ),
    );
    expect(state?.fields).toEqual({ agendaItemId: "materials.error.unknownItem" });
  });

  it("an unknown meeting is not found", async () => {
    const { state } = await expectNothingWritten(() =>
      submit(addLinkMaterialAction, people.coordinator, { ...linkForm(meeting("PLANNED")), meetingId: randomUUID() }),
    );
    expect(state?.formError).toBe("form.error.NOT_FOUND");
  });

  it("a cross-site submission is refused", async () => {
    const before = await writes();
    current.headers = crossOrigin();
    await expect(addLinkMaterialAction(idleForm, form(linkForm(meeting("PLANNED"))))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await writes()).toEqual(before);
  });
});

describe("approved minutes lock the materials", () => {
  it("refuses to add a file or a link, with a clear message", async () => {
    const m = meeting("MINUTES_APPROVED");
    for (const outcome of [
      await expectNothingWritten(() => upload(people.coordinator, m, fileOf(pdfBytes(), "myohassa.pdf"))),
      await expectNothingWritten(() => submit(addLinkMaterialAction, people.admin, linkForm(m))),
    ]) {
      expect(outcome.state?.status).toBe("error");
      expect(outcome.state?.formError).toBe("materials.error.locked");
    }
  });

  it("refuses to remove one", async () => {
    const m = meeting("MINUTES_APPROVED");
    const material = await db.material.create({
      data: { agendaItemId: m.itemIds[0], kind: "LINK", title: "Vanha linkki", url: "https://example.fi/" },
    });
    const { state } = await expectNothingWritten(() =>
      submit(removeMaterialAction, people.coordinator, { meetingId: m.id, materialId: material.id, confirm: "yes" }),
    );
    expect(state?.formError).toBe("materials.error.locked");
  });
});

// ───────────── removal ─────────────

describe("removing a material", () => {
  async function linkIn(m: Meeting) {
    return db.material.create({
      data: {
        agendaItemId: m.itemIds[1],
        kind: "LINK",
        title: `Poistettava ${randomUUID().slice(0, 4)}`,
        url: "https://example.fi/",
      },
    });
  }

  it("removes it after the confirmation and records who did", async () => {
    const m = meeting("MINUTES_DRAFT");
    const material = await linkIn(m);
    const outcome = await submit(removeMaterialAction, people.coordinator, {
      meetingId: m.id,
      materialId: material.id,
      confirm: "yes",
    });
    expect(outcome.redirect).toBe(`/kokoukset/${m.id}/materiaalit?poistettu=1`);
    expect(await db.material.findUnique({ where: { id: material.id } })).toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: material.id, action: "material.remove" } });
    expect(audit.actorId).toBe(people.coordinator.actor!.id);
    expect(audit.before).toMatchObject({ title: material.title, url: "https://example.fi/", meetingId: m.id });
  });

  it("needs the confirmation, the right meeting and a known id", async () => {
    const m = meeting("MINUTES_DRAFT");
    const material = await linkIn(m);
    const noConfirm = await expectNothingWritten(() =>
      submit(removeMaterialAction, people.coordinator, { meetingId: m.id, materialId: material.id }),
    );
    expect(noConfirm.state?.fields).toEqual({ confirm: "validation.invalid" });
    const wrongMeeting = await expectNothingWritten(() =>
      submit(removeMaterialAction, people.coordinator, {
        meetingId: otherMeeting.id,
        materialId: material.id,
        confirm: "yes",
      }),
    );
    expect(wrongMeeting.state?.formError).toBe("form.error.NOT_FOUND");
    const unknown = await expectNothingWritten(() =>
      submit(removeMaterialAction, people.coordinator, { meetingId: m.id, materialId: randomUUID(), confirm: "yes" }),
    );
    expect(unknown.state?.formError).toBe("form.error.NOT_FOUND");
    const malformed = await expectNothingWritten(() =>
      submit(removeMaterialAction, people.coordinator, { meetingId: m.id, materialId: "../1", confirm: "yes" }),
    );
    expect(malformed.state?.fields).toEqual({ materialId: "validation.invalid" });
  });
});

// ───────────── permissions ─────────────

describe("who may add and remove", () => {
  const refused = {
    signedOut: "form.error.UNAUTHENTICATED",
    staff: "form.error.FORBIDDEN",
    supervisor: "form.error.FORBIDDEN",
    steering: "form.error.FORBIDDEN",
  } as const;

  it.each(Object.entries(refused))("%s may not, in any status", async (who, formError) => {
    const person = people[who as Who];
    for (const status of STATUSES) {
      const m = meeting(status);
      const material = await db.material.create({
        data: { agendaItemId: m.itemIds[1], kind: "LINK", title: "Pysyvä", url: "https://example.fi/" },
      });
      for (const outcome of [
        await expectNothingWritten(() => upload(person, m, fileOf(pdfBytes(), "a.pdf"))),
        await expectNothingWritten(() => submit(addLinkMaterialAction, person, linkForm(m))),
        await expectNothingWritten(() =>
          submit(removeMaterialAction, person, { meetingId: m.id, materialId: material.id, confirm: "yes" }),
        ),
      ]) {
        expect(outcome.state?.formError, `${who} ${status}`).toBe(formError);
      }
      await db.material.delete({ where: { id: material.id } });
    }
  });

  it.each(["coordinator", "admin"] as const)("%s may until the minutes are approved", async (who) => {
    const person = people[who];
    for (const status of STATUSES) {
      const m = meeting(status);
      const file = await upload(person, m, fileOf(pngBytes(), "kuva.png"));
      const link = await submit(addLinkMaterialAction, person, linkForm(m));
      const expected = status === "MINUTES_APPROVED" ? "error" : "saved";
      expect(file.state?.status, `${who} ${status}`).toBe(expected);
      expect(link.state?.status, `${who} ${status}`).toBe(expected);
      if (status === "MINUTES_APPROVED") continue;
      const added = await newestMaterial(m);
      const removed = await submit(removeMaterialAction, person, {
        meetingId: m.id,
        materialId: added.id,
        confirm: "yes",
      });
      expect(removed.redirect, `${who} ${status}`).toBe(`/kokoukset/${m.id}/materiaalit?poistettu=1`);
    }
  });

  it("the materials page loaders answer only those who manage the meeting", async () => {
    const m = meeting("AGENDA_PUBLISHED");
    const material = await db.material.create({
      data: { agendaItemId: m.itemIds[0], kind: "LINK", title: "Sivun linkki", url: "https://example.fi/" },
    });
    for (const who of ["signedOut", "staff", "supervisor", "steering"] as const) {
      expect(await getMaterialsForManagement(people[who].actor, m.id), who).toBeNull();
      expect(await getMaterialForRemoval(people[who].actor, m.id, material.id), who).toBeNull();
    }
    const page = await getMaterialsForManagement(people.coordinator.actor, m.id);
    expect(page?.editable).toBe(true);
    expect(page?.items.map((i) => i.id)).toEqual(m.itemIds);
    expect(page?.items[0]?.materials.map((x) => x.id)).toContain(material.id);
    expect((await getMaterialsForManagement(people.admin.actor, meeting("MINUTES_APPROVED").id))?.editable).toBe(false);
    expect(await getMaterialForRemoval(people.coordinator.actor, otherMeeting.id, material.id)).toBeNull();
    expect(await getMaterialsForManagement(people.coordinator.actor, "not-a-uuid")).toBeNull();
  });
});

// ───────────── download ─────────────

describe("GET /api/materials/{id}", () => {
  async function fileIn(status: MeetingStatus, visibility: "MEETING" | "COORDINATORS" = "MEETING") {
    const m = meeting(status);
    const content = pdfBytes();
    const material = await db.material.create({
      data: {
        agendaItemId: m.itemIds[1],
        kind: "FILE",
        title: "Kuulumiset",
        fileName: 'Jyväskylän kuulumiset "syksy" 2023.pdf',
        mimeType: "application/pdf",
        sizeBytes: content.length,
        content,
        sha256: createHash("sha256").update(content).digest("hex"),
        visibility,
      },
      select: { id: true },
    });
    return { id: material.id, content };
  }

  const expectNotFound = async (res: Response) => {
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("content-disposition")).toBeNull();
    expect(await res.json()).toEqual({ error: { code: "NOT_FOUND", message: "No such material." } });
  };

  it("answers the bytes as a download with safe headers", async () => {
    const { id, content } = await fileIn("AGENDA_PUBLISHED");
    const res = await get(id, people.steering);
    expect(res.status).toBe(200);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-length": String(content.length),
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
      "content-disposition": `attachment; filename="Jyvaskylan kuulumiset syksy 2023.pdf"; filename*=UTF-8''Jyv%C3%A4skyl%C3%A4n%20kuulumiset%20syksy%202023.pdf`,
    });
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(content))).toBe(true);
  });

  it("serves a file uploaded through the form under its stored name and type", async () => {
    const m = meeting("MINUTES_DRAFT");
    const content = odfBytes("ods");
    await upload(people.coordinator, m, fileOf(content, "Tilastot 2023.xlsx"));
    const stored = await newestMaterial(m);
    const res = await get(stored.id, people.admin);
    expect(res.headers.get("content-type")).toBe("application/vnd.oasis.opendocument.spreadsheet");
    expect(res.headers.get("content-disposition")).toContain(`filename="Tilastot 2023.ods"`);
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(content))).toBe(true);
  });

  it("follows the meeting's visibility for every role and status", async () => {
    const visible: Record<Who, MeetingStatus[]> = {
      signedOut: [],
      staff: ["MINUTES_APPROVED"],
      supervisor: ["MINUTES_APPROVED"],
      steering: ["AGENDA_PUBLISHED", "MINUTES_DRAFT", "MINUTES_APPROVED"],
      coordinator: STATUSES,
      admin: STATUSES,
    };
    for (const status of STATUSES) {
      const { id } = await fileIn(status);
      for (const [who, statuses] of Object.entries(visible)) {
        const res = await get(id, people[who as Who]);
        if (statuses.includes(status)) expect(res.status, `${who} ${status}`).toBe(200);
        else await expectNotFound(res);
      }
    }
  });

  it("is 404 for signed out, STAFF before approval, STEERING on a PLANNED meeting", async () => {
    await expectNotFound(await get((await fileIn("MINUTES_APPROVED")).id, people.signedOut));
    await expectNotFound(await get((await fileIn("MINUTES_DRAFT")).id, people.staff));
    await expectNotFound(await get((await fileIn("AGENDA_PUBLISHED")).id, people.staff));
    await expectNotFound(await get((await fileIn("PLANNED")).id, people.steering));
  });

  it("keeps coordinator-only files from everyone else", async () => {
    const { id } = await fileIn("MINUTES_APPROVED", "COORDINATORS");
    for (const who of ["signedOut", "staff", "supervisor", "steering"] as const)
      await expectNotFound(await get(id, people[who]));
    for (const who of ["coordinator", "admin"] as const) expect((await get(id, people[who])).status).toBe(200);
  });

  it("is 404 for unknown and malformed ids and for links", async () => {
    const link = await db.material.create({
      data: {
        agendaItemId: meeting("MINUTES_APPROVED").itemIds[0],
        kind: "LINK",
        title: "Linkki",
        url: "https://example.fi/",
      },
    });
    for (const id of [randomUUID(), "not-a-uuid", "../../etc/passwd", link.id]) {
      await expectNotFound(await get(id, people.coordinator));
    }
  });

  it("never serves a stored type outside the allowed list as itself", async () => {
    const m = meeting("MINUTES_APPROVED");
    const material = await db.material.create({
      data: {
        agendaItemId: m.itemIds[0],
        kind: "FILE",
        title: "Vanha",
        fileName: "vanha.html",
        mimeType: "text/html",
        content: htmlBytes(),
        sizeBytes: htmlBytes().length,
      },
    });
    const res = await get(material.id, people.staff);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/octet-stream");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment;/);
  });
});

// ───────────── large files, a piece at a time ─────────────

describe("files larger than a piece (MATERIAL_CHUNK_BYTES)", () => {
  /** Incompressible PDF-like bytes: random, with the PDF signature in front. */
  function randomPdf(size: number): Uint8Array<ArrayBuffer> {
    const bytes = new Uint8Array(randomBytes(size));
    bytes.set(pdfBytes().subarray(0, 8));
    return bytes;
  }

  const stagedPieces = async () =>
    (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "MaterialUpload"`)[0]!.n;

  /** The File as the action sees it, with what is read of it counted. */
  function watchedFile(bytes: Uint8Array<ArrayBuffer>, name: string) {
    const file = fileOf(bytes, name, "application/pdf");
    const reads = { bytes: 0, largest: 0, whole: 0 };
    const slice = file.slice.bind(file);
    file.slice = (start?: number, end?: number) => {
      const part = slice(start, end);
      reads.bytes += part.size;
      reads.largest = Math.max(reads.largest, part.size);
      return part;
    };
    for (const whole of ["arrayBuffer", "bytes", "stream", "text"] as const) {
      const original = file[whole].bind(file) as () => unknown;
      (file as unknown as Record<string, () => unknown>)[whole] = () => {
        reads.whole += 1;
        return original();
      };
    }
    return { file, reads };
  }

  it.each([
    ["a few pieces and a partial one", 3 * MATERIAL_CHUNK_BYTES + 12_345],
    ["exactly two pieces", 2 * MATERIAL_CHUNK_BYTES],
    ["one byte over a piece", MATERIAL_CHUNK_BYTES + 1],
  ])("uploads and downloads %s byte for byte, reading the upload once a piece at a time", async (_name, size) => {
    const m = meeting("AGENDA_PUBLISHED");
    const content = randomPdf(size);
    const { file, reads } = watchedFile(content, "Iso liite.pdf");
    const { state } = await upload(people.coordinator, m, file);
    expect(state?.status, JSON.stringify(state)).toBe("saved");
    // Never copied whole: the type from its first bytes, then each byte once, a piece at a time.
    expect(reads.whole).toBe(0);
    expect(reads.largest).toBeLessThanOrEqual(MATERIAL_CHUNK_BYTES);
    expect(reads.bytes).toBeGreaterThanOrEqual(size);
    expect(reads.bytes).toBeLessThanOrEqual(size + 8);

    const stored = await newestMaterial(m);
    expect(stored.sizeBytes).toBe(size);
    expect(stored.sha256).toBe(createHash("sha256").update(content).digest("hex"));
    expect(Buffer.from(stored.content!).equals(Buffer.from(content))).toBe(true);
    expect(await stagedPieces()).toBe(0);

    const res = await get(stored.id, people.steering);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-length")).toBe(String(size));
    const pieces: Uint8Array[] = [];
    const reader = res.body!.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) pieces.push(r.value);
    expect(pieces.length).toBe(Math.ceil(size / MATERIAL_CHUNK_BYTES));
    expect(Math.max(...pieces.map((p) => p.byteLength))).toBeLessThanOrEqual(MATERIAL_CHUNK_BYTES);
    expect(Buffer.concat(pieces).equals(Buffer.from(content))).toBe(true);
  });

  it("leaves no staged pieces behind when the upload is refused after they were written", async () => {
    const m = meeting("MINUTES_APPROVED");
    const { state } = await upload(
      people.coordinator,
      m,
      fileOf(randomPdf(2 * MATERIAL_CHUNK_BYTES + 1), "Myöhässä.pdf"),
    );
    expect(state?.formError).toBe("materials.error.locked");
    expect(await stagedPieces()).toBe(0);
  });

  it("streams a download: the first piece arrives before the rest is read from the database", async () => {
    const m = meeting("AGENDA_PUBLISHED");
    const content = randomPdf(4 * MATERIAL_CHUNK_BYTES);
    const material = await db.material.create({
      data: {
        agendaItemId: m.itemIds[1],
        kind: "FILE",
        title: "Virtaava",
        fileName: "virtaava.pdf",
        mimeType: "application/pdf",
        sizeBytes: content.length,
        content,
        visibility: "MEETING",
      },
      select: { id: true },
    });
    const res = await get(material.id, people.steering);
    expect(res.status).toBe(200);
    expect(res.body).toBeInstanceOf(ReadableStream);
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(Buffer.from(first.value!).equals(Buffer.from(content.subarray(0, MATERIAL_CHUNK_BYTES)))).toBe(true);

    // The rest is still in the database: take it away, and the download cannot finish.
    await db.material.delete({ where: { id: material.id } });
    await expect(reader.read()).rejects.toThrow(/ended at 1048576 of 4194304 bytes/);
  });

  it("stops reading when the reader goes away", async () => {
    const m = meeting("AGENDA_PUBLISHED");
    const content = randomPdf(3 * MATERIAL_CHUNK_BYTES);
    const { state } = await upload(people.coordinator, m, fileOf(content, "Keskeytetty.pdf"));
    expect(state?.status).toBe("saved");
    const res = await get((await newestMaterial(m)).id, people.steering);
    const reader = res.body!.getReader();
    expect((await reader.read()).value?.byteLength).toBe(MATERIAL_CHUNK_BYTES);
    await reader.cancel();
    expect(await reader.read()).toEqual({ done: true, value: undefined });
  });
});
