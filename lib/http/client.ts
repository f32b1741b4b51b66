// Identifies the client for rate limits from the forwarding header that the
// proxy in front of the app (or, without one, the Next.js server) sets.

/**
 * The last X-Forwarded-For address: the one our own proxy added — nginx
 * appends the peer it saw ($proxy_add_x_forwarded_for) or sets only that
 * ($remote_addr). Earlier ones come from the client and can be anything, so
 * they never key a rate limit. Without a proxy the app's port must not be
 * reachable from outside (README): Next.js sets the header only when the
 * request lacks one.
 */
export function clientKey(headers: Headers): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return forwarded.at(-1) ?? headers.get("x-real-ip") ?? "unknown";
}
