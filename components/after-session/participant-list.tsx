import type { ReactNode } from "react";
import { formatDateTime, isoInstant } from "@/lib/dates";
import type { Participant, ParticipantList } from "@/lib/attendance/data";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { FormText } from "@/components/forms/form-parts";
import { AttendanceForm } from "./attendance-form";
import { ScrollRegion } from "@/components/ui/scroll-region";

const H3 = "mb-2 mt-6 text-xl font-semibold text-brand-900";
const TH = "py-2 pr-4";

function When({ at, locale }: { at: Date; locale: Locale }) {
  return <time dateTime={isoInstant(at)}>{formatDateTime(at, locale)}</time>;
}

function Table({ label, head, children }: { label: string; head: string[]; children: ReactNode }) {
  return (
    <ScrollRegion label={label}>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-gray-400">
            {head.map((label) => (
              <th key={label} scope="col" className={TH}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}

function NameCell({ participant, t }: { participant: Participant; t: Translate }) {
  return (
    <th scope="row" className={`${TH} font-semibold break-words`}>
      {participant.name ?? t("afterSession.participants.noName")}
    </th>
  );
}

const ROW = "border-b border-gray-300 align-top";
const TD = "py-2 pr-4 break-words";

/**
 * A session's participants for the coordinator: those with a seat (with the
 * attendance form once the session has started), the waitlist with
 * positions, and the cancelled ones collapsed.
 */
export function ParticipantListSection({
  list,
  t,
  locale,
  attendanceText,
}: {
  list: ParticipantList;
  t: Translate;
  locale: Locale;
  /** The attendance form's texts; without them, no form. */
  attendanceText?: FormText;
}) {
  const { seated, waitlisted, cancelled } = list;
  const empty = seated.length + waitlisted.length + cancelled.length === 0;
  return (
    <section aria-labelledby="osallistujat" className="mb-8">
      <h2 id="osallistujat" className="mb-3 text-2xl font-bold text-brand-900">
        {t("afterSession.participants.title")}
      </h2>
      {empty ? (
        <p>{t("afterSession.participants.empty")}</p>
      ) : (
        <>
          <h3 className={H3}>{t("afterSession.participants.seated", { count: seated.length })}</h3>
          {seated.length === 0 ? (
            <p>{t("afterSession.participants.noneSeated")}</p>
          ) : list.attendanceRefusal === null && attendanceText ? (
            <AttendanceForm
              sessionId={list.session.id}
              participants={seated.map((p) => ({
                enrolmentId: p.enrolmentId,
                name: p.name ?? t("afterSession.participants.noName"),
                email: p.email,
                library: p.library,
                status: p.status,
              }))}
              text={attendanceText}
            />
          ) : (
            <>
              <p className="mb-3">
                {list.attendanceRefusal === "SESSION_CANCELLED"
                  ? t("afterSession.attendance.sessionCancelled")
                  : t("afterSession.attendance.notStarted")}
              </p>
              <Table
                label={t("afterSession.participants.seated", { count: seated.length })}
                head={[
                  t("afterSession.participants.name"),
                  t("afterSession.participants.email"),
                  t("afterSession.participants.library"),
                  t("afterSession.participants.enrolledAt"),
                  t("afterSession.participants.status"),
                ]}
              >
                {seated.map((p) => (
                  <tr key={p.enrolmentId} className={ROW}>
                    <NameCell participant={p} t={t} />
                    <td className={TD}>{p.email}</td>
                    <td className={TD}>{p.library}</td>
                    <td className={TD}>
                      <When at={p.enrolledAt} locale={locale} />
                    </td>
                    <td className={TD}>{t(`afterSession.status.${p.status}`)}</td>
                  </tr>
                ))}
              </Table>
            </>
          )}
          {waitlisted.length > 0 ? (
            <>
              <h3 className={H3}>{t("afterSession.participants.waitlisted", { count: waitlisted.length })}</h3>
              <Table
                label={t("afterSession.participants.waitlisted", { count: waitlisted.length })}
                head={[
                  t("afterSession.participants.name"),
                  t("afterSession.participants.position"),
                  t("afterSession.participants.email"),
                  t("afterSession.participants.library"),
                  t("afterSession.participants.enrolledAt"),
                ]}
              >
                {waitlisted.map((p) => (
                  <tr key={p.enrolmentId} className={ROW}>
                    <NameCell participant={p} t={t} />
                    <td className={TD}>{p.waitlistPosition}</td>
                    <td className={TD}>{p.email}</td>
                    <td className={TD}>{p.library}</td>
                    <td className={TD}>
                      <When at={p.enrolledAt} locale={locale} />
                    </td>
                  </tr>
                ))}
              </Table>
            </>
          ) : null}
          {cancelled.length > 0 ? (
            <details className="mt-6">
              <summary className="min-h-11 cursor-pointer py-2 text-xl font-semibold text-brand-900">
                {t("afterSession.participants.cancelled", { count: cancelled.length })}
              </summary>
              <Table
                label={t("afterSession.participants.cancelled", { count: cancelled.length })}
                head={[
                  t("afterSession.participants.name"),
                  t("afterSession.participants.email"),
                  t("afterSession.participants.library"),
                  t("afterSession.participants.cancelledAt"),
                ]}
              >
                {cancelled.map((p) => (
                  <tr key={p.enrolmentId} className={ROW}>
                    <NameCell participant={p} t={t} />
                    <td className={TD}>{p.email}</td>
                    <td className={TD}>{p.library}</td>
                    <td className={TD}>{p.cancelledAt ? <When at={p.cancelledAt} locale={locale} /> : null}</td>
                  </tr>
                ))}
              </Table>
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}
