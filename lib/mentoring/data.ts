// Reads of mentoring registration: a person's own application to an offering,
// and the coordinators' list of applications with pairs, filtered in SQL.
import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { MentoringApplicationStatus, MentoringRole } from "@/lib/db/enums";
import type { Prisma } from "@/lib/db/generated/client";
import { isUuid } from "@/lib/http/fields";
import { registrationOpen } from "./rules";
import type { ApplicationFilters } from "./schema";

export type OwnMentoring = {
  offering: { id: string; slug: string; title: string; deadline: Date | null; open: boolean };
  application: {
    role: MentoringRole;
    libraryId: string | null;
    goals: string;
    availability: string;
    status: MentoringApplicationStatus;
    paired: boolean;
    updatedAt: Date;
  } | null;
  libraries: { id: string; name: string }[];
};

/** The reader's own application to a published MENTORING offering; null for other offerings. */
export async function getOwnMentoring(
  actor: Actor | null,
  slug: string,
  now = new Date(),
): Promise<OwnMentoring | null> {
  if (!actor || !/^[a-z0-9-]{1,200}$/.test(slug)) return null;
  const [offering, libraries] = await Promise.all([
    db().offering.findFirst({
      where: { slug, kind: "MENTORING", menu: { status: "PUBLISHED" } },
      select: {
        id: true,
        slug: true,
        title: true,
        deadline: true,
        mentoringApplications: {
          where: { userId: actor.id },
          select: {
            role: true,
            libraryId: true,
            goals: true,
            availability: true,
            status: true,
            updatedAt: true,
            asMentor: { select: { id: true } },
            asMentee: { select: { id: true } },
          },
        },
      },
    }),
    db().library.findMany({ select: { id: true, name: true }, orderBy: [{ name: "asc" }] }),
  ]);
  if (!offering) return null;
  const own = offering.mentoringApplications[0];
  return {
    offering: {
      id: offering.id,
      slug: offering.slug,
      title: offering.title,
      deadline: offering.deadline,
      open: registrationOpen(offering.deadline, now),
    },
    application: own
      ? {
          role: own.role,
          libraryId: own.libraryId,
          goals: own.goals,
          availability: own.availability,
          status: own.status,
          paired: Boolean(own.asMentor ?? own.asMentee),
          updatedAt: own.updatedAt,
        }
      : null,
    libraries,
  };
}

export type ApplicationRow = {
  id: string;
  name: string | null;
  email: string;
  library: string | null;
  role: MentoringRole;
  goals: string;
  availability: string;
  status: MentoringApplicationStatus;
  createdAt: Date;
  /** The pair this application is in, and the other person's name. */
  pair: { id: string; with: string | null } | null;
};

export type ApplicationList = {
  offering: { id: string; slug: string; title: string };
  rows: ApplicationRow[];
  libraries: { id: string; name: string }[];
};

/** Coordinators only (null otherwise, and for offerings that are not MENTORING). */
export async function listMentoringApplications(
  actor: Actor | null,
  offeringId: string,
  filters: ApplicationFilters = {},
): Promise<ApplicationList | null> {
  if (!can(actor, "programme.manage") || !isUuid(offeringId)) return null;
  const offering = await db().offering.findFirst({
    where: { id: offeringId, kind: "MENTORING" },
    select: { id: true, slug: true, title: true },
  });
  if (!offering) return null;
  const where: Prisma.MentoringApplicationWhereInput = {
    offeringId,
    ...(filters.rooli ? { role: filters.rooli } : {}),
    ...(filters.kirjasto ? { libraryId: filters.kirjasto } : {}),
    ...(filters.tila === "peruttu"
      ? { status: "WITHDRAWN" }
      : filters.tila === "parissa"
        ? { status: "SUBMITTED", OR: [{ asMentor: { isNot: null } }, { asMentee: { isNot: null } }] }
        : filters.tila === "avoin"
          ? { status: "SUBMITTED", asMentor: { is: null }, asMentee: { is: null } }
          : {}),
  };
  const person = { select: { user: { select: { name: true } } } } as const;
  const [rows, libraries] = await Promise.all([
    db().mentoringApplication.findMany({
      where,
      select: {
        id: true,
        role: true,
        goals: true,
        availability: true,
        status: true,
        createdAt: true,
        user: { select: { name: true, email: true } },
        library: { select: { name: true } },
        asMentor: { select: { id: true, mentee: person } },
        asMentee: { select: { id: true, mentor: person } },
      },
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    }),
    db().library.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    offering,
    libraries,
    rows: rows.map((r) => ({
      id: r.id,
      name: r.user.name,
      email: r.user.email,
      library: r.library?.name ?? null,
      role: r.role,
      goals: r.goals,
      availability: r.availability,
      status: r.status,
      createdAt: r.createdAt,
      pair: r.asMentor
        ? { id: r.asMentor.id, with: r.asMentor.mentee.user.name }
        : r.asMentee
          ? { id: r.asMentee.id, with: r.asMentee.mentor.user.name }
          : null,
    })),
  };
}
