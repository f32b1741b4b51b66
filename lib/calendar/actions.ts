"use server";
import { revalidatePage } from "@/lib/cache/paths";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { assertActionOrigin } from "@/lib/http/action";
import { isDatabaseUnavailable } from "@/lib/http/db-errors";
import { forbidden, unauthenticated } from "@/lib/http/errors";
import { ensureCalendarToken, regenerateCalendarToken } from "./mutations";

export type CalendarFeedState = { status: "idle" | "created" | "regenerated" | "error" };

/**
 * "Luo oma kalenterisyöte": the personal feed's secret address is made here,
 * on request, never while a page renders. Pressed twice (two tabs), it
 * keeps the first address. No input to validate.
 */
export async function createCalendarFeed(_prev: CalendarFeedState, _formData: FormData): Promise<CalendarFeedState> {
  await assertActionOrigin();
  const actor = await getActor();
  if (!actor) throw unauthenticated();
  if (!can(actor, "calendar.ownFeed")) throw forbidden();
  try {
    await ensureCalendarToken(actor);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { status: "error" };
    throw error;
  }
  revalidatePage("/omat-tiedot");
  return { status: "created" };
}

/** "Luo uusi osoite": revokes the personal feed's address and makes a new one. No input to validate. */
export async function regenerateCalendarFeed(
  _prev: CalendarFeedState,
  _formData: FormData,
): Promise<CalendarFeedState> {
  await assertActionOrigin();
  const actor = await getActor();
  if (!actor) throw unauthenticated();
  if (!can(actor, "calendar.ownFeed")) throw forbidden();
  try {
    await regenerateCalendarToken(actor);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { status: "error" };
    throw error;
  }
  revalidatePage("/omat-tiedot");
  return { status: "regenerated" };
}
