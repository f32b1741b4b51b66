// What a loader selects of a person it shows to others: the name and the
// library, never the e-mail address (lib/users/rules.ts names them).
import "server-only";
import type { PersonName } from "./rules";

/** The `select` of a user shown by name: `author: { select: personNameSelect }`. */
export const personNameSelect = { name: true, library: { select: { name: true } } } as const;

export type PersonNameRow = { name: string | null; library: { name: string } | null };

export function toPersonName(user: PersonNameRow): PersonName {
  return { name: user.name, libraryName: user.library?.name ?? null };
}

/** For an optional relation (an author deleted since, a meeting without a chair). */
export function toPersonNameOrNull(user: PersonNameRow | null | undefined): PersonName | null {
  return user ? toPersonName(user) : null;
}
