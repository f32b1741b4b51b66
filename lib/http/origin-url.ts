import { forwardedHost, forwardedProto } from "./forwarded";

// The origin the browser used, from the Host (or trusted forwarded) headers.
// request.url inside Next may name another host (localhost for 127.0.0.1),
// and a redirect to another origin breaks cookies and CSP form-action.
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = forwardedHost(request.headers) ?? request.headers.get("host") ?? url.host;
  const proto = forwardedProto(request.headers) ?? url.protocol.replace(":", "");
  return `${proto}://${host}`;
}
