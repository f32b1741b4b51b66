// The loan feedback reminder (ADR 27) against real PostgreSQL: a week after
// a loan ended (passed on or returned home) the library is asked once to
// answer; two workers running at once send it once; not when the feedback is
// there, not before the day, not for a loan that did not end that way.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { KitReservationStatus } from "@/lib/db/enums";
import { handlers } from "@/lib/jobs/handlers";
import { addDays, dateOf, today } from "@/lib/dates/days";
import { sendDueKitFeedbackReminders } from "@/lib/kits/usage/mutations";
import { FEEDBACK_REMINDER_DAYS } from "@/lib/kits/usage/rules";
import { createUsers, libraryId } from "./enrolment-fixtures";

const DAY = 24 * 3600 * 1000;
/** Now, at a Helsinki midday, so that whole days stay whole. */
const NOW = new Date(Math.floor(Date.now() / DAY) * DAY + 10 * 3600 * 1000);
const TODAY = today(NOW);

let db: Db;
/** A second client: another worker process for the race. */
let other: Db;
let staff: Actor;
let valkeakoski: string;

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  other = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  valkeakoski = await libraryId(db, "valkeakoski");
  [staff] = (await createUsers(db, 1, { librarySlug: "valkeakoski" })) as [Actor];
  await db.library.update({ where: { id: valkeakoski }, data: { contactEmail: "kirjasto@valkeakoski.example" } });
});
afterAll(async () => {
  await Promise.all([db.$disconnect(), other.$disconnect()]);
});

/** A loan of its own kit (so no two collide) that ended `endedDaysAgo` days before today. */
async function loan(endedDaysAgo: number, status: KitReservationStatus = "RETURNED") {
  const id = randomUUID().slice(0, 8);
  const kit = await db.kit.create({
    data: { slug: `palauteboksi-${id}`, name: `Palauteboksi ${id}`, shippingDays: 2, status: "AVAILABLE" },
    select: { id: true },
  });
  const endDate = addDays(TODAY, -endedDaysAgo);
  return db.kitReservation.create({
    data: {
      kitId: kit.id,
      libraryId: valkeakoski,
      requestedById: staff.id,
      startDate: dateOf(addDays(endDate, -6)),
      endDate: dateOf(endDate),
      shippingDays: 2,
      status,
    },
    select: { id: true },
  });
}

async function remindersOf(reservationId: string) {
  return db.job.count({
    where: {
      name: "email.kitReservation",
      AND: [
        { payload: { path: ["reservationId"], equals: reservationId } },
        { payload: { path: ["event"], equals: "feedbackReminder" } },
      ],
    },
  });
}

const ctx = (sent: { to: string; subject: string; text: string }[]) => ({
  db,
  now: NOW,
  appUrl: "https://pike.example",
  organizer: { name: "PiKe", email: "pike@example.fi" },
  mailer: (mail: { to: string; subject: string; text: string }) => {
    sent.push(mail);
    return Promise.resolve();
  },
});

describe("the loan feedback reminder", () => {
  it("two workers at once remind each ended loan exactly once; the next run sends none again", async () => {
    const due = {
      returned: await loan(FEEDBACK_REMINDER_DAYS),
      passedOn: await loan(FEEDBACK_REMINDER_DAYS + 3, "PASSED_ON"),
    };
    const answered = await loan(FEEDBACK_REMINDER_DAYS + 1);
    await db.kitLoanFeedback.create({ data: { reservationId: answered.id, peopleReached: 12, uses: [] } });
    const notDue = {
      answered,
      tooEarly: await loan(FEEDBACK_REMINDER_DAYS - 1),
      notEnded: await loan(FEEDBACK_REMINDER_DAYS + 1, "RECEIVED"),
      cancelled: await loan(FEEDBACK_REMINDER_DAYS + 1, "CANCELLED"),
      longAgo: await loan(400),
    };

    const runs = await Promise.allSettled([
      sendDueKitFeedbackReminders(db, NOW),
      sendDueKitFeedbackReminders(other, NOW),
    ]);
    expect(runs.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    await sendDueKitFeedbackReminders(db, NOW);

    for (const r of Object.values(due)) expect(await remindersOf(r.id)).toBe(1);
    for (const r of Object.values(notDue)) expect(await remindersOf(r.id)).toBe(0);
    const marked = await db.kitReservation.findMany({
      where: { id: { in: [...Object.values(due), ...Object.values(notDue)].map((r) => r.id) } },
      select: { id: true, feedbackReminderSentAt: true },
    });
    expect(
      marked
        .filter((r) => r.feedbackReminderSentAt)
        .map((r) => r.id)
        .sort(),
    ).toEqual(
      Object.values(due)
        .map((r) => r.id)
        .sort(),
    );
  });

  it("not before the day: the loan that ended six days ago is reminded the next day, once", async () => {
    const r = await loan(FEEDBACK_REMINDER_DAYS - 1);
    await sendDueKitFeedbackReminders(db, NOW);
    expect(await remindersOf(r.id)).toBe(0);
    const tomorrow = new Date(NOW.getTime() + DAY);
    await Promise.allSettled([sendDueKitFeedbackReminders(db, tomorrow), sendDueKitFeedbackReminders(other, tomorrow)]);
    expect(await remindersOf(r.id)).toBe(1);
  });

  it("mails the requester and the library with the feedback link; skipped once the feedback is there", async () => {
    const r = await loan(FEEDBACK_REMINDER_DAYS);
    const sent: { to: string; subject: string; text: string }[] = [];
    const outcome = await handlers["email.kitReservation"](
      { reservationId: r.id, event: "feedbackReminder" },
      ctx(sent),
    );
    expect(outcome).toBe("sent");
    const requester = await db.user.findUniqueOrThrow({ where: { id: staff.id }, select: { email: true } });
    expect(sent.map((m) => m.to).sort()).toEqual([requester.email, "kirjasto@valkeakoski.example"].sort());
    expect(sent[0]!.text).toContain(`https://pike.example/pike-boksit/palaute/${r.id}`);

    await db.kitLoanFeedback.create({ data: { reservationId: r.id, peopleReached: 3, uses: [] } });
    const later: { to: string; subject: string; text: string }[] = [];
    expect(await handlers["email.kitReservation"]({ reservationId: r.id, event: "feedbackReminder" }, ctx(later))).toBe(
      "skipped: feedback already given",
    );
    expect(later).toEqual([]);
  });
});
