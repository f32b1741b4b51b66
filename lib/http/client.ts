// Identifies the client for rate limits from the forwarding headers that the
// Next.js server (or a trusted proxy in front of it) sets.
import { env } from "@/lib/env";

export function clientKey(headers: Headers): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  // Behind a trusted proxy the first address is the client; otherwise only
  // the hop our own server added can be trusted.
  const ip = env().TRUST_PROXY ? forwarded[0] : forwarded.at(-1);
  return ip ?? headers.get("x-real-ip") ?? "unknown";
}
