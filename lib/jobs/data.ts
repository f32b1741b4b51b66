// What the job handlers read: the current rows behind a job's ids. Handlers
// decide from these whether the mail still applies.
import "server-only";
import { calendarSessionSelect } from "@/lib/calendar/data";
import { db, type Db } from "@/lib/db";
import { presenterOf } from "@/lib/meetings/data";
import { personNameSelect } from "@/lib/users/data";

export async function loadEnrolmentForMail(enrolmentId: string, client: Db = db()) {
  return client.enrolment.findUnique({
    where: { id: enrolmentId },
    select: {
      id: true,
      status: true,
      waitlistPosition: true,
      user: { select: { email: true, name: true, locale: true } },
      session: { select: calendarSessionSelect },
    },
  });
}

export type EnrolmentForMail = NonNullable<Awaited<ReturnType<typeof loadEnrolmentForMail>>>;

export async function loadWorkshopOrderForMail(workshopOrderId: string, client: Db = db()) {
  return client.workshopOrder.findUnique({
    where: { id: workshopOrderId },
    select: {
      id: true,
      status: true,
      declineReason: true,
      preferredDates: true,
      expectedParticipants: true,
      library: { select: { name: true, contactEmail: true } },
      offering: { select: { slug: true, title: true } },
      requestedBy: { select: { email: true, name: true, locale: true } },
      session: { select: calendarSessionSelect },
    },
  });
}

/** How many jobs wait, run late or have failed, for the worker's periodic log line. */
export async function jobQueueStats(now: Date, client: Db = db()) {
  const pending = { completedAt: null, failedAt: null } as const;
  const [due, retrying, failed] = await Promise.all([
    client.job.count({ where: { ...pending, runAt: { lte: now } } }),
    client.job.count({ where: { ...pending, attempts: { gt: 0 } } }),
    client.job.count({ where: { failedAt: { not: null } } }),
  ]);
  return { due, retrying, failed };
}

/**
 * What a mail to one invitee needs (the agenda, a change, a withdrawn
 * invitation): the meeting with its agenda, and the invitee (with roles, to
 * check they may still see it). Null if either is gone.
 */
export async function loadMeetingForAgendaMail(meetingId: string, userId: string, client: Db = db()) {
  const [meeting, user] = await Promise.all([
    client.meeting.findUnique({
      where: { id: meetingId },
      select: {
        id: true,
        title: true,
        startsAt: true,
        endsAt: true,
        location: true,
        remoteUrl: true,
        status: true,
        updatedAt: true,
        icsSequence: true,
        agendaItems: {
          select: {
            position: true,
            kind: true,
            title: true,
            body: true,
            presenterName: true,
            presenter: { select: personNameSelect },
          },
          orderBy: { position: "asc" },
        },
        attendances: { where: { userId }, select: { status: true } },
      },
    }),
    client.user.findUnique({
      where: { id: userId },
      select: { id: true, email: true, name: true, locale: true, roles: true, libraryId: true },
    }),
  ]);
  if (!meeting || !user) return null;
  const { attendances, agendaItems, ...rest } = meeting;
  return {
    meeting: {
      ...rest,
      items: agendaItems.map((item) => ({
        position: item.position,
        kind: item.kind,
        title: item.title,
        body: item.body,
        presenter: presenterOf(item),
      })),
    },
    user,
    invited: attendances.length > 0,
  };
}

export type AgendaMailData = NonNullable<Awaited<ReturnType<typeof loadMeetingForAgendaMail>>>;

/** An invited person and who invited them, for the invitation mail. */
export async function loadInvitationForMail(userId: string, client: Db = db()) {
  return client.user.findUnique({
    where: { id: userId },
    select: {
      email: true,
      name: true,
      locale: true,
      lastSignInAt: true,
      deactivatedAt: true,
      anonymizedAt: true,
      library: { select: { name: true } },
      invitedBy: { select: personNameSelect },
    },
  });
}

