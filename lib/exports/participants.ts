// A session's participant list as an export: who held a seat (by name),
// then the waitlist (by position). Cancelled enrolments are left out: this
// is the list of people coming, as coordinators hand it to a trainer.
import type { ParticipantList } from "@/lib/attendance/data";
import { helsinkiToday, isoDay } from "@/lib/dates";
import type { Translate } from "@/lib/i18n/translate";
import type { ExportTable } from "./table";

export function participantTable(list: ParticipantList, t: Translate): ExportTable {
  const columns = [
    { header: t("afterSession.export.name"), kind: "text" },
    { header: t("afterSession.export.email"), kind: "text" },
    { header: t("afterSession.export.library"), kind: "text" },
    { header: t("afterSession.export.status"), kind: "text" },
    { header: t("afterSession.export.position"), kind: "number" },
    { header: t("afterSession.export.enrolledAt"), kind: "datetime" },
  ] as const;
  return {
    sheet: t("afterSession.export.sheet"),
    columns: [...columns],
    rows: [...list.seated, ...list.waitlisted].map((p) => [
      p.name ?? "",
      p.email,
      p.library ?? "",
      t(`afterSession.status.${p.status}`),
      p.waitlistPosition,
      p.enrolledAt,
    ]),
  };
}

/** osallistujat-<offering slug>-<session's Helsinki date>.<ext>; the slug is [a-z0-9-] only. */
export function participantFileName(list: ParticipantList, extension: "csv" | "xlsx"): string {
  return `osallistujat-${list.session.offering.slug}-${isoDay(helsinkiToday(list.session.startsAt))}.${extension}`;
}

export function attachment(fileName: string): string {
  return `attachment; filename="${fileName}"`;
}
