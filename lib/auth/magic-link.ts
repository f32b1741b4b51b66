// Requesting a sign-in link: validate, rate-limit (per address and per
// client, in PostgreSQL), refuse unknown addresses without saying so, and
// only then let Auth.js create the token and send the mail.
import "server-only";
import { NextRequest } from "next/server";
import { AppError } from "@/lib/http/errors";
import { getRequestLocale } from "@/lib/i18n/server";
import { log } from "@/lib/log";
import { handlers, signIn } from "./config";
import { isProfilePendingForEmail } from "@/lib/users/profile/data";
import { isAllowedToSignIn } from "./data";
import { hitRateLimit } from "./mutations";
import { magicLinkRequestSchema } from "./schema";

export const MAGIC_LINK_LIMITS = {
  perEmail: { max: 5, windowSeconds: 15 * 60 },
  perClient: { max: 20, windowSeconds: 15 * 60 },
} as const;

export async function requestMagicLink(input: unknown, clientKey: string): Promise<{ status: "sent" }> {
  const { email, callbackUrl } = magicLinkRequestSchema.parse(input);

  const [byEmail, byClient] = await Promise.all([
    hitRateLimit(`magic-link:email:${email}`, MAGIC_LINK_LIMITS.perEmail.windowSeconds),
    hitRateLimit(`magic-link:client:${clientKey}`, MAGIC_LINK_LIMITS.perClient.windowSeconds),
  ]);
  const limited =
    byEmail.count > MAGIC_LINK_LIMITS.perEmail.max
      ? byEmail
      : byClient.count > MAGIC_LINK_LIMITS.perClient.max
        ? byClient
        : null;
  if (limited) {
    const retryAfter = Math.max(1, Math.ceil((limited.resetAt.getTime() - Date.now()) / 1000));
    throw new AppError("RATE_LIMITED", "Too many sign-in links requested. Try again later.", undefined, {
      "Retry-After": String(retryAfter),
    });
  }

  if (!(await isAllowedToSignIn(email))) {
    // Same answer as for a known address: no account enumeration.
    log.info("sign-in link refused for an unknown address");
    return { status: "sent" };
  }
  // The asking page's language travels in the sign-in body to the mail (lib/auth/config.ts).
  await signIn("nodemailer", {
    email,
    locale: await getRequestLocale(),
    redirect: false,
    redirectTo: callbackUrl ?? "/",
  });
  return { status: "sent" };
}

/**
 * Consumes a link (the confirmation page's POST): Auth.js's own callback,
 * answered on the origin the browser used.
 *
 * Auth.js gets a NextRequest: with AUTH_URL set, next-auth reads its
 * `nextUrl` to swap in AUTH_URL's origin. A NextRequest names 127.0.0.1 as
 * "localhost", and AUTH_URL may name another origin than the browser's (a
 * proxy's), so Auth.js gets the landing page as a path and its redirect is
 * put back on `origin`: one host name for the cookie and the page.
 */
export async function consumeMagicLink(
  link: { token: string; email: string; next: string },
  origin: string,
  headers: Headers,
): Promise<Response> {
  const callback = new URL("/api/auth/callback/nodemailer", origin);
  callback.searchParams.set("token", link.token);
  callback.searchParams.set("email", link.email);
  callback.searchParams.set("callbackUrl", link.next);
  const answer = await handlers.GET(new NextRequest(callback, { headers }));
  const location = answer.headers.get("location");
  if (!location) return answer;
  let target = new URL(location, origin);
  // A first sign-in gives their profile first, then goes on where they were going (issue 11).
  if (target.pathname === link.next.split("?")[0] && (await isProfilePendingForEmail(link.email))) {
    target = new URL(`/tervetuloa?seuraava=${encodeURIComponent(link.next)}`, origin);
  }
  const out = new Headers(answer.headers);
  out.set("location", new URL(`${target.pathname}${target.search}`, origin).toString());
  return new Response(null, { status: 303, headers: out });
}
