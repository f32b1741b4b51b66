// The coordinators' programme editor reads: the programme's settings and
// parts (with how many have done each), and the trainings a part may name.
import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { ParticipationStatus, ProgrammePartMode } from "@/lib/db/enums";
import { isUuid } from "@/lib/http/fields";
import { dayOf, type Day } from "@/lib/dates/days";
import { parseMaterials, type MaterialLink } from "../rules";

export type EditablePart = {
  id: string;
  position: number;
  title: string;
  description: string | null;
  required: boolean;
  mode: ProgrammePartMode;
  materials: MaterialLink[];
  linkedOfferingId: string | null;
  linkedOfferingTitle: string | null;
  /** People who have done it: removing the part removes their record of it. */
  doneCount: number;
};

export type ProgrammeForEditing = {
  id: string;
  slug: string;
  deadline: Day | null;
  publishedAt: Date | null;
  participants: number;
  parts: EditablePart[];
  /** Trainings (not programmes) an attendance part may name, by title. */
  linkable: { id: string; title: string }[];
};

/** Null for anyone but coordinators, and for offerings that are not programmes. */
export async function getProgrammeForEditing(
  actor: Actor | null,
  offeringId: string,
): Promise<ProgrammeForEditing | null> {
  if (!can(actor, "programme.manage") || !isUuid(offeringId)) return null;
  const [offering, linkable] = await Promise.all([
    db().offering.findFirst({
      where: { id: offeringId, kind: "PROGRAMME" },
      select: {
        id: true,
        slug: true,
        deadline: true,
        programmePublishedAt: true,
        _count: { select: { participations: true } },
        modules: {
          select: {
            id: true,
            position: true,
            title: true,
            description: true,
            required: true,
            mode: true,
            materials: true,
            linkedOfferingId: true,
            linkedOffering: { select: { title: true } },
            _count: { select: { completions: true } },
          },
          orderBy: { position: "asc" },
        },
      },
    }),
    db().offering.findMany({
      where: { kind: { notIn: ["PROGRAMME", "KIT", "MENTORING"] }, menu: { status: { not: "ARCHIVED" } } },
      select: { id: true, title: true },
      orderBy: [{ title: "asc" }, { id: "asc" }],
    }),
  ]);
  if (!offering) return null;
  return {
    id: offering.id,
    slug: offering.slug,
    deadline: offering.deadline ? dayOf(offering.deadline) : null,
    publishedAt: offering.programmePublishedAt,
    participants: offering._count.participations,
    parts: offering.modules.map((m) => ({
      id: m.id,
      position: m.position,
      title: m.title,
      description: m.description,
      required: m.required,
      mode: m.mode,
      materials: parseMaterials(m.materials),
      linkedOfferingId: m.linkedOfferingId,
      linkedOfferingTitle: m.linkedOffering?.title ?? null,
      doneCount: m._count.completions,
    })),
    linkable,
  };
}

export type ParticipationForCoordinator = {
  participationId: string;
  userId: string;
  person: { name: string | null; libraryName: string | null };
  status: ParticipationStatus;
  joinedAt: Date;
  completedAt: Date | null;
  programme: { id: string; slug: string; title: string };
  parts: {
    id: string;
    position: number;
    title: string;
    required: boolean;
    mode: ProgrammePartMode;
    done: { at: Date; mode: ProgrammePartMode; note: string | null } | null;
  }[];
  certificate: { id: string; code: string; revokedAt: Date | null; revokeReason: string | null } | null;
};

/** One participant's parts and certificate, for a coordinator to confirm parts or revoke; null for anyone else. */
export async function getParticipationForCoordinator(
  actor: Actor | null,
  offeringId: string,
  participationId: string,
): Promise<ParticipationForCoordinator | null> {
  if (!can(actor, "programme.manage") || !isUuid(offeringId) || !isUuid(participationId)) return null;
  const row = await db().programmeParticipation.findFirst({
    where: { id: participationId, offeringId },
    select: {
      id: true,
      userId: true,
      status: true,
      joinedAt: true,
      completedAt: true,
      user: { select: { name: true, library: { select: { name: true } } } },
      certificate: { select: { id: true, code: true, revokedAt: true, revokeReason: true } },
      offering: {
        select: {
          id: true,
          slug: true,
          title: true,
          modules: {
            select: {
              id: true,
              position: true,
              title: true,
              required: true,
              mode: true,
              completions: {
                where: { user: { programmes: { some: { id: participationId } } } },
                select: { completedAt: true, mode: true, note: true },
              },
            },
            orderBy: { position: "asc" },
          },
        },
      },
    },
  });
  if (!row) return null;
  return {
    participationId: row.id,
    userId: row.userId,
    person: { name: row.user.name, libraryName: row.user.library?.name ?? null },
    status: row.status,
    joinedAt: row.joinedAt,
    completedAt: row.completedAt,
    programme: { id: row.offering.id, slug: row.offering.slug, title: row.offering.title },
    parts: row.offering.modules.map((m) => {
      const done = m.completions[0];
      return {
        id: m.id,
        position: m.position,
        title: m.title,
        required: m.required,
        mode: m.mode,
        done: done ? { at: done.completedAt, mode: done.mode, note: done.note } : null,
      };
    }),
    certificate: row.certificate,
  };
}
