// The signed-in actor of this request, for pages, actions and route handlers.
import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { databaseDownSince } from "@/lib/db/availability";
import { DatabaseUnavailableError } from "@/lib/http/db-errors";
import { auth } from "./config";
import type { Actor } from "./policy";
import { assertCan, assertSignedIn, type Permission } from "./policy";

export type SessionUser = Actor & { name: string | null; email: string | null };

/** The signed-in user as the session row carries it: one query per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id) {
    // Auth.js answers "no session" when its lookup failed, too. With the database known to be
    // away, a request that carries a session cookie is not a signed-out one: it waits like any other.
    if (databaseDownSince() !== null) {
      const jar = await cookies();
      if (SESSION_COOKIES.some((name) => jar.has(name))) throw new DatabaseUnavailableError();
    }
    return null;
  }
  return {
    id: user.id,
    roles: user.roles ?? [],
    libraryId: user.libraryId ?? null,
    name: user.name ?? null,
    email: user.email ?? null,
  };
});

export const getActor = cache(async (): Promise<Actor | null> => {
  const user = await getSessionUser();
  return user ? { id: user.id, roles: user.roles, libraryId: user.libraryId } : null;
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  assertSignedIn(actor);
  return actor;
}

/** The request's actor, asserted to hold the permission (401/403 otherwise). */
export async function authorize(permission: Permission): Promise<Actor> {
  const actor = await getActor();
  assertCan(actor, permission);
  return actor;
}

const SESSION_COOKIES = [sessionCookieName(true), sessionCookieName(false)];

/** Session cookie name as Auth.js sets it. */
export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}authjs.session-token`;
}
