// What the header shows of the signed-in person: their name and the links
// their roles open. Served by GET /api/me to the client part of the header.
import "server-only";
import type { Role } from "@/lib/db/enums";
import { isProfilePending } from "@/lib/users/profile/data";
import { nameForSelf } from "@/lib/users/rules";
import { coverageScope } from "@/lib/coverage/rules";
import { can, visibleMeetingStatuses } from "./policy";
import { getSessionUser } from "./session";

export type Me = {
  user: {
    /** The person's id, roles and library: for islands that ask the policy (e.g. who may mark an action item done). */
    id: string;
    roles: Role[];
    libraryId: string | null;
    name: string;
    /** May manage the training menu. */
    manageTrainings: boolean;
    /** May order workshops for their library. */
    orders: boolean;
    /** Sees some meeting, so the action items page too. */
    actionItems: boolean;
    /** May administer users (the users list). */
    manageUsers: boolean;
    /** May add member libraries (the directory's "add a library"). */
    manageLibraries: boolean;
    /** May create and edit kits (the kit catalogue's "add" and "edit" links). */
    manageKits: boolean;
    /** May create networks and see their health (the networks list's coordinator links). */
    manageNetworks: boolean;
    /** May run job-shadowing rounds (the exchanges page's coordinator link). */
    manageExchanges: boolean;
    /** Sees their own library's staff list. */
    ownStaff: boolean;
    /** Sees some of the coverage report (coordinators, a supervisor of a library, the steering group). */
    reports: boolean;
    /** A first sign-in whose profile is still to give: the page sends them to /tervetuloa. Absent when given. */
    profilePending?: true;
  } | null;
};

export async function getMe(): Promise<Me> {
  const user = await getSessionUser();
  if (!user) return { user: null };
  return {
    user: {
      id: user.id,
      roles: [...user.roles],
      libraryId: user.libraryId,
      // The person themself: their own address may stand in for a missing name.
      name: nameForSelf(user),
      manageTrainings: can(user, "menu.manage"),
      orders: can(user, "workshop.order"),
      actionItems: visibleMeetingStatuses(user).length > 0,
      manageUsers: can(user, "users.manage"),
      manageLibraries: can(user, "libraries.manage"),
      manageKits: can(user, "kit.manage"),
      manageNetworks: can(user, "network.manage"),
      manageExchanges: can(user, "exchange.manage"),
      ownStaff: can(user, "staff.readOwnLibrary") && user.libraryId !== null,
      reports: coverageScope(user) !== null,
      ...((await isProfilePending(user.id)) ? { profilePending: true as const } : {}),
    },
  };
}
