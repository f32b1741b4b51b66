// Requesting a sign-in link: validate, rate-limit (per address and per
// client, in PostgreSQL), refuse unknown addresses without saying so, and
// only then let Auth.js create the token and send the mail.
import "server-only";
import { AppError } from "@/lib/http/errors";
import { getLocale } from "@/lib/i18n/server";
import { log } from "@/lib/log";
import { signIn } from "./config";
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
  await signIn("nodemailer", { email, locale: await getLocale(), redirect: false, redirectTo: callbackUrl ?? "/" });
  return { status: "sent" };
}
