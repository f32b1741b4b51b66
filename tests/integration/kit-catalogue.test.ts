// The kit catalogue (issue 12 item 1): the permission matrix of every
// catalogue form and loader — signed out, STAFF, SUPERVISOR, STEERING,
// COORDINATOR, ADMIN — with real session cookies and no middleware, so every
// refusal is the data layer's own and writes nothing; bad input on the form
// and the photo (field messages, nothing written, no staged pieces left);
// the photo stored with its thumbnail and served; the calendar's booked
// periods; cache invalidation of the catalogue and the kit's pages.
import { randomBytes, randomUUID } from "node:crypto";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getPhotoRoute } from "@/app/api/kit-photos/[id]/route";
import { GET as getThumbnailRoute } from "@/app/api/kit-photos/[id]/thumbnail/route";
import type { Actor } from "@/lib/auth/policy";
import { KITS_TAG, kitTag } from "@/lib/cache/tags";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { idleForm, type FormState } from "@/lib/http/form-state";
import { createKitAction, updateKitAction } from "@/lib/kits/catalogue/actions";
import { getKitCatalogueExtras, getKitForEdit, getKitFormChoices } from "@/lib/kits/catalogue/data";
import { exeBytes, fileOf, htmlBytes, jpegBytes } from "../support/material-files";

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

const WHO = ["signedOut", "STAFF", "SUPERVISOR", "STEERING", "COORDINATOR", "ADMIN"] as const;
type Who = (typeof WHO)[number];
const MANAGERS: readonly Who[] = ["COORDINATOR", "ADMIN"];

let db: Db;
const cookies = new Map<Who, string | null>();
const actors = new Map<Who, Actor | null>();
let library: { id: string; slug: string };
let theme: { id: string };
/** The kit every edit aims at. */
let target: { id: string; slug: string };
let png: Uint8Array<ArrayBuffer>;

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
  const key = unique();
  library = await db.library.create({
    data: {
      slug: `boksikirjasto-${key}`,
      name: `Boksikirjasto ${key}`,
      municipality: "X",
      region: "PIRKANMAA",
      consortium: "PIKI",
    },
    select: { id: true, slug: true },
  });
  theme = await db.theme.create({
    data: { slug: `digitaidot-${key}`, nameFi: "Digitaidot", nameEn: "Digital skills" },
    select: { id: true },
  });
  target = await db.kit.create({
    data: { slug: `kohdeboksi-${key}`, name: "Kohdeboksi", shippingDays: 2, homeLibraryId: library.id },
    select: { id: true, slug: true },
  });
  png = new Uint8Array(
    await sharp({ create: { width: 800, height: 600, channels: 3, background: "#2a6f97" } })
      .png()
      .toBuffer(),
  );
  cookies.set("signedOut", null);
  actors.set("signedOut", null);
  for (const who of WHO) {
    if (who === "signedOut") continue;
    const user = await db.user.create({
      data: {
        email: `${who.toLowerCase()}-${unique()}@kirjastot.test`,
        name: who,
        roles: [who],
        libraryId: library.id,
      },
      select: { id: true, roles: true, libraryId: true },
    });
    const sessionToken = randomBytes(32).toString("hex");
    await db.session.create({ data: { sessionToken, userId: user.id, expires: new Date(Date.now() + 3_600_000) } });
    cookies.set(who, `authjs.session-token=${sessionToken}`);
    actors.set(who, { id: user.id, roles: user.roles, libraryId: user.libraryId });
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

type Values = Record<string, string | string[] | File>;

function form(values: Values): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    for (const one of Array.isArray(value) ? value : [value]) data.append(key, one);
  }
  return data;
}

type Action = (prev: FormState, data: FormData) => Promise<FormState>;

async function submit(who: Who, action: Action, values: Values): Promise<FormState | { redirect: string }> {
  as(who);
  try {
    return await action(idleForm, form(values));
  } catch (error) {
    if (error instanceof Redirect) return { redirect: error.url };
    throw error;
  }
}

