"use server";
// The materials forms: origin → session → policy → zod → mutation →
// revalidate. Uploads arrive as multipart/form-data; Next's body limit for
// server actions is raised just above 20 MB in next.config.ts.
import { revalidatePage } from "@/lib/cache/paths";
import { redirect } from "next/navigation";
import { runFormAction, savedState } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { addFileMaterial, addLinkMaterial, removeMaterial } from "./mutations";
import { materialFileSchema, materialLinkSchema, materialRemoveSchema } from "./schema";

function revalidateMeeting(meetingId: string) {
  // The meeting page, its sub-pages and the API answers that list materials.
  revalidatePage(`/kokoukset/${meetingId}`, "layout");
}

export async function addFileMaterialAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "meeting.manage", async (actor, values) => {
    // formValues() leaves files out: the file travels beside the text fields.
    const input = materialFileSchema.parse({ ...values, file: formData.get("file") ?? undefined });
    return { ...(await addFileMaterial(actor, input)), meetingId: input.meetingId };
  });
  if (!outcome.ok) return outcome.state;
  revalidateMeeting(outcome.result.meetingId);
  // A fresh, empty form for the next file.
  return savedState(prev, {}, { key: "materials.added", vars: { title: outcome.result.title } });
}

export async function addLinkMaterialAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "meeting.manage", async (actor, values) => {
    const input = materialLinkSchema.parse(values);
    return { ...(await addLinkMaterial(actor, input)), meetingId: input.meetingId };
  });
  if (!outcome.ok) return outcome.state;
  revalidateMeeting(outcome.result.meetingId);
  return savedState(prev, {}, { key: "materials.added", vars: { title: outcome.result.title } });
}

export async function removeMaterialAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "meeting.manage", async (actor, values) => {
    const input = materialRemoveSchema.parse(values);
    await removeMaterial(actor, input);
    return input.meetingId;
  });
  if (!outcome.ok) return outcome.state;
  revalidateMeeting(outcome.result);
  redirect(`/kokoukset/${outcome.result}/materiaalit?poistettu=1`);
}
