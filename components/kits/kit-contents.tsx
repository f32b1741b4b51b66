import type { Translate } from "@/lib/i18n/translate";
import type { KitContentsItem } from "@/lib/kits/data";
import { ScrollRegion } from "@/components/ui/scroll-region";

export function KitContents({ contents, t }: { contents: KitContentsItem[]; t: Translate }) {
  if (contents.length === 0) return <p>{t("kits.contentsEmpty")}</p>;
  return (
    <ScrollRegion label={t("kits.contentsTitle")}>
      <table className="w-full max-w-2xl border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="py-2 pr-2 sm:pr-4">
              {t("kits.contentsItem")}
            </th>
            <th scope="col" className="py-2 text-right">
              {t("kits.contentsCount")}
            </th>
          </tr>
        </thead>
        <tbody>
          {contents.map((entry, index) => (
            <tr key={index} className="border-b border-gray-200">
              <td className="py-2 pr-2 sm:pr-4">{entry.item}</td>
              <td className="py-2 text-right tabular-nums">{entry.count ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
