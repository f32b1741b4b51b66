// The origin the browser used, from the Host (or trusted forwarded) headers.
// request.url inside Next may name another host (localhost for 127.0.0.1),
// and a redirect to another origin breaks cookies and CSP form-action.
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? url.host;
  const proto = request.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", "");
  return `${proto}://${host}`;
}
