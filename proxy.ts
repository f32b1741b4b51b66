// Members' pages from the cache (ADR 23): a signed-in reader's request for a
// page that is the same for everyone of their audience is rewritten to that
// audience's cached copy under /<locale>/nakyma/<segment>/…; everything else
// goes on untouched to the per-request page. The matcher keeps the proxy off
// every other path and off requests with a body (uploads are never buffered
// here). Outside requests for /nakyma are refused whatever they carry.
import { NextResponse, type NextRequest } from "next/server";
import { AUDIENCE_SEGMENT, audienceSegment, NOBODY_ID } from "@/lib/auth/audience";
import { readerOfSession, type ProxyReader } from "@/lib/auth/proxy-reader";
import { authSecret } from "@/lib/auth/secret";
import { parsePageFilters, sharedFiltersSegment } from "@/lib/action-items/schema";
import { visibleMeetingStatuses } from "@/lib/auth/policy";
import { LOCALE_COOKIE, requestLocale, withoutLocalePrefix } from "@/lib/i18n/config";

const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];

type AudiencePage = {
  /** The audience page's path after /<locale>/nakyma/<segment>. */
  target: string;
  /** The meeting the page is about, whose secretary gets the per-request page. */
  meetingId: string | null;
};

/** The members' pages served per audience, by the path after the locale and the query. */
function audiencePage(path: string, query: URLSearchParams): AudiencePage | null {
  const meeting = /^\/kokoukset\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/.exec(path);
  if (meeting && query.size === 0) return { target: path, meetingId: meeting[1]! };
  // The action items with filters that name nobody; "tehty" is a notice for the one who just marked one done.
  if (path === "/toimenpiteet" && !query.has("tehty")) {
    const segment = sharedFiltersSegment(parsePageFilters(Object.fromEntries(query)));
    return segment ? { target: `/toimenpiteet/${segment}`, meetingId: null } : null;
  }
  return null;
}

/** The reader as the policy needs them: roles, and a library or none. */
function readerActor(reader: { roles: ProxyReader["roles"]; hasLibrary: boolean }) {
  return { roles: reader.roles, libraryId: reader.hasLibrary ? NOBODY_ID : null };
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const path = withoutLocalePrefix(pathname);
  if (path === `/${AUDIENCE_SEGMENT}` || path.startsWith(`/${AUDIENCE_SEGMENT}/`)) {
    return new NextResponse(null, { status: 404 });
  }
  const page = audiencePage(path, request.nextUrl.searchParams);
  const token = SESSION_COOKIES.map((name) => request.cookies.get(name)?.value).find(Boolean);
  if (!page || !token || (request.method !== "GET" && request.method !== "HEAD")) return NextResponse.next();
  const reader = await readerOfSession(token, page.meetingId);
  // Nobody, no role, or a page that names the reader: the per-request page.
  if (!reader || visibleMeetingStatuses({ id: "", ...readerActor(reader) }).length === 0 || reader.secretary) {
    return NextResponse.next();
  }
  const locale = requestLocale(pathname, request.cookies.get(LOCALE_COOKIE)?.value);
  const target = request.nextUrl.clone();
  target.pathname = `/${locale}/${AUDIENCE_SEGMENT}/${audienceSegment(reader, authSecret())}${page.target}`;
  target.search = "";
  return NextResponse.rewrite(target);
}

export const config = {
  matcher: [
    { source: "/nakyma/:path*" },
    { source: "/:locale(fi|en)/nakyma/:path*" },
    { source: "/kokoukset/:id", missing: [{ type: "header", key: "content-type" }] },
    { source: "/:locale(fi|en)/kokoukset/:id", missing: [{ type: "header", key: "content-type" }] },
    { source: "/toimenpiteet", missing: [{ type: "header", key: "content-type" }] },
    { source: "/:locale(fi|en)/toimenpiteet", missing: [{ type: "header", key: "content-type" }] },
  ],
};
