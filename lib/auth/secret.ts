// The secret Auth.js signs and hashes with; also hashes invitation tokens (lib/auth/mutations.ts).
import "server-only";
import { env } from "@/lib/env";

export function authSecret(): string {
  const secret = env().AUTH_SECRET;
  if (secret) return secret;
  if (env().NODE_ENV !== "production" || env().DEMO_MODE) {
    // Development only: a fixed secret keeps dev sessions valid across restarts.
    return "pike-portaali-development-secret-do-not-use-in-production";
  }
  throw new Error("AUTH_SECRET must be set in production");
}
