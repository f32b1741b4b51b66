"use server";
// The forms of user administration: session → validation → policy → mutation
// → revalidation. The mutations assert the policy again (every entry is public).
import { redirect } from "next/navigation";
import { revalidatePage } from "@/lib/cache/paths";
import { runFormAction, savedState } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { inviteColleague, inviteUser, resendInvitation, updateUser } from "./mutations";
import {
  changeActivationSchema,
  changeLibrarySchema,
  changeRolesSchema,
  inviteColleagueSchema,
  inviteUserSchema,
  resendInvitationSchema,
} from "./schema";

function revalidateUsers(userId?: string) {
  revalidatePage("/kayttajat", "page");
  if (userId) revalidatePage(`/kayttajat/${userId}`, "page");
  revalidatePage("/henkilokunta", "page");
}

export async function inviteUserAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "users.manage", (actor, values) =>
    inviteUser(actor, inviteUserSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidateUsers();
  redirect(`/kayttajat/${outcome.result.id}?kutsuttu=1`);
}

export async function inviteColleagueAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "staff.inviteOwnLibrary", async (actor, values) => {
    const input = inviteColleagueSchema.parse(values);
    await inviteColleague(actor, input);
    return input.email;
  });
  if (!outcome.ok) return outcome.state;
  revalidateUsers();
  return savedState(prev, {}, { key: "users.invite.sent", vars: { email: outcome.result } });
}

export async function changeRolesAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "roles.manage", async (actor, values) => {
    const { userId, roles } = changeRolesSchema.parse(values);
    await updateUser(actor, userId, { roles });
    return userId;
  });
  if (!outcome.ok) return outcome.state;
  revalidateUsers(outcome.result);
  return savedState(prev, outcome.values, { key: "users.roles.saved" });
}

export async function changeLibraryAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "users.manage", async (actor, values) => {
    const { userId, libraryId } = changeLibrarySchema.parse(values);
    await updateUser(actor, userId, { libraryId });
    return userId;
  });
  if (!outcome.ok) return outcome.state;
  revalidateUsers(outcome.result);
  return savedState(prev, outcome.values, { key: "users.library.saved" });
}

export async function changeActivationAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "users.manage", async (actor, values) => {
    const { userId, active } = changeActivationSchema.parse(values);
    await updateUser(actor, userId, { active });
    return { userId, active };
  });
  if (!outcome.ok) return outcome.state;
  revalidateUsers(outcome.result.userId);
  return savedState(
    prev,
    {},
    {
      key: outcome.result.active ? "users.activation.reactivated" : "users.activation.deactivated",
    },
  );
}

export async function resendInvitationAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "users.manage", async (actor, values) => {
    const { userId } = resendInvitationSchema.parse(values);
    return { userId, ...(await resendInvitation(actor, userId)) };
  });
  if (!outcome.ok) return outcome.state;
  revalidateUsers(outcome.result.userId);
  return savedState(prev, {}, { key: "users.invite.sent", vars: { email: outcome.result.email } });
}
