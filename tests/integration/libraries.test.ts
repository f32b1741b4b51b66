// Member libraries (issue 11): the permission matrix of every library form and
// the libraries API — signed out, STAFF, a SUPERVISOR of the library and of
// another, STEERING, COORDINATOR, ADMIN — with real session cookies and no
// middleware, so every refusal is the data layer's own and writes nothing;
// validation (field messages, nothing written); the status history; cache
// invalidation of the directory and the library's page on every change.
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getLibraryRoute } from "@/app/api/libraries/[id]/route";
import { GET as listLibrariesRoute } from "@/app/api/libraries/route";
import type { Actor } from "@/lib/auth/policy";
import { LIBRARIES_TAG, libraryTag } from "@/lib/cache/tags";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";
import { idleForm, type FormState } from "@/lib/http/form-state";
import {
  changeServicePointStatusAction,
  createLibraryAction,
  createServicePointAction,
  updateLibraryAction,
  updateServicePointAction,
} from "@/lib/libraries/actions";
import { getLibrary, getLibraryForEdit, getLibraryParticipation, getServicePointForEdit } from "@/lib/libraries/data";

const current = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("@/lib/auth/config", async () => {
  const { findActorBySessionToken } = await import("@/lib/auth/data");
  return {
    auth: async () => {
      const token = /(?:^|;\s*)authjs\.session-token=([^;]+)/.exec(current.headers.get("cookie") ?? "")?.[1];
      const actor = token ? await findActorBySessionToken(token) : null;
      return actor ? { user: actor } : null;
    },
  };
});
vi.mock("next/headers", () => ({ headers: () => Promise.resolve(current.headers) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const Redirect = vi.hoisted(
  () =>
    class Redirect extends Error {
      constructor(readonly url: string) {
        super(`redirect to ${url}`);
      }
    },
);
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirect(url);
  },
}));

const ORIGIN = "http://127.0.0.1:3000";
const HOST = "127.0.0.1:3000";

const WHO = ["signedOut", "STAFF", "SUPERVISOR_SAME", "SUPERVISOR_OTHER", "STEERING", "COORDINATOR", "ADMIN"] as const;
type Who = (typeof WHO)[number];

let db: Db;
const cookies = new Map<Who, string | null>();
const actors = new Map<Who, Actor | null>();
/** The library every form aims at, another one, and a service point of the first. */
let target: { id: string; slug: string };
let other: { id: string; slug: string };
let pointId: string;
let member: string;

async function person(who: Exclude<Who, "signedOut">, libraryId: string): Promise<void> {
  const role: Role = who.startsWith("SUPERVISOR") ? "SUPERVISOR" : (who as Role);
  const user = await db.user.create({
    data: {
      email: `${who.toLowerCase()}-${randomUUID().slice(0, 8)}@kirjastot.test`,
      name: who,
      roles: [role],
      libraryId,
    },
    select: { id: true, roles: true, libraryId: true },
  });
  const sessionToken = randomBytes(32).toString("hex");
  await db.session.create({ data: { sessionToken, userId: user.id, expires: new Date(Date.now() + 3_600_000) } });
  cookies.set(who, `authjs.session-token=${sessionToken}`);
  actors.set(who, { id: user.id, roles: user.roles, libraryId: user.libraryId });
}

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
  const key = randomUUID().slice(0, 6);
  target = await db.library.create({
    data: {
      slug: `kohde-${key}`,
      name: `Kohdekirjasto ${key}`,
      municipality: "Kohde",
      region: "PIRKANMAA",
      consortium: "PIKI",
    },
    select: { id: true, slug: true },
  });
  other = await db.library.create({
    data: {
      slug: `muu-${key}`,
      name: `Muu kirjasto ${key}`,
      municipality: "Muu",
      region: "KESKI_SUOMI",
      consortium: "KESKI",
    },
    select: { id: true, slug: true },
  });
  pointId = (
    await db.servicePoint.create({
      data: { libraryId: target.id, name: "Keskustan kirjasto", kind: "MAIN" },
      select: { id: true },
    })
  ).id;
  member = (
    await db.user.create({
      data: { email: `edustaja-${key}@kirjastot.test`, name: "Edustaja", roles: ["STEERING"], libraryId: target.id },
      select: { id: true },
    })
  ).id;
  cookies.set("signedOut", null);
  actors.set("signedOut", null);
  for (const who of WHO) {
    if (who === "signedOut") continue;
    await person(who, who === "SUPERVISOR_OTHER" ? other.id : target.id);
  }
});
afterAll(async () => {
  await db.$disconnect();
});