export async function loadKitReservationForMail(reservationId: string, client: Db = db()) {
  return client.kitReservation.findUnique({
    where: { id: reservationId },
    select: {
      id: true,
      status: true,
      startDate: true,
      endDate: true,
      shippingDays: true,
      declineReason: true,
      kit: { select: { name: true, slug: true } },
      library: { select: { name: true, contactEmail: true } },
      requestedBy: { select: { email: true, name: true, locale: true } },
      feedback: { select: { id: true } },
    },
  });
}

/** A completed programme's mail: the person, the programme and the certificate's code. */
export async function loadParticipationForMail(participationId: string, client: Db = db()) {
  return client.programmeParticipation.findUnique({
    where: { id: participationId },
    select: {
      status: true,
      completedAt: true,
      offering: { select: { title: true, slug: true } },
      user: { select: { email: true, name: true, locale: true, deactivatedAt: true, anonymizedAt: true } },
      certificate: { select: { code: true, revokedAt: true } },
    },
  });
}

/** A programme reminder's mail: the person, the programme with its parts, and the parts they did. */
export async function loadParticipationForReminder(participationId: string, client: Db = db()) {
  const participation = await client.programmeParticipation.findUnique({
    where: { id: participationId },
    select: {
      status: true,
      userId: true,
      offering: {
        select: {
          id: true,
          title: true,
          slug: true,
          deadline: true,
          modules: { select: { id: true, position: true, required: true, title: true }, orderBy: { position: "asc" } },
        },
      },
      user: { select: { email: true, name: true, locale: true, deactivatedAt: true, anonymizedAt: true } },
    },
  });
  if (!participation) return null;
  const completions = await client.moduleCompletion.findMany({
    where: { userId: participation.userId, module: { offeringId: participation.offering.id } },
    select: { moduleId: true },
  });
  return { ...participation, doneIds: completions.map((c) => c.moduleId) };
}

/** A network membership's mail: the network, the person (by name and library) and the request as it is now. */
export async function loadNetworkMembershipForMail(networkId: string, userId: string, client: Db = db()) {
  return client.networkMembership.findUnique({
    where: { networkId_userId: { networkId, userId } },
    select: {
      role: true,
      status: true,
      message: true,
      declineReason: true,
      network: { select: { name: true, slug: true, archivedAt: true } },
      user: {
        select: { ...personNameSelect, email: true, locale: true, deactivatedAt: true, anonymizedAt: true },
      },
    },
  });
}

/** A network announcement as its mail needs it: the network, the text and the author's name. */
export async function loadNetworkAnnouncementForMail(announcementId: string, client: Db = db()) {
  return client.networkAnnouncement.findUnique({
    where: { id: announcementId },
    select: {
      networkId: true,
      title: true,
      body: true,
      network: { select: { name: true, slug: true, archivedAt: true } },
      author: { select: personNameSelect },
    },
  });
}

/** A job-shadowing application as its mails need it (ADR 30). */
export async function loadExchangeApplicationForMail(applicationId: string, client: Db = db()) {
  return client.exchangeApplication.findUnique({
    where: { id: applicationId },
    select: {
      id: true,
      status: true,
      motivation: true,
      preferredDates: true,
      visitDate: true,
      hostMessage: true,
      closeReason: true,
      consentById: true,
      submittedAt: true,
      applicant: {
        select: {
          ...personNameSelect,
          email: true,
          locale: true,
          deactivatedAt: true,
          anonymizedAt: true,
        },
      },
      offer: {
        select: {
          title: true,
          hostLibrary: { select: { name: true } },
          round: { select: { title: true } },
        },
      },
    },
  });
}

/** One person a job-shadowing mail goes to, if their account is open. */
export async function loadOpenRecipient(userId: string, client: Db = db()) {
  return client.user.findFirst({
    where: { id: userId, deactivatedAt: null, anonymizedAt: null },
    select: { ...personNameSelect, email: true, locale: true },
  });
}
