// Reads for enrolment: the enrol/cancel panel of an offering's sessions and a
// user's own enrolments ("Omat koulutukset"). Enrolments are visible only to
// their owner (and, for cancelling, to coordinators: see mutations.ts). The
// sessions themselves are read in lib/trainings.
import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import { getInterestState, type InterestState } from "@/lib/interests/data";
import { db } from "@/lib/db";
import type { EnrolmentStatus, OfferingKind, SessionStatus } from "@/lib/db/enums";
import type { Prisma } from "@/lib/db/generated/client";
import { eligibilityOf, mayCancel, registrationState, type EligibilityState, type RegistrationState } from "./rules";
import { sessionPlaceSelect, toSessionPlace, type SessionPlace } from "@/lib/trainings/data";
import { offeringSlugParam } from "@/lib/trainings/schema";

export type EnrolmentState = { id: string; status: EnrolmentStatus; waitlistPosition: number | null };

const publishedMenu = { status: "PUBLISHED" } as const satisfies Prisma.TrainingMenuWhereInput;

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
    place: SessionPlace;
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
          ...sessionPlaceSelect,
          offering: { select: { slug: true, title: true, kind: true } },
        },
      },
    },
    orderBy: [{ session: { startsAt: "asc" } }, { id: "asc" }],
  });
  const all = rows.map(({ session: { offering, ...session }, ...enrolment }) => ({
    ...enrolment,
    canCancel: mayCancel(enrolment.status, session.startsAt, now, false),
    session: {
      id: session.id,
      title: session.title,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      status: session.status,
      place: toSessionPlace(session),
    },
    offering,
  }));
  return {
    upcoming: all.filter((e) => e.session.startsAt >= now),
    past: all.filter((e) => e.session.startsAt < now && e.status !== "CANCELLED").reverse(),
  };
}

export type OfferingPersonalState = {
  signedIn: boolean;
  panels: Record<string, EnrolmentPanel>;
  interest: InterestState | null;
  mayOrder: boolean;
};

/**
 * What an offering's cached page shows only to the person looking (GET
 * /api/me/offerings/{slug}): their enrolment panel per upcoming session,
 * their interest, whether they may order it. Signed out: nothing, without a
 * query (every visitor of the cached page asks). Null: no such published
 * offering for a signed-in reader.
 */
export async function getOfferingPersonalState(
  actor: Actor | null,
  slug: string,
): Promise<OfferingPersonalState | null> {
  if (!offeringSlugParam.safeParse(slug).success) return null;
  if (!actor) return { signedIn: false, panels: {}, interest: null, mayOrder: false };
  const now = new Date();
  const offering = await db().offering.findFirst({
    where: { slug, menu: { status: "PUBLISHED" } },
    select: {
      orderable: true,
      sessions: { where: { status: "SCHEDULED", startsAt: { gte: now } }, select: { id: true } },
    },
  });
  if (!offering) return null;
  const [panels, interest] = await Promise.all([
    getEnrolmentPanels(
      actor,
      offering.sessions.map((s) => s.id),
      now,
    ),
    getInterestState(actor, slug),
  ]);
  return {
    signedIn: true,
    panels,
    interest,
    mayOrder: offering.orderable && can(actor, "workshop.order") && !!actor.libraryId,
  };
}
