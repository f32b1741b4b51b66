import type { Translate } from "@/lib/i18n/translate";
import type { MeetingDetail } from "@/lib/meetings/data";
import { displayName } from "@/lib/users/rules";

export function AttendeeList({ attendees, t }: { attendees: MeetingDetail["attendees"]; t: Translate }) {
  if (attendees.length === 0) return <p>{t("meetings.noAttendees")}</p>;
  return (
    <ul className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2">
      {attendees.map((attendee) => (
        <li key={attendee.userId}>
          <span className="font-semibold">{attendee.name?.trim() ? attendee.name : displayName(attendee, t)}</span>
          {attendee.name?.trim() && attendee.libraryName ? `, ${attendee.libraryName}` : null}{" "}
          <span className="text-gray-700">({t(`meetings.attendance.${attendee.status}`)})</span>
        </li>
      ))}
    </ul>
  );
}
