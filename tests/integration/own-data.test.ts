// Issue 11, parts 1 and 5: the first sign-in's profile, the profile on Omat
// tiedot, everything a person's own data holds (page loader and GET
// /api/me/export), and removal: the person asks, an admin confirms, the
// account is anonymised and what others depend on keeps a neutral author.
//
// The permission matrix runs every new action and the endpoint as each
// caller — signed out, STAFF, SUPERVISOR, STEERING, COORDINATOR, ADMIN —
// straight against the actions and route handler (no middleware in between);
// every refusal is checked to have written nothing.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";
import { translator } from "@/lib/i18n/translate";
import { OWN_DATA_EXCLUDED, OWN_DATA_SECTIONS } from "@/lib/users/own-data/sections";
import { completeOwnProfileAction, updateOwnProfileAction } from "@/lib/users/profile/actions";
import { listRemovalRequests } from "@/lib/users/removal/data";
import { cancelRemovalAction, confirmRemovalAction, requestRemovalAction } from "@/lib/users/removal/actions";
import { displayName } from "@/lib/users/rules";
import { ORIGIN, request, sameOrigin } from "./support/request";
import { submit as submitAs, type Action, type Values } from "./support/server-actions";
import { sessionCookie } from "./support/session-cookie";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const { GET: exportRoute } = await import("@/app/api/me/export/route");
const { GET: meRoute } = await import("@/app/api/me/route");

let db: Db;
let muurame: string;
let valkeakoski: string;

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  muurame = (await db.library.findUniqueOrThrow({ where: { slug: "muurame" } })).id;
  valkeakoski = (await db.library.findUniqueOrThrow({ where: { slug: "valkeakoski" } })).id;
});
afterAll(async () => {
  await db.$disconnect();
});

const uniq = () => randomUUID().slice(0, 8);

const WHO = ["signedOut", "STAFF", "SUPERVISOR", "STEERING", "COORDINATOR", "ADMIN"] as const;
type Who = (typeof WHO)[number];

/** A person of their own for one case, so that no case sees another's writes. */
async function person(
  roles: Role[],
  extra: { profileCompletedAt?: Date | null; removalRequestedAt?: Date | null; email?: string } = {},
): Promise<Actor> {
  return db.user.create({
    data: {
      email: extra.email ?? `own-${uniq()}@muurame.fi`,
      name: "Alkuperäinen Nimi",
      title: "Kirjastovirkailija",
      roles,
      libraryId: muurame,
      profileCompletedAt: extra.profileCompletedAt === undefined ? new Date() : extra.profileCompletedAt,
      removalRequestedAt: extra.removalRequestedAt ?? null,
    },
    select: { id: true, roles: true, libraryId: true },
  });
}

const actorFor = (who: Who, extra?: Parameters<typeof person>[1]) =>
  who === "signedOut" ? Promise.resolve(null) : person([who], extra);

/** The user's row as the profile and removal touch it. */
const rowOf = (id: string) =>
  db.user.findUniqueOrThrow({
    where: { id },
    select: {
      name: true,
      title: true,
      locale: true,
      email: true,
      roles: true,
      libraryId: true,
      profileCompletedAt: true,
      removalRequestedAt: true,
      anonymizedAt: true,
    },
  });

const auditCount = (entityId: string) => db.auditEvent.count({ where: { entityType: "User", entityId } });

/** A form post from the app's own page, signed in as `actor` (no cookie left over from an API call). */
function submit(action: Action, actor: Actor | null, values: Values) {
  request.headers = sameOrigin();
  return submitAs(action, actor, values);
}

function apiRequest(path: string, cookie?: string) {
  const headers = sameOrigin();
  if (cookie) headers.set("cookie", cookie);
  request.headers = headers;
  return new Request(`${ORIGIN}${path}`, { headers });
}
const exportRequest = (cookie?: string) => apiRequest("/api/me/export", cookie);
const noParams = { params: Promise.resolve({}) };

