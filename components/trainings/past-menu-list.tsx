import { formatDay } from "@/lib/dates";
import type { Translate } from "@/lib/i18n/translate";
import type { TrainingMenuPage } from "@/lib/trainings/data";

export function PastMenuList({ menus, t }: { menus: TrainingMenuPage["pastMenus"]; t: Translate }) {
  return (
    <ul className="space-y-2">
      {menus.map((menu) => (
        <li key={menu.slug}>
          <span className="font-semibold">{menu.title}</span>{" "}
          {`(${formatDay(menu.periodStart)}–${formatDay(menu.periodEnd)})`} –{" "}
          {t("trainings.menuOfferings", { count: menu.offeringCount })}
        </li>
      ))}
    </ul>
  );
}
