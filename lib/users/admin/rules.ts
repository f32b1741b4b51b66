// Pure rules of user administration, unit-tested beside the others.
import type { Role } from "@/lib/db/enums";
import type { LastSignInFilter } from "./schema";

const DAY_MS = 24 * 3600 * 1000;

/** The lastSignInAt condition of a last-sign-in filter, as bounds relative to now. */
export function lastSignInBounds(
  filter: LastSignInFilter,
  now: Date,
): { never: true } | { gte?: Date; lt?: Date; orNever?: boolean } {
  switch (filter) {
    case "NEVER":
      return { never: true };
    case "WITHIN_30_DAYS":
      return { gte: new Date(now.getTime() - 30 * DAY_MS) };
    case "WITHIN_90_DAYS":
      return { gte: new Date(now.getTime() - 90 * DAY_MS) };
    case "OVER_90_DAYS":
      return { lt: new Date(now.getTime() - 90 * DAY_MS) };
  }
}

/**
 * Whether a change leaves the network without an active admin: the last
 * active ADMIN may neither drop the role nor be deactivated.
 */
export function leavesNoAdmin(
  target: { isActiveAdmin: boolean },
  after: { roles: readonly Role[]; active: boolean },
  otherActiveAdmins: number,
): boolean {
  if (!target.isActiveAdmin) return false;
  const stillAdmin = after.active && after.roles.includes("ADMIN");
  return !stillAdmin && otherActiveAdmins === 0;
}

/** Roles in the order the UI and the audit trail list them. */
export const ROLE_ORDER: readonly Role[] = ["ADMIN", "COORDINATOR", "STEERING", "SUPERVISOR", "STAFF"];

export function sortRoles(roles: readonly Role[]): Role[] {
  return [...new Set(roles)].sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
}

/** How long an invitation's sign-in link works. */
export const INVITATION_MAX_AGE_DAYS = 7;
