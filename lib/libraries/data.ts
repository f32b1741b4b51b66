import "server-only";
import { cache } from "react";
import { can, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { Region, type Consortium, type ServicePointKind, type ServicePointStatus } from "@/lib/db/enums";

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
  note: string | null;
};

export type LibraryDetail = {
  slug: string;
  name: string;
  municipality: string;
  region: Region;
  consortium: Consortium;
  website: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  servicePoints: ServicePointView[];
};

/** One member library with its service points; cached so the page and its metadata share one query. */
export const getLibrary = cache(async (actor: Actor | null, slug: string): Promise<LibraryDetail | null> => {
  if (!can(actor, "library.read")) return null;
  return db().library.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      municipality: true,
      region: true,
      consortium: true,
      website: true,
      contactEmail: true,
      contactPhone: true,
      servicePoints: {
        select: {
          id: true,
          name: true,
          kind: true,
          status: true,
          selfServiceHours: true,
          address: true,
          postalCode: true,
          city: true,
          note: true,
        },
        orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      },
    },
  });
});

/** The member libraries anyone signed out can open, for the sitemap. */
export async function listPublicLibraryPaths(): Promise<{ slug: string; updatedAt: Date }[]> {
  if (!can(null, "library.read")) return [];
  return db().library.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } });
}
