// The site's public origin, for absolute links that leave the page (calendar
// feeds, the sitemap, social previews).
import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { forwardedHost, forwardedProto } from "@/lib/http/forwarded";

/** The configured public address (APP_URL, else Auth.js's AUTH_URL) as an origin; null when neither is set. */
export function configuredOrigin(): string | null {
  const configured = env().APP_URL ?? env().AUTH_URL;
  return configured ? new URL(configured).origin : null;
}

/** The site's public origin: the configured address when set, else what the browser used. */
export async function siteOrigin(): Promise<string> {
  const configured = configuredOrigin();
  if (configured) return configured;
  const h = await headers();
  const host = forwardedHost(h) ?? h.get("host") ?? "localhost:3000";
  const proto = forwardedProto(h) ?? "http";
  return `${proto}://${host}`;
}
