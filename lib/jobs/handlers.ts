// One handler per job name; the mapped type makes the compiler check that
// every JobName has one. A handler loads the current rows and either sends
// its mail or, when the mail no longer applies (enrolment cancelled before
// the reminder, session moved or cancelled, order moved on), completes
// without sending. Throwing means "try again later".
import "server-only";
import { canSeeMeeting } from "@/lib/auth/policy";
import { meetingAttachment, sessionAttachment } from "@/lib/calendar/feeds";
import type { Mailer } from "@/lib/email";
import { agendaPublishedMail, sessionMail, workshopOrderMail, type SessionMailKind } from "@/lib/email/templates";
import {
  loadEnrolmentForMail,
  loadWorkshopOrderForMail,
  type EnrolmentForMail,
  loadMeetingForAgendaMail,
} from "./data";
import type { Db } from "./mutations";
import type { JobName, JobPayloads } from "./names";

export type JobContext = {
  db: Db;
  mailer: Mailer;
  now: Date;
  /** Absolute links in mails and attachments start with this. */
  appUrl: string;
};

/** "sent", or why nothing was sent. */
export type JobOutcome = "sent" | `skipped: ${string}`;

export type JobHandler<N extends JobName> = (payload: JobPayloads[N], ctx: JobContext) => Promise<JobOutcome>;

type EnrolmentCheck = (enrolment: EnrolmentForMail, ctx: JobContext) => string | null;

const isConfirmed = (e: EnrolmentForMail) => e.status === "CONFIRMED";
const sessionOver = (e: EnrolmentForMail, ctx: JobContext) => e.session.endsAt <= ctx.now;
const sessionCancelled = (e: EnrolmentForMail) => e.session.status === "CANCELLED";

/** Loads the enrolment, applies the checks in order, and mails its person. */
async function mailEnrolment(
  kind: SessionMailKind,
  enrolmentId: string,
  ctx: JobContext,
  options: { checks: EnrolmentCheck[]; attachIcs?: boolean; changes?: readonly string[] },
): Promise<JobOutcome> {
  const enrolment = await loadEnrolmentForMail(enrolmentId, ctx.db);
  if (!enrolment) return "skipped: enrolment no longer exists";
  for (const check of options.checks) {
    const reason = check(enrolment, ctx);
    if (reason) return `skipped: ${reason}`;
  }
  const attachIcs = !!options.attachIcs;
  const mail = sessionMail(
    kind,
    {
      recipient: enrolment.user,
      enrolment: { status: enrolment.status, waitlistPosition: enrolment.waitlistPosition },
      session: enrolment.session,
    },
    { appUrl: ctx.appUrl, withAttachment: attachIcs, changes: options.changes },
  );
  await ctx.mailer({
    to: enrolment.user.email,
    ...mail,
    attachments: attachIcs
      ? [
          sessionAttachment(enrolment.session, {
            appUrl: ctx.appUrl,
            includeRemoteUrl: isConfirmed(enrolment),
            now: ctx.now,
          }),
        ]
      : undefined,
  });
  return "sent";
}

const notConfirmed: EnrolmentCheck = (e) => (isConfirmed(e) ? null : `enrolment is ${e.status}`);
const notWaitlisted: EnrolmentCheck = (e) => (e.status === "WAITLISTED" ? null : `enrolment is ${e.status}`);
const notCancelled: EnrolmentCheck = (e) => (e.status === "CANCELLED" ? null : `enrolment is ${e.status}`);
const whenSessionCancelled: EnrolmentCheck = (e) => (sessionCancelled(e) ? "session cancelled" : null);
const whenSessionOver: EnrolmentCheck = (e, ctx) => (sessionOver(e, ctx) ? "session is over" : null);

