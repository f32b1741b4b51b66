import { formatDay } from "@/lib/dates";
import type { MenuView } from "@/lib/trainings/data";

/** The menus whose period has not ended, with their introductions. */
export function CurrentMenus({ menus }: { menus: MenuView[] }) {
  return (
    <ul className="space-y-3">
      {menus.map((menu) => (
        <li key={menu.slug}>
          <p className="font-semibold">
            {menu.title} {`(${formatDay(menu.periodStart)}–${formatDay(menu.periodEnd)})`}
          </p>
          {menu.intro ? <p className="max-w-3xl">{menu.intro}</p> : null}
        </li>
      ))}
    </ul>
  );
}
