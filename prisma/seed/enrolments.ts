// Enrolments of the demo: a spring 2027 workshop that is full with a
// waitlist, and a past 2023 workshop with attendance marked and feedback
// given. seatsTaken is set from the enrolments so the two always agree.
import { EnrolmentStatus } from "@/lib/db/enums";
import { ref, type SeedContext } from "./context";

type Seat = { email: string; status: EnrolmentStatus; waitlistPosition?: number; feedback?: [number, string] };

/** A small extra session of the courage workshop, so that the full state shows. */
const FULL_SESSION = {
  offering: "digiopastuksen-rohkeus-kevat-2027",
  title: "Digiopastuksen rohkeus – Valkeakosken pienryhmä",
  // ti 20.4.2027 klo 10–12, Valkeakosken pääkirjasto
  startsAt: new Date("2027-04-20T07:00:00Z"),
  endsAt: new Date("2027-04-20T09:00:00Z"),
  servicePoint: "valkeakoski/Pääkirjasto",
  host: "valkeakoski",
  capacity: 2,
  registrationOpensAt: new Date("2026-11-16T07:00:00Z"),
  registrationClosesAt: new Date("2027-04-13T20:59:00Z"),
  seats: [
    { email: "marju@valkeakoski.fi", status: EnrolmentStatus.CONFIRMED },
    { email: "virkailija@valkeakoski.fi", status: EnrolmentStatus.CONFIRMED },
    { email: "informaatikko@jkl.fi", status: EnrolmentStatus.WAITLISTED, waitlistPosition: 1 },
    { email: "palokka@jkl.fi", status: EnrolmentStatus.WAITLISTED, waitlistPosition: 2 },
  ] satisfies Seat[],
};

/** The 14.11.2023 courage workshop in Vaajakoski, after the fact. */
const PAST_SESSION = {
  offering: "digiopastuksen-rohkeus-tyopaja-2023",
  startsAt: new Date("2023-11-14T10:00:00Z"),
  seats: [
    {
      email: "informaatikko@jkl.fi",
      status: EnrolmentStatus.ATTENDED,
      feedback: [5, "Rohkaiseva työpaja: harjoittelimme tilanteita, joissa asiakasta palvellaan loppuun asti."],
    },
    {
      email: "palokka@jkl.fi",
      status: EnrolmentStatus.ATTENDED,
      feedback: [4, "Hyviä vinkkejä oman työn rajaamiseen digiopastuksessa."],
    },
    { email: "marju@valkeakoski.fi", status: EnrolmentStatus.NO_SHOW },
  ] satisfies Seat[],
};

const HOLDS_SEAT: EnrolmentStatus[] = [EnrolmentStatus.CONFIRMED, EnrolmentStatus.ATTENDED, EnrolmentStatus.NO_SHOW];

export async function seedEnrolments({ db, log, refs }: SeedContext): Promise<void> {
  const fullOffering = await db.offering.findUniqueOrThrow({
    where: { slug: FULL_SESSION.offering },
    select: { id: true },
  });
  const existing = await db.trainingSession.findFirst({
    where: { offeringId: fullOffering.id, startsAt: FULL_SESSION.startsAt },
    select: { id: true },
  });
  const sessionData = {
    title: FULL_SESSION.title,
    endsAt: FULL_SESSION.endsAt,
    servicePointId: ref(refs.servicePoints, FULL_SESSION.servicePoint),
    hostLibraryId: ref(refs.libraries, FULL_SESSION.host),
    capacity: FULL_SESSION.capacity,
    registrationOpensAt: FULL_SESSION.registrationOpensAt,
    registrationClosesAt: FULL_SESSION.registrationClosesAt,
  };
  const full =
    existing ??
    (await db.trainingSession.create({
      data: { offeringId: fullOffering.id, startsAt: FULL_SESSION.startsAt, ...sessionData },
      select: { id: true },
    }));

  const pastOffering = await db.offering.findUniqueOrThrow({
    where: { slug: PAST_SESSION.offering },
    select: { id: true },
  });
  const past = await db.trainingSession.findFirstOrThrow({
    where: { offeringId: pastOffering.id, startsAt: PAST_SESSION.startsAt },
    select: { id: true },
  });

  let count = 0;
  for (const [sessionId, seats] of [
    [full.id, FULL_SESSION.seats],
    [past.id, PAST_SESSION.seats],
  ] as const) {
    await db.$transaction(async (tx) => {
      for (const seat of seats as readonly Seat[]) {
        const userId = ref(refs.users, seat.email);
        const data = { status: seat.status, waitlistPosition: seat.waitlistPosition ?? null, cancelledAt: null };
        const enrolment = await tx.enrolment.upsert({
          where: { sessionId_userId: { sessionId, userId } },
          create: { sessionId, userId, ...data },
          update: data,
          select: { id: true },
        });
        if (seat.feedback) {
          const [rating, comment] = seat.feedback;
          await tx.feedback.upsert({
            where: { enrolmentId: enrolment.id },
            create: { enrolmentId: enrolment.id, rating, comment },
            update: { rating, comment },
          });
        }
        count++;
      }
      // The seats are what the enrolments say (the CHECK keeps it ≤ capacity).
      const taken = await tx.enrolment.count({ where: { sessionId, status: { in: HOLDS_SEAT } } });
      await tx.trainingSession.update({ where: { id: sessionId }, data: { seatsTaken: taken } });
    });
  }
  log(`Ilmoittautumiset: ${count} (täysi tilaisuus jonoineen, mennyt tilaisuus palautteineen)`);
}
