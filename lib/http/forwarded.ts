// X-Forwarded-Host and X-Forwarded-Proto name the address the browser used —
// but only a reverse proxy that overwrites them makes them true. Without
// TRUST_PROXY=1 anyone could send them, so the app's own origin checks and
// links ignore them then (Next.js and Auth.js read them regardless; README).
import { env } from "@/lib/env";

export function forwardedHost(headers: Headers): string | null {
  return env().TRUST_PROXY ? headers.get("x-forwarded-host") : null;
}

export function forwardedProto(headers: Headers): string | null {
  return env().TRUST_PROXY ? headers.get("x-forwarded-proto") : null;
}
