// The programmes API as the JSON API describes it: published programmes and
// their parts (public), the caller's own progress, joining and leaving,
// marking a self-reported part done, the caller's certificate as PDF, and the
// public verification of a certificate's code.
import { z } from "zod";
import { ParticipationStatus, ProgrammePartMode } from "@/lib/db/enums";
import { apiOperations, idParam, jsonDay, jsonId, jsonInstant } from "@/lib/http/openapi/operation";
import type { OwnProgress, ProgrammeView, Verification } from "./data";
import { completePartSchema } from "./schema";

const partSchema = z
  .object({
    id: jsonId,
    position: z.int(),
    title: z.string(),
    description: z.string().nullable().meta({ description: "Markdown" }),
    required: z.boolean(),
    mode: z.enum(ProgrammePartMode).meta({
      description:
        "SELF_REPORTED: the participant marks it done with a reflection; ATTENDANCE: recorded attendance at a session of linkedOffering; COORDINATOR: confirmed by the development library",
    }),
    materials: z.array(z.object({ title: z.string(), url: z.string() })),
    linkedOffering: z.object({ slug: z.string(), title: z.string() }).nullable(),
  })
  .meta({ id: "ProgrammePart" });

export const programmeSchema = z
  .object({
    id: jsonId,
    slug: z.string(),
    title: z.string(),
    summary: z.string().nullable(),
    deadline: jsonDay.nullable(),
    parts: z.array(partSchema),
  })
  .meta({ id: "Programme" });

export const progressSchema = z
  .object({
    programmeId: jsonId,
    status: z.enum(ParticipationStatus).nullable().meta({ description: "null: not joined" }),
    done: z.int().meta({ description: "Required parts done" }),
    total: z.int().meta({ description: "Required parts" }),
    nextPartId: jsonId.nullable(),
    deadline: jsonDay.nullable(),
    daysLeft: z.int().nullable(),
    completedAt: jsonInstant.nullable(),
    parts: z.array(
      z.object({ partId: jsonId, doneAt: jsonInstant.nullable(), mode: z.enum(ProgrammePartMode).nullable() }),
    ),
    certificate: z
      .object({ code: z.string(), revoked: z.boolean(), verifyUrl: z.string() })
      .nullable()
      .meta({ description: "Once completed" }),
  })
  .meta({ id: "ProgrammeProgress" });

export const verificationSchema = z
  .object({
    code: z.string(),
    state: z.enum(["genuine", "revoked", "unknown"]),
    certificate: z
      .object({
        holderName: z.string(),
        programmeTitle: z.string(),
        parts: z.array(z.string()),
        completedOn: jsonDay,
        issuer: z.string(),
        revokedAt: jsonInstant.nullable(),
      })
      .nullable()
      .meta({ description: "What the certificate shows; null for an unknown code" }),
  })
  .meta({ id: "CertificateVerification" });

export const programmeJson = (p: ProgrammeView): z.input<typeof programmeSchema> => ({
  id: p.id,
  slug: p.slug,
  title: p.title,
  summary: p.summary,
  deadline: p.deadline,
  parts: p.parts.map((part) => ({
    id: part.id,
    position: part.position,
    title: part.title,
    description: part.description,
    required: part.required,
    mode: part.mode,
    materials: part.materials,
    linkedOffering: part.linkedOffering,
  })),
});

export const progressJson = (own: OwnProgress, appUrl: string): z.input<typeof progressSchema> => ({
  programmeId: own.programme.id,
  status: own.participation?.status ?? null,
  done: own.progress.done,
  total: own.progress.total,
  nextPartId: own.progress.nextPartId,
  deadline: own.programme.deadline,
  daysLeft: own.progress.daysLeft,
  completedAt: own.participation?.completedAt?.toISOString() ?? null,
  parts: own.programme.parts.map((part) => ({
    partId: part.id,
    doneAt: own.done[part.id]?.at.toISOString() ?? null,
    mode: own.done[part.id]?.mode ?? null,
  })),
  certificate: own.certificate
    ? { ...own.certificate, verifyUrl: `${appUrl}/todistus/${encodeURIComponent(own.certificate.code)}` }
    : null,
});

export const verificationJson = (code: string, v: Verification): z.input<typeof verificationSchema> => ({
  code,
  state: v.state,
  certificate:
    v.state === "unknown"
      ? null
      : {
          holderName: v.certificate.holderName,
          programmeTitle: v.certificate.programmeTitle,
          parts: [...v.certificate.parts],
          completedOn: v.certificate.completedOn.toISOString().slice(0, 10),
          issuer: v.certificate.issuer,
          revokedAt: v.certificate.revokedAt?.toISOString() ?? null,
        },
});

