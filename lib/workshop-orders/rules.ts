// The life of a workshop order (issue 4, item 6): a supervisor's request is
// accepted, declined or scheduled by a coordinator; an accepted order is later
// scheduled or declined. Scheduled and declined orders are final.
import type { WorkshopOrderStatus } from "@/lib/db/enums";

export const ORDER_TRANSITIONS: Record<WorkshopOrderStatus, readonly WorkshopOrderStatus[]> = {
  REQUESTED: ["ACCEPTED", "DECLINED", "SCHEDULED"],
  ACCEPTED: ["SCHEDULED", "DECLINED"],
  SCHEDULED: [],
  DECLINED: [],
};

export function canTransition(from: WorkshopOrderStatus, to: WorkshopOrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

/** The statuses an order may be in to move to `to`: the guard of a conditional update. */
export function statusesLeadingTo(to: WorkshopOrderStatus): WorkshopOrderStatus[] {
  return (Object.keys(ORDER_TRANSITIONS) as WorkshopOrderStatus[]).filter((from) => canTransition(from, to));
}

/** Whether an order still waits for a coordinator. */
export function isOpen(status: WorkshopOrderStatus): boolean {
  return ORDER_TRANSITIONS[status].length > 0;
}
