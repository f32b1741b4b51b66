// Stands in for @/lib/auth/config, for tests that sign in with a real session
// row and cookie: the cookie in request.headers is resolved the way Auth.js's
// database strategy does it (the Session row by token, unexpired, with its
// user). Auth.js itself cannot load outside Next: it imports "next/server"
// without an extension.
import { findActorBySessionToken } from "@/lib/auth/data";
import { request } from "./request";

export async function auth() {
  const token = /(?:^|;\s*)authjs\.session-token=([^;]+)/.exec(request.headers.get("cookie") ?? "")?.[1];
  const actor = token ? await findActorBySessionToken(token) : null;
  return actor ? { user: actor } : null;
}
