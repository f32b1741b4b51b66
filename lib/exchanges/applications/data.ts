// One job-shadowing application as its page shows it (issue 15 item 3, ADR
// 30), to the people concerned only: the applicant; a supervisor of the
// library they applied from; the offer's contact once the application has
// reached the host; coordinators. Anyone else gets null (the page's 404), as
// the mutations refuse them. What each may do here is decided by the same
// rules the mutations apply.
import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { ExchangeApplicationStatus, ExchangeMode, ExchangeReportSide } from "@/lib/db/enums";
import { helsinkiToday } from "@/lib/dates";
import { personNameSelect, toPersonName } from "@/lib/users/data";
import type { PersonName } from "@/lib/users/rules";
import { canComplete, canWithdraw, CLOSABLE, HOST_SEES, offerHasDay, REPORT_SIDES, reportEditable } from "../rules";

export type ReportView = {
  side: ExchangeReportSide;
  author: PersonName | null;
  experience: string;
  takeHome: string | null;
  consentToPublish: boolean;
  publishedAt: Date | null;
  updatedAt: Date;
};

export type ApplicationView = {
  id: string;
  status: ExchangeApplicationStatus;
  motivation: string | null;
  preferredDates: Date[];
  visitDate: Date | null;
  hostMessage: string | null;
  createdAt: Date;
  consentDecidedAt: Date | null;
  submittedAt: Date | null;
  decidedAt: Date | null;
  withdrawnAt: Date | null;
  completedAt: Date | null;
  closedAt: Date | null;
  closeReason: string | null;
  applicant: PersonName;
  consentBy: PersonName | null;
  offer: {
    id: string;
    title: string;
    hostName: string | null;
    hostLibrary: { slug: string; name: string };
    mode: ExchangeMode;
    placesLeft: number;
    round: { title: string };
  };
  /** Days the host may fix: the applicant's preferred days the offer has within the visit period. */
  acceptableDays: Date[];
  /** The reports written so far, visitor's first. */
  reports: ReportView[];
  /** The visit day has come (reports may be written while it is accepted). */
  visitDayReached: boolean;
  may: {
    consent: boolean;
    decide: boolean;
    withdraw: boolean;
    /** The sides whose report the reader writes now (the visitor's own; the host's contact or a coordinator). */
    report: ExchangeReportSide[];
    complete: boolean;
    close: boolean;
  };
  /** The reader is the applicant. */
  own: boolean;
};

export async function getApplicationView(
  actor: Actor | null,
  id: string,
  now = new Date(),
): Promise<ApplicationView | null> {
  if (!actor) return null;
  const row = await db().exchangeApplication.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      applicantId: true,
      fromLibraryId: true,
      motivation: true,
      preferredDates: true,
      visitDate: true,
      hostMessage: true,
      createdAt: true,
      consentDecidedAt: true,
      submittedAt: true,
      decidedAt: true,
      withdrawnAt: true,
      completedAt: true,
      closedAt: true,
      closeReason: true,
      applicant: { select: personNameSelect },
      reports: {
        select: {
          side: true,
          author: { select: personNameSelect },
          experience: true,
          takeHome: true,
          consentToPublish: true,
          publishedAt: true,
          updatedAt: true,
        },
        orderBy: { side: "asc" },
      },
      consentBy: { select: personNameSelect },
      offer: {
        select: {
          id: true,
          title: true,
          hostName: true,
          hostPersonId: true,
          mode: true,
          places: true,
          placesTaken: true,
          startDate: true,
          endDate: true,
          dates: true,
          hostLibrary: { select: { slug: true, name: true } },
          round: { select: { title: true, visitStartsOn: true, visitEndsOn: true } },
        },
      },
    },
  });
  if (!row) return null;
  const manages = can(actor, "exchange.manage");
  const own = row.applicantId === actor.id;
  const supervises =
    actor.roles.includes("SUPERVISOR") && row.fromLibraryId !== null && actor.libraryId === row.fromLibraryId && !own;
  const hosts = row.offer.hostPersonId === actor.id && HOST_SEES.includes(row.status);
  if (!own && !supervises && !hosts && !manages) return null;
  const { offer } = row;
  const today = helsinkiToday(now);
  const acceptableDays = row.preferredDates.filter(
    (d) => offerHasDay(offer, d) && d >= offer.round.visitStartsOn && d <= offer.round.visitEndsOn,
  );
  return {
    id: row.id,
    status: row.status,
    motivation: row.motivation,
    preferredDates: row.preferredDates,
    visitDate: row.visitDate,
    hostMessage: row.hostMessage,
    createdAt: row.createdAt,
    consentDecidedAt: row.consentDecidedAt,
    submittedAt: row.submittedAt,
    decidedAt: row.decidedAt,
    withdrawnAt: row.withdrawnAt,
    completedAt: row.completedAt,
    closedAt: row.closedAt,
    closeReason: row.closeReason,
    applicant: toPersonName(row.applicant),
    consentBy: row.consentBy ? toPersonName(row.consentBy) : null,
    offer: {
      id: offer.id,
      title: offer.title,
      hostName: offer.hostName,
      hostLibrary: offer.hostLibrary,
      mode: offer.mode,
      placesLeft: Math.max(0, offer.places - offer.placesTaken),
      round: { title: offer.round.title },
    },
    acceptableDays,
    visitDayReached: row.visitDate !== null && today >= row.visitDate,
    reports: row.reports.map((report) => ({ ...report, author: report.author ? toPersonName(report.author) : null })),
    may: {
      consent: row.status === "AWAITING_CONSENT" && !own && (supervises || manages),
      decide: row.status === "SUBMITTED" && (hosts || manages),
      withdraw: own && canWithdraw(row, today),
      report: reportEditable(row, today)
        ? REPORT_SIDES.filter((side) => (side === "VISITOR" ? own : hosts || manages))
        : [],
      complete:
        manages &&
        canComplete(
          row,
          row.reports.map((r) => r.side),
          today,
        ),
      close: manages && CLOSABLE.includes(row.status),
    },
    own,
  };
}
