// The job queue on real PostgreSQL: mails survive an SMTP outage and arrive
// once, concurrent workers never run one job twice, and handlers send
// nothing when their mail no longer applies. The queue gets a database of
// its own (migrated, not seeded): other test files leave jobs behind, and a
// worker here would otherwise run them too.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { smtpMailer, type Mailer, type OutgoingMail } from "@/lib/email";
import { claimDueJobs, enqueue, scheduleSessionReminder } from "@/lib/jobs/mutations";
import type { JobName, JobPayloads } from "@/lib/jobs/names";
import { runWorkerOnce } from "@/lib/jobs/worker";
import { createDatabaseIfMissing, dropDatabase, externalServer } from "@/scripts/lib/postgres";
import { migrate } from "@/scripts/lib/migrate";
import { createPeople, createTrainingFixture, enrol } from "../factories/mail-fixtures";
import { parseCalendar } from "../support/ical";
import { mailsTo, startSmtpServer } from "../support/smtp";

const APP = "https://pike.example.fi";
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

let databaseUrl: string;
let db: Db;
let mailDir: string;

beforeAll(async () => {
  const runUrl = process.env.DATABASE_URL!;
  databaseUrl = externalServer(runUrl).url(`${new URL(runUrl).pathname.slice(1)}_jobs`);
  await createDatabaseIfMissing(databaseUrl);
  await migrate(databaseUrl);
  db = createPrismaClient(databaseUrl, { max: 4 });
  mailDir = mkdtempSync(path.join(tmpdir(), "pike-jobs-mail-"));
});
afterAll(async () => {
  await db.$disconnect();
  await dropDatabase(databaseUrl);
  rmSync(mailDir, { recursive: true, force: true });
});

/** A port nothing listens on (yet). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

/** Records what would have been sent, yielding between steps so concurrent workers interleave. */
function recordingMailer(): { sent: OutgoingMail[]; mailer: Mailer } {
  const sent: OutgoingMail[] = [];
  return {
    sent,
    mailer: async (mail) => {
      await new Promise((resolve) => setImmediate(resolve));
      sent.push(mail);
      await new Promise((resolve) => setTimeout(resolve, 2));
    },
  };
}

/** The calendar invitation a mail carries (sent as iMIP: a text/calendar part and an .ics file). */
function invitationOf(mail: OutgoingMail | undefined) {
  if (!mail?.icalEvent) throw new Error("expected a calendar invitation");
  return { method: mail.icalEvent.method, calendar: parseCalendar(mail.icalEvent.content) };
}

async function enqueueAll<N extends JobName>(name: N, payloads: JobPayloads[N][]) {
  await db.$transaction(async (tx) => {
    for (const payload of payloads) await enqueue(tx, name, payload);
  });
  return db.job.findMany({
    where: { name, OR: payloads.map((p) => ({ payload: { equals: p } })) },
    select: { id: true },
  });
}

async function jobsById(ids: string[]) {
  return db.job.findMany({ where: { id: { in: ids } } });
}

/** Past every backoff and lock, so everything still pending is due. */
const later = (hours: number) => new Date(Date.now() + hours * HOUR);

