// Audiences: members' pages cached once per kind of reader (ADR 23).
//
// A members' page (a meeting, …) shows the same to everyone whose roles and
// library-or-not are the same, except for bits that name the reader (the
// meeting's secretary, an item's owner), which are islands or make proxy.ts
// leave the request to the per-request page. proxy.ts reads the session and
// rewrites such a page to /<locale>/nakyma/<segment>/…, a page that is cached
// like a public one and renders as the audience's stand-in actor. The segment
// carries the audience and its HMAC under the auth secret, so a crafted
// address cannot name an audience its sender is not in (proxy.ts also refuses
// every outside request to /nakyma).
import { createHmac, timingSafeEqual } from "node:crypto";
import type { Role } from "@/lib/db/enums";
import { ROLES, type Actor } from "./policy";

/** The internal path segment of audience pages (never linked; proxy.ts refuses it from outside). */
export const AUDIENCE_SEGMENT = "nakyma";

/** Stands in for a person and their library: matches no real row (ids are random UUIDs). */
export const NOBODY_ID = "00000000-0000-0000-0000-000000000000";

/** What a page of an audience may depend on: the roles, and whether the reader has a library. */
export type AudienceOf = { roles: readonly Role[]; hasLibrary: boolean };

/** "coordinator-steering-lib": roles in a fixed order, lower case, and "lib" when the reader has a library. */
export function audienceKey({ roles, hasLibrary }: AudienceOf): string {
  const parts = ROLES.filter((role) => roles.includes(role)).map((role) => role.toLowerCase());
  if (hasLibrary) parts.push("lib");
  return parts.join("-");
}

function mac(key: string, secret: string): string {
  return createHmac("sha256", secret).update(`audience:${key}`).digest("base64url").slice(0, 22);
}

/** The path segment for an audience: its key and the key's HMAC. */
export function audienceSegment(audience: AudienceOf, secret: string): string {
  const key = audienceKey(audience);
  return `${key}.${mac(key, secret)}`;
}

/**
 * The stand-in actor of a segment made by audienceSegment, or null for a
 * segment that is malformed or not signed with this secret. The stand-in has
 * the audience's roles and, if it has a library, a library that is nobody's.
 */
export function audienceActor(segment: string, secret: string | (() => string)): Actor | null {
  const match = /^([a-z-]+)\.([A-Za-z0-9_-]{22})$/.exec(segment);
  // Malformed (the build's placeholder among them): no need to ask for the secret.
  if (!match) return null;
  const [, key, given] = match as unknown as [string, string, string];
  const expected = Buffer.from(mac(key, typeof secret === "string" ? secret : secret()));
  const received = Buffer.from(given);
  if (expected.length !== received.length || !timingSafeEqual(expected, received)) return null;
  const parts = key.split("-");
  const roles = ROLES.filter((role) => parts.includes(role.toLowerCase()));
  const hasLibrary = parts.includes("lib");
  // Only the canonical spelling of a key is ever signed; anything else is not ours.
  if (roles.length === 0 || audienceKey({ roles, hasLibrary }) !== key) return null;
  return { id: NOBODY_ID, roles, libraryId: hasLibrary ? NOBODY_ID : null };
}
