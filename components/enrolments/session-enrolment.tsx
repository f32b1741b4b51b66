import Link from "next/link";
import type { EnrolmentPanel } from "@/lib/enrolments/data";
import type { Translate } from "@/lib/i18n/translate";
import { EnrolmentControl, type EnrolmentControlLabels } from "./enrolment-control";

export function enrolmentControlLabels(t: Translate, options: { full?: boolean } = {}): EnrolmentControlLabels {
  return {
    statuses: {
      CONFIRMED: t("enrolments.status.CONFIRMED"),
      WAITLISTED: t("enrolments.status.WAITLISTED"),
      CANCELLED: t("enrolments.status.CANCELLED"),
      ATTENDED: t("enrolments.status.ATTENDED"),
      NO_SHOW: t("enrolments.status.NO_SHOW"),
    },
    enrol: t(options.full ? "enrolments.enrolWaitlist" : "enrolments.enrol"),
    enrolling: t("enrolments.enrolling"),
    cancel: t("enrolments.cancel"),
    cancelQuestion: t("enrolments.cancelQuestion"),
    cancelYes: t("enrolments.cancelYes"),
    cancelNo: t("enrolments.cancelNo"),
    cancelling: t("enrolments.cancelling"),
    errors: {
      "enrolments.error.signIn": t("enrolments.error.signIn"),
      "enrolments.error.notFound": t("enrolments.error.notFound"),
      "enrolments.error.forbidden": t("enrolments.error.forbidden"),
      "enrolments.error.cannotCancel": t("enrolments.error.cannotCancel"),
      "enrolments.error.unavailable": t("enrolments.error.unavailable"),
      "enrolments.refused.NOT_PUBLISHED": t("enrolments.refused.NOT_PUBLISHED"),
      "enrolments.refused.SESSION_CANCELLED": t("enrolments.refused.SESSION_CANCELLED"),
      "enrolments.refused.NOT_YET_OPEN": t("enrolments.refused.NOT_YET_OPEN"),
      "enrolments.refused.CLOSED": t("enrolments.refused.CLOSED"),
      "enrolments.refused.NO_LIBRARY": t("enrolments.refused.NO_LIBRARY"),
      "enrolments.refused.OTHER_LIBRARY": t("enrolments.refused.OTHER_LIBRARY"),
      fallback: t("enrolments.error.notFound"),
    },
  };
}

/**
 * What an upcoming session offers this visitor: a sign-in link, the enrol
 * button, their status with cancel, or a sentence saying why they cannot
 * enrol. Registration that has not opened or has closed is already told by
 * the session list, so nothing more is said here.
 */
export function SessionEnrolment({
  sessionId,
  context,
  registrationOpen,
  full,
  panel,
  signInHref,
  t,
}: {
  sessionId: string;
  /** The session's time, for the buttons' accessible names. */
  context: string;
  registrationOpen: boolean;
  full: boolean;
  /** Null when signed out. */
  panel: EnrolmentPanel | null | undefined;
  signInHref: string;
  t: Translate;
}) {
  if (panel === null) {
    return registrationOpen ? (
      <p className="mt-3">
        <Link href={signInHref} className="inline-flex min-h-11 items-center font-semibold">
          {t("enrolments.signInToEnrol")}
          <span className="sr-only">: {context}</span>
        </Link>
      </p>
    ) : null;
  }
  if (!panel) return null;
  if (!panel.enrolment) {
    if (panel.registration !== "OPEN") return null;
    if (panel.eligibility === "OTHER_LIBRARY") {
      return (
        <p className="mt-3">{t("enrolments.notEligibleLibrary", { library: panel.restrictedLibraryName ?? "" })}</p>
      );
    }
    if (panel.eligibility === "NO_LIBRARY") return <p className="mt-3">{t("enrolments.refused.NO_LIBRARY")}</p>;
  }
  return (
    <EnrolmentControl
      sessionId={sessionId}
      context={context}
      enrolment={panel.enrolment}
      canEnrol={panel.registration === "OPEN" && panel.eligibility === "ELIGIBLE"}
      beforeStart={panel.beforeStart}
      labels={enrolmentControlLabels(t, { full })}
    />
  );
}
