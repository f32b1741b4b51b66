"use server";
// The forms of member libraries: an admin adds a library and edits all of it;
// coordinators edit its content, its service points and their status.
import { redirect } from "next/navigation";
import { can } from "@/lib/auth/policy";
import { runFormAction, savedState } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import {
  changeServicePointStatus,
  createLibrary,
  createServicePoint,
  updateLibrary,
  updateLibraryContent,
  updateServicePoint,
} from "./mutations";
import {
  libraryContentSchema,
  libraryCreateSchema,
  libraryUpdateSchema,
  servicePointCreateSchema,
  servicePointStatusSchema,
  servicePointUpdateSchema,
} from "./schema";

export async function createLibraryAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "libraries.manage", (actor, values) =>
    createLibrary(actor, libraryCreateSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  redirect(`/kirjastot/${outcome.result.slug}`);
}

/** An admin saves every field; a coordinator's form has (and the server takes) only the content. */
export async function updateLibraryAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "libraries.editContent", (actor, values) =>
    can(actor, "libraries.manage")
      ? updateLibrary(actor, libraryUpdateSchema.parse(values))
      : updateLibraryContent(actor, libraryContentSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  redirect(`/kirjastot/${outcome.result.slug}`);
}

export async function createServicePointAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "libraries.editContent", (actor, values) =>
    createServicePoint(actor, servicePointCreateSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  redirect(`/kirjastot/${outcome.result.librarySlug}`);
}

export async function updateServicePointAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "libraries.editContent", async (actor, values) => {
    await updateServicePoint(actor, servicePointUpdateSchema.parse(values));
  });
  if (!outcome.ok) return outcome.state;
  return savedState(prev, outcome.values, { key: "libraries.saved" });
}

export async function changeServicePointStatusAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "libraries.editContent", async (actor, values) => {
    await changeServicePointStatus(actor, servicePointStatusSchema.parse(values));
  });
  if (!outcome.ok) return outcome.state;
  return savedState(prev, {}, { key: "libraries.statusChanged" });
}
