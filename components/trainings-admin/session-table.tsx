import Link from "next/link";
import { sessionPlaceText } from "@/components/trainings/session-place";
import { formatRange, isoInstant } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { SessionAdminRow } from "@/lib/trainings/data";
import { SessionStatusBadge } from "./status-badges";
import { ScrollRegion } from "@/components/ui/scroll-region";

export function SessionTable({ sessions, t, locale }: { sessions: SessionAdminRow[]; t: Translate; locale: Locale }) {
  return (
    <ScrollRegion label={t("trainingsAdmin.offering.sessions")}>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="py-2 pr-4">
              {t("trainingsAdmin.sessions.time")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("trainingsAdmin.sessions.place")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("trainingsAdmin.sessions.seats")}
            </th>
            <th scope="col" className="py-2">
              {t("trainingsAdmin.sessions.status")}
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => {
            const time = formatRange(session.startsAt, session.endsAt, locale);
            return (
              <tr key={session.id} className="border-b border-gray-300">
                <th scope="row" className="py-2 pr-4 font-semibold">
                  <Link
                    href={`/koulutukset/hallinta/tilaisuudet/${session.id}`}
                    aria-label={t("trainingsAdmin.sessions.edit", { time })}
                  >
                    <time dateTime={isoInstant(session.startsAt)}>{time}</time>
                  </Link>
                  {session.title ? <span className="block font-normal">{session.title}</span> : null}
                </th>
                <td className="py-2 pr-4">
                  {sessionPlaceText(session.place, t)}
                  {session.restrictedLibraryName ? (
                    <span className="block text-sm text-gray-700">
                      {t("trainings.restricted", { library: session.restrictedLibraryName })}
                    </span>
                  ) : null}
                </td>
                <td className="py-2 pr-4">
                  {t("trainingsAdmin.sessions.seatsTaken", { taken: session.seatsTaken, capacity: session.capacity })}
                  {session.waitlisted > 0
                    ? `, ${t("trainingsAdmin.sessions.waitlisted", { count: session.waitlisted })}`
                    : null}
                </td>
                <td className="py-2">
                  <SessionStatusBadge status={session.status} endsAt={session.endsAt} t={t} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
