// GET /api/users, GET and PATCH /api/users/{id} (ADMIN): the rows of ./data.ts
// as JSON, and their description for the OpenAPI document.
import { z } from "zod";
import { Locale, Role } from "@/lib/db/enums";
import { apiOperations, idParam, jsonId, jsonInstant } from "@/lib/http/openapi/operation";
import { translator } from "@/lib/i18n/translate";
import { displayName } from "@/lib/users/rules";
import type { UserDetail, UserRow } from "./data";
import { userListQuerySchema, userPatchSchema } from "./schema";

const apiText = translator("en");

export const userSchema = z
  .object({
    id: jsonId,
    name: z.string().nullable(),
    email: z.string(),
    title: z.string().nullable(),
    roles: z.array(z.enum(Role)),
    library: z.object({ id: jsonId, name: z.string() }).nullable(),
    active: z.boolean().meta({ description: "False once deactivated: no sign-in, no sessions" }),
    lastSignInAt: jsonInstant.nullable(),
    deactivatedAt: jsonInstant.nullable(),
    invitedAt: jsonInstant.nullable(),
    removed: z.boolean().meta({ description: "Name and address anonymised at the person's request" }),
  })
  .meta({ id: "User" });

const auditEntrySchema = z.object({
  at: jsonInstant,
  action: z.string().meta({ description: "user.invited, user.rolesChanged, user.libraryChanged, user.deactivated, …" }),
  actor: z.string().nullable().meta({ description: "Who made the change, by name; null for the system" }),
  before: z.unknown(),
  after: z.unknown(),
});

export const userDetailSchema = userSchema
  .extend({
    locale: z.enum(Locale),
    createdAt: jsonInstant,
    audit: z.array(auditEntrySchema).meta({ description: "The account's audit trail, newest first" }),
  })
  .meta({ id: "UserDetail" });

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function userJson(u: UserRow): z.output<typeof userSchema> {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    title: u.title,
    roles: u.roles,
    library: u.library,
    active: u.deactivatedAt === null,
    lastSignInAt: iso(u.lastSignInAt),
    deactivatedAt: iso(u.deactivatedAt),
    invitedAt: iso(u.invitedAt),
    removed: u.anonymizedAt !== null,
  };
}

export function userDetailJson(u: UserDetail): z.output<typeof userDetailSchema> {
  return {
    ...userJson(u),
    locale: u.locale,
    createdAt: u.createdAt.toISOString(),
    audit: u.audit.map((e) => ({
      at: e.at.toISOString(),
      action: e.action,
      actor: e.actor ? displayName(e.actor, apiText) : null,
      before: e.before ?? null,
      after: e.after ?? null,
    })),
  };
}

export const userOperations = apiOperations([
  {
    operationId: "listUsers",
    method: "get",
    path: "/api/users",
    tag: "users",
    summary: "Users by address, with search and filters, a page at a time (ADMIN)",
    session: "required",
    query: userListQuerySchema,
    responses: {
      200: {
        description: "One page",
        schema: z.object({
          items: z.array(userSchema),
          nextCursor: jsonId.nullable().meta({ description: "Pass as ?cursor= for the next page; null on the last" }),
        }),
      },
    },
    errors: { 401: "Signed out", 403: "Not an administrator", 422: "An unknown or repeated filter value" },
  },
  {
    operationId: "getUser",
    method: "get",
    path: "/api/users/{id}",
    tag: "users",
    summary: "One user with their account's audit trail (ADMIN)",
    session: "required",
    pathParams: z.object({ id: idParam("User") }),
    responses: { 200: { description: "The user", schema: userDetailSchema } },
    errors: { 401: "Signed out", 403: "Not an administrator", 404: "No such user" },
  },
  {
    operationId: "updateUser",
    method: "patch",
    path: "/api/users/{id}",
    tag: "users",
    summary: "Change a user's roles, library or activation (ADMIN); deactivating ends their sessions at once",
    session: "required",
    pathParams: z.object({ id: idParam("User") }),
    body: userPatchSchema,
    responses: { 200: { description: "The user as changed", schema: userDetailSchema } },
    errors: {
      400: "The body is not a JSON object",
      401: "Signed out",
      403: "Cross-site request, or not an administrator",
      404: "No such user",
      409: "It would leave no active administrator, or the account has been removed",
      422: "Unknown role or library, or nothing to change",
    },
  },
]);