export const handlers: { [N in JobName]: JobHandler<N> } = {
  "email.enrolmentConfirmed": ({ enrolmentId }, ctx) =>
    mailEnrolment("enrolmentConfirmed", enrolmentId, ctx, {
      checks: [notConfirmed, whenSessionCancelled, whenSessionOver],
      attachIcs: true,
    }),

  "email.enrolmentWaitlisted": ({ enrolmentId }, ctx) =>
    mailEnrolment("enrolmentWaitlisted", enrolmentId, ctx, {
      checks: [notWaitlisted, whenSessionCancelled, whenSessionOver],
    }),

  "email.waitlistPromoted": ({ enrolmentId }, ctx) =>
    mailEnrolment("waitlistPromoted", enrolmentId, ctx, {
      checks: [notConfirmed, whenSessionCancelled, whenSessionOver],
      attachIcs: true,
    }),

  "email.enrolmentCancelled": ({ enrolmentId }, ctx) =>
    mailEnrolment("enrolmentCancelled", enrolmentId, ctx, {
      checks: [notCancelled, whenSessionCancelled, whenSessionOver],
    }),

  "email.sessionReminder": ({ enrolmentId, sessionStartsAt }, ctx) =>
    mailEnrolment("sessionReminder", enrolmentId, ctx, {
      checks: [
        notConfirmed,
        whenSessionCancelled,
        // A moved session got a reminder of its own (scheduleSessionReminder).
        (e) => (e.session.startsAt.getTime() === new Date(sessionStartsAt).getTime() ? null : "session was moved"),
        (e, c) => (e.session.startsAt <= c.now ? "session has started" : null),
      ],
    }),

  "email.sessionChanged": ({ enrolmentId, changes }, ctx) =>
    mailEnrolment("sessionChanged", enrolmentId, ctx, {
      checks: [
        (e) => (e.status === "CONFIRMED" || e.status === "WAITLISTED" ? null : `enrolment is ${e.status}`),
        whenSessionCancelled,
        whenSessionOver,
      ],
      attachIcs: true,
      changes,
    }),

  // Whoever was enrolled when the session was cancelled is told, whatever the
  // cancellation did to their enrolment: the enqueuer chose the recipients.
  // The attached entry (STATUS:CANCELLED, same UID) marks it cancelled in calendars.
  "email.sessionCancelled": ({ enrolmentId }, ctx) =>
    mailEnrolment("sessionCancelled", enrolmentId, ctx, {
      checks: [(e) => (sessionCancelled(e) ? null : "session is not cancelled"), whenSessionOver],
      attachIcs: true,
    }),

  "email.workshopOrderUpdated": async ({ workshopOrderId, status }, ctx) => {
    const order = await loadWorkshopOrderForMail(workshopOrderId, ctx.db);
    if (!order) return "skipped: order no longer exists";
    if (status && order.status !== status) return `skipped: order moved on to ${order.status}`;
    const recipient =
      order.requestedBy ?? (order.library.contactEmail ? { email: order.library.contactEmail, name: null } : null);
    if (!recipient) return "skipped: nobody to tell";
    const session = order.status === "SCHEDULED" ? order.session : null;
    const mail = workshopOrderMail(
      {
        recipient,
        status: order.status,
        declineReason: order.declineReason,
        preferredDates: order.preferredDates,
        expectedParticipants: order.expectedParticipants,
        library: order.library,
        offering: order.offering,
        session,
      },
      { appUrl: ctx.appUrl },
    );
    await ctx.mailer({ to: recipient.email, ...mail });
    return "sent";
  },

  // The invitee must still be invited and allowed to see the agenda, and the
  // agenda still the meeting's current stage: an agenda taken back, or a
  // meeting already over, is not mailed.
  "email.agendaPublished": async ({ meetingId, userId }, ctx) => {
    const found = await loadMeetingForAgendaMail(meetingId, userId, ctx.db);
    if (!found) return "skipped: meeting or invitee no longer exists";
    const { meeting, user, invited } = found;
    if (!invited) return "skipped: no longer invited";
    if (meeting.status !== "AGENDA_PUBLISHED") return `skipped: meeting is ${meeting.status}`;
    if (!canSeeMeeting({ id: user.id, roles: user.roles, libraryId: user.libraryId }, meeting.status)) {
      return "skipped: the invitee may not see the agenda";
    }
    if (meeting.endsAt <= ctx.now) return "skipped: meeting is over";
    const mail = agendaPublishedMail({ recipient: user, meeting, items: meeting.items }, { appUrl: ctx.appUrl });
    // The .ics (same UID as the meeting's own .ics and the feeds) lists the agenda in its description.
    const attachment = meetingAttachment(
      { ...meeting, agendaTitles: meeting.items.map((item) => item.title) },
      { appUrl: ctx.appUrl, now: ctx.now },
    );
    await ctx.mailer({ to: user.email, ...mail, attachments: [attachment] });
    return "sent";
  },
};
