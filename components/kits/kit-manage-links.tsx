"use client";
// The catalogue and the kit pages are cached and the same for everyone
// (ADR 17); a coordinator's way to add or edit a kit is asked from /api/me in
// the browser.
import Link from "next/link";
import { useMe } from "@/components/shell/use-me";

export function NewKitLink({ label }: { label: string }) {
  const me = useMe();
  if (!me?.manageKits) return null;
  return (
    <p className="mb-6">
      <Link
        href="/pike-boksit/uusi"
        className="inline-flex min-h-11 items-center rounded bg-brand-800 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white"
      >
        {label}
      </Link>
    </p>
  );
}

export function EditKitLink({ slug, label }: { slug: string; label: string }) {
  const me = useMe();
  if (!me?.manageKits) return null;
  return (
    <p className="mb-6">
      <Link href={`/pike-boksit/${slug}/muokkaa`}>{label}</Link>
    </p>
  );
}