describe("SMTP down, then up", () => {
  it("loses nothing while the server is down, and delivers every queued mail exactly once when it is back", async () => {
    const N = 12;
    const { session } = await createTrainingFixture(db);
    const people = await createPeople(db, N, "smtp");
    const enrolments = await Promise.all(people.map((p) => enrol(db, session.id, p.id)));
    const jobs = await enqueueAll(
      "email.enrolmentConfirmed",
      enrolments.map((e) => ({ enrolmentId: e.id })),
    );
    expect(jobs).toHaveLength(N);
    const ids = jobs.map((j) => j.id);

    const port = await freePort();
    const mailer = smtpMailer(`smtp://127.0.0.1:${port}`, "PiKe-portaali <noreply@pike.test>");
    const start = later(0.01);

    // SMTP is down: every attempt fails, nothing is lost.
    await runWorkerOnce(db, { mailer, appUrl: APP, now: start, maxJobs: 1_000 });
    for (const job of await jobsById(ids)) {
      expect(job).toMatchObject({ attempts: 1, completedAt: null, failedAt: null, lockedUntil: null });
      expect(job.lastError).toMatch(/ECONNREFUSED/);
      expect(job.lastError).not.toContain("@example.test");
      expect(job.runAt.getTime()).toBe(start.getTime() + 10_000);
    }
    // Not due again before the backoff has passed.
    await runWorkerOnce(db, { mailer, appUrl: APP, now: new Date(start.getTime() + 5_000), maxJobs: 1_000 });
    expect((await jobsById(ids)).every((j) => j.attempts === 1)).toBe(true);
    // Still down at the second attempt: the backoff doubles.
    const second = new Date(start.getTime() + 10_000);
    await runWorkerOnce(db, { mailer, appUrl: APP, now: second, maxJobs: 1_000 });
    for (const job of await jobsById(ids)) {
      expect(job.attempts).toBe(2);
      expect(job.runAt.getTime()).toBe(second.getTime() + 20_000);
    }
    for (const person of people) expect(mailsTo(mailDir, person.email)).toHaveLength(0);

    // SMTP is back on the same port.
    const smtp = await startSmtpServer(mailDir, port);
    try {
      await runWorkerOnce(db, { mailer, appUrl: APP, now: later(1), maxJobs: 1_000 });
      await runWorkerOnce(db, { mailer, appUrl: APP, now: later(2), maxJobs: 1_000 });
    } finally {
      await smtp.close();
    }

    for (const job of await jobsById(ids)) {
      expect(job).toMatchObject({ attempts: 3, failedAt: null, lastError: null });
      expect(job.completedAt).not.toBeNull();
    }
    for (const person of people) {
      const mails = mailsTo(mailDir, person.email);
      expect(mails, person.email).toHaveLength(1);
      const [mail] = mails;
      expect(mail!.subject).toContain("Ilmoittautuminen vahvistettu");
      expect(mail!.from).toBe("noreply@pike.test");
      const ics = mail!.attachments.find((a) => a.contentType === "text/calendar");
      expect(ics, "the calendar invitation").toBeDefined();
      expect(ics!.method).toBe("REQUEST");
      const calendar = parseCalendar(ics!.content);
      expect(calendar.events).toHaveLength(1);
      expect(calendar.events[0]).toMatchObject({ uid: `session-${session.id}@pike-portaali`, status: "CONFIRMED" });
      expect(calendar.events[0]!.start.toISOString()).toBe(session.startsAt.toISOString());
    }
  });
});

describe("several workers at once", () => {
  it("never send one job twice", async () => {
    const N = 40;
    const { session } = await createTrainingFixture(db);
    const people = await createPeople(db, N, "concurrent");
    const enrolments = await Promise.all(people.map((p) => enrol(db, session.id, p.id)));
    const jobs = await enqueueAll(
      "email.enrolmentConfirmed",
      enrolments.map((e) => ({ enrolmentId: e.id })),
    );
    // Separate clients stand in for separate worker processes.
    const workers = Array.from({ length: 4 }, () => createPrismaClient(databaseUrl, { max: 2 }));
    const { sent, mailer } = recordingMailer();
    try {
      const now = later(0.01);
      const results = await Promise.allSettled(
        workers.map((w) => runWorkerOnce(w, { mailer, appUrl: APP, now, batchSize: 3, maxJobs: 1_000 })),
      );
      expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    } finally {
      await Promise.all(workers.map((w) => w.$disconnect()));
    }
    const mine = new Set(people.map((p) => p.email));
    const recipients = sent.map((m) => m.to).filter((to) => mine.has(to));
    expect(recipients).toHaveLength(N);
    expect(new Set(recipients).size).toBe(N);
    const done = await jobsById(jobs.map((j) => j.id));
    expect(done.every((j) => j.completedAt !== null && j.attempts === 1)).toBe(true);
  });

  it("take over a job whose worker died once its lock runs out", async () => {
    const { session } = await createTrainingFixture(db);
    const [person] = await createPeople(db, 1, "crash");
    const enrolment = await enrol(db, session.id, person!.id);
    const [job] = await enqueueAll("email.enrolmentConfirmed", [{ enrolmentId: enrolment.id }]);
    const now = later(0.01);
    // A worker claims it and dies before finishing.
    const claimed = await claimDueJobs(db, { now, limit: 1_000, lockMs: 10 * 60 * 1000 });
    expect(claimed.map((c) => c.id)).toContain(job!.id);

    const { sent, mailer } = recordingMailer();
    await runWorkerOnce(db, { mailer, appUrl: APP, now: new Date(now.getTime() + 60_000), maxJobs: 1_000 });
    expect(sent.filter((m) => m.to === person!.email)).toHaveLength(0);
    await runWorkerOnce(db, { mailer, appUrl: APP, now: new Date(now.getTime() + 11 * 60_000), maxJobs: 1_000 });
    expect(sent.filter((m) => m.to === person!.email)).toHaveLength(1);
    expect((await jobsById([job!.id]))[0]).toMatchObject({ attempts: 2 });
  });
});

