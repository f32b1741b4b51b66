// One handler per job name; the mapped type makes the compiler check that
// every JobName has one. A handler loads the current rows and either sends
// its mail or, when the mail no longer applies (enrolment cancelled before
// the reminder, session moved or cancelled, order moved on), completes
// without sending. Throwing means "try again later". Every mail is in its
// recipient's language, and so is the calendar entry it carries: an iTIP
// REQUEST (added or updated) or CANCEL, with the entry's UID and SEQUENCE.
import "server-only";
import { canSeeMeeting } from "@/lib/auth/policy";
import { notifiableChanges, snapshotChanges, type CalendarSnapshot } from "@/lib/calendar/changes";
import { sessionSnapshot } from "@/lib/calendar/events";
import { exchangeVisitInvitation, kitLoanInvitation, meetingInvitation, sessionInvitation } from "@/lib/calendar/feeds";
import type { IcsPerson } from "@/lib/calendar/ics";
import { meetingSnapshot } from "@/lib/calendar/meetings";
import type { Mailer } from "@/lib/email";
import { createSignInToken } from "@/lib/auth/mutations";
import { INVITATION_MAX_AGE_DAYS } from "@/lib/users/admin/rules";
import {
  accountRemovedMail,
  agendaPublishedMail,
  exchangeApplicationDecidedMail,
  exchangeApplicationSubmittedMail,
  exchangeApplicationWithdrawnMail,
  exchangeConsentRequestedMail,
  exchangeEndedMail,
  exchangeReportsInMail,
  exchangeVisitAgreedMail,
  networkJoinRequestsStaleMail,
  invitationMail,
  kitHandoverIssuesMail,
  kitReservationMail,
  networkJoinDecidedMail,
  networkJoinRequestedMail,
  networkAnnouncementMail,
  programmeCompletedMail,
  programmeReminderMail,
  meetingChangedMail,
  meetingUninvitedMail,
  sessionMail,
  workshopOrderMail,
  type SessionMailKind,
  type SessionMailOptions,
} from "@/lib/email/templates";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { parseChecklist } from "@/lib/kits/handovers/checklist";
import {
  loadEnrolmentForMail,
  loadExchangeApplicationForMail,
  loadInvitationForMail,
  loadOpenRecipient,
  loadKitReservationForMail,
  loadNetworkAnnouncementForMail,
  loadNetworkMembershipForMail,
  loadParticipationForMail,
  loadParticipationForReminder,
  loadWorkshopOrderForMail,
  type AgendaMailData,
  type EnrolmentForMail,
  loadMeetingForAgendaMail,
} from "./data";
import type { Db } from "./mutations";
import type { JobName, JobPayloads } from "./names";
import { dayOf, today as helsinkiDay } from "@/lib/dates/days";
import { progressOf } from "@/lib/programmes/rules";
import { personNameSelect } from "@/lib/users/data";

export type JobContext = {
  db: Db;
  mailer: Mailer;
  now: Date;
  /** Absolute links in mails and attachments start with this. */
  appUrl: string;
  /** The mails' sender: the ORGANIZER of the invitations they carry. */
  organizer: IcsPerson;
};

/** "sent", or why nothing was sent. */
/** The statuses in which a kit reservation's mail still applies (null: any). */
const KIT_MAIL_STATUS: Record<JobPayloads["email.kitReservation"]["event"], readonly string[] | null> = {
  requested: ["REQUESTED"],
  confirmed: ["CONFIRMED", "SENT", "RECEIVED"],
  declined: ["DECLINED"],
  cancelled: ["CANCELLED"],
  shippingChanged: null,
  sent: ["SENT", "RECEIVED"],
  received: ["RECEIVED", "PASSED_ON", "RETURNED"],
  returned: ["RETURNED"],
  feedbackReminder: ["PASSED_ON", "RETURNED"],
  moved: ["REQUESTED", "CONFIRMED"],
};

export type JobOutcome = "sent" | `skipped: ${string}`;

/** An agreed job-shadowing day as one person's calendar entry (the same UID for the visitor and the host). */
function exchangeVisitEntry(
  applicationId: string,
  offer: { title: string; hostLibrary: { name: string } },
  visitDate: Date,
  recipient: { email: string; name: string | null; locale: Locale },
  method: "REQUEST" | "CANCEL",
  ctx: JobContext,
) {
  return exchangeVisitInvitation(
    {
      applicationId,
      offerTitle: offer.title,
      hostLibraryName: offer.hostLibrary.name,
      visitDate: visitDate.toISOString().slice(0, 10),
    },
    {
      appUrl: ctx.appUrl,
      locale: recipient.locale,
      method,
      organizer: ctx.organizer,
      attendee: { email: recipient.email, name: recipient.name },
      now: ctx.now,
    },
  );
}

