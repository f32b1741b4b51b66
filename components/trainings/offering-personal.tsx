"use client";
// The reader's own part of a cached offering page (ADR 17): their enrolment
// controls and interest, asked once from /api/me/offerings/{slug}. Until the
// answer (and without JavaScript) the page shows what a signed-out visitor
// sees, which is what the cached HTML holds.
import Link from "next/link";
import { createContext, use, useEffect, useState, type ReactNode } from "react";
import { translateWith, type FormText } from "@/components/forms/form-parts";
import { InterestToggle } from "@/components/interests/interest-toggle";
import type { OfferingPersonalState } from "@/lib/enrolments/data";
import { EnrolmentControl, type EnrolmentControlLabels } from "@/components/enrolments/enrolment-control";

const SIGNED_OUT: OfferingPersonalState = { signedIn: false, panels: {}, interest: null, mayOrder: false };
const Personal = createContext<OfferingPersonalState>(SIGNED_OUT);

export function OfferingPersonalProvider({ slug, children }: { slug: string; children: ReactNode }) {
  const [state, setState] = useState<OfferingPersonalState>(SIGNED_OUT);
  useEffect(() => {
    let live = true;
    fetch(`/api/me/offerings/${encodeURIComponent(slug)}`, { cache: "no-store", credentials: "same-origin" })
      .then((response) => (response.ok ? (response.json() as Promise<OfferingPersonalState>) : SIGNED_OUT))
      .then((next) => {
        if (live) setState(next);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [slug]);
  return <Personal value={state}>{children}</Personal>;
}

/**
 * What an upcoming session offers this reader: a sign-in link, the enrol
 * button, their status with cancel, or a sentence saying why they cannot
 * enrol. Registration that has not opened or has closed is already told by
 * the session list, so nothing more is said here.
 */
export function SessionEnrolment({
  sessionId,
  context,
  registrationOpen,
  signInHref,
  labels,
  text,
}: {
  sessionId: string;
  /** The session's time, for the buttons' accessible names. */
  context: string;
  registrationOpen: boolean;
  signInHref: string;
  labels: EnrolmentControlLabels;
  text: { signInToEnrol: string; notEligibleLibrary: string; noLibrary: string };
}) {
  const personal = use(Personal);
  if (!personal.signedIn) {
    return registrationOpen ? (
      <p className="mt-3">
        <Link href={signInHref} className="inline-flex min-h-11 items-center font-semibold">
          {text.signInToEnrol}
          <span className="sr-only">: {context}</span>
        </Link>
      </p>
    ) : null;
  }
  const panel = personal.panels[sessionId];
  if (!panel) return null;
  if (!panel.enrolment) {
    if (panel.registration !== "OPEN") return null;
    if (panel.eligibility === "OTHER_LIBRARY") {
      return <p className="mt-3">{text.notEligibleLibrary.replace("{library}", panel.restrictedLibraryName ?? "")}</p>;
    }
    if (panel.eligibility === "NO_LIBRARY") return <p className="mt-3">{text.noLibrary}</p>;
  }
  return (
    <EnrolmentControl
      sessionId={sessionId}
      context={context}
      enrolment={panel.enrolment}
      canEnrol={panel.registration === "OPEN" && panel.eligibility === "ELIGIBLE"}
      beforeStart={panel.beforeStart}
      labels={labels}
    />
  );
}

const H2 = "mb-3 text-2xl font-bold text-brand-900";

/** A supervisor's link to order the offering to their library, and a staff member's "Kiinnostaa". */
export function OfferingInterest({
  slug,
  selfPaced,
  text,
}: {
  slug: string;
  /** Programmes and kits are taken up, not waited for. */
  selfPaced: boolean;
  text: FormText;
}) {
  const { interest, mayOrder } = use(Personal);
  const tr = translateWith(text);
  const showInterest = !!interest && !selfPaced && (!interest.sessionOpen || interest.interested);
  return (
    <>
      {mayOrder ? (
        <p className="mt-4">
          <Link
            href={`/tilaukset/uusi?koulutus=${slug}`}
            className="inline-flex min-h-11 items-center rounded bg-brand-800 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white"
          >
            {tr("orders.orderLink")}
          </Link>
        </p>
      ) : null}
      {showInterest ? (
        <section aria-labelledby="kiinnostus" className="mt-6 max-w-2xl rounded border border-gray-300 p-4">
          <h2 id="kiinnostus" className={H2}>
            {tr("interest.heading")}
          </h2>
          <InterestToggle offeringId={interest.offeringId} interested={interest.interested} text={text} />
        </section>
      ) : null}
    </>
  );
}
