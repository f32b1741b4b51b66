// What the header shows of the signed-in person: their name and the links
// their roles open. Served by GET /api/me to the client part of the header.
import "server-only";
import { nameForSelf } from "@/lib/users/rules";
import { can, visibleMeetingStatuses } from "./policy";
import { getSessionUser } from "./session";

export type Me = {
  user: {
    name: string;
    /** May manage the training menu. */
    manageTrainings: boolean;
    /** May order workshops for their library. */
    orders: boolean;
    /** Sees some meeting, so the action items page too. */
    actionItems: boolean;
  } | null;
};

export async function getMe(): Promise<Me> {
  const user = await getSessionUser();
  if (!user) return { user: null };
  return {
    user: {
      // The person themself: their own address may stand in for a missing name.
      name: nameForSelf(user),
      manageTrainings: can(user, "menu.manage"),
      orders: can(user, "workshop.order"),
      actionItems: visibleMeetingStatuses(user).length > 0,
    },
  };
}
