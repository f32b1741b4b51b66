import "server-only";
import { cache } from "react";
import { can, canActForLibrary, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/http/fields";
import { Region, type Consortium, type ServicePointKind, type ServicePointStatus } from "@/lib/db/enums";
import type { Prisma } from "@/lib/db/generated/client";
import { personNameSelect, toPersonNameOrNull } from "@/lib/users/data";
import type { PersonName } from "@/lib/users/rules";

export type LibrarySummary = {
  slug: string;
  name: string;
  municipality: string;
  consortium: Consortium;
  servicePointCount: number;
  underReviewCount: number;
};

export type LibraryGroup = { region: Region; libraries: LibrarySummary[] };

/** The member-library directory, one group per region (Pirkanmaa first), each in its sort order. */
export async function listLibrariesByRegion(actor: Actor | null): Promise<LibraryGroup[]> {
  if (!can(actor, "library.read")) return [];
  const libraries = await db().library.findMany({
    select: {
      slug: true,
      name: true,
      municipality: true,
      region: true,
      consortium: true,
      servicePoints: { select: { status: true } },
    },
    orderBy: [{ region: "asc" }, { sortOrder: "asc" }, { name: "asc" }],
  });
  return Object.values(Region).map((region) => ({
    region,
    libraries: libraries
      .filter((library) => library.region === region)
      .map((library) => ({
        slug: library.slug,
        name: library.name,
        municipality: library.municipality,
        consortium: library.consortium,
        servicePointCount: library.servicePoints.length,
        underReviewCount: library.servicePoints.filter((point) => point.status === "UNDER_REVIEW").length,
      })),
  }));
}

export type ServicePointView = {
  id: string;
  name: string;
  kind: ServicePointKind;
  status: ServicePointStatus;
  selfServiceHours: boolean;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  email: string | null;
  phone: string | null;
  note: string | null;
  /** Oldest first: the status it was added in, then each change with its date and note. */
  statusHistory: StatusChangeView[];
};

export type StatusChangeView = {
  fromStatus: ServicePointStatus | null;
  toStatus: ServicePointStatus;
  effectiveOn: Date;
  note: string | null;
};

export type LibraryDetail = {
  id: string;
  slug: string;
  name: string;
  municipality: string;
  region: Region;
  consortium: Consortium;
  website: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  city: string | null;
  deliveryAddress: string | null;
  steeringRepresentative: PersonName | null;
  servicePoints: ServicePointView[];
};

const servicePointViewSelect = {
  id: true,
  name: true,
  kind: true,
  status: true,
  selfServiceHours: true,
  address: true,
  postalCode: true,
  city: true,
  email: true,
  phone: true,
  note: true,
  statusChanges: {
    select: { fromStatus: true, toStatus: true, effectiveOn: true, note: true },
    orderBy: [{ effectiveOn: "asc" as const }, { createdAt: "asc" as const }],
  },
} satisfies Prisma.ServicePointSelect;

/** One member library with its service points and their status history; cached so the page and its metadata share one query. */
export const getLibrary = cache(async (actor: Actor | null, slug: string): Promise<LibraryDetail | null> => {
  if (!can(actor, "library.read")) return null;
  return loadLibrary({ slug });
});

/** The same by id (GET /api/libraries/{id}); null for an unknown or malformed id. */
export async function getLibraryById(actor: Actor | null, id: string): Promise<LibraryDetail | null> {
  if (!can(actor, "library.read") || !isUuid(id)) return null;
  return loadLibrary({ id });
}

async function loadLibrary(where: { slug: string } | { id: string }): Promise<LibraryDetail | null> {
  const library = await db().library.findUnique({
    where,
    select: {
      id: true,
      slug: true,
      name: true,
      municipality: true,
      region: true,
      consortium: true,
      website: true,
      contactEmail: true,
      contactPhone: true,
      streetAddress: true,
      postalCode: true,
      city: true,
      deliveryAddress: true,
      steeringRepresentative: { select: personNameSelect },
      servicePoints: { select: servicePointViewSelect, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] },
    },
  });
  if (!library) return null;
  const { steeringRepresentative, servicePoints, ...rest } = library;
  return {
    ...rest,
    steeringRepresentative: toPersonNameOrNull(steeringRepresentative),
    servicePoints: servicePoints.map(({ statusChanges, ...point }) => ({ ...point, statusHistory: statusChanges })),
  };
}

export type LibraryListItem = {
  id: string;
  slug: string;
  name: string;
  municipality: string;
  region: Region;
  consortium: Consortium;
  website: string | null;
  servicePointCount: number;
};

/** Every member library, by region and sort order (GET /api/libraries). */
export async function listLibraries(actor: Actor | null): Promise<LibraryListItem[]> {
  if (!can(actor, "library.read")) return [];
  const libraries = await db().library.findMany({
    select: {
      id: true,
      slug: true,
      name: true,
      municipality: true,
      region: true,
      consortium: true,
      website: true,
      _count: { select: { servicePoints: true } },
    },
    orderBy: [{ region: "asc" }, { sortOrder: "asc" }, { name: "asc" }],
  });
  return libraries.map(({ _count, ...library }) => ({ ...library, servicePointCount: _count.servicePoints }));
}