const refusal = (who: Who) => (who === "signedOut" ? "form.error.UNAUTHENTICATED" : "form.error.FORBIDDEN");

describe("permission matrix", () => {
  for (const who of WHO) {
    it(`${who}: edits their own profile ${who === "signedOut" ? "— refused" : ""}`, async () => {
      const actor = await actorFor(who);
      const target = actor ?? (await person(["STAFF"]));
      const before = await rowOf(target.id);
      const { state } = await submit(updateOwnProfileAction, actor, { name: "Uusi Nimi", title: "", locale: "en" });
      if (!actor) {
        expect(state?.formError).toBe(refusal(who));
        expect(await rowOf(target.id)).toEqual(before);
        return;
      }
      expect(state?.status).toBe("saved");
      expect(await rowOf(actor.id)).toMatchObject({ name: "Uusi Nimi", title: null, locale: "en" });
      expect(await auditCount(actor.id)).toBe(1);
    });

    it(`${who}: completes a first sign-in profile ${who === "signedOut" ? "— refused" : ""}`, async () => {
      const actor = await actorFor(who, { profileCompletedAt: null });
      const { state, redirect } = await submit(completeOwnProfileAction, actor, {
        name: "Ensi Kertalainen",
        locale: "fi",
        seuraava: "/koulutukset?x=1",
      });
      if (!actor) {
        expect(state?.formError).toBe(refusal(who));
        return;
      }
      expect(redirect).toBe("/koulutukset?x=1");
      const row = await rowOf(actor.id);
      expect(row.name).toBe("Ensi Kertalainen");
      expect(row.profileCompletedAt).not.toBeNull();
      expect(row.libraryId).toBe(muurame);
    });

    it(`${who}: asks for removal and cancels ${who === "signedOut" ? "— refused" : ""}`, async () => {
      const actor = await actorFor(who);
      if (!actor) {
        const someone = await person(["STAFF"]);
        const before = await rowOf(someone.id);
        expect((await submit(requestRemovalAction, null, {})).state?.formError).toBe(refusal(who));
        expect((await submit(cancelRemovalAction, null, {})).state?.formError).toBe(refusal(who));
        expect(await rowOf(someone.id)).toEqual(before);
        return;
      }
      expect((await submit(requestRemovalAction, actor, {})).state?.status).toBe("saved");
      expect((await rowOf(actor.id)).removalRequestedAt).not.toBeNull();
      // Asking twice is a message, not a second request.
      expect((await submit(requestRemovalAction, actor, {})).state?.formError).toBe("removal.error.alreadyRequested");
      expect((await submit(cancelRemovalAction, actor, {})).state?.status).toBe("saved");
      expect((await rowOf(actor.id)).removalRequestedAt).toBeNull();
      expect((await submit(cancelRemovalAction, actor, {})).state?.formError).toBe("removal.error.notRequested");
      expect(await auditCount(actor.id)).toBe(2);
    });

    it(`${who}: confirms someone's removal ${who === "ADMIN" ? "" : "— refused"}`, async () => {
      const actor = await actorFor(who);
      const target = await person(["STAFF"], { removalRequestedAt: new Date() });
      const before = await rowOf(target.id);
      const { state, redirect } = await submit(confirmRemovalAction, actor, { userId: target.id, confirm: "yes" });
      if (who !== "ADMIN") {
        expect(state?.formError).toBe(refusal(who));
        expect(await rowOf(target.id)).toEqual(before);
        expect(await auditCount(target.id)).toBe(0);
        await expect(listRemovalRequests(actor)).rejects.toMatchObject({
          code: who === "signedOut" ? "UNAUTHENTICATED" : "FORBIDDEN",
        });
        return;
      }
      expect(redirect).toBe("/kayttajat/poistopyynnot?poistettu=1");
      expect((await rowOf(target.id)).anonymizedAt).not.toBeNull();
    });

    it(`${who}: GET /api/me/export ${who === "signedOut" ? "— 401" : ""}`, async () => {
      const actor = await actorFor(who);
      const res = await exportRoute(exportRequest(actor ? await sessionCookie(db, actor.id) : undefined), noParams);
      if (!actor) {
        expect(res.status).toBe(401);
        return;
      }
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("private, no-store");
      expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="pike-omat-tiedot-/);
      const body = (await res.json()) as { profile: { id: string; roles: string[] } };
      expect(body.profile).toMatchObject({ id: actor.id, roles: [who] });
    });
  }
});

