import Link from "next/link";
import { signOutAction } from "@/lib/auth/actions";

/** A native disclosure: keyboard and screen-reader friendly without script. */
export function UserMenu({
  name,
  labels,
  links = [],
}: {
  name: string;
  /** Extra pages the user's roles open (e.g. managing trainings, orders). */
  links?: { href: string; label: string }[];
  labels: { menu: string; signedInAs: string; myTrainings: string; myData: string; signOut: string };
}) {
  return (
    <details className="relative">
      <summary
        aria-label={`${labels.menu}: ${labels.signedInAs}`}
        className="cursor-pointer list-none rounded border border-white px-3 py-1.5 text-sm font-semibold hover:bg-brand-800"
      >
        {name}
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-56 rounded border border-gray-300 bg-white p-2 text-gray-900 shadow-lg">
        <p className="px-2 py-1 text-xs text-gray-700">{labels.signedInAs}</p>
        <ul>
          <li>
            <Link href="/omat-koulutukset" className="block rounded px-2 py-2 hover:bg-brand-50">
              {labels.myTrainings}
            </Link>
          </li>
          <li>
            <Link href="/omat-tiedot" className="block rounded px-2 py-2 hover:bg-brand-50">
              {labels.myData}
            </Link>
          </li>
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="block rounded px-2 py-2 hover:bg-brand-50">
                {link.label}
              </Link>
            </li>
          ))}
          <li>
            <form action={signOutAction}>
              <button
                type="submit"
                className="w-full rounded px-2 py-2 text-left text-brand-800 underline hover:bg-brand-50"
              >
                {labels.signOut}
              </button>
            </form>
          </li>
        </ul>
      </div>
    </details>
  );
}
