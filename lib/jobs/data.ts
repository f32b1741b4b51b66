// What the job handlers read: the current rows behind a job's ids. Handlers
// decide from these whether the mail still applies.
import "server-only";
import { calendarSessionSelect } from "@/lib/calendar/data";
import { db, type Db } from "@/lib/db";

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
      requestedBy: { select: { email: true, name: true } },
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
