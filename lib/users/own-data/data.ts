// Everything the app holds about one person (issue 11, GDPR right of access):
// shown on /omat-tiedot/kaikki-tiedot and downloaded from GET /api/me/export.
// Every relation of the User model is either a section here or excluded with
// a reason (OWN_DATA_EXCLUDED in ./sections.ts); tests/integration/own-data.test.ts reads the
// schema and fails when a new relation to User is neither.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { OWN_DATA_SECTIONS, type OwnDataSection } from "./sections";

/** Each section: the User relation it comes from. Sign-in secrets (tokens) are never selected. */
const SECTIONS = {
  accounts: { select: { provider: true, type: true } },
  sessions: { select: { expires: true }, orderBy: { expires: "desc" } },
  enrolments: {
    select: {
      id: true,
      status: true,
      waitlistPosition: true,
      note: true,
      createdAt: true,
      cancelledAt: true,
      session: { select: { startsAt: true, offering: { select: { title: true } } } },
      feedback: { select: { rating: true, comment: true, createdAt: true } },
    },
    orderBy: { createdAt: "asc" },
  },
  interests: { select: { createdAt: true, offering: { select: { title: true } } } },
  moduleCompletions: true,
  programmes: true,
  mentoringApplications: true,
  workshopOrders: true,
  attendances: true,
  chairedMeetings: { select: { id: true, title: true, startsAt: true } },
  secretaryMeetings: { select: { id: true, title: true, startsAt: true } },
  presentedItems: { select: { id: true, title: true, meetingId: true } },
  uploadedMaterials: { select: { id: true, title: true, agendaItemId: true, createdAt: true } },
  minutesRevisions: { select: { id: true, agendaItemId: true, minutes: true, createdAt: true } },
  playbookRevisions: { select: { id: true, networkId: true, playbook: true, createdAt: true } },
  networkAnnouncements: { select: { id: true, networkId: true, title: true, body: true, createdAt: true } },
  libraryUpdates: true,
  ownedActionItems: true,
  actionItemReviews: true,
  createdPolls: { select: { id: true, title: true, createdAt: true } },
  pollVotes: true,
  networkMemberships: true,
  exchangeOffersHosted: true,
  exchangeApplications: true,
  // Applications this person decided on as a supervisor: the decision, not the applicant's text.
  exchangeConsents: { select: { id: true, offerId: true, status: true, consentDecidedAt: true } },
  exchangeReports: true,
  kitReservations: true,
  kitHandovers: true,
  trainedOfferings: { select: { id: true, title: true } },
  representedLibraries: { select: { id: true, name: true } },
  servicePointChanges: true,
  auditEvents: {
    select: { action: true, entityType: true, entityId: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  },
} as const satisfies Record<OwnDataSection, unknown> & Prisma.UserSelect;

export type OwnData = Awaited<ReturnType<typeof loadOwnData>>;

async function loadOwnData(userId: string) {
  const user = await db().user.findUnique({
    where: { id: userId, anonymizedAt: null },
    select: {
      id: true,
      name: true,
      email: true,
      title: true,
      roles: true,
      locale: true,
      emailVerified: true,
      library: { select: { name: true } },
      calendarToken: true,
      profileCompletedAt: true,
      lastSignInAt: true,
      removalRequestedAt: true,
      invitedAt: true,
      createdAt: true,
      updatedAt: true,
      ...SECTIONS,
    },
  });
  if (!user) return null;
  const { library, calendarToken, ...rest } = user;
  const sections = Object.fromEntries(OWN_DATA_SECTIONS.map((key) => [key, rest[key]])) as {
    [K in OwnDataSection]: (typeof rest)[K];
  };
  return {
    profile: {
      id: rest.id,
      name: rest.name,
      email: rest.email,
      title: rest.title,
      roles: rest.roles,
      locale: rest.locale,
      libraryName: library?.name ?? null,
      emailVerified: rest.emailVerified,
      // The feed's address is a secret: whether there is one, not the token.
      hasCalendarFeed: calendarToken !== null,
      profileCompletedAt: rest.profileCompletedAt,
      lastSignInAt: rest.lastSignInAt,
      removalRequestedAt: rest.removalRequestedAt,
      invitedAt: rest.invitedAt,
      createdAt: rest.createdAt,
      updatedAt: rest.updatedAt,
    },
    ...sections,
  };
}

/** The actor's own data, as one JSON-ready object; null if the account is gone. */
export async function getOwnData(actor: Actor | null): Promise<OwnData | null> {
  assertCan(actor, "ownData.read");
  return loadOwnData(actor.id);
}

/** The same for the download (GET /api/me/export). */
export async function exportOwnData(actor: Actor | null): Promise<(OwnData & { exportedAt: string }) | null> {
  assertCan(actor, "ownData.export");
  const data = await loadOwnData(actor.id);
  return data && { exportedAt: new Date().toISOString(), ...data };
}
