// Reads of programmes (ADR 28): the published programmes and their parts
// (public), a participant's own progress, their certificate, and the public
// verification of a code. Scope is in each query's where; explicit selects.
import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { ParticipationStatus, ProgrammePartMode } from "@/lib/db/enums";
import { dayOf, today as helsinkiDay, type Day } from "@/lib/dates/days";
import type { CertificateForPdf } from "./certificate-pdf";
import { normaliseCertificateCode, parseMaterials, progressOf, type MaterialLink, type Progress } from "./rules";

export type ProgrammePart = {
  id: string;
  position: number;
  title: string;
  description: string | null;
  required: boolean;
  mode: ProgrammePartMode;
  materials: MaterialLink[];
  linkedOffering: { slug: string; title: string } | null;
};

export type ProgrammeView = {
  id: string;
  slug: string;
  title: string;
  summary: string | null;
  deadline: Day | null;
  parts: ProgrammePart[];
};

/** Published programmes only: kind PROGRAMME, parts published, in a published menu. */
const published = {
  kind: "PROGRAMME",
  programmePublishedAt: { not: null },
  menu: { status: "PUBLISHED" },
} as const;

const partSelect = {
  id: true,
  position: true,
  title: true,
  description: true,
  required: true,
  mode: true,
  materials: true,
  linkedOffering: { select: { slug: true, title: true } },
} as const;

function toPart(row: {
  id: string;
  position: number;
  title: string;
  description: string | null;
  required: boolean;
  mode: ProgrammePartMode;
  materials: unknown;
  linkedOffering: { slug: string; title: string } | null;
}): ProgrammePart {
  return { ...row, materials: parseMaterials(row.materials) };
}

const programmeSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  deadline: true,
  modules: { select: partSelect, orderBy: { position: "asc" } },
} as const;

function toProgramme(row: {
  id: string;
  slug: string;
  title: string;
  summary: string | null;
  deadline: Date | null;
  modules: Parameters<typeof toPart>[0][];
}): ProgrammeView {
  const { modules, deadline, ...rest } = row;
  return { ...rest, deadline: deadline ? dayOf(deadline) : null, parts: modules.map(toPart) };
}

/** Every published programme with its parts, by title. */
export async function listPublishedProgrammes(): Promise<ProgrammeView[]> {
  const rows = await db().offering.findMany({ where: published, select: programmeSelect, orderBy: { title: "asc" } });
  return rows.map(toProgramme);
}

/** One published programme by id or slug, with its parts; null when there is none to take. */
export async function getPublishedProgramme(key: { id: string } | { slug: string }): Promise<ProgrammeView | null> {
  const row = await db().offering.findFirst({ where: { ...published, ...key }, select: programmeSelect });
  return row ? toProgramme(row) : null;
}

export type PartDone = { at: Date; mode: ProgrammePartMode; note: string | null };

export type OwnProgress = {
  programme: ProgrammeView;
  participation: { id: string; status: ParticipationStatus; joinedAt: Date; completedAt: Date | null } | null;
  /** Parts done by this person (kept when they left), by part id. */
  done: Record<string, PartDone>;
  progress: Progress;
  certificate: { code: string; revoked: boolean } | null;
};

/** The reader's own progress in one programme (their participation may be absent: not joined). */
export async function getOwnProgress(
  actor: Actor | null,
  key: { id: string } | { slug: string },
  now = new Date(),
): Promise<OwnProgress | null> {
  if (!actor) return null;
  const programme = await getPublishedProgramme(key);
  if (!programme) return null;
  const [participation, completions] = await Promise.all([
    db().programmeParticipation.findUnique({
      where: { offeringId_userId: { offeringId: programme.id, userId: actor.id } },
      select: {
        id: true,
        status: true,
        joinedAt: true,
        completedAt: true,
        certificate: { select: { code: true, revokedAt: true } },
      },
    }),
    db().moduleCompletion.findMany({
      where: { userId: actor.id, module: { offeringId: programme.id } },
      select: { moduleId: true, completedAt: true, mode: true, note: true },
    }),
  ]);
  const done = Object.fromEntries(
    completions.map((c) => [c.moduleId, { at: c.completedAt, mode: c.mode, note: c.note }]),
  );
  return {
    programme,
    participation: participation
      ? {
          id: participation.id,
          status: participation.status,
          joinedAt: participation.joinedAt,
          completedAt: participation.completedAt,
        }
      : null,
    done,
    progress: progressOf(programme.parts, Object.keys(done), programme.deadline, helsinkiDay(now)),
    certificate: participation?.certificate
      ? { code: participation.certificate.code, revoked: participation.certificate.revokedAt !== null }
      : null,
  };
}

