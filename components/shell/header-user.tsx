"use client";
// The signed-in part of the header: off the cached shell, filled from /api/me.
import Link from "next/link";
import { useEffect } from "react";
import { UserMenu } from "./user-menu";
import { useMe } from "./use-me";

export type HeaderUserLabels = {
  signIn: string;
  menu: string;
  /** With {name} in it. */
  signedInAs: string;
  myTrainings: string;
  myData: string;
  signOut: string;
  manageTrainings: string;
  orders: string;
  manageUsers: string;
  ownStaff: string;
  reports: string;
};

export function HeaderUser({ labels }: { labels: HeaderUserLabels }) {
  const me = useMe();
  const pending = !!me?.profilePending;
  useEffect(() => {
    // A first sign-in gives their profile before going on (issue 11): any page
    // they reach, cached or not, sends them to it and it brings them back here.
    if (!pending || /^\/(?:(?:fi|en)\/)?(?:tervetuloa|kirjaudu|tietosuoja)(?:\/|$)/.test(window.location.pathname))
      return;
    const here = `${window.location.pathname}${window.location.search}`.replace(/^\/(?:fi|en)(?=\/|$)/, "") || "/";
    window.location.replace(`/tervetuloa?seuraava=${encodeURIComponent(here)}`);
  }, [pending]);
  // While asking, hold the place so the header does not jump; nothing to announce yet.
  if (me === undefined) return <span aria-hidden="true" className="inline-block h-8 w-24" />;
  if (me === null) {
    return (
      <Link
        href="/kirjaudu"
        className="rounded border border-white px-3 py-1.5 text-sm font-semibold text-white no-underline hover:bg-brand-800 hover:text-white"
      >
        {labels.signIn}
      </Link>
    );
  }
  return (
    <UserMenu
      name={me.name}
      labels={{
        menu: labels.menu,
        signedInAs: labels.signedInAs.replace("{name}", me.name),
        myTrainings: labels.myTrainings,
        myData: labels.myData,
        signOut: labels.signOut,
      }}
      links={[
        ...(me.manageTrainings ? [{ href: "/koulutukset/hallinta", label: labels.manageTrainings }] : []),
        ...(me.orders ? [{ href: "/tilaukset", label: labels.orders }] : []),
        ...(me.ownStaff ? [{ href: "/henkilokunta", label: labels.ownStaff }] : []),
        ...(me.manageUsers ? [{ href: "/kayttajat", label: labels.manageUsers }] : []),
        ...(me.reports ? [{ href: "/raportit", label: labels.reports }] : []),
      ]}
    />
  );
}
