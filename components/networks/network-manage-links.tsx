"use client";
// The networks list is cached and the same for everyone (ADR 17); a
// coordinator's ways to add a network and to see every network's health are
// asked from /api/me in the browser.
import Link from "next/link";
import { useMe } from "@/components/shell/use-me";

export function NetworkManageLinks({ newLabel, healthLabel }: { newLabel: string; healthLabel: string }) {
  const me = useMe();
  if (!me?.manageNetworks) return null;
  return (
    <p className="mb-6 flex flex-wrap items-center gap-4">
      <Link
        href="/verkostot/uusi"
        className="inline-flex min-h-11 items-center rounded bg-brand-800 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white"
      >
        {newLabel}
      </Link>
      <Link href="/verkostot/tilanne">{healthLabel}</Link>
    </p>
  );
}