export type JobHandler<N extends JobName> = (payload: JobPayloads[N], ctx: JobContext) => Promise<JobOutcome>;

type EnrolmentCheck = (enrolment: EnrolmentForMail, ctx: JobContext) => string | null;

const isConfirmed = (e: EnrolmentForMail) => e.status === "CONFIRMED";
const sessionOver = (e: EnrolmentForMail, ctx: JobContext) => e.session.endsAt <= ctx.now;
const sessionCancelled = (e: EnrolmentForMail) => e.session.status === "CANCELLED";

/** What a change notice still has to say: what differs now from what its person last heard. */
function sessionChangesNow(e: EnrolmentForMail, notice: { changes: string[]; before?: CalendarSnapshot }): string[] {
  return notice.before ? notifiableChanges(snapshotChanges(notice.before, sessionSnapshot(e.session))) : notice.changes;
}

/** Loads the enrolment, applies the checks in order, and mails its person. */
async function mailEnrolment(
  kind: SessionMailKind,
  enrolmentId: string,
  ctx: JobContext,
  options: {
    checks: EnrolmentCheck[];
    attachment?: SessionMailOptions["attachment"];
    notice?: { changes: string[]; before?: CalendarSnapshot };
  },
): Promise<JobOutcome> {
  const enrolment = await loadEnrolmentForMail(enrolmentId, ctx.db);
  if (!enrolment) return "skipped: enrolment no longer exists";
  for (const check of options.checks) {
    const reason = check(enrolment, ctx);
    if (reason) return `skipped: ${reason}`;
  }
  const { user, session } = enrolment;
  const changes = options.notice ? sessionChangesNow(enrolment, options.notice) : undefined;
  if (changes?.length === 0) return "skipped: nothing left to tell (changed back)";
  const mail = sessionMail(
    kind,
    {
      recipient: user,
      enrolment: { status: enrolment.status, waitlistPosition: enrolment.waitlistPosition },
      session,
    },
    { appUrl: ctx.appUrl, attachment: options.attachment, changes, before: options.notice?.before },
  );
  const icalEvent = options.attachment
    ? sessionInvitation(session, {
        appUrl: ctx.appUrl,
        locale: user.locale,
        method: options.attachment === "removed" ? "CANCEL" : "REQUEST",
        organizer: ctx.organizer,
        attendee: { email: user.email, name: user.name },
        includeRemoteUrl: isConfirmed(enrolment),
        waitlisted: enrolment.status === "WAITLISTED",
        now: ctx.now,
      })
    : null;
  await ctx.mailer({ to: user.email, ...mail, ...(icalEvent ? { icalEvent } : {}) });
  return "sent";
}

const notConfirmed: EnrolmentCheck = (e) => (isConfirmed(e) ? null : `enrolment is ${e.status}`);
const notWaitlisted: EnrolmentCheck = (e) => (e.status === "WAITLISTED" ? null : `enrolment is ${e.status}`);
const notCancelled: EnrolmentCheck = (e) => (e.status === "CANCELLED" ? null : `enrolment is ${e.status}`);
const whenSessionCancelled: EnrolmentCheck = (e) => (sessionCancelled(e) ? "session cancelled" : null);
const whenSessionOver: EnrolmentCheck = (e, ctx) => (sessionOver(e, ctx) ? "session is over" : null);

/**
 * The meeting and the invitee a mail is about, or why it no longer applies:
 * they must exist, the invitee must still be invited and allowed to see it,
 * and the meeting must be published and not over.
 */
async function loadInvitee(meetingId: string, userId: string, ctx: JobContext): Promise<AgendaMailData | JobOutcome> {
  const found = await loadMeetingForAgendaMail(meetingId, userId, ctx.db);
  if (!found) return "skipped: meeting or invitee no longer exists";
  const { meeting, user, invited } = found;
  if (!invited) return "skipped: no longer invited";
  if (meeting.status === "PLANNED") return "skipped: meeting is not published";
  if (!canSeeMeeting({ id: user.id, roles: user.roles, libraryId: user.libraryId }, meeting.status)) {
    return "skipped: the invitee may not see the meeting";
  }
  if (meeting.endsAt <= ctx.now) return "skipped: meeting is over";
  return found;
}

