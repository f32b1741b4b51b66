import Link from "next/link";
import { formatDateTime } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { OfferingAdminRow } from "@/lib/trainings/data";
import { ScrollRegion } from "@/components/ui/scroll-region";

export function OfferingTable({
  offerings,
  t,
  locale,
}: {
  offerings: OfferingAdminRow[];
  t: Translate;
  locale: Locale;
}) {
  return (
    <ScrollRegion label={t("trainingsAdmin.menu.offerings")}>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="py-2 pr-4">
              {t("trainingsAdmin.field.title")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("trainingsAdmin.field.kind")}
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              {t("trainingsAdmin.menu.sessions")}
            </th>
            <th scope="col" className="py-2">
              {t("trainingsAdmin.menu.nextSession")}
            </th>
          </tr>
        </thead>
        <tbody>
          {offerings.map((offering) => (
            <tr key={offering.id} className="border-b border-gray-300">
              <th scope="row" className="py-2 pr-4 font-semibold">
                <Link href={`/koulutukset/hallinta/koulutukset/${offering.id}`}>{offering.title}</Link>
              </th>
              <td className="py-2 pr-4">{t(`trainings.kind.${offering.kind}`)}</td>
              <td className="py-2 pr-4 text-right">{offering.sessionCount}</td>
              <td className="py-2">{offering.nextSessionAt ? formatDateTime(offering.nextSessionAt, locale) : "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
