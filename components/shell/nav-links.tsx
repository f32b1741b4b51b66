"use client";
// Client only to mark the current section (aria-current) from the URL.
import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLinks({ items }: { items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <ul className="mx-auto flex w-full max-w-5xl flex-wrap gap-x-1 gap-y-1 px-2 py-1">
      {items.map((item) => {
        const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
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