describe("profile validation", () => {
  it("gives field messages and writes nothing for a missing name, long title or unknown language", async () => {
    const actor = await person(["STAFF"]);
    const before = await rowOf(actor.id);
    const { state } = await submit(updateOwnProfileAction, actor, {
      name: "   ",
      title: "x".repeat(121),
      locale: "sv",
    });
    expect(state?.status).toBe("error");
    expect(state?.fields).toEqual({
      name: "profile.error.nameRequired",
      title: "profile.error.titleTooLong",
      locale: "profile.error.locale",
    });
    expect(await rowOf(actor.id)).toEqual(before);
    expect(await auditCount(actor.id)).toBe(0);
  });

  it("the first sign-in's form too: nothing written, still pending", async () => {
    const actor = await person(["STAFF"], { profileCompletedAt: null });
    const { state } = await submit(completeOwnProfileAction, actor, { name: "", locale: "fi" });
    expect(state?.fields).toMatchObject({ name: "profile.error.nameRequired" });
    expect((await rowOf(actor.id)).profileCompletedAt).toBeNull();
  });

  it("goes on only to a path of this site", async () => {
    const actor = await person(["STAFF"], { profileCompletedAt: null });
    const { redirect } = await submit(completeOwnProfileAction, actor, {
      name: "Ulkopuolinen",
      locale: "fi",
      seuraava: "//evil.example/x",
    });
    expect(redirect).toBe("/");
  });
});

describe("a person cannot change their own library or roles through the profile", () => {
  it("crafted libraryId and roles on Omat tiedot are ignored", async () => {
    const actor = await person(["STAFF"]);
    const { state } = await submit(updateOwnProfileAction, actor, {
      name: "Nimi",
      locale: "fi",
      libraryId: valkeakoski,
      roles: ["ADMIN", "COORDINATOR"],
    });
    expect(state?.status).toBe("saved");
    expect(await rowOf(actor.id)).toMatchObject({ name: "Nimi", libraryId: muurame, roles: ["STAFF"] });
  });

  it("on the first sign-in, only a library of their own email domain; roles never", async () => {
    const actor = await person(["STAFF"], { profileCompletedAt: null });
    const before = await rowOf(actor.id);
    const { state } = await submit(completeOwnProfileAction, actor, {
      name: "Nimi",
      locale: "fi",
      libraryId: valkeakoski,
      roles: "ADMIN",
    });
    expect(state?.fields).toEqual({ libraryId: "profile.error.library" });
    expect(await rowOf(actor.id)).toEqual(before);
  });

  it("where several libraries share the domain, the person chooses among them", async () => {
    const domain = `jaettu-${uniq()}.fi`;
    await db.library.update({ where: { id: muurame }, data: { emailDomains: { push: domain } } });
    await db.library.update({ where: { id: valkeakoski }, data: { emailDomains: { push: domain } } });
    const actor = await person(["STAFF"], { profileCompletedAt: null, email: `uusi@${domain}` });
    const unchosen = await submit(completeOwnProfileAction, actor, { name: "Nimi", locale: "fi", libraryId: "" });
    expect(unchosen.state?.fields).toEqual({ libraryId: "profile.error.library" });
    const chosen = await submit(completeOwnProfileAction, actor, {
      name: "Nimi",
      locale: "fi",
      libraryId: valkeakoski,
    });
    expect(chosen.redirect).toBe("/");
    expect((await rowOf(actor.id)).libraryId).toBe(valkeakoski);
    // Done once: after that the library is not the person's to change.
    const moved = { ...actor, libraryId: valkeakoski };
    const again = await submit(completeOwnProfileAction, moved, { name: "Nimi", locale: "fi", libraryId: muurame });
    expect(again.state?.formError).toBe("profile.error.alreadyComplete");
    expect((await rowOf(actor.id)).libraryId).toBe(valkeakoski);
  });

  it("the header's /api/me names a pending profile, and only that", async () => {
    const pending = await person(["STAFF"], { profileCompletedAt: null });
    const done = await person(["STAFF"]);
    const me = async (id: string) => {
      const res = await meRoute(apiRequest("/api/me", await sessionCookie(db, id)), noParams);
      return ((await res.json()) as { user: Record<string, unknown> }).user;
    };
    expect((await me(pending.id)).profilePending).toBe(true);
    expect(await me(done.id)).not.toHaveProperty("profilePending");
  });
});

