"use server";
// The coordinators' programme editor forms: a part (new or edited), moving a
// part, removing one after a confirmation step, the deadline and publishing.
import { revalidatePage } from "@/lib/cache/paths";
import { runFormAction, savedState } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { confirmPart, revokeCertificate } from "../mutations";
import { deletePart, movePart, savePart, saveProgrammeSettings } from "./mutations";

function revalidate(offeringId: unknown) {
  if (typeof offeringId === "string" && /^[0-9a-f-]{36}$/.test(offeringId)) {
    revalidatePage(`/koulutukset/hallinta/koulutukset/${offeringId}`);
  }
}

export async function savePartAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "programme.manage", (actor, values) => savePart(actor, values));
  if (!outcome.ok) return outcome.state;
  revalidate(outcome.values.offeringId);
  const edited = typeof outcome.values.partId === "string" && outcome.values.partId !== "";
  // A new part's form starts empty again; an edited one keeps what was saved.
  return savedState(prev, edited ? outcome.values : {}, {
    key: edited ? "programmesAdmin.saved.partSaved" : "programmesAdmin.saved.partAdded",
  });
}

export async function movePartAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "programme.manage", (actor, values) => movePart(actor, values));
  if (!outcome.ok) return outcome.state;
  revalidate(outcome.values.offeringId);
  return savedState(prev, {}, { key: "programmesAdmin.saved.moved" });
}

export async function deletePartAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "programme.manage", (actor, values) => deletePart(actor, values));
  if (!outcome.ok) return outcome.state;
  revalidate(outcome.values.offeringId);
  return savedState(prev, {}, { key: "programmesAdmin.saved.partRemoved" });
}

export async function saveProgrammeSettingsAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "programme.manage", (actor, values) =>
    saveProgrammeSettings(actor, values),
  );
  if (!outcome.ok) return outcome.state;
  revalidate(outcome.values.offeringId);
  return savedState(prev, outcome.values, { key: "programmesAdmin.saved.settings" });
}

function revalidateParticipant(values: FormState["values"]) {
  const offeringId = values?.offeringId;
  const participationId = values?.participationId;
  if (typeof offeringId === "string" && /^[0-9a-f-]{36}$/.test(offeringId)) {
    revalidatePage(`/koulutukset/hallinta/ohjelmat/${offeringId}/eteneminen`);
    if (typeof participationId === "string" && /^[0-9a-f-]{36}$/.test(participationId)) {
      revalidatePage(`/koulutukset/hallinta/ohjelmat/${offeringId}/osallistujat/${participationId}`);
    }
  }
}

/** A coordinator confirms a part for one participant (with an optional note); may complete the programme. */
export async function confirmPartAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "programme.manage", (actor, values) =>
    confirmPart(actor, values),
  );
  if (!outcome.ok) return outcome.state;
  revalidateParticipant(outcome.values);
  return savedState(
    prev,
    {},
    {
      key:
        outcome.result.status === "COMPLETED"
          ? "programmesAdmin.saved.confirmedCompleted"
          : "programmesAdmin.saved.confirmed",
    },
  );
}

/** A coordinator revokes a participant's certificate, with a reason (audited), after a confirmation step. */
export async function revokeCertificateAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "programme.manage", (actor, values) =>
    revokeCertificate(actor, values),
  );
  if (!outcome.ok) return outcome.state;
  revalidateParticipant(outcome.values);
  return savedState(prev, {}, { key: "programmesAdmin.saved.revoked" });
}