function as(who: Who): void {
  const headers = new Headers({ host: HOST, origin: ORIGIN });
  const cookie = cookies.get(who);
  if (cookie) headers.set("cookie", cookie);
  current.headers = headers;
}

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

type Action = (prev: FormState, data: FormData) => Promise<FormState>;

/** The action's state, or where it redirected to. */
async function submit(
  who: Who,
  action: Action,
  values: Record<string, string>,
): Promise<FormState | { redirect: string }> {
  as(who);
  try {
    return await action(idleForm, form(values));
  } catch (error) {
    if (error instanceof Redirect) return { redirect: error.url };
    throw error;
  }
}

/** What any library form could write: counts and the target's rows as they are. */
async function snapshot(): Promise<unknown> {
  const [libraries, points, changes, audits, lib, point] = await Promise.all([
    db.library.count(),
    db.servicePoint.count(),
    db.servicePointStatusChange.count(),
    db.auditEvent.count(),
    db.library.findUnique({ where: { id: target.id } }),
    db.servicePoint.findUnique({ where: { id: pointId } }),
  ]);
  return { libraries, points, changes, audits, lib, point };
}

const refusal = (who: Who) => (who === "signedOut" ? "form.error.UNAUTHENTICATED" : "form.error.FORBIDDEN");

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** Every form, with a valid input for it. */
const FORMS: { name: string; allowed: readonly Who[]; action: Action; values: () => Record<string, string> }[] = [
  {
    name: "create a library",
    allowed: ["ADMIN"],
    action: createLibraryAction,
    values: () => ({
      name: `Uusi kirjasto ${unique()}`,
      municipality: "Uusikunta",
      region: "PIRKANMAA",
      consortium: "PIKI",
      emailDomains: "uusikunta.fi",
    }),
  },
  {
    name: "edit a library",
    allowed: ["COORDINATOR", "ADMIN"],
    action: updateLibraryAction,
    values: () => ({
      libraryId: target.id,
      name: `Kohdekirjasto ${target.slug.slice(6)}`,
      slug: target.slug,
      municipality: "Kohde",
      region: "PIRKANMAA",
      consortium: "PIKI",
      emailDomains: "",
      contactPhone: `03 ${unique()}`,
    }),
  },
  {
    name: "add a service point",
    allowed: ["COORDINATOR", "ADMIN"],
    action: createServicePointAction,
    values: () => ({ libraryId: target.id, name: `Sivukirjasto ${unique()}`, kind: "BRANCH", status: "OPEN" }),
  },
  {
    name: "edit a service point",
    allowed: ["COORDINATOR", "ADMIN"],
    action: updateServicePointAction,
    values: () => ({ servicePointId: pointId, name: "Keskustan kirjasto", kind: "MAIN", note: `Huom ${unique()}` }),
  },
  {
    name: "change a service point's status",
    allowed: ["COORDINATOR", "ADMIN"],
    action: changeServicePointStatusAction,
    values: () => ({ servicePointId: pointId, status: "__NEXT__", effectiveOn: "2027-01-15", statusNote: "Testi" }),
  },
];

async function nextStatus(): Promise<string> {
  const { status } = await db.servicePoint.findUniqueOrThrow({ where: { id: pointId }, select: { status: true } });
  return status === "OPEN" ? "RENOVATION" : "OPEN";
}