/** What any catalogue form could write: counts, the target kit as it is, and staged photo pieces. */
async function snapshot(): Promise<unknown> {
  const [kits, photos, audits, staged, kit] = await Promise.all([
    db.kit.count(),
    db.kitPhoto.count(),
    db.auditEvent.count(),
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "MaterialUpload"`,
    db.kit.findUnique({ where: { id: target.id } }),
  ]);
  return { kits, photos, audits, staged: staged[0]!.n, kit };
}

const refusal = (who: Who) => (who === "signedOut" ? "form.error.UNAUTHENTICATED" : "form.error.FORBIDDEN");

const photoFile = () => fileOf(png, "boksi.png", "image/png");

/** A full, valid kit form. */
const kitValues = (extra: Values = {}): Values => ({
  name: `Digiboksi ${unique()}`,
  themeId: theme.id,
  description: "Tabletit ja ohjeet digituen harjoitteluun.",
  homeLibraryId: library.id,
  shippingDays: "3",
  requiresApproval: "on",
  status: "AVAILABLE",
  guide: "## Näin aloitat\n\n- Lataa tabletit\n- Lue ohjeet",
  contentsItem: ["Tabletti", "Laturi", ""],
  contentsCount: ["6", "6", ""],
  ...extra,
});

const FORMS: { name: string; action: Action; values: () => Values }[] = [
  {
    name: "create a kit (with a photo)",
    action: createKitAction,
    values: () => kitValues({ photo: photoFile(), photoAlt: "Sininen boksi" }),
  },
  {
    name: "edit a kit",
    action: updateKitAction,
    values: () =>
      kitValues({ kitId: target.id, name: "Kohdeboksi", slug: target.slug, description: `Kuvaus ${unique()}` }),
  },
  {
    name: "replace a kit's photo",
    action: updateKitAction,
    values: () =>
      kitValues({
        kitId: target.id,
        name: "Kohdeboksi",
        slug: target.slug,
        photo: photoFile(),
        photoAlt: `Boksi ${unique()}`,
      }),
  },
];

describe("permission matrix of the catalogue forms", () => {
  const cases = FORMS.flatMap((f) =>
    WHO.map((who) => ({
      ...f,
      who,
      label: `${f.name}: ${who} ${MANAGERS.includes(who) ? "may" : "is refused, nothing written"}`,
    })),
  );
  it.each(cases)("$label", async ({ who, action, values }) => {
    const before = await snapshot();
    const result = await submit(who, action, values());
    if (MANAGERS.includes(who)) {
      expect("redirect" in result ? result.redirect : result).toMatch(/^\/pike-boksit\/[a-z0-9-]+$/);
      expect(await snapshot()).not.toEqual(before);
    } else {
      expect(result).toMatchObject({ status: "error", formError: refusal(who) });
      expect(await snapshot()).toEqual(before);
    }
  });

  it.each(WHO.map((who) => ({ who, may: MANAGERS.includes(who) })))(
    "$who: the form's loaders answer: $may",
    async ({ who, may }) => {
      const actor = actors.get(who) ?? null;
      expect((await getKitForEdit(actor, target.slug)) !== null).toBe(may);
      expect((await getKitFormChoices(actor)) !== null).toBe(may);
    },
  );
});

describe("a kit with its contents, guide and photo", () => {
  it("is stored as given, audited, with the photo re-encoded and a WebP thumbnail, served publicly", async () => {
    const name = `Lukuboksi ${unique()}`;
    const result = await submit(
      "COORDINATOR",
      createKitAction,
      kitValues({ name, photo: photoFile(), photoAlt: "Sininen pahvilaatikko" }),
    );
    expect("redirect" in result ? result.redirect : result).toMatch(/^\/pike-boksit\/lukuboksi-/);
    const slug = (result as { redirect: string }).redirect.split("/").pop()!;
    const kit = await db.kit.findUniqueOrThrow({
      where: { slug },
      include: {
        photo: { select: { id: true, mimeType: true, width: true, height: true, alt: true, sizeBytes: true } },
      },
    });
    expect(kit).toMatchObject({
      name,
      themeId: theme.id,
      homeLibraryId: library.id,
      shippingDays: 3,
      requiresApproval: true,
      status: "AVAILABLE",
      contents: [
        { item: "Tabletti", count: 6 },
        { item: "Laturi", count: 6 },
      ],
      photo: { mimeType: "image/png", width: 800, height: 600, alt: "Sininen pahvilaatikko" },
    });
    const actions = await db.auditEvent.findMany({
      where: { entityId: kit.id },
      select: { action: true, actorId: true },
    });
    expect(actions.map((a) => a.action).sort()).toEqual(["kit.create", "kit.photo.replace"]);
    expect(new Set(actions.map((a) => a.actorId))).toEqual(new Set([actors.get("COORDINATOR")!.id]));

    as("signedOut");
    const params = { params: Promise.resolve({ id: kit.photo!.id }) };
    const full = await getPhotoRoute(new Request(`${ORIGIN}/api/kit-photos/${kit.photo!.id}`), params);
    expect(full.status).toBe(200);
    expect(full.headers.get("content-type")).toBe("image/png");
    expect(full.headers.get("cache-control")).toContain("immutable");
    const fullBytes = Buffer.from(await full.arrayBuffer());
    expect(fullBytes.length).toBe(kit.photo!.sizeBytes);
    const thumb = await getThumbnailRoute(new Request(`${ORIGIN}/api/kit-photos/${kit.photo!.id}/thumbnail`), params);
    expect(thumb.headers.get("content-type")).toBe("image/webp");
    const meta = await sharp(Buffer.from(await thumb.arrayBuffer())).metadata();
    expect(meta).toMatchObject({ format: "webp", width: 320, height: 240 });
    // Nothing left in the staging table.
    const staged = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "MaterialUpload"`;
    expect(staged[0]!.n).toBe(0);
  });

  it("removes the photo on request, and an unknown photo id is a 404", async () => {
    const created = await submit("ADMIN", createKitAction, kitValues({ photo: photoFile(), photoAlt: "Kuva" }));
    const slug = (created as { redirect: string }).redirect.split("/").pop()!;
    const kit = await db.kit.findUniqueOrThrow({ where: { slug }, include: { photo: { select: { id: true } } } });
    const removed = await submit(
      "ADMIN",
      updateKitAction,
      kitValues({ kitId: kit.id, name: kit.name, slug, removePhoto: "on" }),
    );
    expect(removed).toEqual({ redirect: `/pike-boksit/${slug}` });
    expect(await db.kitPhoto.count({ where: { kitId: kit.id } })).toBe(0);
    as("signedOut");
    for (const id of [kit.photo!.id, "ei-tunniste"]) {
      const response = await getPhotoRoute(new Request(`${ORIGIN}/api/kit-photos/${id}`), {
        params: Promise.resolve({ id }),
      });
      expect(response.status).toBe(404);
    }
  });

  it("an empty file input is no photo: the kit is saved, its photo kept", async () => {
    const before = await db.kitPhoto.findUnique({ where: { kitId: target.id }, select: { id: true } });
    const result = await submit(
      "COORDINATOR",
      updateKitAction,
      kitValues({ kitId: target.id, name: "Kohdeboksi", slug: target.slug, photo: new File([], "") }),
    );
    expect(result).toEqual({ redirect: `/pike-boksit/${target.slug}` });
    expect(await db.kitPhoto.findUnique({ where: { kitId: target.id }, select: { id: true } })).toEqual(before);
  });

  it("adds and removes checklist rows without saving (the no-JavaScript buttons)", async () => {
    const before = await snapshot();
    const added = await submit("COORDINATOR", updateKitAction, {
      ...kitValues({ kitId: target.id, contentsItem: ["Tabletti", "Laturi"], contentsCount: ["6", "2"] }),
      intent: "addRow",
    });
    expect(added).toMatchObject({ status: "idle", values: { contentsItem: ["Tabletti", "Laturi", ""] } });
    const removed = await submit("COORDINATOR", updateKitAction, {
      ...kitValues({ kitId: target.id, contentsItem: ["Tabletti", "Laturi"], contentsCount: ["6", "2"] }),
      intent: "removeRow:0",
    });
    expect(removed).toMatchObject({ status: "idle", values: { contentsItem: ["Laturi"], contentsCount: ["2"] } });
    expect(await snapshot()).toEqual(before);
  });
});

