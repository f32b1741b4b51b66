// Enrolments of the demo: a spring 2027 workshop that is full with a
// waitlist, a past 2023 workshop with attendance marked and feedback given,
// and the autumn 2025 and spring 2026 menus after the fact (attendance and
// feedback, for the feedback report's years). seatsTaken is set from the
// enrolments so the two always agree.
import { EnrolmentStatus, MenuStatus, OfferingKind } from "@/lib/db/enums";
import { day, ref, type SeedContext } from "./context";
import { PEOPLE } from "./users";

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

const { ATTENDED, CANCELLED, NO_SHOW } = EnrolmentStatus;

/**
 * Two past menus whose sessions are over: attendance marked, and feedback from
 * most of those who attended (a rating, usually a comment). Times are UTC
 * instants written from Helsinki time (UTC+3 until 26.10.2025 and from
 * 29.3.2026, otherwise UTC+2). Only people who are not sign-in personas of the
 * demo take part, so the personas' own lists stay as the demo tells them.
 */
const PAST_TERMS = [
  {
    menu: {
      slug: "syksy-2025",
      title: "Syksy 2025",
      periodStart: "2025-08-01",
      periodEnd: "2025-12-31",
      publishedAt: "2025-06-16T06:00:00Z",
      intro:
        "Syksyn 2025 osaamisen kehittämisen tarjotin: asiakaspalvelun haastavat tilanteet ja digituen rajat. Työpajoja järjestettiin sekä Pirkanmaalla että Keski-Suomessa.",
    },
    offerings: [
      {
        slug: "asiakaspalvelun-tyopaja-syksy-2025",
        kind: OfferingKind.WORKSHOP,
        title: "Asiakaspalvelun työpaja: haastavat tilanteet",
        summary: "Haastavat asiakastilanteet, arvostava kohtaaminen ja oman jaksamisen keinot.",
        audience: "Asiakaspalvelutyötä tekevät",
        themes: ["asiakaspalvelu"],
        sessions: [
          {
            // ti 16.9.2025 klo 9–12, Tampere
            startsAt: "2025-09-16T06:00:00Z",
            endsAt: "2025-09-16T09:00:00Z",
            place: "Tampereen pääkirjasto Metso",
            host: "tampere",
            seats: [
              {
                email: PEOPLE.tampereStaff,
                status: ATTENDED,
                feedback: [
                  5,
                  "Harjoitukset olivat juuri niitä tilanteita, joita tiskillä tulee vastaan.",
                  "2025-09-16T12:10:00Z",
                ],
              },
              {
                email: PEOPLE.johanna,
                status: ATTENDED,
                feedback: [
                  4,
                  "Hyvä kokonaisuus, mutta aikaa olisi saanut olla enemmän keskustelulle.",
                  "2025-09-17T07:30:00Z",
                ],
              },
              { email: PEOPLE.valkeakoskiStaff, status: ATTENDED },
              { email: PEOPLE.laila, status: NO_SHOW },
            ],
          },
          {
            // ti 21.10.2025 klo 9–12, Jyväskylä
            startsAt: "2025-10-21T06:00:00Z",
            endsAt: "2025-10-21T09:00:00Z",
            place: "Jyväskylän pääkirjasto",
            host: "jyvaskyla",
            seats: [
              {
                email: PEOPLE.jyvaskylaStaff,
                status: ATTENDED,
                feedback: [4, "Sain uusia sanoja tilanteisiin, joissa asiakas on kärsimätön.", "2025-10-21T13:00:00Z"],
              },
              { email: PEOPLE.palokkaStaff, status: ATTENDED, feedback: [3, null, "2025-10-22T06:45:00Z"] },
              {
                email: PEOPLE.muurameStaff,
                status: ATTENDED,
                feedback: [
                  5,
                  "Kouluttaja kuunteli ja otti esimerkit meidän omasta arjestamme.",
                  "2025-10-23T10:20:00Z",
                ],
              },
            ],
          },
        ],
      },
      {
        slug: "digituen-rajat-webinaari-syksy-2025",
        kind: OfferingKind.WEBINAR,
        title: "Digituen rajat – webinaari",
        summary: "Missä kulkee kirjaston digituen raja, ja miten asiakas ohjataan eteenpäin?",
        audience: "Kaikki kirjastojen työntekijät",
        themes: ["digiosaaminen", "asiakaspalvelu"],
        sessions: [
          {
            // ke 12.11.2025 klo 13–14.30, Teams
            startsAt: "2025-11-12T11:00:00Z",
            endsAt: "2025-11-12T12:30:00Z",
            place: "Etänä (Teams)",
            host: null,
            seats: [
              {
                email: PEOPLE.laila,
                status: ATTENDED,
                feedback: [4, "Selkeä esitys. Ohjauslistasta on hyötyä heti huomenna.", "2025-11-12T14:00:00Z"],
              },
              {
                email: PEOPLE.muurameSteering,
                status: ATTENDED,
                feedback: [
                  2,
                  "Tekniikka takkusi alussa, ja esimerkit jäivät pienen kirjaston kannalta etäisiksi.",
                  "2025-11-13T08:15:00Z",
                ],
              },
              { email: PEOPLE.valkeakoskiStaff, status: ATTENDED, feedback: [3, null, "2025-11-14T09:00:00Z"] },
              { email: PEOPLE.tampereStaff, status: CANCELLED },
            ],
          },
        ],
      },
    ],
  },
  {
    menu: {
      slug: "kevat-2026",
      title: "Kevät 2026",
      periodStart: "2026-01-01",
      periodEnd: "2026-05-31",
      publishedAt: "2025-11-17T07:00:00Z",
      intro: "Kevään 2026 tarjotin: kulttuurihyvinvointi, omatoimikirjastojen johtaminen ja lukemisen edistäminen.",
    },
    offerings: [
      {
        slug: "kulttuurihyvinvointityopaja-kevat-2026",
        kind: OfferingKind.WORKSHOP,
        title: "Kulttuurihyvinvointityöpaja: seniorit kirjastossa",
        summary: "Kulttuurin ja taiteen keinot seniori-ikäisten palveluissa.",
        audience: "Kaikki kirjastojen työntekijät",
        themes: ["kulttuurihyvinvointi"],
        sessions: [
          {
            // ti 10.2.2026 klo 9–12, Muurame
            startsAt: "2026-02-10T07:00:00Z",
            endsAt: "2026-02-10T10:00:00Z",
            place: "Muuramen kirjasto",
            host: "muurame",
            seats: [
              {
                email: PEOPLE.muurameStaff,
                status: ATTENDED,
                feedback: [
                  5,
                  "Innostava aamupäivä! Kokeilemme muistelupiiriä jo maaliskuussa.",
                  "2026-02-10T12:30:00Z",
                ],
              },
              { email: PEOPLE.muurameSteering, status: ATTENDED, feedback: [5, null, "2026-02-11T07:00:00Z"] },
              { email: PEOPLE.palokkaStaff, status: ATTENDED },
            ],
          },
        ],
      },
      {
        slug: "omatoimikirjastot-webinaari-kevat-2026",
        kind: OfferingKind.WEBINAR,
        title: "Omatoimikirjaston arki ja johtaminen – webinaari",
        summary: "Turvallisuus, käyttösäännöt ja henkilökunnan työnjako omatoimiaikoina.",
        audience: "Esihenkilöt ja omatoimikirjastojen parissa työskentelevät",
        themes: ["omatoimikirjastot", "johtaminen"],
        sessions: [
          {
            // ti 14.4.2026 klo 13–14.30, Teams
            startsAt: "2026-04-14T10:00:00Z",
            endsAt: "2026-04-14T11:30:00Z",
            place: "Etänä (Teams)",
            host: null,
            seats: [
              {
                email: PEOPLE.jyvaskylaStaff,
                status: ATTENDED,
                feedback: [
                  4,
                  "Turvallisuusosuus oli hyödyllinen; käyttösäännöistä olisi kaivattu esimerkkejä.",
                  "2026-04-14T12:00:00Z",
                ],
              },
              {
                email: PEOPLE.johanna,
                status: ATTENDED,
                feedback: [3, "Paljon asiaa lyhyessä ajassa. Diat olisi hyvä saada etukäteen.", "2026-04-15T06:30:00Z"],
              },
              { email: PEOPLE.laila, status: ATTENDED, feedback: [4, null, "2026-04-16T11:00:00Z"] },
              { email: PEOPLE.tampereStaff, status: ATTENDED },
            ],
          },
        ],
      },
      {
        slug: "lukemisen-edistamisen-tyopaja-kevat-2026",
        kind: OfferingKind.WORKSHOP,
        title: "Lukemisen edistämisen työpaja: lukupiirit",
        summary: "Lukupiirien vetäminen lapsille, nuorille ja aikuisille.",
        audience: "Lukemisen edistämisen parissa työskentelevät",
        themes: ["lukemisen-edistaminen"],
        sessions: [
          {
            // ti 19.5.2026 klo 9–12, Valkeakoski
            startsAt: "2026-05-19T06:00:00Z",
            endsAt: "2026-05-19T09:00:00Z",
            place: "Valkeakosken pääkirjasto",
            host: "valkeakoski",
            seats: [
              {
                email: PEOPLE.valkeakoskiStaff,
                status: ATTENDED,
                feedback: [4, "Käytännöllisiä vinkkejä lukupiirin aloittamiseen.", "2026-05-19T11:45:00Z"],
              },
              {
                email: PEOPLE.tampereStaff,
                status: ATTENDED,
                feedback: [5, "Paras koulutus pitkään aikaan – kiitos materiaalipaketista!", "2026-05-20T05:30:00Z"],
              },
            ],
          },
        ],
      },
    ],
  },
] as const satisfies readonly {
  menu: { slug: string; title: string; periodStart: string; periodEnd: string; publishedAt: string; intro: string };
  offerings: readonly {
    slug: string;
    kind: OfferingKind;
    title: string;
    summary: string;
    audience: string;
    themes: readonly string[];
    sessions: readonly {
      startsAt: string;
      endsAt: string;
      place: string;
      host: string | null;
      seats: readonly {
        email: string;
        status: EnrolmentStatus;
        /** Rating, comment, when it was given. */
        feedback?: readonly [number, string | null, string];
      }[];
    }[];
  }[];
}[];

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
  const pastTerms = await seedPastTerms({ db, log, refs });
  log(
    `Ilmoittautumiset: ${count + pastTerms.enrolments} (täysi tilaisuus jonoineen, menneet tilaisuudet palautteineen; palautteita syksyltä 2025 ja keväältä 2026: ${pastTerms.feedback})`,
  );
}