describe("retries", () => {
  it("give up after maxAttempts and keep the last error", async () => {
    const { session } = await createTrainingFixture(db);
    const [person] = await createPeople(db, 1, "giveup");
    const enrolment = await enrol(db, session.id, person!.id);
    const [job] = await enqueueAll("email.enrolmentConfirmed", [{ enrolmentId: enrolment.id }]);
    await db.job.update({ where: { id: job!.id }, data: { maxAttempts: 2 } });
    const failing: Mailer = () => Promise.reject(new Error(`550 mailbox unavailable: ${person!.email}`));
    await runWorkerOnce(db, { mailer: failing, appUrl: APP, now: later(1), maxJobs: 1_000 });
    expect((await jobsById([job!.id]))[0]).toMatchObject({ attempts: 1, failedAt: null });
    await runWorkerOnce(db, { mailer: failing, appUrl: APP, now: later(3), maxJobs: 1_000 });
    const [failed] = await jobsById([job!.id]);
    expect(failed).toMatchObject({ attempts: 2, completedAt: null });
    expect(failed!.failedAt).not.toBeNull();
    expect(failed!.lastError).toBe("Error: 550 mailbox unavailable: [email]");
    // A failed job is never claimed again.
    const { sent, mailer } = recordingMailer();
    await runWorkerOnce(db, { mailer, appUrl: APP, now: later(10), maxJobs: 1_000 });
    expect(sent.filter((m) => m.to === person!.email)).toHaveLength(0);
  });

  it("fail a job with a malformed payload at once", async () => {
    const job = await db.job.create({ data: { name: "email.enrolmentConfirmed", payload: { enrolmentId: "x" } } });
    await runWorkerOnce(db, { mailer: recordingMailer().mailer, appUrl: APP, now: later(0.01), maxJobs: 1_000 });
    const [failed] = await jobsById([job.id]);
    expect(failed!.failedAt).not.toBeNull();
    expect(failed!.lastError).toContain("invalid payload");
  });
});

