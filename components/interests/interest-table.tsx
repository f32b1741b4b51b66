import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import type { LibraryInterestRow } from "@/lib/interests/data";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** Interested staff per offering (and per library when `showLibrary`); a supervisor can order from here. */
export function InterestTable({
  rows,
  showLibrary,
  canOrder,
  t,
}: {
  rows: LibraryInterestRow[];
  showLibrary: boolean;
  canOrder: boolean;
  t: Translate;
}) {
  return (
    <ScrollRegion label={t("interest.title")}>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="py-2 pr-4">
              {t("interest.col.offering")}
            </th>
            {showLibrary ? (
              <th scope="col" className="py-2 pr-4">
                {t("interest.col.library")}
              </th>
            ) : null}
            <th scope="col" className="py-2 pr-4 text-right">
              {t("interest.col.count")}
            </th>
            {canOrder ? (
              <th scope="col" className="py-2">
                {t("interest.col.action")}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.offering.id}/${row.library.id}`} className="border-b border-gray-300">
              <th scope="row" className="py-2 pr-4 font-semibold">
                <Link href={`/koulutukset/${row.offering.slug}`}>{row.offering.title}</Link>
              </th>
              {showLibrary ? <td className="py-2 pr-4">{row.library.name}</td> : null}
              <td className="py-2 pr-4 text-right">{row.count}</td>
              {canOrder ? (
                <td className="py-2">
                  {row.offering.orderable ? (
                    <Link href={`/tilaukset/uusi?koulutus=${row.offering.slug}`}>
                      {t("interest.orderThis", { title: row.offering.title })}
                    </Link>
                  ) : (
                    "–"
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
