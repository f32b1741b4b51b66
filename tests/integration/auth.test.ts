// Sign-in rules that live in the data layer: who may receive a magic link,
// and rate-limit counters shared by every app instance through PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { findActorBySessionToken, findLibraryIdForEmail, isAllowedToSignIn } from "@/lib/auth/data";
import { authAdapter } from "@/lib/db/auth-adapter";
import { createDemoSession, hitRateLimit, purgeExpiredSignIns } from "@/lib/auth/mutations";

let other: Db;
beforeAll(() => {
  // A second client stands in for a second app instance.
  other = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
});
afterAll(async () => {
  await other.$disconnect();
});

describe("who may sign in", () => {
  it("admits known users and addresses in a member library's domain", async () => {
    expect(await isAllowedToSignIn("hanna@jkl.fi")).toBe(true);
    expect(await isAllowedToSignIn("HANNA@JKL.FI")).toBe(true);
    expect(await isAllowedToSignIn("uusi.tyontekija@jkl.fi")).toBe(true);
    expect(await isAllowedToSignIn("someone@muurame.fi")).toBe(true);
  });

  it("refuses everyone else", async () => {
    expect(await isAllowedToSignIn("stranger@example.com")).toBe(false);
    expect(await isAllowedToSignIn("hanna@jkl.fi.evil.example")).toBe(false);
    expect(await isAllowedToSignIn("not-an-address")).toBe(false);
  });
});

describe("e-mail domains ignore case on both sides", () => {
  const stamp = Date.now();
  let libraryId: string;
  beforeAll(async () => {
    // Stored as someone typed it: mixed case.
    const library = await other.library.create({
      data: {
        slug: `case-${stamp}`,
        name: `Isot Kirjaimet ${stamp}`,
        municipality: "Testi",
        region: "PIRKANMAA",
        consortium: "OTHER",
        emailDomains: [`Kirjasto-${stamp}.Example.FI`],
      },
    });
    libraryId = library.id;
  });
  afterAll(async () => {
    await other.user.deleteMany({ where: { libraryId } });
    await other.library.delete({ where: { id: libraryId } });
  });

  it("admits an address whatever the case of its domain and of the stored one", async () => {
    for (const email of [
      `uusi@kirjasto-${stamp}.example.fi`,
      `Uusi@KIRJASTO-${stamp}.EXAMPLE.FI`,
      `uusi@Kirjasto-${stamp}.Example.FI`,
    ]) {
      expect(await isAllowedToSignIn(email), email).toBe(true);
      expect(await findLibraryIdForEmail(email), email).toBe(libraryId);
    }
    expect(await isAllowedToSignIn(`uusi@kirjasto-${stamp}.example.fi.evil.example`)).toBe(false);
    expect(await findLibraryIdForEmail(`uusi@evil-kirjasto-${stamp}.example.fi`)).toBeNull();
  });

  it("makes a first-time signer STAFF of that library, however the domain was written", async () => {
    const created = await authAdapter().createUser!({
      id: "",
      email: `Ensikertalainen@KIRJASTO-${stamp}.example.fi`,
      emailVerified: new Date(),
    });
    const row = await other.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({
      email: `ensikertalainen@kirjasto-${stamp}.example.fi`,
      libraryId,
      roles: ["STAFF"],
    });
  });
});

describe("rate limits", () => {
  it("count hits across instances in one window", async () => {
    const key = `test:${Date.now()}`;
    const first = await hitRateLimit(key, 60);
    const second = await hitRateLimit(key, 60);
    expect(first.count).toBe(1);
    expect(second.count).toBe(2);
    const row = await other.rateLimit.findFirstOrThrow({ where: { key } });
    expect(row.count).toBe(2);
  });

  it("count concurrent hits exactly", async () => {
    const key = `test:concurrent:${Date.now()}`;
    const results = await Promise.all(Array.from({ length: 25 }, () => hitRateLimit(key, 60)));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });
});

describe("demo sessions", () => {
  it("are created for demo users only", async () => {
    const demo = await other.user.findFirstOrThrow({ where: { isDemo: true } });
    const session = await createDemoSession(demo.id);
    expect(session).not.toBeNull();
    expect(await findActorBySessionToken(session!.sessionToken)).toMatchObject({ id: demo.id });

    const real = await other.user.create({ data: { email: `real-${Date.now()}@jkl.fi` } });
    expect(await createDemoSession(real.id)).toBeNull();
  });

  it("an unknown session token is nobody", async () => {
    expect(await findActorBySessionToken("nope")).toBeNull();
  });
});

describe("housekeeping of sign-ins", () => {
  it("deletes expired magic links, sessions and rate-limit windows, and nothing current", async () => {
    const stamp = `purge-${Date.now()}`;
    const now = new Date();
    const past = new Date(now.getTime() - 60_000);
    const future = new Date(now.getTime() + 3_600_000);
    const user = await other.user.findUniqueOrThrow({ where: { email: "hanna@jkl.fi" }, select: { id: true } });
    await other.verificationToken.createMany({
      data: [
        { identifier: `${stamp}@jkl.fi`, token: `${stamp}-old`, expires: past },
        { identifier: `${stamp}@jkl.fi`, token: `${stamp}-new`, expires: future },
      ],
    });
    await other.session.createMany({
      data: [
        { sessionToken: `${stamp}-old`, userId: user.id, expires: past },
        { sessionToken: `${stamp}-new`, userId: user.id, expires: future },
      ],
    });
    await other.rateLimit.createMany({
      data: [
        { key: `${stamp}-old`, windowStart: past, expiresAt: past },
        { key: `${stamp}-new`, windowStart: now, expiresAt: future },
      ],
    });

    const purged = await purgeExpiredSignIns(other, now);
    expect(purged.verificationTokens).toBeGreaterThanOrEqual(1);
    expect(purged.sessions).toBeGreaterThanOrEqual(1);
    expect(purged.rateLimits).toBeGreaterThanOrEqual(1);

    const left = await Promise.all([
      other.verificationToken.findMany({ where: { identifier: `${stamp}@jkl.fi` }, select: { token: true } }),
      other.session.findMany({ where: { sessionToken: { startsWith: stamp } }, select: { sessionToken: true } }),
      other.rateLimit.findMany({ where: { key: { startsWith: stamp } }, select: { key: true } }),
    ]);
    expect(left.map((rows) => rows.map((row) => Object.values(row)[0]))).toEqual([
      [`${stamp}-new`],
      [`${stamp}-new`],
      [`${stamp}-new`],
    ]);
    await other.session.deleteMany({ where: { sessionToken: `${stamp}-new` } });
  });
});
