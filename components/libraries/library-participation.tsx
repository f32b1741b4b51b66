import Link from "next/link";
import { formatDay } from "@/lib/dates";
import type { Translate } from "@/lib/i18n/translate";
import type { LibraryParticipation as Participation } from "@/lib/libraries/data";

const H3 = "mt-4 mb-1 text-lg font-semibold text-brand-900";

/** The library's part in the network, for its supervisors and coordinators. */
export function LibraryParticipation({ participation, t }: { participation: Participation; t: Translate }) {
  const { enrolments, networks, exchanges, kitLoans } = participation;
  return (
    <section aria-labelledby="osallistuminen" className="mt-8">
      <h2 id="osallistuminen" className="mb-1 text-2xl font-bold text-brand-900">
        {t("libraries.participation.title")}
      </h2>
      <p className="text-sm text-gray-700">{t("libraries.participation.lead")}</p>
      <h3 className={H3}>{t("libraries.participation.enrolments")}</h3>
      <ul className="list-disc pl-6">
        <li>{t("libraries.participation.upcoming", { count: enrolments.upcoming })}</li>
        <li>{t("libraries.participation.attended", { count: enrolments.attended })}</li>
      </ul>
      <h3 className={H3}>{t("libraries.participation.networks")}</h3>
      {networks.length === 0 ? (
        <p>{t("libraries.participation.noNetworks")}</p>
      ) : (
        <ul className="list-disc pl-6">
          {networks.map((network) => (
            <li key={network.slug}>
              <Link href={`/verkostot/${network.slug}`}>{network.name}</Link>:{" "}
              {t("libraries.participation.networkMembers", { count: network.members })}
            </li>
          ))}
        </ul>
      )}
      <h3 className={H3}>{t("libraries.participation.exchanges")}</h3>
      <ul className="list-disc pl-6">
        <li>{t("libraries.participation.offersHosted", { count: exchanges.offersHosted })}</li>
        <li>
          {t("libraries.participation.applications", {
            sent: exchanges.applicationsSent,
            accepted: exchanges.applicationsAccepted,
          })}
        </li>
      </ul>
      <h3 className={H3}>{t("libraries.participation.kitLoans")}</h3>
      {kitLoans.length === 0 ? (
        <p>{t("libraries.participation.noKitLoans")}</p>
      ) : (
        <ul className="list-disc pl-6">
          {kitLoans.map((loan, index) => (
            <li key={index}>
              <Link href={`/pike-boksit/${loan.kitSlug}`}>{loan.kitName}</Link>: {formatDay(loan.startDate)}–
              {formatDay(loan.endDate)} ({t(`libraries.participation.kitStatus.${loan.status as "REQUESTED"}`)})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
