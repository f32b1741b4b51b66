// A network's roster as an export (issue 14 item 3): one row per active member.
import type { Translate } from "@/lib/i18n/translate";
import type { NetworkRoster } from "@/lib/networks/roster/data";
import type { ExportTable } from "./table";

export function networkRosterTable(roster: NetworkRoster, t: Translate): ExportTable {
  return {
    sheet: t("networkRoster.sheet"),
    columns: [
      { header: t("networkRoster.col.name"), kind: "text" },
      { header: t("networkRoster.col.email"), kind: "text" },
      { header: t("networkRoster.col.library"), kind: "text" },
      { header: t("networkRoster.col.municipality"), kind: "text" },
      { header: t("networkRoster.col.role"), kind: "text" },
      { header: t("networkRoster.col.joined"), kind: "datetime" },
    ],
    rows: roster.rows.map((r) => [
      r.name,
      r.email,
      r.library,
      r.municipality,
      t(`networkRoster.role.${r.role}`),
      r.joinedAt,
    ]),
  };
}

/** verkosto-<slug>-jasenet.<ext>: the slug is ASCII already. */
export function networkRosterFileName(roster: NetworkRoster, extension: "csv" | "xlsx"): string {
  return `verkosto-${roster.network.slug}-jasenet.${extension}`;
}
