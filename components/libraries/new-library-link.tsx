"use client";
// The directory is cached and the same for everyone (ADR 17); the admin's
// way to a new library is asked from /api/me in the browser.
import Link from "next/link";
import { useMe } from "@/components/shell/use-me";

export function NewLibraryLink({ label }: { label: string }) {
  const me = useMe();
  if (!me?.manageLibraries) return null;
  return (
    <p className="mb-6">
      <Link
        href="/kirjastot/uusi"
        className="inline-flex min-h-11 items-center rounded bg-brand-800 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white"
      >
        {label}
      </Link>
    </p>
  );
}
