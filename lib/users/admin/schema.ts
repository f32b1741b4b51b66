// Inputs of user administration (issue 11): the admins' list filters, the
// invitation, and the changes to a person's roles, library and activation.
// One schema per input, shared by the forms and the JSON API.
import { z } from "zod";
import { Locale, Role } from "@/lib/db/enums";
import type { Role as RoleName } from "@/lib/db/enums";
import { blankToUndefined, optionalText } from "@/lib/http/fields";

export const LAST_SIGN_IN_FILTERS = ["NEVER", "WITHIN_30_DAYS", "WITHIN_90_DAYS", "OVER_90_DAYS"] as const;
export type LastSignInFilter = (typeof LAST_SIGN_IN_FILTERS)[number];

const optionalUuid = z.preprocess(blankToUndefined, z.uuid({ error: "users.error.filter" }).optional());

/** The list's search and filters, from the page's URL or the API's query. */
export const userListQuerySchema = z.object({
  q: z.preprocess(
    blankToUndefined,
    z.string({ error: "users.error.filter" }).trim().max(100, { error: "validation.tooLong" }).optional(),
  ),
  library: optionalUuid.meta({ description: "A library's id; `none` is not accepted, leave out for all" }),
  role: z.preprocess(blankToUndefined, z.enum(Role, { error: "users.error.filter" }).optional()),
  active: z.preprocess(blankToUndefined, z.enum(["true", "false"], { error: "users.error.filter" }).optional()),
  lastSignIn: z.preprocess(blankToUndefined, z.enum(LAST_SIGN_IN_FILTERS, { error: "users.error.filter" }).optional()),
  limit: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: "users.error.filter" }).int().min(1).max(100).optional(),
  ),
  cursor: optionalUuid.meta({ description: "nextCursor of the previous page" }),
});
export type UserListQuery = z.output<typeof userListQuerySchema>;

/** One value per parameter: a repeated one is ambiguous, so refused. */
export function parseUserListQuery(params: URLSearchParams): UserListQuery {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(userListQuerySchema.shape)) {
    const all = params.getAll(key);
    raw[key] = all.length > 1 ? all : (all[0] ?? undefined);
  }
  return userListQuerySchema.parse(raw);
}

const email = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
  z.email({ error: "users.error.email" }).max(254, { error: "users.error.email" }),
);

/** `npm run admin:grant -- EMAIL`: the address of the first (or another) administrator. */
export const grantAdminSchema = z.object({ email });

const isRole = (value: string): value is RoleName => Object.hasOwn(Role, value);

/** Checkboxes of roles: absent means none ticked. */
const roleList = z.preprocess(
  (value: unknown): unknown[] => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  // One message for the field, not one per ticked box.
  z
    .array(z.string(), { error: "users.error.roles" })
    .min(1, { error: "users.error.roles" })
    .max(5, { error: "users.error.roles" })
    .refine((roles) => roles.every(isRole), { error: "users.error.roles" })
    .transform((roles) => [...new Set(roles as RoleName[])]),
);

const libraryId = z.preprocess(blankToUndefined, z.uuid({ error: "users.error.library" }).nullable().default(null));

/** An admin's invitation: any library (or none) and any roles. */
export const inviteUserSchema = z.object({
  email,
  name: optionalText(200),
  libraryId,
  roles: roleList,
  locale: z.preprocess(blankToUndefined, z.enum(Locale, { error: "validation.invalid" }).default("fi")),
});
export type InviteUserInput = z.output<typeof inviteUserSchema>;

/** A supervisor's invitation of a colleague: STAFF of the supervisor's own library. */
export const inviteColleagueSchema = z.object({
  email,
  name: optionalText(200),
  locale: z.preprocess(blankToUndefined, z.enum(Locale, { error: "validation.invalid" }).default("fi")),
});
export type InviteColleagueInput = z.output<typeof inviteColleagueSchema>;

const userId = z.uuid({ error: "validation.id" });

export const changeRolesSchema = z.object({ userId, roles: roleList });
export const changeLibrarySchema = z.object({ userId, libraryId });
export const changeActivationSchema = z.object({
  userId,
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});

/** Sending an invitation again: the one person. */
export const resendInvitationSchema = z.object({ userId });

/** PATCH /api/users/{id}: any of the three, at least one. */
export const userPatchSchema = z
  .strictObject({
    roles: z
      .array(z.enum(Role, { error: "users.error.roles" }))
      .min(1, { error: "users.error.roles" })
      .max(5)
      .optional(),
    libraryId: z.uuid({ error: "users.error.library" }).nullable().optional(),
    active: z.boolean({ error: "validation.invalid" }).optional(),
  })
  .refine((v) => v.roles !== undefined || v.libraryId !== undefined || v.active !== undefined, {
    error: "users.error.emptyPatch",
  });
export type UserPatch = z.output<typeof userPatchSchema>;
