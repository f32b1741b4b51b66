// Every kind of background job and its payload. The worker's handlers
// (lib/jobs/handlers.ts) must cover each name; the compiler checks it.
// Payloads carry ids, never personal data: handlers load the current rows.
import type { WorkshopOrderStatus } from "@/lib/db/enums";

/** What a sessionChanged mail can name as changed; other values are ignored. */
export const SESSION_CHANGES = ["time", "place", "remote", "title"] as const;
export type SessionChange = (typeof SESSION_CHANGES)[number];

export type JobPayloads = {
  "email.enrolmentConfirmed": { enrolmentId: string };
  "email.enrolmentWaitlisted": { enrolmentId: string };
  "email.waitlistPromoted": { enrolmentId: string };
  "email.enrolmentCancelled": { enrolmentId: string };
  /** Enqueue with scheduleSessionReminder (lib/jobs/mutations.ts). */
  "email.sessionReminder": { enrolmentId: string; sessionStartsAt: string };
  /** changes: values of SESSION_CHANGES. */
  "email.sessionChanged": { enrolmentId: string; changes: string[] };
  "email.sessionCancelled": { enrolmentId: string };
  /** status: the order's status when enqueued; the mail is skipped once the order has moved on. */
  "email.workshopOrderUpdated": { workshopOrderId: string; status?: WorkshopOrderStatus };
  /** The published agenda and an .ics invitation to one invitee; skipped once they may no longer see it. */
  "email.agendaPublished": { meetingId: string; userId: string };
};

export type JobName = keyof JobPayloads;