/** The User model's relation fields, read from the schema itself. */
function userRelations(): string[] {
  const schema = readFileSync(path.join(process.cwd(), "prisma", "schema.prisma"), "utf8");
  const models = new Set([...schema.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!));
  const body = /^model User \{([\s\S]*?)^\}/m.exec(schema)![1]!;
  return body
    .split("\n")
    .map((line) => /^\s+(\w+)\s+(\w+)(\[\]|\?)?/.exec(line))
    .filter((m): m is RegExpExecArray => !!m && models.has(m[2]!))
    .map((m) => m[1]!);
}

describe("own data covers every table that references a user", () => {
  it("every relation of User is a section of the export or excluded with a reason", () => {
    const relations = userRelations();
    expect(relations.length).toBeGreaterThan(20);
    const uncovered = relations.filter(
      (r) => !(OWN_DATA_SECTIONS as readonly string[]).includes(r) && !Object.hasOwn(OWN_DATA_EXCLUDED, r),
    );
    expect(uncovered, "add a section to lib/users/own-data or an exclusion with its reason").toEqual([]);
    const stale = [...OWN_DATA_SECTIONS, ...Object.keys(OWN_DATA_EXCLUDED)].filter((s) => !relations.includes(s));
    expect(stale).toEqual([]);
  });

  it("the export holds every record the seed gives each seeded person", async () => {
    const lists = userRelations().filter((r) => (OWN_DATA_SECTIONS as readonly string[]).includes(r));
    const seeded = await db.user.findMany({
      where: { isDemo: true },
      select: { id: true, _count: { select: Object.fromEntries(lists.map((r) => [r, true])) } },
    });
    expect(seeded.length).toBeGreaterThan(3);
    const kindsSeen = new Set<string>();
    for (const user of seeded) {
      const res = await exportRoute(exportRequest(await sessionCookie(db, user.id)), noParams);
      const body = (await res.json()) as Record<string, unknown[]>;
      const counts = user._count as Record<string, number>;
      for (const relation of lists) {
        // The export's own session is one more than counted before it was made.
        const expected =
          relation === "sessions" ? await db.session.count({ where: { userId: user.id } }) : counts[relation];
        expect(body[relation], `${relation} of ${user.id}`).toHaveLength(expected!);
        if (expected! > 0) kindsSeen.add(relation);
      }
    }
    // The seed gives its people enrolments, minutes, action items and more: the check is not vacuous.
    expect(kindsSeen.size).toBeGreaterThan(5);
  });

  it("names every field the all-data page shows, in Finnish and in English", async () => {
    const fields = new Set<string>();
    for (const user of await db.user.findMany({ where: { isDemo: true }, select: { id: true } })) {
      const res = await exportRoute(exportRequest(await sessionCookie(db, user.id)), noParams);
      const body = (await res.json()) as Record<string, unknown>;
      for (const [section, value] of Object.entries(body)) {
        if (section === "exportedAt") continue;
        const rows = Array.isArray(value) ? value : [value];
        for (const row of rows as Record<string, unknown>[]) for (const key of Object.keys(row)) fields.add(key);
      }
    }
    expect(fields.size).toBeGreaterThan(20);
    for (const locale of ["fi", "en"] as const) {
      const t = translator(locale);
      const unnamed = [...fields].filter(
        (key) => t(`ownData.field.${key}` as Parameters<typeof t>[0]) === `ownData.field.${key}`,
      );
      expect(unnamed, locale).toEqual([]);
    }
  });
});

