// Addresses of the calendar feeds, as people paste them into Outlook.
import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/** The site's public origin: APP_URL when set, else what the browser used. */
export async function siteOrigin(): Promise<string> {
  const configured = env().APP_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}

export function personalFeedUrl(origin: string, token: string): string {
  return new URL(`/api/calendar/me/${token}.ics`, origin).toString();
}

export function menuFeedUrl(origin: string): string {
  return new URL("/api/calendar/trainings.ics", origin).toString();
}
