// The networks API as the JSON API describes it (ADR 29): the networks and
// one network (public fields; its members by library only for a signed-in
// caller), asking to join, and leaving.
import { z } from "zod";
import { MembershipRole, MembershipStatus } from "@/lib/db/enums";
import { apiOperations, jsonId, jsonInstant } from "@/lib/http/openapi/operation";
import type { LibraryGroup, NetworkDetail, NetworkSummary } from "./data";
import type { MembershipState } from "./mutations";
import { icsResponse } from "@/lib/calendar/api";
import { joinRequestSchema } from "./schema";

const chairSchema = z.object({ name: z.string(), library: z.string().nullable() });

export const networkSummarySchema = z
  .object({
    id: jsonId,
    slug: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    chairs: z.array(chairSchema),
    memberCount: z.int().meta({ description: "Active members, chairs included" }),
  })
  .meta({ id: "NetworkSummary" });

export const networkSchema = networkSummarySchema
  .extend({
    playbook: z.string().nullable().meta({ description: "Markdown" }),
    members: z
      .array(
        z.object({
          library: z.string().nullable(),
          members: z.array(
            z.object({ name: z.string().nullable(), role: z.enum(MembershipRole), joinedAt: jsonInstant.nullable() }),
          ),
        }),
      )
      .nullable()
      .meta({ description: "Active members grouped by library; null for a signed-out caller (names are not public)" }),
  })
  .meta({ id: "Network" });

export const membershipSchema = z
  .object({ networkId: jsonId, role: z.enum(MembershipRole), status: z.enum(MembershipStatus) })
  .meta({ id: "NetworkMembership" });

export const networkSummaryJson = (n: NetworkSummary): z.input<typeof networkSummarySchema> => ({
  id: n.id,
  slug: n.slug,
  name: n.name,
  description: n.description,
  chairs: n.chairs.map((c) => ({ name: c.name, library: c.libraryName })),
  memberCount: n.memberCount,
});

export const networkJson = (n: NetworkDetail, members: LibraryGroup[] | null): z.input<typeof networkSchema> => ({
  ...networkSummaryJson(n),
  playbook: n.playbook,
  members:
    members?.map((group) => ({
      library: group.libraryName,
      members: group.members.map((m) => ({ name: m.name, role: m.role, joinedAt: m.joinedAt?.toISOString() ?? null })),
    })) ?? null,
});

export const membershipJson = (m: MembershipState): z.input<typeof membershipSchema> => ({
  networkId: m.networkId,
  role: m.role,
  status: m.status,
});

const slugParams = z.object({ slug: z.string().max(80).meta({ description: "The network's slug" }) });

export const networkOperations = apiOperations([
  {
    operationId: "listNetworks",
    method: "get",
    path: "/api/networks",
    tag: "networks",
    summary: "The PiKe networks with their chairs and member counts (public; archived ones are not listed)",
    session: "none",
    responses: { 200: { description: "Networks in their order", schema: z.array(networkSummarySchema) } },
  },
  {
    operationId: "getNetwork",
    method: "get",
    path: "/api/networks/{slug}",
    tag: "networks",
    summary: "One network with its playbook; its members by library for a signed-in caller",
    session: "optional",
    pathParams: slugParams,
    responses: { 200: { description: "The network", schema: networkSchema } },
    errors: { 404: "Unknown or archived network" },
  },
  {
    operationId: "getNetworkCalendar",
    method: "get",
    path: "/api/networks/{slug}/events.ics",
    tag: "networks",
    summary: "The network's events as a subscribable calendar",
    description:
      "Sessions of the network's events in published menus, from the last 12 months and everything ahead; cancelled ones as cancelled. Public, like the menu; remote links are not included.",
    session: "none",
    pathParams: slugParams,
    responses: { 200: icsResponse },
    errors: { 404: "Unknown or archived network" },
  },
  {
    operationId: "requestToJoinNetwork",
    method: "post",
    path: "/api/networks/{slug}/join-requests",
    tag: "networks",
    summary: "Ask to join a network with a short message; each chair is told by mail",
    description:
      "Asking again after leaving or being declined reopens the same membership. Two requests at the same moment make one.",
    session: "required",
    pathParams: slugParams,
    body: joinRequestSchema.omit({ networkId: true }),
    responses: { 201: { description: "The pending request", schema: membershipSchema } },
    errors: {
      400: "The body is not JSON",
      401: "Signed out",
      403: "Cross-site request, or a role that may not join networks",
      404: "Unknown or archived network",
      409: "Already a member, or a request is already pending",
      422: "A missing or too long message",
    },
  },
  {
    operationId: "leaveNetwork",
    method: "delete",
    path: "/api/networks/{slug}/membership",
    tag: "networks",
    summary: "Leave a network, or withdraw a pending request",
    session: "required",
    pathParams: slugParams,
    responses: { 200: { description: "The membership after leaving", schema: membershipSchema } },
    errors: {
      401: "Signed out",
      403: "Cross-site request",
      404: "Unknown network, or not a member",
      409: "The network's last chair (a coordinator appoints another first)",
    },
  },
  {
    operationId: "exportNetworkRosterCsv",
    method: "get",
    path: "/api/exports/networks/{slug}/roster.csv",
    tag: "exports",
    summary:
      "A network's active members (name, email, library, municipality, role, joined) as CSV for Finnish Excel; the network's chairs and coordinators",
    session: "required",
    pathParams: slugParams,
    responses: {
      200: { description: "Attachment verkosto-<slug>-jasenet.csv", mediaType: "text/csv", schema: z.string() },
    },
    errors: { 401: "Signed out", 404: "Unknown or archived network, or not its chair" },
  },
  {
    operationId: "exportNetworkRosterXlsx",
    method: "get",
    path: "/api/exports/networks/{slug}/roster.xlsx",
    tag: "exports",
    summary: "A network's active members as an Excel workbook; the network's chairs and coordinators",
    session: "required",
    pathParams: slugParams,
    responses: {
      200: {
        description: "Attachment verkosto-<slug>-jasenet.xlsx",
        mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      },
    },
    errors: { 401: "Signed out", 404: "Unknown or archived network, or not its chair" },
  },
]);