describe("anonymisation", () => {
  it("keeps minutes and action items, neutralises the author, ends sessions, audits without the address", async () => {
    const admin = await person(["ADMIN"]);
    const email = `poistuva-${uniq()}@muurame.fi`;
    const leaver = await person(["STEERING"], { removalRequestedAt: new Date(), email });
    const item = await db.agendaItem.findFirstOrThrow({ select: { id: true } });
    const revision = await db.minutesRevision.create({
      data: { agendaItemId: item.id, authorId: leaver.id, minutes: "Päätettiin jatkaa." },
      select: { id: true },
    });
    await sessionCookie(db, leaver.id);
    await db.auditEvent.create({
      data: {
        actorId: leaver.id,
        action: "user.created",
        entityType: "User",
        entityId: leaver.id,
        summary: `First sign-in by ${email}`,
      },
    });

    const { redirect } = await submit(confirmRemovalAction, admin, { userId: leaver.id, confirm: "yes" });
    expect(redirect).toBe("/kayttajat/poistopyynnot?poistettu=1");

    const row = await rowOf(leaver.id);
    expect(row).toMatchObject({ name: null, title: null, roles: [], email: `removed-${leaver.id}@anonymized.invalid` });
    expect(row.anonymizedAt).not.toBeNull();
    expect(await db.session.count({ where: { userId: leaver.id } })).toBe(0);
    const kept = await db.minutesRevision.findUniqueOrThrow({
      where: { id: revision.id },
      select: { authorId: true, author: { select: { name: true, library: { select: { name: true } } } } },
    });
    expect(kept.authorId).toBe(leaver.id);
    const shown = displayName(
      { name: kept.author!.name, libraryName: kept.author!.library?.name ?? null },
      translator("fi"),
    );
    expect(shown).toBe(`Työntekijä (${kept.author!.library!.name})`);
    expect(shown).not.toContain("Alkuperäinen");
    const trail = await db.auditEvent.findMany({ where: { entityType: "User", entityId: leaver.id } });
    expect(trail.map((e) => e.action)).toContain("user.anonymize");
    expect(JSON.stringify(trail)).not.toContain(email);
    // The person is told, in the outbox, to the address they had.
    const mails = await db.job.findMany({ where: { name: "email.accountRemoved" }, select: { payload: true } });
    expect(mails.map((m) => m.payload)).toContainEqual({ to: email, locale: "fi" });
    // Gone from the queue; a second confirmation finds nothing to do.
    expect((await listRemovalRequests(admin)).map((r) => r.id)).not.toContain(leaver.id);
    const again = await submit(confirmRemovalAction, admin, { userId: leaver.id, confirm: "yes" });
    expect(again.state?.formError).toBe("removal.error.unknownUser");
  });

  it("is refused for a request that was not made, for the admin's own account, and without confirmation", async () => {
    const admin = await person(["ADMIN"], { removalRequestedAt: new Date() });
    const staying = await person(["STAFF"]);
    const before = await rowOf(staying.id);
    expect((await submit(confirmRemovalAction, admin, { userId: staying.id, confirm: "yes" })).state?.formError).toBe(
      "removal.error.unknownUser",
    );
    expect((await submit(confirmRemovalAction, admin, { userId: admin.id, confirm: "yes" })).state?.formError).toBe(
      "removal.error.self",
    );
    const unconfirmed = await submit(confirmRemovalAction, admin, { userId: staying.id });
    expect(unconfirmed.state?.fields).toEqual({ confirm: "removal.error.confirm" });
    expect(await rowOf(staying.id)).toEqual(before);
    expect((await rowOf(admin.id)).anonymizedAt).toBeNull();
  });
});
