// Pure rules of the kit handover chain (ADR 26): where a loan's kit comes
// from, who sends it on, who records its receipt, who returns it home.
import { can, type Actor } from "@/lib/auth/policy";
import type { KitReservationStatus } from "@/lib/db/enums";

/** The states of a checklist row in a handover report. */
export const CHECK_STATES = ["ok", "missing", "damaged"] as const;
export type CheckState = (typeof CHECK_STATES)[number];

/** A row of KitHandover.checklist (the demo data's format). */
export type ChecklistRow = { item: string; count?: number; state: CheckState; note?: string };

/** The reservations that may have held (or will hold) the kit before another: the chain's links. */
export const CHAIN_STATUSES = [
  "REQUESTED",
  "CONFIRMED",
  "SENT",
  "RECEIVED",
  "PASSED_ON",
] as const satisfies KitReservationStatus[];

/** The rows that need attention: missing or damaged. */
export function problems(checklist: readonly ChecklistRow[]): ChecklistRow[] {
  return checklist.filter((row) => row.state !== "ok");
}

const acts = (actor: Actor | null, libraryId: string | null): boolean =>
  !!actor &&
  (can(actor, "kit.manage") || (!!libraryId && can(actor, "kit.requestReservation") && actor.libraryId === libraryId));

/** The sender (the current holder, else the kit's home library) or a coordinator marks the kit sent. */
export function maySend(actor: Actor | null, senderLibraryId: string | null): boolean {
  return acts(actor, senderLibraryId);
}

/** The receiving library or a coordinator records the receipt. */
export function mayReceive(actor: Actor | null, reservation: { libraryId: string }): boolean {
  return acts(actor, reservation.libraryId);
}

/** The holder when no live reservation follows, or a coordinator (always), returns the kit home. */
export function mayReturnHome(actor: Actor | null, reservation: { libraryId: string }, nextWaiting: boolean): boolean {
  if (!actor) return false;
  if (can(actor, "kit.manage")) return true;
  return !nextWaiting && acts(actor, reservation.libraryId);
}

/** `?tehty=` after a handover step or a maintenance decision → its notice (the page shows it as a status). */
export const DONE_NOTICES = {
  lahetetty: "kitHandovers.send.done",
  vastaanotettu: "kitHandovers.receive.done",
  palautettu: "kitHandovers.return.done",
  huolto: "kitHandovers.maintenance.done",
  peruttu: "kitHandovers.maintenance.cancelled",
  siirretty: "kitHandovers.move.done",
} as const;

/** A loan not yet on its way can move to another kit; one sent or received stays with its kit. */
export const MOVABLE_STATUSES = ["REQUESTED", "CONFIRMED"] as const;
export type HandoverStep = keyof typeof DONE_NOTICES;

/** The notice for a `?tehty=` value; null for anything else. */
export function doneNotice(value: unknown): (typeof DONE_NOTICES)[HandoverStep] | null {
  return typeof value === "string" && Object.hasOwn(DONE_NOTICES, value) ? DONE_NOTICES[value as HandoverStep] : null;
}