describe("permission matrix of the library forms", () => {
  const cases = FORMS.flatMap((f) =>
    WHO.map((who) => ({
      ...f,
      who,
      label: `${f.name}: ${who} ${f.allowed.includes(who) ? "may" : "is refused, nothing written"}`,
    })),
  );
  it.each(cases)("$label", async ({ who, allowed, action, values }) => {
    const input = values();
    if (input.status === "__NEXT__") input.status = await nextStatus();
    const before = await snapshot();
    const result = await submit(who, action, input);
    if (allowed.includes(who)) {
      if ("redirect" in result) expect(result.redirect).toMatch(/^\/kirjastot\//);
      else expect(result.status).toBe("saved");
      expect(await snapshot()).not.toEqual(before);
    } else {
      expect(result).toMatchObject({ status: "error", formError: refusal(who) });
      expect(await snapshot()).toEqual(before);
    }
  });
});

describe("what a coordinator may change of a library", () => {
  it("a coordinator's edit changes the content only: name, slug and email domains stay", async () => {
    const before = await db.library.findUniqueOrThrow({ where: { id: target.id } });
    const result = await submit("COORDINATOR", updateLibraryAction, {
      libraryId: target.id,
      name: "Kaapattu nimi",
      slug: "kaapattu",
      emailDomains: "evil.example",
      region: "KESKI_SUOMI",
      streetAddress: "Kirjastokatu 1",
      postalCode: "33100",
      city: "Tampere",
      deliveryAddress: "Kohdekirjasto\nKirjastokatu 1\n33100 Tampere",
      staffCount: "12",
      steeringRepresentativeId: member,
    });
    expect(result).toEqual({ redirect: `/kirjastot/${target.slug}` });
    const after = await db.library.findUniqueOrThrow({ where: { id: target.id } });
    expect(after).toMatchObject({
      name: before.name,
      slug: before.slug,
      region: before.region,
      emailDomains: before.emailDomains,
      streetAddress: "Kirjastokatu 1",
      postalCode: "33100",
      staffCount: 12,
      steeringRepresentativeId: member,
    });
    const audit = await db.auditEvent.findFirst({
      where: { entityId: target.id, action: "library.updateContent" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit?.actorId).toBe(actors.get("COORDINATOR")!.id);
  });

  it("an admin changes the email domains sign-in uses (lower case, without @, no repeats)", async () => {
    const { isAllowedToSignIn } = await import("@/lib/auth/data");
    const domain = `kohde-${unique()}.fi`;
    const lib = await db.library.findUniqueOrThrow({ where: { id: target.id } });
    const result = await submit("ADMIN", updateLibraryAction, {
      libraryId: target.id,
      name: lib.name,
      slug: lib.slug,
      municipality: lib.municipality,
      region: lib.region,
      consortium: lib.consortium,
      emailDomains: `@${domain.toUpperCase()}\n${domain}, toinen.fi`,
    });
    expect(result).toEqual({ redirect: `/kirjastot/${target.slug}` });
    expect((await db.library.findUniqueOrThrow({ where: { id: target.id } })).emailDomains).toEqual([
      domain,
      "toinen.fi",
    ]);
    expect(await isAllowedToSignIn(`uusi@${domain}`)).toBe(true);
  });
});

describe("validation: field messages, nothing written", () => {
  const INVALID: {
    name: string;
    who: Who;
    action: Action;
    values: () => Record<string, string>;
    fields: Record<string, string>;
  }[] = [
    {
      name: "a library without name, region or consortium, a bad domain, postal code, email and staff count",
      who: "ADMIN",
      action: createLibraryAction,
      values: () => ({
        name: "",
        municipality: "X",
        region: "LAPPI",
        emailDomains: "tampere.fi\n*.evil",
        postalCode: "331",
        contactEmail: "ei-osoite",
        staffCount: "-2",
        website: "javascript:alert(1)",
      }),
      fields: {
        name: "validation.required",
        region: "validation.invalid",
        consortium: "validation.required",
        emailDomains: "libraries.error.emailDomain",
        postalCode: "libraries.error.postalCode",
        contactEmail: "libraries.error.email",
        staffCount: "libraries.error.staffCount",
        website: "libraries.error.website",
      },
    },
    {
      name: "a library whose slug is taken",
      who: "ADMIN",
      action: createLibraryAction,
      values: () => ({ name: "Toinen", slug: other.slug, municipality: "X", region: "PIRKANMAA", consortium: "PIKI" }),
      fields: { slug: "libraries.error.slugTaken" },
    },
    {
      name: "a library at a reserved address",
      who: "ADMIN",
      action: createLibraryAction,
      values: () => ({ name: "Uusi", slug: "uusi", municipality: "X", region: "PIRKANMAA", consortium: "PIKI" }),
      fields: { slug: "libraries.error.slugTaken" },
    },
    {
      name: "a representative from another library",
      who: "COORDINATOR",
      action: updateLibraryAction,
      values: () => ({ libraryId: target.id, steeringRepresentativeId: actors.get("SUPERVISOR_OTHER")!.id }),
      fields: { steeringRepresentativeId: "libraries.error.representative" },
    },
    {
      name: "a service point without a name, of an unknown kind",
      who: "COORDINATOR",
      action: createServicePointAction,
      values: () => ({ libraryId: target.id, name: " ", kind: "LAIVA", status: "OPEN" }),
      fields: { name: "validation.required", kind: "validation.invalid" },
    },
    {
      name: "a second service point of the same name",
      who: "COORDINATOR",
      action: createServicePointAction,
      values: () => ({ libraryId: target.id, name: "Keskustan kirjasto", kind: "BRANCH", status: "OPEN" }),
      fields: { name: "libraries.error.servicePointNameTaken" },
    },
    {
      name: "a status change without a valid date",
      who: "COORDINATOR",
      action: changeServicePointStatusAction,
      values: () => ({ servicePointId: pointId, status: "CLOSED", effectiveOn: "2027-02-30" }),
      fields: { effectiveOn: "libraries.error.effectiveOn" },
    },
    {
      name: "a status change to the status it already has",
      who: "COORDINATOR",
      action: changeServicePointStatusAction,
      values: () => ({ servicePointId: pointId, status: "__CURRENT__", effectiveOn: "2027-02-01" }),
      fields: { status: "libraries.error.sameStatus" },
    },
  ];
  it.each(INVALID)("$name", async ({ who, action, values, fields }) => {
    const input = values();
    if (input.status === "__CURRENT__") {
      input.status = (await db.servicePoint.findUniqueOrThrow({ where: { id: pointId } })).status;
    }
    const before = await snapshot();
    const result = await submit(who, action, input);
    expect(result).toMatchObject({ status: "error", fields });
    expect(await snapshot()).toEqual(before);
  });
});

describe("status history", () => {
  it("keeps each change with its date and note, in order of the effective date, on the library page", async () => {
    as("COORDINATOR");
    const created = await submit("COORDINATOR", createServicePointAction, {
      libraryId: target.id,
      name: `Kirjastoauto ${unique()}`,
      kind: "BOOKMOBILE",
      status: "OPEN",
    });
    expect(created).toEqual({ redirect: `/kirjastot/${target.slug}` });
    const point = await db.servicePoint.findFirstOrThrow({ where: { libraryId: target.id, kind: "BOOKMOBILE" } });
    const change = (status: string, effectiveOn: string, statusNote: string) =>
      submit("COORDINATOR", changeServicePointStatusAction, {
        servicePointId: point.id,
        status,
        effectiveOn,
        statusNote,
      });
    expect(await change("UNDER_REVIEW", "2027-03-01", "lakkautusuhan alla")).toMatchObject({ status: "saved" });
    expect(await change("CLOSED", "2027-06-30", "Lakkautettu valtuuston päätöksellä")).toMatchObject({
      status: "saved",
    });
    // Recorded late: an earlier day goes before the later ones.
    expect(await change("RENOVATION", "2027-01-10", "Kirjattu jälkikäteen")).toMatchObject({ status: "saved" });

    const library = await getLibrary(null, target.slug);
    const shown = library!.servicePoints.find((p) => p.id === point.id)!;
    expect(shown.status).toBe("RENOVATION");
    expect(
      shown.statusHistory
        .slice(1)
        .map((c) => [c.fromStatus, c.toStatus, c.effectiveOn.toISOString().slice(0, 10), c.note]),
    ).toEqual([
      ["CLOSED", "RENOVATION", "2027-01-10", "Kirjattu jälkikäteen"],
      ["OPEN", "UNDER_REVIEW", "2027-03-01", "lakkautusuhan alla"],
      ["UNDER_REVIEW", "CLOSED", "2027-06-30", "Lakkautettu valtuuston päätöksellä"],
    ]);
    expect(shown.statusHistory[0]).toMatchObject({ fromStatus: null, toStatus: "OPEN" });
  });
});

describe("loaders of the edit pages", () => {
  it.each(WHO.map((who) => ({ who, may: who === "COORDINATOR" || who === "ADMIN" })))(
    "$who: edit forms $may",
    async ({ who, may }) => {
      const actor = actors.get(who) ?? null;
      expect((await getLibraryForEdit(actor, target.slug)) !== null).toBe(may);
      expect((await getServicePointForEdit(actor, target.slug, pointId)) !== null).toBe(may);
      // A service point is found only through its own library.
      expect(await getServicePointForEdit(actor, other.slug, pointId)).toBeNull();
    },
  );
});

describe("participation in the network", () => {
  const SEES: readonly Who[] = ["SUPERVISOR_SAME", "COORDINATOR", "ADMIN"];
  it.each(WHO.map((who) => ({ who, sees: SEES.includes(who) })))(
    "$who: sees the library's participation: $sees",
    async ({ who, sees }) => {
      const participation = await getLibraryParticipation(actors.get(who) ?? null, target.id);
      expect(participation !== null).toBe(sees);
      if (participation) {
        expect(participation).toMatchObject({
          enrolments: { upcoming: 0, attended: 0 },
          networks: [],
          exchanges: { offersHosted: 0, applicationsSent: 0, applicationsAccepted: 0 },
          kitLoans: [],
        });
      }
    },
  );
  it("the other library's supervisor sees their own library's", async () => {
    expect(await getLibraryParticipation(actors.get("SUPERVISOR_OTHER")!, other.id)).not.toBeNull();
  });
});

describe("cache invalidation", () => {
  async function touched(mutation: () => Promise<unknown>): Promise<string[]> {
    const watch = [LIBRARIES_TAG, libraryTag(target.slug), libraryTag(other.slug)];
    await new Promise((resolve) => setTimeout(resolve, 5));
    const since = new Date();
    await mutation();
    const rows = await db.$queryRaw<{ tag: string }[]>`
      SELECT "tag" FROM "CacheTag" WHERE "tag" = ANY(${watch}::text[]) AND "expiredAt" >= ${since}`;
    return rows.map((row) => row.tag).sort();
  }
  const expected = () => [LIBRARIES_TAG, libraryTag(target.slug)].sort();

  it("every form invalidates the directory and that library's page, not another's", async () => {
    for (const f of FORMS.filter((f) => f.name !== "create a library")) {
      const input = f.values();
      if (input.status === "__NEXT__") input.status = await nextStatus();
      expect(await touched(() => submit("ADMIN", f.action, input)), f.name).toEqual(expected());
    }
    expect(
      await touched(() => submit("COORDINATOR", updateLibraryAction, { libraryId: target.id, city: "Tampere" })),
    ).toEqual(expected());
  });

  it("a new library invalidates the directory and its own page", async () => {
    const slug = `uusin-${unique()}`;
    const watch = [LIBRARIES_TAG, libraryTag(slug)];
    const since = new Date(Date.now() - 1);
    await submit("ADMIN", createLibraryAction, {
      name: "Uusin",
      slug,
      municipality: "X",
      region: "PIRKANMAA",
      consortium: "PIKI",
    });
    const rows = await db.$queryRaw<{ tag: string }[]>`
      SELECT "tag" FROM "CacheTag" WHERE "tag" = ANY(${watch}::text[]) AND "expiredAt" >= ${since}`;
    expect(rows.map((r) => r.tag).sort()).toEqual(watch.sort());
  });

  it("a refused or invalid change invalidates nothing", async () => {
    expect(
      await touched(() =>
        submit("STEERING", changeServicePointStatusAction, {
          servicePointId: pointId,
          status: "CLOSED",
          effectiveOn: "2027-01-01",
        }),
      ),
    ).toEqual([]);
    expect(
      await touched(() => submit("ADMIN", createServicePointAction, { libraryId: target.id, name: "", kind: "X" })),
    ).toEqual([]);
  });
});

describe("the libraries API", () => {
  const params = <T>(value: T) => ({ params: Promise.resolve(value) });
  it.each(WHO)(
    "%s: GET /api/libraries lists every library; /api/libraries/{id} gives one with service points",
    async (who) => {
      as(who);
      const list = await listLibrariesRoute(
        new Request(`${ORIGIN}/api/libraries`, { headers: current.headers }),
        params({}),
      );
      expect(list.status).toBe(200);
      const { libraries } = (await list.json()) as { libraries: { id: string; slug: string }[] };
      expect(libraries.map((l) => l.slug)).toEqual(expect.arrayContaining([target.slug, other.slug]));
      const one = await getLibraryRoute(
        new Request(`${ORIGIN}/api/libraries/${target.id}`, { headers: current.headers }),
        params({ id: target.id }),
      );
      expect(one.status).toBe(200);
      const body = (await one.json()) as { slug: string; servicePoints: { id: string; statusHistory: unknown[] }[] };
      expect(body.slug).toBe(target.slug);
      expect(body.servicePoints.map((p) => p.id)).toContain(pointId);
    },
  );

  it.each(["not-a-uuid", randomUUID()])("GET /api/libraries/%s → 404", async (id) => {
    as("signedOut");
    const response = await getLibraryRoute(new Request(`${ORIGIN}/api/libraries/${id}`), params({ id }));
    expect(response.status).toBe(404);
  });
});