describe("bad input: field messages, nothing written", () => {
  const INVALID: { name: string; values: () => Values; fields: Record<string, string> }[] = [
    {
      name: "no name, shipping days out of range, an unknown status",
      values: () => kitValues({ name: " ", shippingDays: "-1", status: "KADONNUT" }),
      fields: {
        name: "validation.required",
        shippingDays: "kitCatalogue.error.shippingDays",
        status: "validation.invalid",
      },
    },
    {
      name: "a quantity that is not a whole number",
      values: () => kitValues({ contentsItem: ["Tabletti"], contentsCount: ["kuusi"] }),
      fields: { contents: "kitCatalogue.error.contentsCount" },
    },
    {
      name: "a quantity without an item",
      values: () => kitValues({ contentsItem: ["", "Laturi"], contentsCount: ["3", "1"] }),
      fields: { contents: "kitCatalogue.error.contentsItem" },
    },
    {
      name: "a slug taken by another kit",
      values: () => kitValues({ slug: target.slug }),
      fields: { slug: "kitCatalogue.error.slugTaken" },
    },
    {
      name: "a reserved slug",
      values: () => kitValues({ slug: "uusi" }),
      fields: { slug: "kitCatalogue.error.slugTaken" },
    },
    {
      name: "an unknown theme",
      values: () => kitValues({ themeId: randomUUID() }),
      fields: { themeId: "validation.invalid" },
    },
    {
      name: "a program named like a photo",
      values: () => kitValues({ photo: fileOf(exeBytes(), "boksi.jpg", "image/jpeg"), photoAlt: "Kuva" }),
      fields: { photo: "kitCatalogue.error.photoType" },
    },
    {
      name: "an HTML page named like a photo",
      values: () => kitValues({ photo: fileOf(htmlBytes(), "boksi.png", "image/png"), photoAlt: "Kuva" }),
      fields: { photo: "kitCatalogue.error.photoType" },
    },
    {
      name: "a file that starts like a JPEG but is not an image",
      values: () => kitValues({ photo: fileOf(jpegBytes(), "boksi.jpg", "image/jpeg"), photoAlt: "Kuva" }),
      fields: { photo: "kitCatalogue.error.photoType" },
    },
    {
      name: "a photo over 8 MB",
      values: () =>
        kitValues({ photo: fileOf(new Uint8Array(8 * 1024 * 1024 + 1), "iso.jpg", "image/jpeg"), photoAlt: "Kuva" }),
      fields: { photo: "kitCatalogue.error.photoTooLarge" },
    },
    {
      name: "a photo without a text alternative",
      values: () => kitValues({ photo: photoFile() }),
      fields: { photoAlt: "kitCatalogue.error.photoAlt" },
    },
  ];
  it.each(INVALID)("create: $name", async ({ values, fields }) => {
    const before = await snapshot();
    const result = await submit("COORDINATOR", createKitAction, values());
    expect(result).toMatchObject({ status: "error", fields });
    expect(await snapshot()).toEqual(before);
  });

  it("edit: an unknown kit is not found, a bad photo leaves the kit as it was", async () => {
    const before = await snapshot();
    expect(await submit("ADMIN", updateKitAction, kitValues({ kitId: randomUUID() }))).toMatchObject({
      status: "error",
      formError: "form.error.NOT_FOUND",
    });
    expect(
      await submit(
        "ADMIN",
        updateKitAction,
        kitValues({ kitId: target.id, name: "Muutettu", photo: fileOf(htmlBytes(), "x.webp"), photoAlt: "x" }),
      ),
    ).toMatchObject({ status: "error", fields: { photo: "kitCatalogue.error.photoType" } });
    expect(await snapshot()).toEqual(before);
  });
});

