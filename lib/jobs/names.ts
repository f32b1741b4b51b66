// Every kind of background job and its payload. The worker's handlers
// (lib/jobs/handlers.ts) must cover each name; the compiler checks it.
// Payloads carry ids, never personal data: handlers load the current rows.
// A change notice also carries what the entry looked like before (times, a
// place, a link), so the mail can say "before → now".
import type { CalendarSnapshot } from "@/lib/calendar/changes";
import type { WorkshopOrderStatus } from "@/lib/db/enums";
import type { Locale } from "@/lib/i18n/config";

export type JobPayloads = {
  "email.enrolmentConfirmed": { enrolmentId: string };
  "email.enrolmentWaitlisted": { enrolmentId: string };
  "email.waitlistPromoted": { enrolmentId: string };
  "email.enrolmentCancelled": { enrolmentId: string };
  /** Enqueue with scheduleSessionReminder (lib/jobs/mutations.ts). */
  "email.sessionReminder": { enrolmentId: string; sessionStartsAt: string };
  /**
   * Enqueue with enqueueChangeNotice. changes: values of CALENDAR_CHANGES;
   * before: the session as its person last heard of it (absent in jobs
   * queued before it was added).
   */
  "email.sessionChanged": { enrolmentId: string; changes: string[]; before?: CalendarSnapshot };
  "email.sessionCancelled": { enrolmentId: string };
  /** status: the order's status when enqueued; the mail is skipped once the order has moved on. */
  "email.workshopOrderUpdated": { workshopOrderId: string; status?: WorkshopOrderStatus };
  /** The published agenda and an .ics invitation to one invitee; skipped once they may no longer see it. */
  "email.agendaPublished": { meetingId: string; userId: string };
  /** A published meeting's new time, place or link, to one invitee. Enqueue with enqueueChangeNotice. */
  "email.meetingChanged": { meetingId: string; userId: string; changes: string[]; before: CalendarSnapshot };
  /** Someone taken off a published meeting's invitations: the entry leaves their calendar (METHOD:CANCEL). */
  "email.meetingUninvited": { meetingId: string; userId: string };
  /** An invited person's sign-in link (issue 11); made when sent, so no token waits in the queue. */
  "email.invitation": { userId: string };
  /**
   * The one payload with an address in it: the account it belonged to is
   * anonymised in the same transaction, so the confirmation of its removal
   * has nowhere else to read it from. Purged with the other finished jobs.
   */
  "email.accountRemoved": { to: string; locale: Locale };
  /** A kit reservation's step, to its library (and its requester) with the dates; skipped once the reservation has moved on. */
  "email.kitReservation": { reservationId: string; event: KitReservationMailEvent };
  /** A handover report with missing or damaged items, to the coordinators (ADR 26). */
  "email.kitHandoverIssues": { handoverId: string };
  /** A programme completed (ADR 28): congratulations and the certificate's verification link; skipped if revoked. */
  "email.programmeCompleted": { participationId: string };
  /**
   * A programme's reminder (issue 13): STALLED, DEADLINE_30 and DEADLINE_7 from the worker's periodic
   * run (once per person and kind, ProgrammeReminder), MANUAL from a coordinator; skipped once not active.
   */
  "email.programmeReminder": { participationId: string; kind: ProgrammeReminderMailKind };
  /** A join request, to one chair of the network (ADR 29); skipped once decided or no longer their chair. */
  "email.networkJoinRequested": { networkId: string; userId: string; chairId: string };
  /** A chair's decision, to the person who asked; skipped once the membership has moved on. */
  "email.networkJoinDecided": { networkId: string; userId: string; decision: NetworkJoinDecision };
  /** Join requests pending for 14 days, to one chair of the network (once per request; ADR 29). */
  "email.networkJoinRequestsStale": { networkId: string; chairId: string };
  /** A chair's announcement, to one active member of the network; skipped once they are no longer a member. */
  "email.networkAnnouncement": { announcementId: string; userId: string };
  /** A job-shadowing application waiting for consent, to one supervisor of the applicant's library (ADR 30). */
  "email.exchangeConsentRequested": { applicationId: string; supervisorId: string };
  /** An application the host may now see, to the offer's contact (or each coordinator when it has none). */
  "email.exchangeApplicationSubmitted": { applicationId: string; hostId: string };
  /** Accepted (with the day's .ics) or declined (by the host or the supervisor), to the applicant; skipped once moved on. */
  "email.exchangeApplicationDecided": { applicationId: string; status: "ACCEPTED" | "DECLINED" };
  /** The applicant withdrew an application the host had seen (an accepted day's entry is cancelled). */
  "email.exchangeApplicationWithdrawn": { applicationId: string; hostId: string };
  /** The agreed day, to the offer's contact (with the day's .ics; the same UID as the applicant's entry). */
  "email.exchangeVisitAgreed": { applicationId: string; hostId: string };
  /** Both reports of an exchange are in, to each coordinator (once per exchange): it can be completed. */
  "email.exchangeReportsIn": { applicationId: string; coordinatorId: string };
  /** A coordinator completed or closed an exchange, to the visitor and the host's contact; skipped once moved on. */
  "email.exchangeEnded": { applicationId: string; recipientId: string; status: "COMPLETED" | "CLOSED" };
};

export const NETWORK_JOIN_DECISIONS = ["approved", "declined"] as const;
export type NetworkJoinDecision = (typeof NETWORK_JOIN_DECISIONS)[number];

/** The kinds of ProgrammeReminder, and MANUAL: a coordinator's reminder (not in the database's enum). */
export const PROGRAMME_REMINDER_MAIL_KINDS = ["STALLED", "DEADLINE_30", "DEADLINE_7", "MANUAL"] as const;
export type ProgrammeReminderMailKind = (typeof PROGRAMME_REMINDER_MAIL_KINDS)[number];

export const KIT_RESERVATION_MAIL_EVENTS = [
  "requested",
  "confirmed",
  "declined",
  "cancelled",
  "shippingChanged",
  "sent",
  "received",
  "returned",
  /** After the loan: answer the feedback (ADR 27); once per reservation, from the worker's periodic run. */
  "feedbackReminder",
  /** A coordinator moved the loan to another kit for the same days (a kit in maintenance, ADR 26). */
  "moved",
] as const;
export type KitReservationMailEvent = (typeof KIT_RESERVATION_MAIL_EVENTS)[number];

export type JobName = keyof JobPayloads;
