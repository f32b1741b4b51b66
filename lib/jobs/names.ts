// Every kind of background job and its payload. The worker's handlers
// (lib/jobs/handlers.ts) must cover each name; the compiler checks it.
export type JobPayloads = {
  "email.enrolmentConfirmed": { enrolmentId: string };
  "email.enrolmentWaitlisted": { enrolmentId: string };
  "email.waitlistPromoted": { enrolmentId: string };
  "email.enrolmentCancelled": { enrolmentId: string };
  "email.sessionReminder": { enrolmentId: string; sessionStartsAt: string };
  "email.sessionChanged": { enrolmentId: string; changes: string[] };
  "email.sessionCancelled": { enrolmentId: string };
  "email.workshopOrderUpdated": { workshopOrderId: string };
};

export type JobName = keyof JobPayloads;
