"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { assertActionOrigin } from "@/lib/http/action";
import { isDatabaseUnavailable } from "@/lib/http/db-errors";
import { LOCALE_COOKIE, LOCALES, type Locale } from "./config";
import { rememberLocale } from "./mutations";

const schema = z.object({ locale: z.enum(LOCALES) });

/**
 * The language switch: remembered in a cookie for a year and, for someone
 * signed in, on their account, so that their mails come in it too. Then back
 * to the page the switch was on, now routed by the new cookie to the other
 * language (a different root segment, so the browser loads it anew; ADR 17).
 */
export async function setLocale(formData: FormData): Promise<void> {
  await assertActionOrigin();
  const parsed = schema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  await switchLocale(parsed.data.locale);
  redirect(await samePageUnprefixed());
}

async function switchLocale(locale: Locale): Promise<void> {
  const parsed = { data: { locale } };
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

/** The page the form was sent from (its Referer, same origin only), without an /en or /fi prefix. */
async function samePageUnprefixed(): Promise<string> {
  const h = await headers();
  const referer = h.get("referer");
  const host = h.get("host");
  if (!referer || !host) return "/";
  try {
    const url = new URL(referer);
    if (url.host !== host && url.host !== h.get("x-forwarded-host")) return "/";
    const path = url.pathname.replace(/^\/(?:en|fi)(?=\/|$)/, "") || "/";
    return `${path}${url.search}`;
  } catch {
    return "/";
  }
}
