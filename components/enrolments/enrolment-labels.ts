// The enrol button's texts, translated on the server for the client islands
// (components/trainings/offering-personal.tsx).
import type { Translate } from "@/lib/i18n/translate";
import type { EnrolmentControlLabels } from "./enrolment-control";

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