describe("the calendar's booked periods", () => {
  it("holds requested and confirmed reservations with their shipping days; cancelled ones free the dates", async () => {
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const kit = await db.kit.create({
      data: { slug: `kalenteriboksi-${unique()}`, name: "Kalenteriboksi", shippingDays: 2 },
      select: { id: true, slug: true },
    });
    const reserve = (startDate: string, endDate: string, status: "REQUESTED" | "CONFIRMED" | "CANCELLED") =>
      db.kitReservation.create({
        data: {
          kitId: kit.id,
          libraryId: library.id,
          startDate: day(startDate),
          endDate: day(endDate),
          shippingDays: 2,
          status,
        },
      });
    await reserve("2027-02-25", "2027-03-03", "CONFIRMED");
    await reserve("2027-03-10", "2027-03-20", "CANCELLED");
    await reserve("2027-03-15", "2027-03-22", "REQUESTED");
    // Beyond the month and its shipping margin (a month either side): not loaded.
    await reserve("2027-05-10", "2027-05-20", "CONFIRMED");
    const extras = await getKitCatalogueExtras(kit.slug, "2027-03", "2027-03");
    expect(
      extras!.periods.map((p) => [p.startDate.toISOString().slice(0, 10), p.endDate.toISOString().slice(0, 10)]),
    ).toEqual([
      ["2027-02-25", "2027-03-03"],
      ["2027-03-15", "2027-03-22"],
    ]);
    expect(extras!.periods[0]!.library.slug).toBe(library.slug);
    await db.kit.update({ where: { id: kit.id }, data: { status: "RETIRED" } });
    expect(await getKitCatalogueExtras(kit.slug, "2027-03", "2027-03")).toBeNull();
  });
});

