"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { assertActionOrigin } from "@/lib/http/action";
import { isDatabaseUnavailable } from "@/lib/http/db-errors";
import { LOCALE_COOKIE, LOCALES } from "./config";
import { rememberLocale } from "./mutations";

const schema = z.object({ locale: z.enum(LOCALES) });

/**
 * The language switch: remembered in a cookie for a year and, for someone
 * signed in, on their account, so that their mails come in it too.
 */
export async function setLocale(formData: FormData): Promise<void> {
  await assertActionOrigin();
  const parsed = schema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: 365 * 24 * 3600,
    sameSite: "lax",
    httpOnly: false,
  });
  const actor = await getActor().catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  });
  if (!actor) return;
  try {
    await rememberLocale(actor, parsed.data.locale);
  } catch (error) {
    // The page still switches language; the mails follow the next time.
    if (!isDatabaseUnavailable(error)) throw error;
  }
}
