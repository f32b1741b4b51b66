// A network's events as a public iCalendar feed (issue 14 item 4):
// GET /api/networks/<slug>/events.ics. Public, like the menu the events are in.
import { listNetworkFeedSessions } from "@/lib/calendar/data";
import { networkCalendar } from "@/lib/calendar/feeds";
import { ICS_CONTENT_TYPE } from "@/lib/calendar/ics";
import { notFound } from "@/lib/http/errors";
import { requestOrigin } from "@/lib/http/origin-url";
import { route } from "@/lib/http/respond";
import { getNetwork } from "@/lib/networks/data";

export const GET = route(async (request: Request, ctx: RouteContext<"/api/networks/[slug]/events.ics">) => {
  const { slug } = await ctx.params;
  const network = await getNetwork(null, slug);
  if (!network) throw notFound("No such network.");
  const sessions = await listNetworkFeedSessions(network.id);
  return new Response(networkCalendar(sessions, { appUrl: requestOrigin(request), network }), {
    headers: {
      "Content-Type": ICS_CONTENT_TYPE,
      "Content-Disposition": `inline; filename="pike-verkosto-${network.slug}.ics"`,
      "Cache-Control": "public, max-age=300",
    },
  });
});
