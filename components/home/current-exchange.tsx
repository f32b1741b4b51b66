import Link from "next/link";
import { formatDay } from "@/lib/dates";
import type { CurrentRound } from "@/lib/exchanges/offers/data";
import type { Translate } from "@/lib/i18n/translate";

/**
 * The job-shadowing round on the front page while it is open for applications
 * (or, before that, while libraries publish their offers); nothing otherwise.
 */
export function CurrentExchange({
  round,
  t,
  className,
}: {
  round: CurrentRound | null;
  t: Translate;
  className: string;
}) {
  if (!round || (!round.applicationsOpen && !round.offersOpen)) return null;
  return (
    <section aria-labelledby="tyon-varjostus-nyt" className="mb-8 rounded border-2 border-brand-800 p-4">
      <h2 id="tyon-varjostus-nyt" className={className}>
        {t("exchangeRounds.home.title", { round: round.title })}
      </h2>
      <p>
        {round.applicationsOpen
          ? t("exchangeRounds.home.applicationsOpen", {
              from: formatDay(round.applicationOpensAt),
              to: formatDay(round.applicationClosesAt),
            })
          : t("exchangeRounds.home.offersOpen", {
              from: formatDay(round.applicationOpensAt),
              to: formatDay(round.offerClosesAt),
            })}
      </p>
      <p className="mt-2">
        <Link href="/tyon-varjostus">{t("exchangeRounds.home.link")}</Link>
      </p>
    </section>
  );
}
