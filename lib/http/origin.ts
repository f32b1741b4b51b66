// Cross-site request protection for every mutating request: the browser's
// Origin (or Sec-Fetch-Site) must say "this site". Requests without either
// are refused too: real browsers always send one on POST/PUT/PATCH/DELETE.
import { AppError } from "./errors";
import { forwardedHost } from "./forwarded";

export function isSameOrigin(headers: Headers, requestUrl?: string): boolean {
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return false;
  const origin = headers.get("origin");
  if (!origin || origin === "null") return site === "same-origin";
  const host = forwardedHost(headers) ?? headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  if (host && originHost === host) return true;
  if (requestUrl) {
    try {
      return new URL(requestUrl).host === originHost;
    } catch {
      return false;
    }
  }
  return false;
}

export function assertSameOrigin(request: Request): void {
  if (!isSameOrigin(request.headers, request.url)) {
    throw new AppError("FORBIDDEN", "Cross-site or origin-less request refused.");
  }
}
