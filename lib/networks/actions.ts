"use server";
// The networks' forms (ADR 29): asking to join, a chair's decision, leaving,
// removing a member, and the coordinators' chairs, new networks and
// archiving. Each goes origin → session → policy → validation → mutation
// (runFormAction); the mutation decides per record again (a chair of another
// network is refused there, whatever a crafted call sends).
import { redirect } from "next/navigation";
import { revalidatePage } from "@/lib/cache/paths";
import { runFormAction, savedState } from "@/lib/http/form-action";
import type { FormState, FormValues } from "@/lib/http/form-state";
import {
  appointChair,
  archiveNetwork,
  createNetwork,
  decideJoinRequest,
  leaveNetwork,
  removeChair,
  removeMember,
  requestToJoin,
} from "./mutations";
import { NETWORK_SLUG } from "./rules";

/** The network's slug from the form, when it is one. */
const slugOf = (values: FormValues) =>
  typeof values.slug === "string" && NETWORK_SLUG.test(values.slug) ? values.slug : null;

/** The list and the network's own page. */
function revalidate(values: FormValues) {
  revalidatePage("/verkostot");
  const slug = slugOf(values);
  if (slug) revalidatePage(`/verkostot/${slug}`);
}

/**
 * Back to the network page with what was done in its notice: the form that
 * was sent is gone from the new page (a request becomes "pending", a decided
 * request leaves the list), so its own status message would vanish with it.
 */
function backToNetwork(prev: FormState, values: FormValues, done: string, key: string): FormState {
  revalidate(values);
  const slug = slugOf(values);
  if (slug) redirect(`/verkostot/${slug}?tehty=${done}`);
  return savedState(prev, {}, { key });
}

/** From the members' admin page (its forms send paluu=hallinta): back there with the notice, for the same reason. */
function backToAdmin(prev: FormState, values: FormValues, done: string, key: string): FormState {
  revalidate(values);
  const slug = slugOf(values);
  if (slug) revalidatePage(`/verkostot/${slug}/hallinta`);
  if (slug && values.paluu === "hallinta") redirect(`/verkostot/${slug}/hallinta?tehty=${done}`);
  return savedState(prev, {}, { key });
}

export async function requestToJoinAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "network.requestJoin", (actor, values) =>
    requestToJoin(actor, values),
  );
  if (!outcome.ok) return outcome.state;
  return backToNetwork(prev, outcome.values, "pyydetty", "networks.saved.requested");
}

export async function decideJoinRequestAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "signedIn", (actor, values) => decideJoinRequest(actor, values));
  if (!outcome.ok) return outcome.state;
  return outcome.result.status === "ACTIVE"
    ? backToNetwork(prev, outcome.values, "hyvaksytty", "networks.saved.approved")
    : backToNetwork(prev, outcome.values, "hylatty", "networks.saved.declined");
}

export async function leaveNetworkAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "signedIn", (actor, values) => leaveNetwork(actor, values));
  if (!outcome.ok) return outcome.state;
  return backToNetwork(prev, outcome.values, "poistuttu", "networks.saved.left");
}

export async function removeMemberAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "signedIn", (actor, values) => removeMember(actor, values));
  if (!outcome.ok) return outcome.state;
  return backToAdmin(prev, outcome.values, "poistettu", "networks.saved.removed");
}

export async function appointChairAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "network.manage", (actor, values) => appointChair(actor, values));
  if (!outcome.ok) return outcome.state;
  return backToAdmin(prev, outcome.values, "nimetty", "networks.saved.chairAppointed");
}

export async function removeChairAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "network.manage", (actor, values) => removeChair(actor, values));
  if (!outcome.ok) return outcome.state;
  return backToAdmin(prev, outcome.values, "vapautettu", "networks.saved.chairRemoved");
}

export async function createNetworkAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "network.manage", (actor, values) =>
    createNetwork(actor, values),
  );
  if (!outcome.ok) return outcome.state;
  revalidate(outcome.values);
  // From the new-network form: to the network's page, which says it was created.
  if (outcome.values.paluu === "uusi") redirect(`/verkostot/${outcome.result.slug}?tehty=luotu`);
  return savedState(prev, {}, { key: "networks.saved.created" });
}

export async function archiveNetworkAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "network.manage", (actor, values) =>
    archiveNetwork(actor, values),
  );
  if (!outcome.ok) return outcome.state;
  revalidate(outcome.values);
  // The network's pages are gone (404): back to the list.
  if (outcome.values.paluu === "hallinta") redirect("/verkostot");
  return savedState(prev, {}, { key: "networks.saved.archived" });
}