describe("outbox", () => {
  it("a rolled-back change leaves no job behind", async () => {
    const marker = `rollback-${Date.now()}`;
    await expect(
      db.$transaction(async (tx) => {
        await enqueue(
          tx,
          "email.enrolmentCancelled",
          { enrolmentId: "00000000-0000-4000-8000-000000000000" },
          {
            dedupeKey: marker,
          },
        );
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.job.count({ where: { dedupeKey: marker } })).toBe(0);
  });
});

describe("handlers", () => {
  async function runFor(now: Date) {
    const recorder = recordingMailer();
    await runWorkerOnce(db, { mailer: recorder.mailer, appUrl: APP, now, maxJobs: 1_000 });
    return recorder.sent;
  }

  it("schedule one reminder two days ahead, and send it only if still enrolled", async () => {
    const { session } = await createTrainingFixture(db, { startsInDays: 10 });
    const [stays, leaves] = await createPeople(db, 2, "reminder");
    const staying = await enrol(db, session.id, stays!.id);
    const leaving = await enrol(db, session.id, leaves!.id);
    await db.$transaction(async (tx) => {
      for (const e of [staying, leaving]) {
        expect(await scheduleSessionReminder(tx, { id: e.id, sessionStartsAt: session.startsAt })).toBe(true);
        // Enqueued twice (e.g. a retried request): still one reminder.
        await scheduleSessionReminder(tx, { id: e.id, sessionStartsAt: session.startsAt });
      }
    });
    const reminders = await db.job.findMany({
      where: { name: "email.sessionReminder", dedupeKey: { contains: staying.id } },
    });
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.runAt.toISOString()).toBe(new Date(session.startsAt.getTime() - 2 * DAY).toISOString());

    await db.enrolment.update({ where: { id: leaving.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    // Not before its time.
    expect((await runFor(new Date(session.startsAt.getTime() - 3 * DAY))).filter((m) => m.to === stays!.email)).toEqual(
      [],
    );
    const sent = await runFor(new Date(session.startsAt.getTime() - 2 * DAY + 1_000));
    const toStays = sent.filter((m) => m.to === stays!.email);
    expect(toStays).toHaveLength(1);
    expect(toStays[0]!.subject).toMatch(/^Muistutus: /);
    expect(sent.filter((m) => m.to === leaves!.email)).toEqual([]);
    const leavingJob = await db.job.findFirstOrThrow({ where: { dedupeKey: { contains: leaving.id } } });
    expect(leavingJob.completedAt).not.toBeNull();
  });

  it("skip a reminder of a session that has moved, and refuse one for a session less than two days away", async () => {
    const { session } = await createTrainingFixture(db, { startsInDays: 10 });
    const [person] = await createPeople(db, 1, "moved");
    const enrolment = await enrol(db, session.id, person!.id);
    await db.$transaction((tx) => scheduleSessionReminder(tx, { id: enrolment.id, sessionStartsAt: session.startsAt }));
    const movedTo = new Date(session.startsAt.getTime() + DAY);
    await db.trainingSession.update({
      where: { id: session.id },
      data: { startsAt: movedTo, endsAt: new Date(movedTo.getTime() + HOUR) },
    });
    const sent = await runFor(new Date(session.startsAt.getTime() - 2 * DAY + 1_000));
    expect(sent.filter((m) => m.to === person!.email)).toEqual([]);
    expect(
      await db.$transaction((tx) =>
        scheduleSessionReminder(tx, { id: enrolment.id, sessionStartsAt: movedTo }, new Date(movedTo.getTime() - DAY)),
      ),
    ).toBe(false);
  });

  it("send nothing about a cancelled session but the cancellation, which carries a cancelled entry", async () => {
    const { session } = await createTrainingFixture(db);
    const [person] = await createPeople(db, 1, "cancelled");
    const enrolment = await enrol(db, session.id, person!.id);
    await enqueueAll("email.enrolmentConfirmed", [{ enrolmentId: enrolment.id }]);
    await db.trainingSession.update({ where: { id: session.id }, data: { status: "CANCELLED" } });
    await enqueueAll("email.sessionCancelled", [{ enrolmentId: enrolment.id }]);
    const sent = (await runFor(later(0.01))).filter((m) => m.to === person!.email);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toMatch(/^Koulutus peruttu: /);
    const { method, calendar } = invitationOf(sent[0]);
    expect(method).toBe("CANCEL");
    expect(calendar.method).toBe("CANCEL");
    expect(calendar.events[0]).toMatchObject({ uid: `session-${session.id}@pike-portaali`, status: "CANCELLED" });
  });

  it("send the promotion with the session's calendar entry and the changes named", async () => {
    const { session } = await createTrainingFixture(db);
    const [promoted] = await createPeople(db, 1, "promoted");
    const enrolment = await enrol(db, session.id, promoted!.id);
    await enqueueAll("email.waitlistPromoted", [{ enrolmentId: enrolment.id }]);
    await enqueueAll("email.sessionChanged", [{ enrolmentId: enrolment.id, changes: ["place"] }]);
    const sent = (await runFor(later(0.01))).filter((m) => m.to === promoted!.email);
    expect(sent.map((m) => m.subject.split(":")[0])).toEqual(["Pääsit mukaan", "Muutos koulutukseen"]);
    for (const mail of sent) {
      const { method, calendar } = invitationOf(mail);
      expect(method).toBe("REQUEST");
      const event = calendar.events[0]!;
      expect(event.description).toContain(`Etäyhteys: ${session.remoteUrl}`);
      expect(event.url).toMatch(new RegExp(`^${APP}/koulutukset/`));
    }
    expect(sent[1]!.text).toContain("Muuttuneet tiedot: paikka.");
  });

  it("write to each person in their own language only, over SMTP: subject, text and calendar entry", async () => {
    const { session, offering } = await createTrainingFixture(db);
    const [finn, anglo] = await createPeople(db, 2, "language");
    await db.user.update({ where: { id: anglo!.id }, data: { locale: "en" } });
    const enrolments = await Promise.all([enrol(db, session.id, finn!.id), enrol(db, session.id, anglo!.id)]);
    await enqueueAll(
      "email.enrolmentConfirmed",
      enrolments.map((e) => ({ enrolmentId: e.id })),
    );
    const library = await db.library.create({
      data: {
        slug: `kieli-${offering.slug}`,
        name: "Kielikunnan kirjasto",
        municipality: "Kielikunta",
        region: "KESKI_SUOMI",
        consortium: "KESKI",
        contactEmail: `kirjasto-${offering.slug}@example.test`,
      },
      select: { id: true },
    });
    const order = await db.workshopOrder.create({
      data: { offeringId: offering.id, libraryId: library.id, status: "ACCEPTED" },
    });
    await enqueueAll("email.workshopOrderUpdated", [{ workshopOrderId: order.id, status: "ACCEPTED" }]);

    const smtp = await startSmtpServer(mailDir);
    try {
      const mailer = smtpMailer(`smtp://127.0.0.1:${smtp.port}`, "PiKe-portaali <noreply@pike.test>");
      await runWorkerOnce(db, { mailer, appUrl: APP, now: later(0.01), maxJobs: 1_000 });
    } finally {
      await smtp.close();
    }
    const [fiMail] = mailsTo(mailDir, finn!.email);
    const [enMail] = mailsTo(mailDir, anglo!.email);
    expect(fiMail!.subject).toBe(`Ilmoittautuminen vahvistettu: ${offering.title}`);
    expect(fiMail!.text).toContain("Hei Osallistuja 0!");
    expect(fiMail!.text).not.toMatch(/Hello|Time:|\n---\n/);
    expect(enMail!.subject).toBe(`Enrolment confirmed: ${offering.title}`);
    expect(enMail!.text).toContain("Hello Osallistuja 1,");
    expect(enMail!.text).toContain("Your enrolment in the training is confirmed.");
    expect(enMail!.text).not.toMatch(/Hei |Aika:|\n---\n/);
    const calendarOf = (mail: typeof fiMail) =>
      parseCalendar(mail!.attachments.find((a) => a.contentType === "text/calendar")!.content);
    expect(calendarOf(fiMail).name).toBe("PiKe-koulutukset");
    expect(calendarOf(enMail).name).toBe("PiKe trainings");
    expect(calendarOf(enMail).events[0]!.description).toContain("More information:");
    // A library's contact address is nobody's account: Finnish.
    const [orderMail] = mailsTo(mailDir, `kirjasto-${offering.slug}@example.test`);
    expect(orderMail!.subject).toBe(`Koulutustilaus: ${offering.title} – hyväksytty`);
  });

  it("tell the ordering supervisor about their workshop order, unless it has moved on", async () => {
    const { offering } = await createTrainingFixture(db);
    const [supervisor] = await createPeople(db, 1, "supervisor");
    const library = await db.library.create({
      data: {
        slug: `kirjasto-${offering.slug}`,
        name: "Testikunnan kirjasto",
        municipality: "Testikunta",
        region: "KESKI_SUOMI",
        consortium: "KESKI",
      },
      select: { id: true },
    });
    const order = await db.workshopOrder.create({
      data: {
        offeringId: offering.id,
        libraryId: library.id,
        requestedById: supervisor!.id,
        status: "DECLINED",
        declineReason: "Kouluttaja on varattu.",
      },
    });
    await enqueueAll("email.workshopOrderUpdated", [
      { workshopOrderId: order.id, status: "ACCEPTED" },
      { workshopOrderId: order.id, status: "DECLINED" },
    ]);
    const sent = (await runFor(later(0.01))).filter((m) => m.to === supervisor!.email);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toContain("Perustelu: Kouluttaja on varattu.");
  });
});