const programmeParams = z.object({ id: idParam("Offering (kind PROGRAMME)") });

export const programmeOperations = apiOperations([
  {
    operationId: "listProgrammes",
    method: "get",
    path: "/api/programmes",
    tag: "programmes",
    summary: "Published programmes (such as the aspa-ajokortti) with their parts (public)",
    session: "none",
    responses: { 200: { description: "Programmes by title", schema: z.array(programmeSchema) } },
  },
  {
    operationId: "getProgramme",
    method: "get",
    path: "/api/programmes/{id}",
    tag: "programmes",
    summary: "One published programme with its parts in order (public)",
    session: "none",
    pathParams: programmeParams,
    responses: { 200: { description: "The programme", schema: programmeSchema } },
    errors: { 404: "Unknown or unpublished programme" },
  },
  {
    operationId: "getOwnProgrammeProgress",
    method: "get",
    path: "/api/programmes/{id}/progress",
    tag: "programmes",
    summary: "The caller's own progress: parts done, next part, deadline, certificate",
    session: "required",
    pathParams: programmeParams,
    responses: { 200: { description: "Progress (status null: not joined)", schema: progressSchema } },
    errors: { 401: "Signed out", 404: "Unknown or unpublished programme" },
  },
  {
    operationId: "joinProgramme",
    method: "post",
    path: "/api/programmes/{id}/participation",
    tag: "programmes",
    summary: "Join a programme, or rejoin it keeping what was done (no capacity)",
    session: "required",
    pathParams: programmeParams,
    responses: { 200: { description: "Progress after joining", schema: progressSchema } },
    errors: {
      401: "Signed out",
      403: "Cross-site request or a role that may not take part",
      404: "Unknown or unpublished programme",
    },
  },
  {
    operationId: "leaveProgramme",
    method: "delete",
    path: "/api/programmes/{id}/participation",
    tag: "programmes",
    summary: "Leave a programme; the parts done are kept for a rejoin",
    session: "required",
    pathParams: programmeParams,
    responses: { 200: { description: "Progress after leaving", schema: progressSchema } },
    errors: {
      401: "Signed out",
      403: "Cross-site request",
      404: "Unknown programme, or not joined",
      409: "Already left or completed",
    },
  },
  {
    operationId: "completeProgrammePart",
    method: "post",
    path: "/api/programmes/{id}/parts/{partId}/completion",
    tag: "programmes",
    summary: "Mark a self-reported part done with a short reflection",
    description:
      "Doing it twice changes nothing. When it was the last required part, the programme is completed (status COMPLETED) and the certificate issued.",
    session: "required",
    pathParams: programmeParams.extend({ partId: idParam("ProgrammeModule") }),
    body: completePartSchema.omit({ partId: true }),
    responses: { 200: { description: "Progress after the part", schema: progressSchema } },
    errors: {
      400: "The body is not JSON",
      401: "Signed out",
      403: "Cross-site request, not joined, or a role that may not take part",
      404: "Unknown programme or part",
      409: "Not a self-reported part, or the participant has left",
      422: "A missing or too long reflection",
    },
  },
  {
    operationId: "getOwnCertificatePdf",
    method: "get",
    path: "/api/programmes/{id}/certificate.pdf",
    tag: "programmes",
    summary: "The caller's certificate of a completed programme as an A4 PDF",
    session: "required",
    pathParams: programmeParams,
    query: z.object({
      lang: z.enum(["fi", "en"]).optional().meta({ description: "The certificate's language (default fi)" }),
    }),
    responses: { 200: { description: "Attachment todistus-<programme slug>.pdf", mediaType: "application/pdf" } },
    errors: {
      401: "Signed out",
      404: "No certificate: not completed, revoked, or unknown programme",
      422: "Unknown language",
    },
  },
  {
    operationId: "verifyCertificate",
    method: "get",
    path: "/api/certificates/{code}",
    tag: "programmes",
    summary: "Whether a certificate's code is genuine, and what that certificate shows (public)",
    description:
      "An unknown or malformed code answers 200 with state unknown, so that a client need not tell 404s apart.",
    session: "none",
    pathParams: z.object({
      code: z.string().max(64).meta({ description: "The code as printed (dashes and case do not matter)" }),
    }),
    responses: { 200: { description: "The verification", schema: verificationSchema } },
  },
]);
