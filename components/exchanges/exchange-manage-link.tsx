"use client";
// The exchanges page is cached and the same for everyone (ADR 17); a
// coordinator's way to the rounds is asked from /api/me in the browser.
import Link from "next/link";
import { useMe } from "@/components/shell/use-me";

export function ExchangeManageLink({ label }: { label: string }) {
  const me = useMe();
  if (!me?.manageExchanges) return null;
  return (
    <p className="mb-6">
      <Link href="/tyon-varjostus/kierrokset">{label}</Link>
    </p>
  );
}
