import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db, type Db } from "@/lib/db";
import { authSecret } from "./secret";

/**
 * Counts one hit in a fixed window and returns the count so far. Stored in
 * PostgreSQL so that every app instance shares the same counters.
 */
export async function hitRateLimit(key: string, windowSeconds: number): Promise<{ count: number; resetAt: Date }> {
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(Date.now() / windowMs) * windowMs);
  const resetAt = new Date(windowStart.getTime() + windowMs);
  const rows = await db().$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count", "expiresAt")
    VALUES (${key}, ${windowStart}, 1, ${resetAt})
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimit"."count" + 1
    RETURNING "count"`;
  // Old windows are useless; sweep now and then rather than on every hit.
  if (Math.random() < 0.02) {
    await db().rateLimit.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  }
  return { count: rows[0]?.count ?? 1, resetAt };
}

const SESSION_DAYS = 30;

/** Demo sign-in: a database session like Auth.js's own, for a demo user only. */
export async function createDemoSession(userId: string): Promise<{ sessionToken: string; expires: Date } | null> {
  const user = await db().user.findFirst({
    where: { id: userId, isDemo: true, deactivatedAt: null, anonymizedAt: null },
    select: { id: true },
  });
  if (!user) return null;
  const sessionToken = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000);
  await db().$transaction([
    db().session.create({ data: { sessionToken, userId: user.id, expires } }),
    db().user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } }),
    db().auditEvent.create({
      data: { actorId: user.id, action: "auth.demoSignIn", entityType: "User", entityId: user.id },
    }),
  ]);
  return { sessionToken, expires };
}

export type SignInPurge = { verificationTokens: number; sessions: number; rateLimits: number };

/**
 * Sign-in leftovers the worker deletes now and then (lib/jobs/worker.ts):
 * magic links never used, sessions past their end, rate-limit windows gone
 * by. None is of use once expired, and an unused link names an address.
 */
export async function purgeExpiredSignIns(client: Db, now: Date): Promise<SignInPurge> {
  const [tokens, sessions, rateLimits] = await client.$transaction([
    client.verificationToken.deleteMany({ where: { expires: { lt: now } } }),
    client.session.deleteMany({ where: { expires: { lt: now } } }),
    client.rateLimit.deleteMany({ where: { expiresAt: { lt: now } } }),
  ]);
  return { verificationTokens: tokens.count, sessions: sessions.count, rateLimits: rateLimits.count };
}

/** Every sign-in (a link, the demo) is remembered for the admins' list. */
export async function recordSignIn(userId: string): Promise<void> {
  await db().user.updateMany({ where: { id: userId }, data: { lastSignInAt: new Date() } });
}

/**
 * A sign-in link's token, stored as Auth.js stores its own (SHA-256 of the
 * token and the secret), so that the confirmation page's POST consumes it
 * through Auth.js's callback like a magic link: once, before it expires.
 * Returns the token for the link; only its hash is kept.
 */
export async function createSignInToken(client: Db, email: string, expires: Date): Promise<string> {
  const token = randomBytes(32).toString("hex");
  const hashed = createHash("sha256").update(`${token}${authSecret()}`).digest("hex");
  await client.verificationToken.create({ data: { identifier: email, token: hashed, expires } });
  return token;
}
