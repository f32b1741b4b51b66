// The published training menu as an iCalendar feed, optionally one theme's:
// GET /api/calendar/trainings.ics?theme=<slug>. Public, like the menu itself.
import { findTheme, listMenuFeedSessions } from "@/lib/calendar/data";
import { menuCalendar } from "@/lib/calendar/feeds";
import { ICS_CONTENT_TYPE } from "@/lib/calendar/ics";
import { menuFeedQuery } from "@/lib/calendar/schema";
import { AppError } from "@/lib/http/errors";
import { requestOrigin } from "@/lib/http/origin-url";
import { route } from "@/lib/http/respond";
import { translator } from "@/lib/i18n/translate";

export const GET = route(async (request: Request) => {
  const params = new URL(request.url).searchParams;
  const query = menuFeedQuery.parse({ theme: params.get("theme") || undefined });
  const theme = query.theme ? await findTheme(query.theme) : null;
  // A typo would otherwise subscribe someone to a calendar that stays empty.
  if (query.theme && !theme) {
    throw new AppError("VALIDATION_FAILED", "The input is not valid.", {
      theme: translator("en")("calendar.error.unknownTheme"),
    });
  }
  const sessions = await listMenuFeedSessions({ themeSlug: theme?.slug });
  return new Response(menuCalendar(sessions, { appUrl: requestOrigin(request), theme }), {
    headers: {
      "Content-Type": ICS_CONTENT_TYPE,
      "Content-Disposition": `inline; filename="pike-koulutukset${theme ? `-${theme.slug}` : ""}.ics"`,
      "Cache-Control": "public, max-age=300",
    },
  });
});
