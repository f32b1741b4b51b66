// The programmes API and certificates (issue 13) through the route handlers
// with real session cookies: the public list and parts, joining, a part done
// by its reflection, progress, the certificate PDF (its text extracted with
// pdf.js: name, programme and parts), and the public verification of a
// genuine, a revoked and a forged code. Every answer is checked against the
// OpenAPI document (setup-env.ts).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { createSession, createUsers, removeCreated, uniq } from "./enrolment-fixtures";
import { ORIGIN, request as current } from "./support/request";
import { sessionCookie } from "./support/session-cookie";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const { GET: listProgrammes } = await import("@/app/api/programmes/route");
const { GET: getProgramme } = await import("@/app/api/programmes/[id]/route");
const { GET: getProgress } = await import("@/app/api/programmes/[id]/progress/route");
const { POST: join, DELETE: leave } = await import("@/app/api/programmes/[id]/participation/route");
const { POST: completePart } = await import("@/app/api/programmes/[id]/parts/[partId]/completion/route");
const { GET: getPdf } = await import("@/app/api/programmes/[id]/certificate.pdf/route");
const { GET: verify } = await import("@/app/api/certificates/[code]/route");
const { revokeCertificate } = await import("@/lib/programmes/mutations");

let db: Db;
let coordinator: Actor;
let person: Actor;
let other: Actor;
let programme: { id: string; slug: string; partIds: string[] };

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  coordinator = (await createUsers(db, 1, { roles: ["COORDINATOR"], prefix: `coord-${uniq()}` }))[0]!;
  [person, other] = (await createUsers(db, 2, { prefix: `api-${uniq()}` })) as [Actor, Actor];
  await db.user.update({ where: { id: person.id }, data: { name: "Äijälä Šárka" } });
  const { offeringSlug } = await createSession(db, { capacity: 1 });
  const { menuId } = await db.offering.findUniqueOrThrow({ where: { slug: offeringSlug }, select: { menuId: true } });
  const id = uniq();
  const offering = await db.offering.create({
    data: {
      menuId,
      slug: `test-programme-${id}`,
      kind: "PROGRAMME",
      title: `Asiakaspalvelun ajokortti ${id}`,
      deadline: new Date("2027-12-31"),
      programmePublishedAt: new Date(),
      modules: {
        create: [
          { position: 1, title: "Kohtaaminen", materials: [{ title: "Opas", url: "https://example.org/opas" }] },
          { position: 2, title: "Hankalat tilanteet" },
        ],
      },
    },
    select: { id: true, slug: true, modules: { select: { id: true }, orderBy: { position: "asc" } } },
  });
  programme = { id: offering.id, slug: offering.slug, partIds: offering.modules.map((m) => m.id) };
});
afterAll(async () => {
  await db.offering.deleteMany({ where: { kind: "PROGRAMME", slug: { startsWith: "test-programme-" } } });
  await removeCreated(db);
  await db.$disconnect();
});