export type LibraryEdit = {
  id: string;
  slug: string;
  name: string;
  municipality: string;
  region: Region;
  consortium: Consortium;
  emailDomains: string[];
  website: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  city: string | null;
  deliveryAddress: string | null;
  staffCount: number | null;
  steeringRepresentativeId: string | null;
  /** Who may be the representative: the library's active people. */
  people: { id: string; name: PersonName }[];
  servicePoints: { id: string; name: string; status: ServicePointStatus }[];
};

/** A library as its edit form shows it; null for an unknown slug or a reader who may not edit it. */
export async function getLibraryForEdit(actor: Actor | null, slug: string): Promise<LibraryEdit | null> {
  if (!can(actor, "libraries.editContent")) return null;
  const library = await db().library.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      municipality: true,
      region: true,
      consortium: true,
      emailDomains: true,
      website: true,
      contactEmail: true,
      contactPhone: true,
      streetAddress: true,
      postalCode: true,
      city: true,
      deliveryAddress: true,
      staffCount: true,
      steeringRepresentativeId: true,
      users: {
        where: { deactivatedAt: null, anonymizedAt: null },
        select: { id: true, ...personNameSelect },
        orderBy: [{ name: "asc" }, { createdAt: "asc" }],
      },
      servicePoints: {
        select: { id: true, name: true, status: true },
        orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      },
    },
  });
  if (!library) return null;
  const { users, ...rest } = library;
  return {
    ...rest,
    people: users.map((user) => ({ id: user.id, name: toPersonNameOrNull(user) ?? { name: null, libraryName: null } })),
  };
}

export type ServicePointEdit = ServicePointView & { library: { id: string; slug: string; name: string } };

/** One service point of a library, for its edit page; scoped through the library's slug. */
export async function getServicePointForEdit(
  actor: Actor | null,
  slug: string,
  servicePointId: string,
): Promise<ServicePointEdit | null> {
  if (!can(actor, "libraries.editContent")) return null;
  const point = await db().servicePoint.findFirst({
    where: { id: servicePointId, library: { slug } },
    select: { ...servicePointViewSelect, library: { select: { id: true, slug: true, name: true } } },
  });
  if (!point) return null;
  const { statusChanges, ...rest } = point;
  return { ...rest, statusHistory: statusChanges };
}

/** The member libraries anyone signed out can open, for the sitemap. */
export async function listPublicLibraryPaths(): Promise<{ slug: string; updatedAt: Date }[]> {
  if (!can(null, "library.read")) return [];
  return db().library.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } });
}

export type LibraryParticipation = {
  enrolments: { upcoming: number; attended: number };
  networks: { slug: string; name: string; members: number }[];
  exchanges: { offersHosted: number; applicationsSent: number; applicationsAccepted: number };
  kitLoans: { kitName: string; kitSlug: string; startDate: Date; endDate: Date; status: string }[];
};

/**
 * The library's part in the network (enrolments of its people, networks they
 * belong to, exchanges, kit loans): for its own supervisors and coordinators;
 * null for anyone else.
 */
export async function getLibraryParticipation(
  actor: Actor | null,
  libraryId: string,
): Promise<LibraryParticipation | null> {
  if (!canActForLibrary(actor, libraryId, "library.participation.read")) return null;
  const now = new Date();
  const [upcoming, attended, memberships, offersHosted, applications, kitLoans] = await Promise.all([
    db().enrolment.count({
      where: { user: { libraryId }, status: { in: ["CONFIRMED", "WAITLISTED"] }, session: { startsAt: { gt: now } } },
    }),
    db().enrolment.count({ where: { user: { libraryId }, status: "ATTENDED" } }),
    db().networkMembership.findMany({
      where: { user: { libraryId }, status: "ACTIVE" },
      select: { network: { select: { slug: true, name: true } } },
    }),
    db().exchangeOffer.count({ where: { hostLibraryId: libraryId } }),
    db().exchangeApplication.groupBy({
      by: ["status"],
      where: { fromLibraryId: libraryId, status: { not: "WITHDRAWN" } },
      _count: { _all: true },
    }),
    db().kitReservation.findMany({
      where: { libraryId, status: { not: "CANCELLED" } },
      select: { startDate: true, endDate: true, status: true, kit: { select: { name: true, slug: true } } },
      orderBy: { startDate: "desc" },
      take: 20,
    }),
  ]);
  const networks = new Map<string, { slug: string; name: string; members: number }>();
  for (const { network } of memberships) {
    const entry = networks.get(network.slug) ?? { ...network, members: 0 };
    entry.members += 1;
    networks.set(network.slug, entry);
  }
  const countOf = (statuses: string[]) =>
    applications.filter((row) => statuses.includes(row.status)).reduce((sum, row) => sum + row._count._all, 0);
  return {
    enrolments: { upcoming, attended },
    networks: [...networks.values()].sort((a, b) => a.name.localeCompare(b.name, "fi")),
    exchanges: {
      offersHosted,
      applicationsSent: countOf(["SUBMITTED", "ACCEPTED", "DECLINED", "COMPLETED"]),
      applicationsAccepted: countOf(["ACCEPTED", "COMPLETED"]),
    },
    kitLoans: kitLoans.map((loan) => ({
      kitName: loan.kit.name,
      kitSlug: loan.kit.slug,
      startDate: loan.startDate,
      endDate: loan.endDate,
      status: loan.status,
    })),
  };
}
