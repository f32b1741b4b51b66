// The one policy table (DESIGN.md §2). Server actions, route handlers and data
// loaders ask it; the UI asks it too, to hide what a user cannot do. Anything
// not listed here is denied.
import type { MeetingStatus, Role } from "@/lib/db/enums";
import { AppError } from "@/lib/http/errors";

export const ROLES = ["ADMIN", "COORDINATOR", "STEERING", "SUPERVISOR", "STAFF"] as const satisfies readonly Role[];

export type Actor = {
  id: string;
  roles: readonly Role[];
  /** The member library the user works for; null for users without one. */
  libraryId: string | null;
};

/** Who a rule admits: nobody signed in required, any signed-in user, or these roles. */
type Audience = "ANYONE" | "SIGNED_IN" | "MEMBER" | readonly Role[];

const STAFF_UP: readonly Role[] = ["STAFF", "SUPERVISOR", "STEERING", "COORDINATOR", "ADMIN"];
const MANAGERS: readonly Role[] = ["COORDINATOR", "ADMIN"];

export const POLICY = {
  // anyone, signed out
  "menu.read": "ANYONE",
  "network.read": "ANYONE",
  "library.read": "ANYONE",
  "kit.read": "ANYONE",
  "exchange.read": "ANYONE",
  "accessibility.read": "ANYONE",
  // staff of a member library (and every role above)
  "meeting.readApproved": "MEMBER",
  "enrolment.self": STAFF_UP,
  "interest.express": STAFF_UP,
  "network.requestJoin": STAFF_UP,
  // networks (ADR 29): who is in a network, by name, is for signed-in staff only
  "network.readMembers": STAFF_UP,
  "exchange.apply": STAFF_UP,
  // job shadowing: reports published with their authors' consent (ADR 30)
  "exchange.readReports": STAFF_UP,
  "kit.requestReservation": STAFF_UP,
  "feedback.give": STAFF_UP,
  // programmes (ADR 28): join, do parts, download one's own certificate
  "programme.take": STAFF_UP,
  "ownData.read": "SIGNED_IN",
  "ownData.export": "SIGNED_IN",
  "calendar.ownFeed": "SIGNED_IN",
  // their own name, title and language (their library is an admin's or supervisor's to change)
  "profile.editOwn": "SIGNED_IN",
  "ownData.requestRemoval": "SIGNED_IN",
  // supervisors
  "workshop.order": ["SUPERVISOR", ...MANAGERS],
  // job shadowing: offers of their own library (canActForLibrary says which)
  "exchange.offer": ["SUPERVISOR", ...MANAGERS],
  "library.participation.read": ["SUPERVISOR", ...MANAGERS],
  // their own library's programme participants (canSeeProgrammeProgress says whose)
  "programme.progressOwnLibrary": ["SUPERVISOR", ...MANAGERS],
  // their own library's staff: the list (read-only) and adding a new colleague by email
  "staff.readOwnLibrary": ["SUPERVISOR"],
  "staff.inviteOwnLibrary": ["SUPERVISOR"],
  // steering group
  "meeting.readDraft": ["STEERING", ...MANAGERS],
  "newsRound.writeOwnLibrary": ["STEERING", ...MANAGERS],
  // Which items: their own or their library's for the steering group, any for coordinators (canCloseActionItem).
  "actionItem.markDone": ["STEERING", ...MANAGERS],
  "poll.answer": ["STEERING", ...MANAGERS],
  // coordinators
  "meeting.readPlanned": MANAGERS,
  "meeting.manage": MANAGERS,
  "minutes.write": MANAGERS,
  "menu.manage": MANAGERS,
  "offering.manage": MANAGERS,
  "session.manage": MANAGERS,
  "enrolment.manage": MANAGERS,
  "workshopOrder.manage": MANAGERS,
  "kit.manage": MANAGERS,
  "network.manage": MANAGERS,
  "exchange.manage": MANAGERS,
  // programmes: parts, deadline, publishing, confirming parts, reminders, revoking certificates
  "programme.manage": MANAGERS,
  "reports.read": MANAGERS,
  "export.read": MANAGERS,
  // a library's content: contacts, addresses, service points and their status (creating libraries is ADMIN's)
  "libraries.editContent": MANAGERS,
  // admins only
  "users.manage": ["ADMIN"],
  "roles.manage": ["ADMIN"],
  "libraries.manage": ["ADMIN"],
  "audit.read": ["ADMIN"],
} as const satisfies Record<string, Audience>;

export type Permission = keyof typeof POLICY;
export const PERMISSIONS = Object.keys(POLICY) as Permission[];

export function can(actor: Actor | null | undefined, permission: string): boolean {
  if (!Object.hasOwn(POLICY, permission)) return false; // unknown means no
  const audience: Audience = POLICY[permission as Permission];
  if (audience === "ANYONE") return true;
  if (!actor) return false;
  if (audience === "SIGNED_IN") return true;
  if (audience === "MEMBER") return actor.libraryId !== null && actor.roles.length > 0;
  return actor.roles.some((role) => audience.includes(role));
}

/**
 * The one authorisation assert of writes and signed-in reads: 401 for a
 * signed-out caller (whatever the permission), 403 for one without it.
 */
export function assertCan(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in first.");
  if (can(actor, permission)) return;
  throw new AppError("FORBIDDEN", "You may not do this.");
}

/** For mutations that decide per record (an invisible record is NOT_FOUND, not FORBIDDEN). */
export function assertSignedIn(actor: Actor | null | undefined): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in first.");
}

export function hasRole(actor: Actor | null | undefined, role: Role): boolean {
  return !!actor && actor.roles.includes(role);
}

/**
 * Which meeting statuses this actor may see (DESIGN.md §2, issue 3):
 * PLANNED → coordinators; agenda and draft minutes → + steering group;
 * approved minutes → + every signed-in user of a member library.
 */
export function visibleMeetingStatuses(actor: Actor | null | undefined): MeetingStatus[] {
  const statuses: MeetingStatus[] = [];
  if (can(actor, "meeting.readPlanned")) statuses.push("PLANNED");
  if (can(actor, "meeting.readDraft")) statuses.push("AGENDA_PUBLISHED", "MINUTES_DRAFT");
  // Coordinators see every meeting, with or without a library of their own.
  if (can(actor, "meeting.readApproved") || can(actor, "meeting.readPlanned")) statuses.push("MINUTES_APPROVED");
  return statuses;
}

export function canSeeMeeting(actor: Actor | null | undefined, status: MeetingStatus): boolean {
  return visibleMeetingStatuses(actor).includes(status);
}

/**
 * A network's chair approves join requests and edits its playbook and events;
 * `membership` is the actor's own in that very network (a chair of another
 * network is nobody here).
 */
export function canChairNetwork(
  actor: Actor | null | undefined,
  membership: { role: "CHAIR" | "MEMBER"; status: "PENDING" | "ACTIVE" | "LEFT" | "DECLINED" } | null,
): boolean {
  if (can(actor, "network.manage")) return true;
  return !!actor && membership?.role === "CHAIR" && membership.status === "ACTIVE";
}

/** Supervisors act for their own library only; coordinators for any. */
export function canActForLibrary(actor: Actor | null | undefined, libraryId: string, permission: Permission): boolean {
  if (!can(actor, permission) || !actor) return false;
  if (actor.roles.includes("COORDINATOR") || actor.roles.includes("ADMIN")) return true;
  return actor.libraryId === libraryId;
}
