// Auth.js (next-auth v5): email magic links over SMTP, sessions in PostgreSQL.
// See docs/decisions/0003-auth.md for why links open a confirmation page.
import "server-only";
import NextAuth, { type NextAuthConfig } from "next-auth";
import Nodemailer from "next-auth/providers/nodemailer";
import { authAdapter } from "@/lib/db/auth-adapter";
import { env } from "@/lib/env";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";
import { sendMail } from "@/lib/email";
import { log } from "@/lib/log";
import { authjsLogger } from "@/lib/log/authjs";
import { countSignIn } from "@/lib/metrics/registry";
import { findUserLocale, isAllowedToSignIn } from "./data";
import { recordSignIn } from "./mutations";
import { authSecret } from "./secret";
import type { Actor } from "./policy";
import type { Role } from "@/lib/db/enums";

/** A magic link is valid at most this long. */
export const MAGIC_LINK_MAX_AGE_SECONDS = 10 * 60;

/** The link in the mail opens our confirmation page, not Auth.js's callback. */
export function confirmationUrl(callbackUrl: string): string {
  const cb = new URL(callbackUrl);
  const confirm = new URL("/kirjaudu/vahvista", cb.origin);
  for (const key of ["token", "email", "callbackUrl"]) {
    const value = cb.searchParams.get(key);
    if (value) confirm.searchParams.set(key, value);
  }
  return confirm.toString();
}

// Auth.js calls this per request; the config is built on the first (not at
// import: env() must not be read at build time) and then kept.
let config: NextAuthConfig | undefined;
export const { handlers, auth, signIn, signOut } = NextAuth(() => (config ??= buildConfig()));

function buildConfig(): NextAuthConfig {
  return {
    adapter: authAdapter(),
    secret: authSecret(),
    trustHost: true,
    logger: authjsLogger(log),
    session: { strategy: "database", maxAge: 30 * 24 * 3600, updateAge: 24 * 3600 },
    pages: {
      signIn: "/kirjaudu",
      verifyRequest: "/kirjaudu/tarkista",
      error: "/kirjaudu/virhe",
    },
    providers: [
      Nodemailer({
        // Nodemailer's transport is ours (lib/email); this only satisfies the provider.
        server: env().SMTP_URL ?? "smtp://localhost:25",
        from: env().EMAIL_FROM,
        maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
        async sendVerificationRequest({ identifier, url, request }) {
          // The user's own language; for an address with no account yet, the
          // language of the page that asked (requestMagicLink passes it in the
          // sign-in body); else Finnish.
          const body: unknown = await request.json().catch(() => null);
          const asked = typeof body === "object" && body !== null ? (body as { locale?: unknown }).locale : undefined;
          const locale = (await findUserLocale(identifier)) ?? (isLocale(asked) ? asked : DEFAULT_LOCALE);
          const t = translator(locale);
          await sendMail({
            to: identifier,
            subject: t("auth.mail.subject"),
            text: t("auth.mail.body", { link: confirmationUrl(url), minutes: MAGIC_LINK_MAX_AGE_SECONDS / 60 }),
          });
        },
      }),
    ],
    events: {
      async signIn({ user }) {
        countSignIn();
        if (user.id) await recordSignIn(user.id);
      },
    },
    callbacks: {
      async signIn({ user }) {
        // Asked when a link is requested (second line of defence: lib/auth/magic-link.ts
        // checks first) and again when it is used: a person deactivated since gets no session.
        return isAllowedToSignIn(user.email ?? "");
      },
      session({ session, user }) {
        const u = user as typeof user & { roles: Role[]; libraryId: string | null };
        return { ...session, user: { ...session.user, id: u.id, roles: u.roles, libraryId: u.libraryId } };
      },
    },
  };
}

declare module "next-auth" {
  interface Session {
    user: { id: string; roles: Role[]; libraryId: string | null; name?: string | null; email?: string | null };
  }
}

export type { Actor };