function httpRequest(method: string, path: string, options: { cookie?: string; body?: unknown } = {}) {
  const headers = new Headers({ host: "127.0.0.1:3000", origin: ORIGIN });
  if (options.cookie) headers.set("cookie", options.cookie);
  if (options.body !== undefined) headers.set("content-type", "application/json");
  current.headers = headers;
  current.actor = null;
  return new Request(`${ORIGIN}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
}
const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });
async function call(response: Promise<Response>) {
  const res = await response;
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
const cookieOf = (actor: Actor) => sessionCookie(db, actor.id);

/** The text of every page of a PDF, as a reader (or a screen reader) gets it. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({
    data: bytes,
    standardFontDataUrl: `${process.cwd()}/node_modules/pdfjs-dist/standard_fonts/`,
  }).promise;
  let text = "";
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((item) => ("str" in item ? item.str : "")).join(" ") + "\n";
  }
  return text;
}

describe("the programmes API", () => {
  it("lists published programmes and their parts to anyone", async () => {
    const list = await call(listProgrammes(httpRequest("GET", "/api/programmes"), params({})));
    expect(list.status).toBe(200);
    expect((list.body as unknown as { id: string }[]).map((p) => p.id)).toContain(programme.id);
    const one = await call(
      getProgramme(httpRequest("GET", `/api/programmes/${programme.id}`), params({ id: programme.id })),
    );
    expect(one.body).toMatchObject({
      slug: programme.slug,
      deadline: "2027-12-31",
      parts: [
        {
          title: "Kohtaaminen",
          mode: "SELF_REPORTED",
          materials: [{ title: "Opas", url: "https://example.org/opas" }],
        },
        { title: "Hankalat tilanteet" },
      ],
    });
    const unknown = await call(getProgramme(httpRequest("GET", "/api/programmes/x"), params({ id: "x" })));
    expect(unknown.status).toBe(404);
  });

  it("refuses the signed out and cross-site posts, writing nothing", async () => {
    expect(
      (
        await call(
          getProgress(httpRequest("GET", `/api/programmes/${programme.id}/progress`), params({ id: programme.id })),
        )
      ).status,
    ).toBe(401);
    expect(
      (
        await call(
          join(httpRequest("POST", `/api/programmes/${programme.id}/participation`), params({ id: programme.id })),
        )
      ).status,
    ).toBe(401);
    const cookie = await cookieOf(other);
    const crossSite = httpRequest("POST", `/api/programmes/${programme.id}/participation`, { cookie });
    crossSite.headers.set("origin", "https://evil.example");
    expect((await call(join(crossSite, params({ id: programme.id })))).status).toBe(403);
    expect(await db.programmeParticipation.count({ where: { offeringId: programme.id } })).toBe(0);
  });

  it("joins, marks parts done with reflections, completes, and serves the certificate as a PDF", async () => {
    const cookie = await cookieOf(person);
    const before = await call(
      getProgress(
        httpRequest("GET", `/api/programmes/${programme.id}/progress`, { cookie }),
        params({ id: programme.id }),
      ),
    );
    expect(before.body).toMatchObject({ status: null, done: 0, total: 2 });
    const joined = await call(
      join(
        httpRequest("POST", `/api/programmes/${programme.id}/participation`, { cookie }),
        params({ id: programme.id }),
      ),
    );
    expect(joined.body).toMatchObject({ status: "ACTIVE", nextPartId: programme.partIds[0] });

    const part = (partId: string, body: unknown) =>
      call(
        completePart(
          httpRequest("POST", `/api/programmes/${programme.id}/parts/${partId}/completion`, { cookie, body }),
          params({ id: programme.id, partId }),
        ),
      );
    const blank = await part(programme.partIds[0]!, { reflection: "" });
    expect(blank.status).toBe(422);
    expect((blank.body.error as { fields: Record<string, string> }).fields.reflection).toBeTruthy();
    expect(await db.moduleCompletion.count({ where: { userId: person.id } })).toBe(0);
    expect((await part("00000000-0000-4000-8000-000000000000", { reflection: "x" })).status).toBe(404);

    expect((await part(programme.partIds[0]!, { reflection: "Tervehdin jokaista." })).body).toMatchObject({
      status: "ACTIVE",
      done: 1,
    });
    // No certificate before completion.
    expect(
      (
        await getPdf(
          httpRequest("GET", `/api/programmes/${programme.id}/certificate.pdf`, { cookie }),
          params({ id: programme.id }),
        )
      ).status,
    ).toBe(404);
    const completed = await part(programme.partIds[1]!, { reflection: "Rajaan rauhallisesti." });
    expect(completed.body).toMatchObject({ status: "COMPLETED", done: 2, nextPartId: null });
    const certificate = completed.body.certificate as { code: string; verifyUrl: string; revoked: boolean };
    expect(certificate.revoked).toBe(false);
    expect(certificate.verifyUrl).toMatch(new RegExp(`/todistus/${certificate.code}$`));

    for (const lang of ["fi", "en"] as const) {
      const res = await getPdf(
        httpRequest("GET", `/api/programmes/${programme.id}/certificate.pdf?lang=${lang}`, { cookie }),
        params({ id: programme.id }),
      );
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
      const text = (await pdfText(bytes)).replace(/\s+/g, " ");
      expect(text).toContain("Äijälä Šárka");
      expect(text).toContain("Asiakaspalvelun ajokortti");
      expect(text).toContain("1. Kohtaaminen");
      expect(text).toContain("2. Hankalat tilanteet");
      expect(text).toContain(lang === "fi" ? "Todistus" : "Certificate");
      expect(text.replace(/[\s-]/g, "")).toContain(certificate.code);
    }
    // Someone else has no certificate of this programme.
    const otherCookie = await cookieOf(other);
    expect(
      (
        await getPdf(
          httpRequest("GET", `/api/programmes/${programme.id}/certificate.pdf`, { cookie: otherCookie }),
          params({ id: programme.id }),
        )
      ).status,
    ).toBe(404);
    const badLang = await getPdf(
      httpRequest("GET", `/api/programmes/${programme.id}/certificate.pdf?lang=sv`, { cookie }),
      params({ id: programme.id }),
    );
    expect(badLang.status).toBe(422);
  });

  it("verifies a genuine code, a revoked one and a forged one, showing only what the certificate shows", async () => {
    const row = await db.programmeCertificate.findFirstOrThrow({
      where: { participation: { offeringId: programme.id, userId: person.id } },
      select: { id: true, code: true },
    });
    const check = (code: string) => call(verify(httpRequest("GET", `/api/certificates/${code}`), params({ code })));
    const genuine = await check(
      row.code
        .toLowerCase()
        .match(/.{1,5}/g)!
        .join("-"),
    );
    expect(genuine.body).toMatchObject({
      state: "genuine",
      certificate: { holderName: "Äijälä Šárka", parts: ["Kohtaaminen", "Hankalat tilanteet"], revokedAt: null },
    });
    expect(JSON.stringify(genuine.body)).not.toMatch(/@test\.invalid/);

    // A forged code: one character changed.
    const forged = row.code.slice(0, -1) + (row.code.endsWith("0") ? "1" : "0");
    expect((await check(forged)).body).toEqual({ code: forged, state: "unknown", certificate: null });
    expect((await check("not-a-code")).body).toMatchObject({ state: "unknown" });

    await revokeCertificate(coordinator, { certificateId: row.id, reason: "Väärä henkilö", confirm: "yes" });
    const revoked = await check(row.code);
    expect(revoked.body).toMatchObject({ state: "revoked" });
    expect(JSON.stringify(revoked.body)).not.toContain("Väärä henkilö");
    // A revoked certificate is no longer served as a PDF.
    const cookie = await cookieOf(person);
    expect(
      (
        await getPdf(
          httpRequest("GET", `/api/programmes/${programme.id}/certificate.pdf`, { cookie }),
          params({ id: programme.id }),
        )
      ).status,
    ).toBe(404);
  });

  it("leaves and rejoins through the API", async () => {
    const cookie = await cookieOf(other);
    await call(
      join(
        httpRequest("POST", `/api/programmes/${programme.id}/participation`, { cookie }),
        params({ id: programme.id }),
      ),
    );
    const left = await call(
      leave(
        httpRequest("DELETE", `/api/programmes/${programme.id}/participation`, { cookie }),
        params({ id: programme.id }),
      ),
    );
    expect(left.body).toMatchObject({ status: "LEFT" });
    expect(
      (
        await call(
          leave(
            httpRequest("DELETE", `/api/programmes/${programme.id}/participation`, { cookie }),
            params({ id: programme.id }),
          ),
        )
      ).status,
    ).toBe(409);
  });
});
