// The kit usage figures as an export (ADR 27): per box, then per library,
// then the total; the same figures as /pike-boksit/kaytto shows.
import type { KitUsage } from "@/lib/kits/usage/data";
import type { Translate } from "@/lib/i18n/translate";
import type { ExportTable } from "./table";

export function kitUsageTable(usage: KitUsage, t: Translate): ExportTable {
  const columns = [
    { header: t("kitsUsage.col.kind"), kind: "text" },
    { header: t("kitsUsage.col.kit"), kind: "text" },
    { header: t("kitsUsage.col.loans"), kind: "number" },
    { header: t("kitsUsage.col.loanDays"), kind: "number" },
    { header: t("kitsUsage.col.peopleReached"), kind: "number" },
    { header: t("kitsUsage.col.answers"), kind: "number" },
  ] as const;
  const row = (
    kind: string,
    f: { name: string; loans: number; loanDays: number; peopleReached: number; answers: number },
  ) => [kind, f.name, f.loans, f.loanDays, f.peopleReached, f.answers];
  return {
    sheet: t("kitsUsage.export.sheet"),
    columns: [...columns].map((c, i) =>
      i === 1 ? { ...c, header: `${t("kitsUsage.col.kit")} / ${t("kitsUsage.col.library")}` } : c,
    ),
    rows: [
      ...usage.byKit.map((f) => row(t("kitsUsage.col.kit"), f)),
      ...usage.byLibrary.map((f) => row(t("kitsUsage.col.library"), f)),
      row(t("kitsUsage.col.total"), { name: "", ...usage.totals }),
    ],
  };
}

/** pike-boksien-kaytto-<from>-<to>.<ext>: days only, ASCII. */
export function kitUsageFileName(usage: KitUsage, extension: "csv" | "xlsx"): string {
  return `pike-boksien-kaytto-${usage.period.startDate}-${usage.period.endDate}.${extension}`;
}
