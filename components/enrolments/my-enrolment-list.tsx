import Link from "next/link";
import { sessionPlaceText } from "@/components/trainings/session-place";
import { Badge } from "@/components/ui/badge";
import { formatRange, isoInstant } from "@/lib/dates";
import type { MyEnrolment } from "@/lib/enrolments/data";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { EnrolmentControl } from "./enrolment-control";
import { enrolmentControlLabels } from "./enrolment-labels";

function pastStatus(enrolment: MyEnrolment, t: Translate): string {
  if (enrolment.status === "CONFIRMED") return t("enrolments.pastStatus.CONFIRMED");
  if (enrolment.status === "WAITLISTED") return t("enrolments.pastStatus.WAITLISTED");
  return t(`enrolments.status.${enrolment.status}`);
}

/** The user's enrolments as a list; upcoming ones carry their status and the cancel button. */
export function MyEnrolmentList({
  enrolments,
  past = false,
  feedbackGiven,
  t,
  locale,
}: {
  enrolments: MyEnrolment[];
  past?: boolean;
  /** Past enrolments whose feedback is given; without it, no feedback links. */
  feedbackGiven?: ReadonlySet<string>;
  t: Translate;
  locale: Locale;
}) {
  return (
    <ul className="space-y-3">
      {enrolments.map((enrolment) => {
        const { session, offering } = enrolment;
        const time = formatRange(session.startsAt, session.endsAt, locale);
        return (
          <li key={enrolment.id} className="break-words rounded border border-gray-300 p-4">
            <h3 className="text-lg font-semibold">
              <Link href={`/koulutukset/${offering.slug}`}>
                {offering.title}
                {session.title ? `: ${session.title}` : null}
              </Link>
            </h3>
            <dl className="mt-1 space-y-0.5">
              <div className="flex flex-wrap gap-x-1">
                <dt className="font-semibold after:content-[':']">{t("enrolments.time")}</dt>
                <dd>
                  <time dateTime={isoInstant(session.startsAt)}>{time}</time>
                </dd>
              </div>
              <div className="flex flex-wrap gap-x-1">
                <dt className="font-semibold after:content-[':']">{t("enrolments.place")}</dt>
                <dd>{sessionPlaceText(session.place, t)}</dd>
              </div>
            </dl>
            {session.status === "CANCELLED" ? (
              <p className="mt-2">
                <Badge tone="danger">{t("enrolments.sessionCancelled")}</Badge>
              </p>
            ) : null}
            {past ? (
              <>
                <p className="mt-2 font-semibold">{pastStatus(enrolment, t)}</p>
                {feedbackGiven && enrolment.status === "ATTENDED" ? (
                  feedbackGiven.has(enrolment.id) ? (
                    <p className="mt-1">{t("afterSession.feedback.given")}</p>
                  ) : (
                    <p className="mt-1">
                      <Link
                        href={`/omat-koulutukset/palaute/${enrolment.id}`}
                        aria-label={t("afterSession.feedback.giveFor", { offering: offering.title })}
                        className="inline-flex min-h-11 items-center font-semibold"
                      >
                        {t("afterSession.feedback.give")}
                      </Link>
                    </p>
                  )
                ) : null}
              </>
            ) : (
              <EnrolmentControl
                sessionId={session.id}
                context={time}
                enrolment={{ id: enrolment.id, status: enrolment.status, waitlistPosition: enrolment.waitlistPosition }}
                canEnrol={false}
                beforeStart={enrolment.canCancel && session.status === "SCHEDULED"}
                labels={enrolmentControlLabels(t)}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
