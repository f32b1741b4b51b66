import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { formatDateTime, formatRange, isoInstant } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { SessionView } from "@/lib/trainings/data";
import { Seats } from "./seats";
import { sessionPlaceText } from "./session-place";

/**
 * The sessions of one offering; `past` leaves out seats and registration.
 * `controls` (by session id) go under each session, e.g. the enrol button.
 */
export function SessionList({
  sessions,
  past = false,
  controls,
  t,
  locale,
}: {
  sessions: SessionView[];
  past?: boolean;
  controls?: Partial<Record<string, ReactNode>>;
  t: Translate;
  locale: Locale;
}) {
  return (
    <ul className="space-y-3">
      {sessions.map((session) => (
        <li key={session.id} className="break-words rounded border border-gray-300 p-4">
          <p className="font-semibold">
            <time dateTime={isoInstant(session.startsAt)}>{formatRange(session.startsAt, session.endsAt, locale)}</time>
            {session.title ? ` – ${session.title}` : null}
          </p>
          <p>
            <span className="font-semibold">{t("trainings.place")}:</span> {sessionPlaceText(session.place, t)}
          </p>
          {extraPlaceText(session) ? <p className="text-gray-700">{extraPlaceText(session)}</p> : null}
          <p className="mt-2 flex flex-wrap gap-2">
            {past ? (
              session.status === "CANCELLED" ? (
                <Badge tone="danger">{t("trainings.cancelled")}</Badge>
              ) : null
            ) : (
              <Seats session={session} t={t} />
            )}
            {session.eligibility.library ? (
              <Badge tone="info">{t("trainings.restricted", { library: session.eligibility.library.name })}</Badge>
            ) : null}
          </p>
          {!past && session.status === "SCHEDULED" ? <Registration session={session} t={t} locale={locale} /> : null}
          {controls?.[session.id]}
        </li>
      ))}
    </ul>
  );
}

/** The free-text place when it adds something (an address) to the service point. */
function extraPlaceText({ place }: SessionView): string | null {
  if (!place.servicePoint || !place.text) return null;
  return [place.servicePoint, place.library].includes(place.text) ? null : place.text;
}

function Registration({ session, t, locale }: { session: SessionView; t: Translate; locale: Locale }) {
  if (session.registration === "NOT_YET_OPEN" && session.registrationOpensAt) {
    return (
      <p className="mt-2">
        {t("trainings.registrationOpens", { date: formatDateTime(session.registrationOpensAt, locale) })}
      </p>
    );
  }
  if (session.registration === "CLOSED") return <p className="mt-2">{t("trainings.registrationClosed")}</p>;
  if (session.registrationClosesAt) {
    return (
      <p className="mt-2">
        {t("trainings.registrationCloses", { date: formatDateTime(session.registrationClosesAt, locale) })}
      </p>
    );
  }
  return null;
}
