// Stands in for @/lib/auth/config: Auth.js itself cannot load outside Next (it
// imports "next/server" without an extension). Everything around it is real:
// the app's getActor()/getSessionUser() call this auth(), which resolves a
// session cookie the way Auth.js's database strategy does (the Session row by
// token, unexpired, with its user's roles and library read from the database).
//
// Where the cookie comes from:
//   - request.headers carries one (the API tests, and tests of expired or
//     outdated sessions): that one;
//   - else request.actor names who is signed in (the server-action tests):
//     that user gets a real Session row, and its token is resolved exactly as
//     a cookie's would be. The user's row, not the test's Actor object,
//     decides the roles; an Actor that differs from its row is a broken test
//     and fails loudly rather than testing a user who does not exist.
import { findActorBySessionToken } from "@/lib/auth/data";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { sessionCookie } from "./session-cookie";
import { request } from "./request";

const tokenOf = (cookie: string | null) => /(?:^|;\s*)authjs\.session-token=([^;]+)/.exec(cookie ?? "")?.[1];

/** One session per user for the file's run; made again if a test removed or expired it. */
const sessions = new Map<string, string>();

async function signedInAs(actor: Actor): Promise<Actor | null> {
  const known = sessions.get(actor.id);
  const resolved = known ? await findActorBySessionToken(known) : null;
  if (resolved) return resolved;
  const token = tokenOf(await sessionCookie(db(), actor.id))!;
  sessions.set(actor.id, token);
  return findActorBySessionToken(token);
}

const same = (a: Actor, b: Actor) =>
  a.id === b.id && a.libraryId === b.libraryId && [...a.roles].sort().join() === [...b.roles].sort().join();

/** The session's user as Auth.js gives it: the actor with their name and address. */
async function sessionOf(actor: Actor) {
  const { name, email } = await db().user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { name: true, email: true },
  });
  return { user: { ...actor, name, email } };
}

export async function auth() {
  const token = tokenOf(request.headers.get("cookie"));
  if (token) {
    const actor = await findActorBySessionToken(token);
    return actor ? sessionOf(actor) : null;
  }
  if (!request.actor) return null;
  const actor = await signedInAs(request.actor);
  if (!actor || !same(actor, request.actor)) {
    throw new Error(
      `request.actor ${JSON.stringify(request.actor)} is not the user signed in through its session: ${JSON.stringify(actor)}`,
    );
  }
  return sessionOf(actor);
}
