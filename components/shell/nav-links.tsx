"use client";
// Client to mark the current section (aria-current) from the URL, and to add
// the action items for those who see meetings (the shell itself is cached).
import Link from "next/link";
import { usePathname } from "next/navigation";
import { withoutLocalePrefix } from "@/lib/i18n/config";
import { useMe } from "./use-me";

type Item = { href: string; label: string };

export function NavLinks({ items, actionItems }: { items: Item[]; actionItems: Item }) {
  // An explicit /en/… or /fi/… address names the same section.
  const pathname = withoutLocalePrefix(usePathname());
  const me = useMe();
  const shown = me?.actionItems
    ? items.flatMap((item) => (item.href === "/kokoukset" ? [item, actionItems] : [item]))
    : items;
  return <NavList items={shown} pathname={pathname} />;
}

/** The list itself; without a pathname (the build's placeholder shell) nothing is current. */
export function NavList({ items, pathname }: { items: Item[]; pathname: string | null }) {
  return (
    <ul className="mx-auto flex w-full max-w-5xl flex-wrap gap-x-1 gap-y-1 px-2 py-1">
      {items.map((item) => {
        const current = pathname !== null && (pathname === item.href || pathname.startsWith(`${item.href}/`));
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? "page" : undefined}
              className={`block rounded px-3 py-2 text-sm font-medium text-white no-underline hover:bg-brand-700 hover:text-white ${
                current ? "bg-brand-700 underline decoration-2 underline-offset-4" : ""
              }`}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
