// A signed-in browser for the tests that go through stub-auth-config: a
// database session like Auth.js's own, and the cookie its requests carry.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";

/** Creates an hour-long session for the user; returns the Cookie header value. */
export async function sessionCookie(db: Db, userId: string): Promise<string> {
  const token = randomBytes(32).toString("hex");
  await db.session.create({
    data: { sessionToken: token, userId, expires: new Date(Date.now() + 3600_000) },
  });
  return `authjs.session-token=${token}`;
}