/** The meeting's invitation to one invitee; the agenda is listed in its description. */
function meetingRequest({ meeting, user }: AgendaMailData, ctx: JobContext) {
  return meetingInvitation(
    { ...meeting, agendaTitles: meeting.items.map((item) => item.title) },
    {
      appUrl: ctx.appUrl,
      locale: user.locale,
      method: "REQUEST",
      organizer: ctx.organizer,
      attendee: { email: user.email, name: user.name },
      now: ctx.now,
    },
  );
}

export const handlers: { [N in JobName]: JobHandler<N> } = {
  "email.enrolmentConfirmed": ({ enrolmentId }, ctx) =>
    mailEnrolment("enrolmentConfirmed", enrolmentId, ctx, {
      checks: [notConfirmed, whenSessionCancelled, whenSessionOver],
      attachment: "added",
    }),

  "email.enrolmentWaitlisted": ({ enrolmentId }, ctx) =>
    mailEnrolment("enrolmentWaitlisted", enrolmentId, ctx, {
      checks: [notWaitlisted, whenSessionCancelled, whenSessionOver],
    }),

  "email.waitlistPromoted": ({ enrolmentId }, ctx) =>
    mailEnrolment("waitlistPromoted", enrolmentId, ctx, {
      checks: [notConfirmed, whenSessionCancelled, whenSessionOver],
      attachment: "added",
    }),

  // The entry a confirmation (or a change notice) put in their calendar goes too.
  "email.enrolmentCancelled": ({ enrolmentId }, ctx) =>
    mailEnrolment("enrolmentCancelled", enrolmentId, ctx, {
      checks: [notCancelled, whenSessionCancelled, whenSessionOver],
      attachment: "removed",
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

  // Says what differs now from what the person last heard (the payload's
  // "before"), with the updated entry: same UID, the session's new SEQUENCE.
  "email.sessionChanged": ({ enrolmentId, changes, before }, ctx) =>
    mailEnrolment("sessionChanged", enrolmentId, ctx, {
      checks: [
        (e) => (e.status === "CONFIRMED" || e.status === "WAITLISTED" ? null : `enrolment is ${e.status}`),
        whenSessionCancelled,
        whenSessionOver,
      ],
      attachment: "updated",
      notice: { changes, before },
    }),

  // Whoever was enrolled when the session was cancelled is told, whatever the
  // cancellation did to their enrolment: the enqueuer chose the recipients.
  // The attached METHOD:CANCEL (same UID, higher SEQUENCE) removes the entry.
  "email.sessionCancelled": ({ enrolmentId }, ctx) =>
    mailEnrolment("sessionCancelled", enrolmentId, ctx, {
      checks: [(e) => (sessionCancelled(e) ? null : "session is not cancelled"), whenSessionOver],
      attachment: "removed",
    }),

  // The account is already anonymised: the address travelled in the payload.
  "email.accountRemoved": async ({ to, locale }, ctx) => {
    await ctx.mailer({ to, ...accountRemovedMail(locale) });
    return "sent";
  },

  "email.workshopOrderUpdated": async ({ workshopOrderId, status }, ctx) => {
    const order = await loadWorkshopOrderForMail(workshopOrderId, ctx.db);
    if (!order) return "skipped: order no longer exists";
    if (status && order.status !== status) return `skipped: order moved on to ${order.status}`;
    // The library's contact address is nobody's account: Finnish.
    const recipient =
      order.requestedBy ??
      (order.library.contactEmail ? { email: order.library.contactEmail, name: null, locale: DEFAULT_LOCALE } : null);
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
    const found = await loadInvitee(meetingId, userId, ctx);
    if (typeof found === "string") return found;
    if (found.meeting.status !== "AGENDA_PUBLISHED") return `skipped: meeting is ${found.meeting.status}`;
    const { meeting, user } = found;
    const mail = agendaPublishedMail({ recipient: user, meeting, items: meeting.items }, { appUrl: ctx.appUrl });
    await ctx.mailer({ to: user.email, ...mail, icalEvent: meetingRequest(found, ctx) });
    return "sent";
  },

  "email.meetingChanged": async ({ meetingId, userId, before }, ctx) => {
    const found = await loadInvitee(meetingId, userId, ctx);
    if (typeof found === "string") return found;
    const { meeting, user } = found;
    const changes = notifiableChanges(snapshotChanges(before, meetingSnapshot(meeting)));
    if (changes.length === 0) return "skipped: nothing left to tell (changed back)";
    const mail = meetingChangedMail({ recipient: user, meeting }, { appUrl: ctx.appUrl, changes, before });
    await ctx.mailer({ to: user.email, ...mail, icalEvent: meetingRequest(found, ctx) });
    return "sent";
  },

  // Nothing about the meeting beyond its title and time goes out here: the
  // person may no longer be allowed to see it.
  "email.meetingUninvited": async ({ meetingId, userId }, ctx) => {
    const found = await loadMeetingForAgendaMail(meetingId, userId, ctx.db);
    if (!found) return "skipped: meeting or invitee no longer exists";
    const { meeting, user, invited } = found;
    if (invited) return "skipped: invited again";
    if (meeting.endsAt <= ctx.now) return "skipped: meeting is over";
    const mail = meetingUninvitedMail({ recipient: user, meeting });
    const cancellation = meetingInvitation(meeting, {
      appUrl: ctx.appUrl,
      locale: user.locale,
      method: "CANCEL",
      organizer: ctx.organizer,
      attendee: { email: user.email, name: user.name },
      now: ctx.now,
    });
    await ctx.mailer({ to: user.email, ...mail, icalEvent: cancellation });
    return "sent";
  },

  // The link is made now, so the queue never holds a usable token; a person
  // who has signed in since, or was deactivated, gets none.
  "email.invitation": async ({ userId }, ctx) => {
    const user = await loadInvitationForMail(userId, ctx.db);
    if (!user || user.anonymizedAt) return "skipped: no such person";
    if (user.deactivatedAt) return "skipped: deactivated";
    if (user.lastSignInAt) return "skipped: has signed in already";
    const expires = new Date(ctx.now.getTime() + INVITATION_MAX_AGE_DAYS * 24 * 3600 * 1000);
    const token = await createSignInToken(ctx.db, user.email, expires);
    const link = new URL("/kirjaudu/vahvista", ctx.appUrl);
    link.searchParams.set("token", token);
    link.searchParams.set("email", user.email);
    const mail = invitationMail(
      {
        recipient: user,
        libraryName: user.library?.name ?? null,
        invitedBy: user.invitedBy
          ? { name: user.invitedBy.name, libraryName: user.invitedBy.library?.name ?? null }
          : null,
      },
      { link: link.toString(), days: INVITATION_MAX_AGE_DAYS },
    );
    await ctx.mailer({ to: user.email, ...mail });
    return "sent";
  },
  "email.kitReservation": async ({ reservationId, event }, ctx) => {
    const r = await loadKitReservationForMail(reservationId, ctx.db);
    if (!r) return "skipped: reservation no longer exists";
    const expected = KIT_MAIL_STATUS[event];
    if (expected && !expected.includes(r.status)) return `skipped: reservation moved on to ${r.status}`;
    if (event === "feedbackReminder" && r.feedback) return "skipped: feedback already given";
    // The requester in their language; the library's contact address (nobody's account) in Finnish.
    const recipients = [
      ...(r.requestedBy ? [r.requestedBy] : []),
      ...(r.library.contactEmail ? [{ email: r.library.contactEmail, name: null, locale: DEFAULT_LOCALE }] : []),
    ].filter((p, i, all) => all.findIndex((q) => q.email.toLowerCase() === p.email.toLowerCase()) === i);
    if (recipients.length === 0) return "skipped: nobody to tell";
    for (const recipient of recipients) {
      const mail = kitReservationMail(
        {
          recipient,
          event,
          kit: r.kit,
          library: r.library,
          startDate: r.startDate.toISOString().slice(0, 10),
          endDate: r.endDate.toISOString().slice(0, 10),
          shippingDays: r.shippingDays,
          declineReason: r.declineReason,
          reservationId: r.id,
        },
        { appUrl: ctx.appUrl },
      );
      // The loan period in the calendar: tentative while requested, confirmed, removed when cancelled or declined.
      const method = event === "cancelled" || event === "declined" ? "CANCEL" : "REQUEST";
      const icalEvent =
        event === "shippingChanged" ||
        event === "sent" ||
        event === "received" ||
        event === "returned" ||
        event === "feedbackReminder"
          ? null
          : kitLoanInvitation(
              {
                id: r.id,
                kitName: r.kit.name,
                kitSlug: r.kit.slug,
                libraryName: r.library.name,
                startDate: r.startDate.toISOString().slice(0, 10),
                endDate: r.endDate.toISOString().slice(0, 10),
                status: event === "requested" ? "TENTATIVE" : "CONFIRMED",
              },
              {
                appUrl: ctx.appUrl,
                locale: recipient.locale,
                method,
                organizer: ctx.organizer,
                attendee: { email: recipient.email, name: recipient.name },
                now: ctx.now,
              },
            );
      await ctx.mailer({ to: recipient.email, ...mail, ...(icalEvent ? { icalEvent } : {}) });
    }
    return "sent";
  },
  "email.kitHandoverIssues": async ({ handoverId }, ctx) => {
    const h = await ctx.db.kitHandover.findUnique({
      where: { id: handoverId },
      select: {
        checklist: true,
        condition: true,
        handedOverAt: true,
        kit: { select: { name: true, slug: true } },
        fromLibrary: { select: { name: true } },
        toLibrary: { select: { name: true } },
        reservationId: true,
      },
    });
    if (!h) return "skipped: handover no longer exists";
    const issues = parseChecklist(h.checklist).filter((row) => row.state !== "ok");
    if (issues.length === 0) return "skipped: nothing missing or damaged";
    const coordinators = await ctx.db.user.findMany({
      where: { roles: { has: "COORDINATOR" }, deactivatedAt: null, anonymizedAt: null },
      select: { email: true, name: true, locale: true },
      orderBy: { email: "asc" },
    });
    if (coordinators.length === 0) return "skipped: no coordinators";
    for (const recipient of coordinators) {
      const mail = kitHandoverIssuesMail(
        {
          recipient,
          kit: h.kit,
          from: h.fromLibrary?.name ?? null,
          to: h.toLibrary?.name ?? null,
          condition: h.condition,
          issues,
          reservationId: h.reservationId,
        },
        { appUrl: ctx.appUrl },
      );
      await ctx.mailer({ to: recipient.email, ...mail });
    }
    return "sent";
  },
  "email.programmeCompleted": async ({ participationId }, ctx) => {
    const p = await loadParticipationForMail(participationId, ctx.db);
    if (!p || p.status !== "COMPLETED" || !p.completedAt) return "skipped: not completed";
    if (!p.certificate || p.certificate.revokedAt) return "skipped: no valid certificate";
    if (p.user.anonymizedAt || p.user.deactivatedAt) return "skipped: account closed";
    const mail = programmeCompletedMail(
      { recipient: p.user, programme: p.offering, completedOn: p.completedAt, code: p.certificate.code },
      { appUrl: ctx.appUrl },
    );
    await ctx.mailer({ to: p.user.email, ...mail });
    return "sent";
  },
  "email.programmeReminder": async ({ participationId, kind }, ctx) => {
    const p = await loadParticipationForReminder(participationId, ctx.db);
    if (!p || p.status !== "ACTIVE") return "skipped: not active";
    if (p.user.anonymizedAt || p.user.deactivatedAt) return "skipped: account closed";
    const deadline = p.offering.deadline ? dayOf(p.offering.deadline) : null;
    const progress = progressOf(p.offering.modules, p.doneIds, deadline, helsinkiDay(ctx.now));
    if (progress.complete) return "skipped: all parts done";
    const mail = programmeReminderMail(
      {
        recipient: p.user,
        kind,
        programme: p.offering,
        done: progress.done,
        total: progress.total,
        nextPart: p.offering.modules.find((m) => m.id === progress.nextPartId)?.title ?? null,
        daysLeft: progress.daysLeft,
      },
      { appUrl: ctx.appUrl },
    );
    await ctx.mailer({ to: p.user.email, ...mail });
    return "sent";
  },
  "email.networkJoinRequested": async ({ networkId, userId, chairId }, ctx) => {
    const [request, chair] = await Promise.all([
      loadNetworkMembershipForMail(networkId, userId, ctx.db),
      loadNetworkMembershipForMail(networkId, chairId, ctx.db),
    ]);
    if (!request || request.status !== "PENDING" || request.network.archivedAt) return "skipped: no longer pending";
    if (!chair || chair.role !== "CHAIR" || chair.status !== "ACTIVE") return "skipped: no longer a chair";
    if (chair.user.anonymizedAt || chair.user.deactivatedAt) return "skipped: account closed";
    const mail = networkJoinRequestedMail(
      {
        recipient: chair.user,
        network: request.network,
        requester: { name: request.user.name, libraryName: request.user.library?.name ?? null },
        message: request.message,
      },
      { appUrl: ctx.appUrl },
    );
    await ctx.mailer({ to: chair.user.email, ...mail });
    return "sent";
  },
  "email.networkJoinDecided": async ({ networkId, userId, decision }, ctx) => {
    const m = await loadNetworkMembershipForMail(networkId, userId, ctx.db);
    if (!m || m.status !== (decision === "approved" ? "ACTIVE" : "DECLINED")) return "skipped: moved on";
    if (m.user.anonymizedAt || m.user.deactivatedAt) return "skipped: account closed";
    const mail = networkJoinDecidedMail(
      { recipient: m.user, network: m.network, decision, reason: m.declineReason },
      { appUrl: ctx.appUrl },
    );
    await ctx.mailer({ to: m.user.email, ...mail });
    return "sent";
  },
  "email.networkJoinRequestsStale": async ({ networkId, chairId }, ctx) => {
    const chair = await loadNetworkMembershipForMail(networkId, chairId, ctx.db);
    if (!chair || chair.role !== "CHAIR" || chair.status !== "ACTIVE") return "skipped: no longer a chair";
    if (chair.network.archivedAt) return "skipped: archived";
    if (chair.user.anonymizedAt || chair.user.deactivatedAt) return "skipped: account closed";
    // The requests still pending that were reminded of (a decided one drops out).
    const requests = await ctx.db.networkMembership.findMany({
      where: { networkId, status: "PENDING", reminderSentAt: { not: null } },
      select: { requestedAt: true, user: { select: personNameSelect } },
      orderBy: { requestedAt: "asc" },
    });
    if (requests.length === 0) return "skipped: decided meanwhile";
    const mail = networkJoinRequestsStaleMail(
      {
        recipient: chair.user,
        network: chair.network,
        requests: requests.map((r) => ({
          person: { name: r.user.name, libraryName: r.user.library?.name ?? null },
          requestedAt: r.requestedAt ?? new Date(0),
        })),
      },
      { appUrl: ctx.appUrl },
    );
    await ctx.mailer({ to: chair.user.email, ...mail });
    return "sent";
  },
  "email.networkAnnouncement": async ({ announcementId, userId }, ctx) => {
    const announcement = await loadNetworkAnnouncementForMail(announcementId, ctx.db);
    if (!announcement || announcement.network.archivedAt) return "skipped: gone or archived";
    const member = await loadNetworkMembershipForMail(announcement.networkId, userId, ctx.db);
    if (!member || member.status !== "ACTIVE") return "skipped: no longer a member";
    if (member.user.anonymizedAt || member.user.deactivatedAt) return "skipped: account closed";
    const mail = networkAnnouncementMail(
      {
        recipient: member.user,
        network: announcement.network,
        title: announcement.title,
        body: announcement.body,
        author: announcement.author
          ? { name: announcement.author.name, libraryName: announcement.author.library?.name ?? null }
          : null,
      },
      { appUrl: ctx.appUrl },
    );
    await ctx.mailer({ to: member.user.email, ...mail });
    return "sent";
  },
  "email.exchangeConsentRequested": async ({ applicationId, supervisorId }, ctx) => {
    const [a, recipient] = await Promise.all([
      loadExchangeApplicationForMail(applicationId, ctx.db),
      loadOpenRecipient(supervisorId, ctx.db),
    ]);
    if (!a || a.status !== "AWAITING_CONSENT") return "skipped: no longer awaiting consent";
    if (!recipient) return "skipped: account closed";
    await ctx.mailer({
      to: recipient.email,
      ...exchangeConsentRequestedMail({ recipient, application: a }, { appUrl: ctx.appUrl }),
    });
    return "sent";
  },
  "email.exchangeApplicationSubmitted": async ({ applicationId, hostId }, ctx) => {
    const [a, recipient] = await Promise.all([
      loadExchangeApplicationForMail(applicationId, ctx.db),
      loadOpenRecipient(hostId, ctx.db),
    ]);
    if (!a || a.status !== "SUBMITTED") return "skipped: no longer waiting for the host";
    if (!recipient) return "skipped: account closed";
    await ctx.mailer({
      to: recipient.email,
      ...exchangeApplicationSubmittedMail({ recipient, application: a }, { appUrl: ctx.appUrl }),
    });
    return "sent";
  },
  "email.exchangeApplicationDecided": async ({ applicationId, status }, ctx) => {
    const a = await loadExchangeApplicationForMail(applicationId, ctx.db);
    if (!a || a.status !== status) return "skipped: moved on";
    if (a.applicant.anonymizedAt || a.applicant.deactivatedAt) return "skipped: account closed";
    const recipient = a.applicant;
    const mail = exchangeApplicationDecidedMail(
      // Declined before it ever reached the host: by the supervisor.
      {
        recipient,
        application: a,
        status,
        bySupervisor: status === "DECLINED" && a.submittedAt === null,
      },
      { appUrl: ctx.appUrl },
    );
    const icalEvent =
      status === "ACCEPTED" && a.visitDate
        ? exchangeVisitEntry(a.id, a.offer, a.visitDate, recipient, "REQUEST", ctx)
        : null;
    await ctx.mailer({ to: recipient.email, ...mail, ...(icalEvent ? { icalEvent } : {}) });
    return "sent";
  },
  "email.exchangeApplicationWithdrawn": async ({ applicationId, hostId }, ctx) => {
    const [a, recipient] = await Promise.all([
      loadExchangeApplicationForMail(applicationId, ctx.db),
      loadOpenRecipient(hostId, ctx.db),
    ]);
    if (!a || a.status !== "WITHDRAWN") return "skipped: moved on";
    if (!recipient) return "skipped: account closed";
    const mail = exchangeApplicationWithdrawnMail({ recipient, application: a }, { appUrl: ctx.appUrl });
    // An agreed day leaves the host's calendar too.
    const icalEvent = a.visitDate ? exchangeVisitEntry(a.id, a.offer, a.visitDate, recipient, "CANCEL", ctx) : null;
    await ctx.mailer({ to: recipient.email, ...mail, ...(icalEvent ? { icalEvent } : {}) });
    return "sent";
  },
  "email.exchangeVisitAgreed": async ({ applicationId, hostId }, ctx) => {
    const [a, recipient] = await Promise.all([
      loadExchangeApplicationForMail(applicationId, ctx.db),
      loadOpenRecipient(hostId, ctx.db),
    ]);
    if (!a || a.status !== "ACCEPTED" || !a.visitDate) return "skipped: moved on";
    if (!recipient) return "skipped: account closed";
    const icalEvent = exchangeVisitEntry(a.id, a.offer, a.visitDate, recipient, "REQUEST", ctx);
    const mail = exchangeVisitAgreedMail({ recipient, application: a }, { appUrl: ctx.appUrl });
    await ctx.mailer({ to: recipient.email, ...mail, icalEvent });
    return "sent";
  },
  "email.exchangeReportsIn": async ({ applicationId, coordinatorId }, ctx) => {
    const [a, recipient] = await Promise.all([
      loadExchangeApplicationForMail(applicationId, ctx.db),
      loadOpenRecipient(coordinatorId, ctx.db),
    ]);
    if (!a || a.status !== "ACCEPTED") return "skipped: moved on";
    if (!recipient) return "skipped: account closed";
    await ctx.mailer({
      to: recipient.email,
      ...exchangeReportsInMail({ recipient, application: a }, { appUrl: ctx.appUrl }),
    });
    return "sent";
  },
  "email.exchangeEnded": async ({ applicationId, recipientId, status }, ctx) => {
    const [a, recipient] = await Promise.all([
      loadExchangeApplicationForMail(applicationId, ctx.db),
      loadOpenRecipient(recipientId, ctx.db),
    ]);
    if (!a || a.status !== status) return "skipped: moved on";
    if (!recipient) return "skipped: account closed";
    const mail = exchangeEndedMail({ recipient, application: a, status }, { appUrl: ctx.appUrl });
    // A closed exchange's agreed day leaves the calendar (the same UID as the invitation).
    const icalEvent =
      status === "CLOSED" && a.visitDate
        ? exchangeVisitEntry(a.id, a.offer, a.visitDate, recipient, "CANCEL", ctx)
        : null;
    await ctx.mailer({ to: recipient.email, ...mail, ...(icalEvent ? { icalEvent } : {}) });
    return "sent";
  },
};
