// A person's own trainings and the steering-group meetings they may see, as an
// iCalendar feed: GET /api/calendar/me/<token>.ics. Calendar clients fetch it
// without a session cookie, so the long random token is the only key; an
// unknown or revoked token is a 404. Meetings follow the owner's current roles.
import { findPersonalFeed } from "@/lib/calendar/data";
import { personalCalendar } from "@/lib/calendar/feeds";
import { ICS_CONTENT_TYPE } from "@/lib/calendar/ics";
import { tokenFromSegment } from "@/lib/calendar/schema";
import { notFound } from "@/lib/http/errors";
import { requestOrigin } from "@/lib/http/origin-url";
import { route } from "@/lib/http/respond";

export const GET = route(async (request: Request, ctx: RouteContext<"/api/calendar/me/[token]">) => {
  // Next cannot route "[token].ics", so the segment arrives with its suffix.
  const token = tokenFromSegment((await ctx.params).token);
  const feed = token ? await findPersonalFeed(token) : null;
  if (!feed) throw notFound("No such calendar.");
  return new Response(personalCalendar(feed, { appUrl: requestOrigin(request) }), {
    headers: {
      "Content-Type": ICS_CONTENT_TYPE,
      "Content-Disposition": 'inline; filename="oma-pike-kalenteri.ics"',
      // Revoking must take effect at once, and the content is personal.
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
      "Referrer-Policy": "no-referrer",
    },
  });
});