describe("cache invalidation", () => {
  async function touched(watch: string[], mutation: () => Promise<unknown>): Promise<string[]> {
    await new Promise((resolve) => setTimeout(resolve, 5));
    const since = new Date();
    await mutation();
    const rows = await db.$queryRaw<{ tag: string }[]>`
      SELECT "tag" FROM "CacheTag" WHERE "tag" = ANY(${watch}::text[]) AND "expiredAt" >= ${since}`;
    return rows.map((row) => row.tag).sort();
  }

  it("an edit invalidates the catalogue and the kit's pages, under the old and the new address", async () => {
    const kit = await db.kit.create({
      data: { slug: `vanha-${unique()}`, name: "Vanha nimi" },
      select: { id: true, slug: true },
    });
    const renamed = `uusi-osoite-${unique()}`;
    const watch = [KITS_TAG, kitTag(kit.slug), kitTag(renamed), kitTag(target.slug)];
    expect(
      await touched(watch, () =>
        submit("COORDINATOR", updateKitAction, kitValues({ kitId: kit.id, name: "Uusi nimi", slug: renamed })),
      ),
    ).toEqual([KITS_TAG, kitTag(kit.slug), kitTag(renamed)].sort());
  });

  it("a new kit invalidates the catalogue and its own page; a refused or invalid one nothing", async () => {
    const slug = `uusin-${unique()}`;
    expect(
      await touched([KITS_TAG, kitTag(slug)], () => submit("ADMIN", createKitAction, kitValues({ slug }))),
    ).toEqual([KITS_TAG, kitTag(slug)].sort());
    expect(await touched([KITS_TAG], () => submit("STAFF", createKitAction, kitValues()))).toEqual([]);
    expect(await touched([KITS_TAG], () => submit("ADMIN", createKitAction, kitValues({ name: "" })))).toEqual([]);
  });
});
