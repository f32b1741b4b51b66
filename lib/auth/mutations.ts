import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client";

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
  const user = await db().user.findFirst({ where: { id: userId, isDemo: true }, select: { id: true } });
  if (!user) return null;
  const sessionToken = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000);
  await db().$transaction([
    db().session.create({ data: { sessionToken, userId: user.id, expires } }),
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
