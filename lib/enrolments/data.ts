// Reads for enrolment: the training sessions API, the enrol/cancel panel of
// an offering's sessions, and a user's own enrolments ("Omat koulutukset").
// Sessions are visible when their menu is published; enrolments only to
// their owner (and, for cancelling, to coordinators: see mutations.ts).
import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { parseHelsinkiLocal } from "@/lib/dates";
import { db } from "@/lib/db";
import type { EnrolmentStatus, OfferingKind, SessionStatus } from "@/lib/db/enums";
import type { Prisma } from "@/lib/db/generated/client";
import { eligibilityOf, mayCancel, registrationState, type EligibilityState, type RegistrationState } from "./rules";
import type { TrainingsQuery } from "./schema";

export type EnrolmentState = { id: string; status: EnrolmentStatus; waitlistPosition: number | null };

export type SessionPlaceJson = {
  servicePoint: string | null;
  library: string | null;
  text: string | null;
  remote: boolean;
};

/** One published session as the API shows it. */
export type SessionSummary = {
  id: string;
  title: string | null;
  startsAt: Date;
  endsAt: Date;
  status: SessionStatus;
  place: SessionPlaceJson;
  capacity: number;
  seatsTaken: number;
  seatsLeft: number;
  waitlistLength: number;
  registration: RegistrationState;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  eligibility: { kind: "REGION" | "LIBRARY"; library: { slug: string; name: string } | null };
  offering: { slug: string; title: string; kind: OfferingKind; themes: string[] };
};

const publishedMenu = { status: "PUBLISHED" } as const satisfies Prisma.TrainingMenuWhereInput;

const summarySelect = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  status: true,
  place: true,
  remoteUrl: true,
  capacity: true,
  seatsTaken: true,
  registrationOpensAt: true,
  registrationClosesAt: true,
  eligibility: true,
  restrictedLibrary: { select: { slug: true, name: true } },
  servicePoint: { select: { name: true, library: { select: { name: true } } } },
  offering: {
    select: {
      slug: true,
      title: true,
      kind: true,
      menu: { select: { status: true } },
      themes: { orderBy: { theme: { sortOrder: "asc" } }, select: { theme: { select: { slug: true } } } },
    },
  },
  _count: { select: { enrolments: { where: { status: "WAITLISTED" } } } },
} as const satisfies Prisma.TrainingSessionSelect;

type SummaryRow = Prisma.TrainingSessionGetPayload<{ select: typeof summarySelect }>;

function toSummary(row: SummaryRow, now: Date): SessionSummary {
  return {
    id: row.id,
    title: row.title,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    status: row.status,
    // The remote link is for participants (it goes out in their mail), never public.
    place: {
      servicePoint: row.servicePoint?.name ?? null,
      library: row.servicePoint?.library.name ?? null,
      text: row.place,
      remote: !!row.remoteUrl,
    },
    capacity: row.capacity,
    seatsTaken: row.seatsTaken,
    seatsLeft: Math.max(0, row.capacity - row.seatsTaken),
    waitlistLength: row._count.enrolments,
    registration: registrationState({ ...row, menuStatus: row.offering.menu.status }, now),
    registrationOpensAt: row.registrationOpensAt,
    registrationClosesAt: row.registrationClosesAt,
    eligibility: { kind: row.eligibility, library: row.restrictedLibrary },
    offering: {
      slug: row.offering.slug,
      title: row.offering.title,
      kind: row.offering.kind,
      themes: row.offering.themes.map((t) => t.theme.slug),
    },
  };
}

/** The first instant of a Helsinki calendar day (yyyy-mm-dd), and of the day after. */
function helsinkiDayBounds(day: string): { start: Date; end: Date } {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  return { start: parseHelsinkiLocal(`${day}T00:00`)!, end: parseHelsinkiLocal(`${next}T00:00`)! };
}

/**
 * Sessions of published menus, soonest first: from the start of `from`
 * (default: now) to the end of `to`. `library` is a member library's slug:
 * sessions held there (host library or one of its service points).
 */
export async function listPublishedSessions(query: TrainingsQuery, now: Date = new Date()): Promise<SessionSummary[]> {
  const q = query.q;
  const where: Prisma.TrainingSessionWhereInput = {
    startsAt: {
      gte: query.from ? helsinkiDayBounds(query.from).start : now,
      ...(query.to ? { lt: helsinkiDayBounds(query.to).end } : {}),
    },
    offering: {
      menu: publishedMenu,
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.theme ? { themes: { some: { theme: { slug: query.theme } } } } : {}),
    },
    AND: [
      q
        ? {
            OR: [
              { title: { contains: q, mode: "insensitive" } },
              { offering: { title: { contains: q, mode: "insensitive" } } },
              { offering: { summary: { contains: q, mode: "insensitive" } } },
            ],
          }
        : {},
      query.library
        ? {
            OR: [{ hostLibrary: { slug: query.library } }, { servicePoint: { library: { slug: query.library } } }],
          }
        : {},
    ],
  };
  const rows = await db().trainingSession.findMany({
    where,
    select: summarySelect,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => toSummary(row, now));
}

