// The mentoring applications as an export table (CSV and XLSX share it).
import type { ExportTable } from "@/lib/exports/table";
import type { Translate } from "@/lib/i18n/translate";
import { displayName } from "@/lib/users/rules";
import type { ApplicationList } from "./data";

export function applicationTable(list: ApplicationList, t: Translate): ExportTable {
  const col = (key: Parameters<Translate>[0]) => t(key);
  return {
    sheet: t("mentoring.admin.sheet"),
    columns: [
      { header: col("mentoring.admin.col.name"), kind: "text" },
      { header: col("mentoring.admin.col.email"), kind: "text" },
      { header: col("mentoring.admin.col.library"), kind: "text" },
      { header: col("mentoring.admin.col.role"), kind: "text" },
      { header: col("mentoring.admin.col.status"), kind: "text" },
      { header: col("mentoring.admin.col.pair"), kind: "text" },
      { header: col("mentoring.admin.col.goals"), kind: "text" },
      { header: col("mentoring.admin.col.availability"), kind: "text" },
      { header: col("mentoring.admin.col.createdAt"), kind: "datetime" },
    ],
    rows: list.rows.map((r) => [
      displayName({ name: r.name, libraryName: r.library }, t),
      r.email,
      r.library,
      t(`mentoring.role.${r.role}`),
      t(`mentoring.status.${r.status}`),
      r.pair ? displayName({ name: r.pair.with, libraryName: null }, t) : null,
      r.goals,
      r.availability,
      r.createdAt,
    ]),
  };
}

export const applicationFileName = (list: ApplicationList, ext: "csv" | "xlsx") =>
  `mentorointi-${list.offering.slug}.${ext}`;
