// Payloads are read back from jsonb: each is validated before its handler runs.
import { z } from "zod";
import type { CalendarSnapshot } from "@/lib/calendar/changes";
import { WorkshopOrderStatus } from "@/lib/db/enums";
import { LOCALES } from "@/lib/i18n/config";
import {
  KIT_RESERVATION_MAIL_EVENTS,
  NETWORK_JOIN_DECISIONS,
  PROGRAMME_REMINDER_MAIL_KINDS,
  type JobName,
  type JobPayloads,
} from "./names";

const enrolment = z.object({ enrolmentId: z.uuid() });
const invitee = z.object({ meetingId: z.uuid(), userId: z.uuid() });
const changes = z.array(z.string().max(40)).max(20);

const instant = z.iso.datetime({ offset: true });
const snapshot: z.ZodType<CalendarSnapshot> = z.object({
  title: z.string().max(1_000),
  startsAt: instant,
  endsAt: instant,
  place: z.string().max(1_000).nullable(),
  remoteUrl: z.string().max(2_000).nullable(),
});

export const payloadSchemas: { [N in JobName]: z.ZodType<JobPayloads[N]> } = {
  "email.enrolmentConfirmed": enrolment,
  "email.enrolmentWaitlisted": enrolment,
  "email.waitlistPromoted": enrolment,
  "email.enrolmentCancelled": enrolment,
  "email.sessionReminder": z.object({ enrolmentId: z.uuid(), sessionStartsAt: instant }),
  "email.sessionChanged": z.object({ enrolmentId: z.uuid(), changes, before: snapshot.optional() }),
  "email.sessionCancelled": enrolment,
  "email.workshopOrderUpdated": z.object({
    workshopOrderId: z.uuid(),
    status: z.enum(WorkshopOrderStatus).optional(),
  }),
  "email.agendaPublished": invitee,
  "email.meetingChanged": invitee.extend({ changes, before: snapshot }),
  "email.meetingUninvited": invitee,
  "email.invitation": z.object({ userId: z.uuid() }),
  "email.accountRemoved": z.object({ to: z.email(), locale: z.enum(LOCALES) }),
  "email.kitReservation": z.object({ reservationId: z.uuid(), event: z.enum(KIT_RESERVATION_MAIL_EVENTS) }),
  "email.kitHandoverIssues": z.object({ handoverId: z.uuid() }),
  "email.programmeCompleted": z.object({ participationId: z.uuid() }),
  "email.programmeReminder": z.object({ participationId: z.uuid(), kind: z.enum(PROGRAMME_REMINDER_MAIL_KINDS) }),
  "email.networkAnnouncement": z.object({ announcementId: z.uuid(), userId: z.uuid() }),
  "email.networkJoinRequested": z.object({ networkId: z.uuid(), userId: z.uuid(), chairId: z.uuid() }),
  "email.networkJoinDecided": z.object({
    networkId: z.uuid(),
    userId: z.uuid(),
    decision: z.enum(NETWORK_JOIN_DECISIONS),
  }),
  "email.networkJoinRequestsStale": z.object({ networkId: z.uuid(), chairId: z.uuid() }),
  "email.exchangeConsentRequested": z.object({ applicationId: z.uuid(), supervisorId: z.uuid() }),
  "email.exchangeApplicationSubmitted": z.object({ applicationId: z.uuid(), hostId: z.uuid() }),
  "email.exchangeApplicationDecided": z.object({
    applicationId: z.uuid(),
    status: z.enum(["ACCEPTED", "DECLINED"]),
  }),
  "email.exchangeApplicationWithdrawn": z.object({ applicationId: z.uuid(), hostId: z.uuid() }),
  "email.exchangeVisitAgreed": z.object({ applicationId: z.uuid(), hostId: z.uuid() }),
  "email.exchangeReportsIn": z.object({ applicationId: z.uuid(), coordinatorId: z.uuid() }),
  "email.exchangeEnded": z.object({
    applicationId: z.uuid(),
    recipientId: z.uuid(),
    status: z.enum(["COMPLETED", "CLOSED"]),
  }),
};
