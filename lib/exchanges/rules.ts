// The rules of a job-shadowing round (issue 15, ADR 30), free of the
// database: which window is open on a Helsinki day, which days an offer has,
// when reports may be written, and how far a visit is. Every window is whole
// days with both ends included; "today" is the Helsinki day (lib/dates
// helsinkiToday), compared with the @db.Date columns as UTC midnights.
import type { ExchangeApplicationStatus, ExchangeRoundStatus, Region } from "@/lib/db/enums";

type Window = { opensAt: Date; closesAt: Date };

export type RoundWindows = {
  status: ExchangeRoundStatus;
  offerOpensAt: Date;
  offerClosesAt: Date;
  applicationOpensAt: Date;
  applicationClosesAt: Date;
  visitStartsOn: Date;
  visitEndsOn: Date;
};

const within = (day: Date, window: Window) => day >= window.opensAt && day <= window.closesAt;

/** Offers are published only while the round is open and today is in its offer window. */
export function offerWindowOpen(round: RoundWindows, today: Date): boolean {
  return round.status === "OPEN" && within(today, { opensAt: round.offerOpensAt, closesAt: round.offerClosesAt });
}

/** Applications are made only while the round is open and today is in its application window. */
export function applicationWindowOpen(round: RoundWindows, today: Date): boolean {
  return (
    round.status === "OPEN" && within(today, { opensAt: round.applicationOpensAt, closesAt: round.applicationClosesAt })
  );
}

/** A round moves forward only: drafted, opened, closed, archived. */
const NEXT_STATUS: Record<ExchangeRoundStatus, ExchangeRoundStatus | null> = {
  DRAFT: "OPEN",
  OPEN: "CLOSED",
  CLOSED: "ARCHIVED",
  ARCHIVED: null,
};

export function canMoveRound(from: ExchangeRoundStatus, to: ExchangeRoundStatus): boolean {
  return NEXT_STATUS[from] === to;
}

/** The windows in order: offers gathered, then applications, then visits (within each, open ≤ close). */
export function windowsInOrder(round: Omit<RoundWindows, "status">): boolean {
  return (
    round.offerOpensAt <= round.offerClosesAt &&
    round.applicationOpensAt <= round.applicationClosesAt &&
    round.visitStartsOn <= round.visitEndsOn &&
    round.offerOpensAt <= round.applicationOpensAt &&
    round.applicationOpensAt <= round.visitEndsOn
  );
}

export type OfferDays = { startDate: Date; endDate: Date; dates: Date[] };

/** Whether a day is one the offer has: one of its listed days, or any day of its range when none are listed. */
export function offerHasDay(offer: OfferDays, day: Date): boolean {
  if (offer.dates.length > 0) return offer.dates.some((d) => d.getTime() === day.getTime());
  return day >= offer.startDate && day <= offer.endDate;
}

/** The statuses in which the host sees an application. */
export const HOST_SEES: readonly ExchangeApplicationStatus[] = [
  "SUBMITTED",
  "ACCEPTED",
  "DECLINED",
  "COMPLETED",
  "CLOSED",
];

/** Withdrawing is possible until the visit: before the host's decision, or when accepted and the day is ahead. */
export function canWithdraw(
  application: { status: ExchangeApplicationStatus; visitDate: Date | null },
  today: Date,
): boolean {
  if (application.status === "AWAITING_CONSENT" || application.status === "SUBMITTED") return true;
  return application.status === "ACCEPTED" && application.visitDate !== null && today < application.visitDate;
}

/** Reports are written from the visit day on, for an accepted (or completed) exchange. */
export function reportOpen(
  application: { status: ExchangeApplicationStatus; visitDate: Date | null },
  today: Date,
): boolean {
  return (
    (application.status === "ACCEPTED" || application.status === "COMPLETED") &&
    application.visitDate !== null &&
    today >= application.visitDate
  );
}

export type Distance = "SAME_MUNICIPALITY" | "SAME_REGION" | "OTHER_REGION";

/** How far the visit is, in the simple form the offers list shows. */
export function distanceBetween(
  home: { municipality: string; region: Region },
  host: { municipality: string; region: Region },
): Distance {
  if (home.municipality === host.municipality) return "SAME_MUNICIPALITY";
  return home.region === host.region ? "SAME_REGION" : "OTHER_REGION";
}

/** The two sides that report after a visit. */
export const REPORT_SIDES = ["VISITOR", "HOST"] as const;

/** A report is written or edited while the exchange is accepted and its day has come; completing makes it final. */
export function reportEditable(
  application: { status: ExchangeApplicationStatus; visitDate: Date | null },
  today: Date,
): boolean {
  return application.status === "ACCEPTED" && reportOpen(application, today);
}

/** A coordinator completes an accepted exchange once the day has come and both sides have reported. */
export function canComplete(
  application: { status: ExchangeApplicationStatus; visitDate: Date | null },
  sidesReported: readonly string[],
  today: Date,
): boolean {
  return reportEditable(application, today) && REPORT_SIDES.every((side) => sidesReported.includes(side));
}

/** A coordinator closes an exchange that is still under way (it will not be completed). */
export const CLOSABLE: readonly ExchangeApplicationStatus[] = ["AWAITING_CONSENT", "SUBMITTED", "ACCEPTED"];
