"use server";
// Coordinators' forms for the training menu: origin → session → policy →
// zod → mutation → revalidate. Each answers a FormState for useActionState;
// creating something redirects to its page.
import { revalidatePage } from "@/lib/cache/paths";
import { redirect } from "next/navigation";
import { runFormAction, savedState } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import {
  cancelSession,
  createMenu,
  createOffering,
  createSession,
  createTheme,
  renameTheme,
  setMenuStatus,
  updateMenu,
  updateOffering,
  updateSession,
} from "./mutations";
import {
  menuCreateSchema,
  menuStatusSchema,
  menuUpdateSchema,
  offeringCreateSchema,
  offeringUpdateSchema,
  sessionCancelSchema,
  sessionCreateSchema,
  sessionUpdateSchema,
  themeCreateSchema,
  themeRenameSchema,
} from "./schema";

const ADMIN = "/koulutukset/hallinta";

function revalidateMenu() {
  revalidatePage("/koulutukset", "layout");
  revalidatePage("/", "page");
}

export async function createThemeAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "menu.manage", (actor, values) =>
    createTheme(actor, themeCreateSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidateMenu();
  // A fresh, empty form for the next theme.
  return { ...savedState(prev, {}), notice: { key: "trainingsAdmin.theme.created" } };
}

export async function renameThemeAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "menu.manage", (actor, values) =>
    renameTheme(actor, themeRenameSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidateMenu();
  return savedState(prev, outcome.values, { key: "trainingsAdmin.saved" });
}

export async function createMenuAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "menu.manage", (actor, values) =>
    createMenu(actor, menuCreateSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidateMenu();
  redirect(`${ADMIN}/tarjottimet/${outcome.result.id}`);
}

export async function updateMenuAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "menu.manage", (actor, values) =>
    updateMenu(actor, menuUpdateSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidateMenu();
  return savedState(prev, outcome.values, { key: "trainingsAdmin.saved" });
}

export async function setMenuStatusAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "menu.manage", async (actor, values) => {
    const input = menuStatusSchema.parse(values);
    await setMenuStatus(actor, input);
    return input.status;
  });
  if (!outcome.ok) return outcome.state;
  revalidateMenu();
  return savedState(prev, {}, { key: `trainingsAdmin.menu.statusChanged.${outcome.result}` });
}

export async function createOfferingAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "offering.manage", (actor, values) =>
    createOffering(actor, offeringCreateSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidateMenu();
  redirect(`${ADMIN}/koulutukset/${outcome.result.id}`);
}

export async function updateOfferingAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "offering.manage", (actor, values) =>
    updateOffering(actor, offeringUpdateSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidateMenu();
  return savedState(prev, { ...outcome.values, slug: outcome.result.slug }, { key: "trainingsAdmin.saved" });
}

export async function createSessionAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "session.manage", (actor, values) =>
    createSession(actor, sessionCreateSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidateMenu();
  redirect(`${ADMIN}/tilaisuudet/${outcome.result.id}?uusi=1`);
}

export async function updateSessionAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "session.manage", (actor, values) =>
    updateSession(actor, sessionUpdateSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidateMenu();
  const { notified } = outcome.result;
  return savedState(
    prev,
    outcome.values,
    notified > 0
      ? { key: "trainingsAdmin.session.savedNotified", vars: { count: notified } }
      : { key: "trainingsAdmin.saved" },
  );
}

export async function cancelSessionAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "session.manage", async (actor, values) => {
    const input = sessionCancelSchema.parse(values);
    await cancelSession(actor, input);
    return input.sessionId;
  });
  if (!outcome.ok) return outcome.state;
  revalidateMenu();
  redirect(`${ADMIN}/tilaisuudet/${outcome.result}?peruttu=1`);
}
