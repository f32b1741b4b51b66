import type { Translate } from "@/lib/i18n/translate";
import { meetingIcsPath } from "@/lib/meetings/api";

/**
 * "Lisää kalenteriin (.ics)" on a meeting's page: a plain download link to
 * GET /api/meetings/{id}/event.ics, which checks the visibility again.
 */
export function MeetingCalendarLink({ meetingId, t }: { meetingId: string; t: Translate }) {
  return (
    <a href={meetingIcsPath(meetingId)} download type="text/calendar" className="font-semibold">
      {t("calendar.meeting.addToCalendar")}
    </a>
  );
}
