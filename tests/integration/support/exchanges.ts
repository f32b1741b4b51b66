// What the job-shadowing integration tests share: an open round in 2090 with
// the windows they reason about, the jobs an application queued, and running
// one through its handler as the worker would, keeping the mails it sends.
import type { Db } from "@/lib/db/client";
import { uniq } from "../enrolment-fixtures";

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Offers in January 2090, applications in February, visits March to May. */
export async function createRound2090(db: Db, title: string, status: "OPEN" | "DRAFT" = "OPEN"): Promise<string> {
  const round = await db.exchangeRound.create({
    data: {
      year: 2090,
      title: `${title} ${uniq()}`,
      status,
      offerOpensAt: day("2090-01-01"),
      offerClosesAt: day("2090-01-31"),
      applicationOpensAt: day("2090-02-01"),
      applicationClosesAt: day("2090-02-28"),
      visitStartsOn: day("2090-03-01"),
      visitEndsOn: day("2090-05-31"),
    },
    select: { id: true },
  });
  return round.id;
}

/** The queued jobs of one name about one application. */
export function queuedJobs(db: Db, name: string, applicationId: string) {
  return db.job.findMany({
    where: { name, payload: { path: ["applicationId"], equals: applicationId } },
    select: { payload: true },
  });
}

export type SentMail = { to: string; subject: string; text: string; icalEvent?: { method: string; content: string } };

/** Runs a job's handler as the worker would, with a mailer that keeps what it sends. */
export async function runJob(db: Db, name: string, payload: unknown): Promise<{ outcome: string; mails: SentMail[] }> {
  const { handlers } = await import("@/lib/jobs/handlers");
  const mails: SentMail[] = [];
  const handler = handlers[name as keyof typeof handlers] as (p: unknown, ctx: unknown) => Promise<string>;
  const outcome = await handler(payload, {
    db,
    appUrl: "https://pike.test",
    now: new Date(),
    organizer: { email: "pike@pike.test", name: "PiKe" },
    mailer: (m: SentMail) => {
      mails.push(m);
      return Promise.resolve();
    },
  });
  return { outcome, mails };
}