/** One session of a published menu (restricted ones too: eligibility is checked on enrol), or null. */
export async function getPublishedSession(sessionId: string, now: Date = new Date()): Promise<SessionSummary | null> {
  const row = await db().trainingSession.findFirst({
    where: { id: sessionId, offering: { menu: publishedMenu } },
    select: summarySelect,
  });
  return row ? toSummary(row, now) : null;
}

/** The actor's enrolment in one session, whatever its status. */
export async function findOwnEnrolment(actor: Actor, sessionId: string): Promise<EnrolmentState | null> {
  return db().enrolment.findUnique({
    where: { sessionId_userId: { sessionId, userId: actor.id } },
    select: { id: true, status: true, waitlistPosition: true },
  });
}

/** What the enrol/cancel control of one session needs to know about this actor. */
export type EnrolmentPanel = {
  registration: RegistrationState;
  eligibility: EligibilityState;
  restrictedLibraryName: string | null;
  /** The actor's enrolment, unless cancelled. */
  enrolment: EnrolmentState | null;
  /** Until the start, an active enrolment can be cancelled. */
  beforeStart: boolean;
};

/** Panels for an offering's sessions, keyed by session id; sessions of unpublished menus are left out. */
export async function getEnrolmentPanels(
  actor: Actor,
  sessionIds: readonly string[],
  now: Date = new Date(),
): Promise<Record<string, EnrolmentPanel>> {
  if (sessionIds.length === 0) return {};
  const rows = await db().trainingSession.findMany({
    where: { id: { in: [...sessionIds] }, offering: { menu: publishedMenu } },
    select: {
      id: true,
      status: true,
      startsAt: true,
      registrationOpensAt: true,
      registrationClosesAt: true,
      eligibility: true,
      restrictedLibraryId: true,
      restrictedLibrary: { select: { name: true } },
      offering: { select: { menu: { select: { status: true } } } },
      enrolments: {
        where: { userId: actor.id, status: { not: "CANCELLED" } },
        select: { id: true, status: true, waitlistPosition: true },
      },
    },
  });
  const panels: Record<string, EnrolmentPanel> = {};
  for (const row of rows) {
    const enrolment = row.enrolments[0] ?? null;
    panels[row.id] = {
      registration: registrationState({ ...row, menuStatus: row.offering.menu.status }, now),
      eligibility: eligibilityOf(actor, row),
      restrictedLibraryName: row.restrictedLibrary?.name ?? null,
      enrolment,
      beforeStart: now < row.startsAt,
    };
  }
  return panels;
}

export type MyEnrolment = EnrolmentState & {
  cancelledAt: Date | null;
  canCancel: boolean;
  session: {
    id: string;
    title: string | null;
    startsAt: Date;
    endsAt: Date;
    status: SessionStatus;
    place: SessionPlaceJson;
  };
  offering: { slug: string; title: string; kind: OfferingKind };
};

export type MyEnrolments = { upcoming: MyEnrolment[]; past: MyEnrolment[] };

/**
 * Everything the actor is enrolled or waitlisted in. Upcoming: sessions not
 * yet started, cancelled enrolments included (so that a cancellation stays
 * visible); past: the ones they held a seat or a queue place in.
 */
export async function listMyEnrolments(actor: Actor, now: Date = new Date()): Promise<MyEnrolments> {
  const rows = await db().enrolment.findMany({
    where: { userId: actor.id },
    select: {
      id: true,
      status: true,
      waitlistPosition: true,
      cancelledAt: true,
      session: {
        select: {
          id: true,
          title: true,
          startsAt: true,
          endsAt: true,
          status: true,
          place: true,
          remoteUrl: true,
          servicePoint: { select: { name: true, library: { select: { name: true } } } },
          offering: { select: { slug: true, title: true, kind: true } },
        },
      },
    },
    orderBy: [{ session: { startsAt: "asc" } }, { id: "asc" }],
  });
  const all = rows.map(({ session: { offering, servicePoint, place, remoteUrl, ...session }, ...enrolment }) => ({
    ...enrolment,
    canCancel: mayCancel(enrolment.status, session.startsAt, now, false),
    session: {
      ...session,
      place: {
        servicePoint: servicePoint?.name ?? null,
        library: servicePoint?.library.name ?? null,
        text: place,
        remote: !!remoteUrl,
      },
    },
    offering,
  }));
  return {
    upcoming: all.filter((e) => e.session.startsAt >= now),
    past: all.filter((e) => e.session.startsAt < now && e.status !== "CANCELLED").reverse(),
  };
}