/** The past menus of PAST_TERMS with their offerings, sessions, attendance and feedback; upserted on natural keys. */
async function seedPastTerms({ db, refs }: SeedContext): Promise<{ enrolments: number; feedback: number }> {
  let enrolments = 0;
  let feedback = 0;
  for (const term of PAST_TERMS) {
    const menuData = {
      title: term.menu.title,
      periodStart: day(term.menu.periodStart),
      periodEnd: day(term.menu.periodEnd),
      status: MenuStatus.PUBLISHED,
      publishedAt: new Date(term.menu.publishedAt),
      intro: term.menu.intro,
    };
    const menu = await db.trainingMenu.upsert({
      where: { slug: term.menu.slug },
      create: { slug: term.menu.slug, ...menuData },
      update: menuData,
      select: { id: true },
    });
    for (const [sortOrder, offering] of term.offerings.entries()) {
      const data = {
        menuId: menu.id,
        kind: offering.kind,
        title: offering.title,
        summary: offering.summary,
        audience: offering.audience,
        trainerName: "PiKe-kehittämiskirjasto",
        sortOrder,
      };
      const { id: offeringId } = await db.offering.upsert({
        where: { slug: offering.slug },
        create: { slug: offering.slug, ...data },
        update: data,
        select: { id: true },
      });
      await db.offeringTheme.createMany({
        data: offering.themes.map((theme) => ({ offeringId, themeId: ref(refs.themes, theme) })),
        skipDuplicates: true,
      });
      for (const session of offering.sessions) {
        const startsAt = new Date(session.startsAt);
        const sessionData = {
          endsAt: new Date(session.endsAt),
          place: session.place,
          hostLibraryId: session.host ? ref(refs.libraries, session.host) : null,
          capacity: 30,
        };
        await db.$transaction(async (tx) => {
          const existing = await tx.trainingSession.findFirst({
            where: { offeringId, startsAt },
            select: { id: true },
          });
          const { id: sessionId } = existing
            ? await tx.trainingSession.update({ where: { id: existing.id }, data: sessionData, select: { id: true } })
            : await tx.trainingSession.create({ data: { offeringId, startsAt, ...sessionData }, select: { id: true } });
          for (const seat of session.seats) {
            const userId = ref(refs.users, seat.email);
            const seatData = { status: seat.status, waitlistPosition: null, cancelledAt: null };
            const enrolment = await tx.enrolment.upsert({
              where: { sessionId_userId: { sessionId, userId } },
              create: { sessionId, userId, ...seatData },
              update: seatData,
              select: { id: true },
            });
            enrolments++;
            if ("feedback" in seat && seat.feedback) {
              const [rating, comment, givenAt] = seat.feedback;
              const given = { rating, comment, createdAt: new Date(givenAt) };
              await tx.feedback.upsert({
                where: { enrolmentId: enrolment.id },
                create: { enrolmentId: enrolment.id, ...given },
                update: given,
              });
              feedback++;
            }
          }
          const taken = await tx.enrolment.count({ where: { sessionId, status: { in: HOLDS_SEAT } } });
          await tx.trainingSession.update({ where: { id: sessionId }, data: { seatsTaken: taken } });
        });
      }
    }
  }
  return { enrolments, feedback };
}
