import Link from "next/link";
import { formatDay } from "@/lib/dates";
import type { Translate } from "@/lib/i18n/translate";
import type { MenuAdminRow } from "@/lib/trainings/data";
import { MenuStatusBadge } from "./status-badges";
import { ScrollRegion } from "@/components/ui/scroll-region";

export function MenuTable({ menus, t }: { menus: MenuAdminRow[]; t: Translate }) {
  return (
    <ScrollRegion label={t("trainingsAdmin.menus.title")}>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="py-2 pr-4">
              {t("trainingsAdmin.field.title")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("trainingsAdmin.menus.period")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("trainingsAdmin.menus.status")}
            </th>
            <th scope="col" className="py-2 text-right">
              {t("trainingsAdmin.menus.offerings")}
            </th>
          </tr>
        </thead>
        <tbody>
          {menus.map((menu) => (
            <tr key={menu.id} className="border-b border-gray-300">
              <th scope="row" className="py-2 pr-4 font-semibold">
                <Link href={`/koulutukset/hallinta/tarjottimet/${menu.id}`}>{menu.title}</Link>
              </th>
              <td className="py-2 pr-4">
                {formatDay(menu.periodStart)}–{formatDay(menu.periodEnd)}
              </td>
              <td className="py-2 pr-4">
                <MenuStatusBadge status={menu.status} t={t} />
              </td>
              <td className="py-2 text-right">{menu.offeringCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
