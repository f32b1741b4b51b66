// One meeting as an iCalendar file: GET /api/meetings/{id}/event.ics, for the
// meeting page's "add to calendar" link. Same visibility as the meeting
// itself; anything else, signed out included, is a 404.
import { getActor } from "@/lib/auth/session";
import { findCalendarMeeting } from "@/lib/calendar/data";
import { meetingCalendar, meetingFileName } from "@/lib/calendar/feeds";
import { ICS_CONTENT_TYPE } from "@/lib/calendar/ics";
import { notFound } from "@/lib/http/errors";
import { requestOrigin } from "@/lib/http/origin-url";
import { route } from "@/lib/http/respond";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";

/** The language switch's cookie, read from the request itself. */
function requestLocale(request: Request) {
  const cookie = request.headers.get("cookie") ?? "";
  const value = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`).exec(cookie)?.[1];
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export const GET = route(async (request: Request, ctx: RouteContext<"/api/meetings/[id]/event.ics">) => {
  const { id } = await ctx.params;
  const meeting = await findCalendarMeeting(await getActor(), id);
  if (!meeting) throw notFound("No such meeting.");
  const ics = meetingCalendar(meeting, { appUrl: requestOrigin(request), locale: requestLocale(request) });
  return new Response(ics, {
    headers: {
      "Content-Type": ICS_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="${meetingFileName(meeting)}"`,
      // What it shows depends on who asks.
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
});
