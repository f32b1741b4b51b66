// The personal feed's secret: the only key to it, since calendar clients
// (Outlook) fetch without a session cookie.
import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/policy";
import { db, type Db } from "@/lib/db";

export function newCalendarToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The actor's token, created when they ask for their feed; concurrent requests agree on one. */
export async function ensureCalendarToken(actor: Actor, client: Db = db()): Promise<string> {
  await client.user.updateMany({
    where: { id: actor.id, calendarToken: null },
    data: { calendarToken: newCalendarToken() },
  });
  const user = await client.user.findUniqueOrThrow({ where: { id: actor.id }, select: { calendarToken: true } });
  if (!user.calendarToken) throw new Error("calendar token missing after creation");
  return user.calendarToken;
}

/** A new token; the old feed address stops working at once. */
export async function regenerateCalendarToken(actor: Actor, client: Db = db()): Promise<string> {
  const token = newCalendarToken();
  await client.user.update({ where: { id: actor.id }, data: { calendarToken: token }, select: { id: true } });
  return token;
}
