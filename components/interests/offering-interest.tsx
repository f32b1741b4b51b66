import Link from "next/link";
import { pickText } from "@/components/forms/pick-text";
import type { OfferingKind } from "@/lib/db/enums";
import type { Translate } from "@/lib/i18n/translate";
import type { InterestState } from "@/lib/interests/data";
import { InterestToggle } from "./interest-toggle";

const H2 = "mb-3 text-2xl font-bold text-brand-900";

/**
 * On an offering's page: a supervisor's link to order it to their library,
 * and a staff member's "Kiinnostaa" when no session is open to them.
 */
export function OfferingInterest({
  slug,
  kind,
  orderable,
  mayOrder,
  interest,
  t,
}: {
  slug: string;
  kind: OfferingKind;
  orderable: boolean;
  mayOrder: boolean;
  interest: InterestState | null;
  t: Translate;
}) {
  // Self-paced programmes and kits are taken up, not waited for.
  const showInterest =
    !!interest && kind !== "PROGRAMME" && kind !== "KIT" && (!interest.sessionOpen || interest.interested);
  return (
    <>
      {orderable && mayOrder ? (
        <p className="mt-4">
          <Link
            href={`/tilaukset/uusi?koulutus=${slug}`}
            className="inline-flex min-h-11 items-center rounded bg-brand-800 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white"
          >
            {t("orders.orderLink")}
          </Link>
        </p>
      ) : null}
      {showInterest ? (
        <section aria-labelledby="kiinnostus" className="mt-6 max-w-2xl rounded border border-gray-300 p-4">
          <h2 id="kiinnostus" className={H2}>
            {t("interest.heading")}
          </h2>
          <InterestToggle
            offeringId={interest.offeringId}
            interested={interest.interested}
            text={pickText(t, ["interest."])}
          />
        </section>
      ) : null}
    </>
  );
}
