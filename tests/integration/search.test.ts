// Meeting search on real PostgreSQL: Finnish stemming, ranking snippets as
// safe segments, and visibility — what a user may not see is never found.
import { randomInt, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { searchMeetings } from "@/lib/search/data";

// The route handler runs signed out: Auth.js cannot load outside Next.
vi.mock("@/lib/auth/config", () => ({ auth: () => Promise.resolve(null) }));
const { GET } = await import("@/app/api/search/route");

let db: Db;
let libraryId: string;
const meetingIds: string[] = [];

const actor = (role: Actor["roles"][number]): Actor => ({ id: randomUUID(), roles: [role], libraryId });
/** A made-up word no seed text contains, so hits are ours alone. */
const word = () => `zyx${Array.from({ length: 8 }, () => String.fromCharCode(97 + randomInt(26))).join("")}`;

async function meeting(
  status: "AGENDA_PUBLISHED" | "MINUTES_DRAFT" | "MINUTES_APPROVED",
  item: { title: string; minutes: string },
) {
  const created = await db.meeting.create({
    data: {
      title: `Hakutesti ${status}`,
      startsAt: new Date("2030-01-15T10:00:00Z"),
      endsAt: new Date("2030-01-15T12:00:00Z"),
      status,
      agendaItems: { create: [{ position: 3, title: item.title, body: "Käsitellään asia.", minutes: item.minutes }] },
    },
    select: { id: true },
  });
  meetingIds.push(created.id);
  return created.id;
}

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
  libraryId = (await db.library.findFirstOrThrow({ select: { id: true } })).id;
});
afterAll(async () => {
  await db.meeting.deleteMany({ where: { id: { in: meetingIds } } });
  await db.$disconnect();
});

const kinds = (hits: Awaited<ReturnType<typeof searchMeetings>>) => hits.map((h) => h.kind);

describe("searchMeetings", () => {
  it("finds the minutes that say omatoimikirjasto when searching omatoimikirjastoon, with marked snippets", async () => {
    const hits = await searchMeetings(actor("STAFF"), "omatoimikirjastoon");
    const minutes = hits.find((h) => h.kind === "minutes");
    expect(minutes).toBeDefined();
    expect(minutes!.href).toMatch(/^\/kokoukset\/[0-9a-f-]{36}#kohta-\d+$/);
    const marked = minutes!.snippet.filter((s) => s.mark).map((s) => s.text.toLowerCase());
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.some((text) => text.startsWith("omatoimikirjasto"))).toBe(true);
    expect(minutes!.snippet.some((s) => !s.mark)).toBe(true);
    expect(minutes!.snippet.map((s) => s.text).join("")).not.toMatch(/[\u0002\u0003<>]/);
  });

  it("finds leikkausuhan when searching leikkaus", async () => {
    const hits = await searchMeetings(actor("STAFF"), "leikkaus");
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((h) => h.snippet.some((s) => s.mark && /^leikkausuh/i.test(s.text)))).toBe(true);
  });

  it("staff find approved minutes but not the agenda published for 29.11.2023; steering find it", async () => {
    const next = await db.meeting.findFirstOrThrow({
      where: { startsAt: new Date("2023-11-29T10:00:00Z"), status: "AGENDA_PUBLISHED" },
      select: { id: true },
    });
    const staff = await searchMeetings(actor("STAFF"), "toimintasuunnitelma", { limit: 100 });
    expect(staff.length).toBeGreaterThan(0);
    expect(staff.every((h) => h.meetingId !== next.id)).toBe(true);
    const steering = await searchMeetings(actor("STEERING"), "toimintasuunnitelma", { limit: 100 });
    expect(steering.some((h) => h.meetingId === next.id && h.kind === "agendaItem")).toBe(true);
  });

  it("finds nothing signed out", async () => {
    expect(await searchMeetings(null, "omatoimikirjastoon")).toEqual([]);
  });

  it("finds a draft meeting's minutes for steering but not for staff", async () => {
    const secret = word();
    const id = await meeting("MINUTES_DRAFT", { title: "Luonnoskohta", minutes: `Pöytäkirjaan kirjattiin ${secret}.` });
    expect(await searchMeetings(actor("STAFF"), secret)).toEqual([]);
    const steering = await searchMeetings(actor("STEERING"), secret);
    expect(kinds(steering)).toEqual(["minutes"]);
    expect(steering[0]!.href).toBe(`/kokoukset/${id}#kohta-3`);
  });

  it("does not search an agenda item's minutes while only the agenda is published", async () => {
    const inMinutes = word();
    const inTitle = word();
    const id = await meeting("AGENDA_PUBLISHED", {
      title: `Asia ${inTitle}`,
      minutes: `Ennakkoon kirjoitettu ${inMinutes}.`,
    });
    const steering = actor("STEERING");
    expect(await searchMeetings(steering, inMinutes)).toEqual([]);
    expect(await searchMeetings(steering, `${inTitle} ${inMinutes}`)).toEqual([]);
    const byTitle = await searchMeetings(steering, inTitle);
    expect(byTitle.map((h) => [h.kind, h.href])).toEqual([["agendaItem", `/kokoukset/${id}#kohta-3`]]);
    expect(byTitle[0]!.snippet.map((s) => s.text).join("")).not.toContain(inMinutes);
    // Once the minutes are out, they are found.
    await db.meeting.update({ where: { id }, data: { status: "MINUTES_DRAFT" } });
    expect(kinds(await searchMeetings(steering, inMinutes))).toEqual(["minutes"]);
  });

  it("treats markers and markup in the text as plain text", async () => {
    const secret = word();
    await meeting("MINUTES_APPROVED", { title: "Merkit", minutes: `<b>lihava</b> \u0002${secret}\u0003 loppu` });
    const [hit] = await searchMeetings(actor("STAFF"), "lihava");
    expect(hit!.snippet.map((s) => s.text).join("")).toContain(secret);
    expect(hit!.snippet.filter((s) => s.mark).map((s) => s.text)).toEqual(["lihava"]);
  });
});

describe("GET /api/search", () => {
  const call = async (q: string | null) => {
    const url = new URL("http://127.0.0.1:3000/api/search");
    if (q !== null) url.searchParams.set("q", q);
    const res = await GET(new Request(url), { params: Promise.resolve({}) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  it("answers 200 with empty hits signed out (public content may be added later)", async () => {
    expect(await call("omatoimikirjastoon")).toEqual({ status: 200, body: { query: "omatoimikirjastoon", hits: [] } });
  });

  it.each([[null], ["a"], ["  b  "], ["x".repeat(201)]])("answers 422 for q=%s", async (q) => {
    const { status, body } = await call(q);
    expect(status).toBe(422);
    const error = body.error as { code: string; fields?: Record<string, string> };
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.fields?.q).toBeTruthy();
  });
});
