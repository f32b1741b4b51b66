// The language switch (POST /api/locale, a browser form): the choice is
// remembered in a cookie for a year — the rewrites route unprefixed URLs by
// it — and, for someone signed in, on their account, so that their mails come
// in it too. Then back, with 303, to the page the switch was on.
import "server-only";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { isDatabaseUnavailable } from "@/lib/http/db-errors";
import { isSameOrigin } from "@/lib/http/origin";
import { requestOrigin } from "@/lib/http/origin-url";
import { errorResponse } from "@/lib/http/respond";
import { LOCALE_COOKIE, LOCALES, withoutLocalePrefix } from "./config";
import { rememberLocale } from "./mutations";

const schema = z.object({ locale: z.enum(LOCALES) });

export async function switchLocale(request: Request): Promise<Response> {
  if (!isSameOrigin(request.headers, request.url)) {
    return errorResponse("FORBIDDEN", "Cross-site or origin-less request refused.");
  }
  const form = await request.formData().catch(() => null);
  const parsed = schema.safeParse({ locale: form?.get("locale") });
  if (!parsed.success) {
    return errorResponse("VALIDATION_FAILED", "Choose fi or en.", { locale: "Choose fi or en." });
  }
  const { locale } = parsed.data;
  const actor = await getActor().catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  });
  if (actor) {
    try {
      await rememberLocale(actor, locale);
    } catch (error) {
      // The page still switches language; the mails follow the next time.
      if (!isDatabaseUnavailable(error)) throw error;
    }
  }
  const origin = requestOrigin(request);
  const headers = new Headers({ Location: new URL(backTo(request, origin), origin).toString() });
  headers.append("Set-Cookie", `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${365 * 24 * 3600}; SameSite=Lax`);
  return new Response(null, { status: 303, headers });
}

/** The page the form was sent from (its Referer, this site only), without an /en or /fi prefix. */
function backTo(request: Request, origin: string): string {
  const referer = request.headers.get("referer");
  if (!referer) return "/";
  try {
    const url = new URL(referer);
    if (url.origin !== origin) return "/";
    const path = withoutLocalePrefix(url.pathname);
    return `${path}${url.search}`;
  } catch {
    return "/";
  }
}
