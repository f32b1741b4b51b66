// "Omat vaihdot" (issue 15): what job shadowing asks of the signed-in person,
// in one place — their own applications, applications to offers they host,
// applications of their library waiting for their consent (supervisors), and
// exchanges waiting to be completed (coordinators) — so nobody depends on
// finding the mail. Each list holds only what the application's page would
// show them (the same rules as getApplicationView).
import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { ExchangeApplicationStatus, ExchangeReportSide } from "@/lib/db/enums";
import type { Prisma } from "@/lib/db/generated/client";
import { helsinkiToday } from "@/lib/dates";
import { personNameSelect, toPersonName } from "@/lib/users/data";
import type { PersonName } from "@/lib/users/rules";
import { HOST_SEES } from "../rules";

export type ExchangeItem = {
  id: string;
  status: ExchangeApplicationStatus;
  visitDate: Date | null;
  createdAt: Date;
  applicant: PersonName;
  offer: { id: string; title: string; hostLibrary: { name: string }; round: { title: string } };
  /** The reader's report is due: the visit day has come and their side has not reported. */
  reportDue: boolean;
};

export type MyExchanges = {
  mine: ExchangeItem[];
  hosting: ExchangeItem[];
  consent: ExchangeItem[];
  toComplete: ExchangeItem[];
};

const itemSelect = {
  id: true,
  status: true,
  visitDate: true,
  createdAt: true,
  applicant: { select: personNameSelect },
  offer: {
    select: { id: true, title: true, hostLibrary: { select: { name: true } }, round: { select: { title: true } } },
  },
  reports: { select: { side: true } },
} as const;

type Row = {
  id: string;
  status: ExchangeApplicationStatus;
  visitDate: Date | null;
  createdAt: Date;
  applicant: Parameters<typeof toPersonName>[0];
  offer: ExchangeItem["offer"];
  reports: { side: ExchangeReportSide }[];
};

/** Newest first; at most this many per list (older ones stay reachable through their mails and the figures). */
const LIMIT = 50;

export async function getMyExchanges(actor: Actor | null, now = new Date()): Promise<MyExchanges | null> {
  if (!actor) return null;
  const today = helsinkiToday(now);
  const list = (where: Prisma.ExchangeApplicationWhereInput) =>
    db().exchangeApplication.findMany({
      where,
      select: itemSelect,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: LIMIT,
    }) as Promise<Row[]>;
  const supervises = actor.roles.includes("SUPERVISOR") && actor.libraryId !== null;
  const manages = can(actor, "exchange.manage");
  const [mine, hosting, consent, toComplete] = await Promise.all([
    list({ applicantId: actor.id }),
    list({ offer: { hostPersonId: actor.id }, status: { in: [...HOST_SEES] } }),
    supervises
      ? list({ fromLibraryId: actor.libraryId, status: "AWAITING_CONSENT", applicantId: { not: actor.id } })
      : Promise.resolve([]),
    manages ? list({ status: "ACCEPTED", visitDate: { lte: today } }) : Promise.resolve([]),
  ]);
  const item =
    (side: ExchangeReportSide | null) =>
    (row: Row): ExchangeItem => ({
      id: row.id,
      status: row.status,
      visitDate: row.visitDate,
      createdAt: row.createdAt,
      applicant: toPersonName(row.applicant),
      offer: row.offer,
      reportDue:
        side !== null &&
        row.status === "ACCEPTED" &&
        row.visitDate !== null &&
        row.visitDate <= today &&
        !row.reports.some((r) => r.side === side),
    });
  return {
    mine: mine.map(item("VISITOR")),
    hosting: hosting.map(item("HOST")),
    consent: consent.map(item(null)),
    toComplete: toComplete.map(item(null)),
  };
}