export type OwnProgrammeRow = {
  slug: string;
  title: string;
  status: ParticipationStatus;
  done: number;
  total: number;
  deadline: Day | null;
  completedAt: Date | null;
};

/** "Omat koulutukset": the programmes the reader has joined, with parts done of the required ones. */
export async function listOwnProgrammes(actor: Actor | null): Promise<OwnProgrammeRow[]> {
  if (!actor) return [];
  const rows = await db().$queryRaw<
    {
      slug: string;
      title: string;
      status: ParticipationStatus;
      done: number;
      total: number;
      deadline: Date | null;
      completedAt: Date | null;
    }[]
  >`
    SELECT o."slug", o."title", p."status", o."deadline", p."completedAt",
           (SELECT count(*)::int FROM "ProgrammeModule" m WHERE m."offeringId" = o."id" AND m."required") AS "total",
           (SELECT count(*)::int FROM "ProgrammeModule" m JOIN "ModuleCompletion" c
              ON c."moduleId" = m."id" AND c."userId" = p."userId"
            WHERE m."offeringId" = o."id" AND m."required") AS "done"
    FROM "ProgrammeParticipation" p JOIN "Offering" o ON o."id" = p."offeringId"
    WHERE p."userId" = ${actor.id}::uuid
    ORDER BY (p."status" = 'COMPLETED'), o."title"`;
  return rows.map((row) => ({ ...row, deadline: row.deadline ? dayOf(row.deadline) : null }));
}

/** The holder's own certificate for the PDF; null when there is none or it was revoked. */
export async function getCertificateForHolder(
  actor: Actor | null,
  offeringId: string,
): Promise<CertificateForPdf | null> {
  if (!actor) return null;
  const row = await db().programmeCertificate.findFirst({
    where: { revokedAt: null, participation: { offeringId, userId: actor.id } },
    select: certificateSelect,
  });
  return row ? { ...row, parts: partTitles(row.parts) } : null;
}

/** What a certificate itself says (the PDF and the verification page show the same). */
const certificateSelect = {
  code: true,
  holderName: true,
  programmeTitle: true,
  parts: true,
  completedOn: true,
  issuer: true,
} as const;

function partTitles(value: unknown): string[] {
  const parsed = z.array(z.object({ title: z.string() })).safeParse(value);
  return parsed.success ? parsed.data.map((p) => p.title) : [];
}

export type Verification =
  | { state: "unknown" }
  | {
      state: "genuine" | "revoked";
      certificate: Omit<CertificateForPdf, "code"> & { code: string; revokedAt: Date | null };
    };

/**
 * What the public verification page and GET /api/certificates/{code} say: a
 * certificate's own contents and whether it stands, nothing else (no email,
 * no library, no reason for a revocation).
 */
export async function verifyCertificate(input: string): Promise<Verification> {
  const code = normaliseCertificateCode(input);
  if (!code) return { state: "unknown" };
  const row = await db().programmeCertificate.findUnique({
    where: { code },
    select: { ...certificateSelect, revokedAt: true },
  });
  if (!row) return { state: "unknown" };
  return {
    state: row.revokedAt ? "revoked" : "genuine",
    certificate: { ...row, parts: partTitles(row.parts) },
  };
}
