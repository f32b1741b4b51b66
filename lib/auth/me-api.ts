// The signed-in person's own state for cached pages, as the JSON API
// describes it (app/api/me/…): cached pages carry nothing personal and ask
// here from the browser (ADR 17).
import { z } from "zod";
import { EnrolmentStatus, Region } from "@/lib/db/enums";
import { ROLES } from "./policy";
import { apiOperations } from "@/lib/http/openapi/operation";
import { offeringSlugParam } from "@/lib/trainings/schema";

export const meSchema = z.object({
  user: z
    .object({
      id: z.string().meta({ description: "The person's id" }),
      roles: z.array(z.enum(ROLES)).meta({ description: "Their roles" }),
      libraryId: z.string().nullable().meta({ description: "Their member library's id, if any" }),
      name: z.string(),
      manageTrainings: z.boolean().meta({ description: "May manage the training menu" }),
      orders: z.boolean().meta({ description: "May order workshops for their library" }),
      actionItems: z.boolean().meta({ description: "Sees some meeting, so the action items page too" }),
      manageUsers: z.boolean().meta({ description: "May administer users" }),
      manageLibraries: z.boolean().meta({ description: "May add member libraries" }),
      manageKits: z.boolean().meta({ description: "May create and edit kits" }),
      manageNetworks: z.boolean().meta({ description: "May create networks and see their health" }),
      manageExchanges: z.boolean().meta({ description: "May run job-shadowing rounds" }),
      ownStaff: z.boolean().meta({ description: "Sees their own library's staff list" }),
      reports: z.boolean().meta({
        description: "Sees some of the coverage report (coordinators, a supervisor of a library, the steering group)",
      }),
      profilePending: z
        .literal(true)
        .optional()
        .meta({ description: "First sign-in: the profile is still to give (/tervetuloa); absent once given" }),
    })
    .nullable()
    .meta({ description: "Null when signed out" }),
});

const enrolmentPanelSchema = z.object({
  registration: z.enum(["OPEN", "NOT_PUBLISHED", "SESSION_CANCELLED", "NOT_YET_OPEN", "CLOSED"]),
  eligibility: z.enum(["ELIGIBLE", "NO_LIBRARY", "OTHER_LIBRARY"]),
  restrictedLibraryName: z.string().nullable(),
  enrolment: z
    .object({ id: z.string(), status: z.enum(EnrolmentStatus), waitlistPosition: z.number().int().nullable() })
    .nullable(),
  beforeStart: z.boolean(),
});

export const offeringPersonalSchema = z.object({
  signedIn: z.boolean(),
  panels: z.record(z.string(), enrolmentPanelSchema).meta({ description: "By upcoming session id" }),
  interest: z
    .object({ offeringId: z.string(), interested: z.boolean(), sessionOpen: z.boolean() })
    .nullable()
    .meta({ description: "Null for those who may not mark interest" }),
  mayOrder: z.boolean().meta({ description: "May order this offering to their library" }),
});

export const networkSuggestionsSchema = z.object({
  suggestions: z
    .array(
      z.object({
        slug: z.string(),
        name: z.string(),
        description: z.string().nullable(),
        region: z.enum(Region).nullable().meta({ description: "The person's library's region" }),
        regionLibraries: z.number().int().meta({ description: "Libraries of that region with active members" }),
        themes: z
          .array(z.object({ fi: z.string(), en: z.string() }))
          .meta({ description: "Themes shared with the person's enrolments and interests" }),
      }),
    )
    .meta({ description: "At most three networks the person is not in nor waiting for; empty when signed out" }),
});

export const meOperations = apiOperations([
  {
    operationId: "getMe",
    method: "get",
    path: "/api/me",
    tag: "auth",
    summary: "Who is signed in, for the header of cached pages (never cached)",
    session: "optional",
    responses: { 200: { description: "The signed-in person, or null", schema: meSchema } },
  },
  {
    operationId: "getMyOfferingState",
    method: "get",
    path: "/api/me/offerings/{slug}",
    tag: "trainings",
    summary: "The signed-in person's enrolments, eligibility and interest on a published offering's page",
    session: "optional",
    pathParams: z.object({ slug: offeringSlugParam }),
    responses: {
      200: { description: "Their state; signed out: signedIn false and nothing else", schema: offeringPersonalSchema },
    },
    errors: { 404: "Not a slug; signed in: no such published offering" },
  },
  {
    operationId: "getMyNetworkSuggestions",
    method: "get",
    path: "/api/me/network-suggestions",
    tag: "networks",
    summary: "Networks for you: networks that fit the signed-in person's region and interests (never cached)",
    session: "optional",
    responses: { 200: { description: "The suggestions, best first", schema: networkSuggestionsSchema } },
  },
]);
