import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatDate, isoInstant } from "@/lib/dates";
import type { Region } from "@/lib/db/enums";
import type { Translate } from "@/lib/i18n/translate";
import type { NetworkHealth, NetworkHealthView } from "@/lib/networks/health/data";

const H2 = "mb-2 text-2xl font-bold text-brand-900";

function When({ at, t }: { at: Date | null; t: Translate }) {
  return at ? <time dateTime={isoInstant(at)}>{formatDate(at)}</time> : <>{t("networkHealth.noEvent")}</>;
}

/** The flags in words (never colour alone). */
function Flags({ network, t }: { network: NetworkHealth; t: Translate }) {
  if (!network.quiet && !network.missingLibraries) return <Badge tone="success">{t("networkHealth.flag.ok")}</Badge>;
  return (
    <span className="flex flex-wrap gap-1">
      {network.quiet ? <Badge tone="warning">{t("networkHealth.flag.quiet")}</Badge> : null}
      {network.missingLibraries ? <Badge tone="warning">{t("networkHealth.flag.missing")}</Badge> : null}
    </span>
  );
}

/** Every network in one table, then each one's members by library and the libraries missing, by region. */
export function NetworkHealthReport({ view, t }: { view: NetworkHealthView; t: Translate }) {
  const regionName = (region: Region | null) =>
    region ? t(`libraries.region.${region}`) : t("networkHealth.noLibrary");
  return (
    <>
      <ScrollRegion label={t("networkHealth.tableCaption", { year: view.year })}>
        <table className="w-full border-collapse">
          <caption className="mb-2 text-left font-semibold">
            {t("networkHealth.tableCaption", { year: view.year })}
          </caption>
          <thead>
            <tr className="border-b-2 border-gray-400 text-left">
              <th scope="col" className="py-2 pr-4">
                {t("networkHealth.col.network")}
              </th>
              <th scope="col" className="py-2 pr-4 text-right">
                {t("networkHealth.col.members")}
              </th>
              {view.networks[0]?.regions.map((r) => (
                <th key={r.region} scope="col" className="py-2 pr-4 text-right">
                  {t("networkHealth.col.libraries", { region: regionName(r.region) })}
                </th>
              ))}
              <th scope="col" className="py-2 pr-4 text-right">
                {t("networkHealth.col.joined", { year: view.year })}
              </th>
              <th scope="col" className="py-2 pr-4 text-right">
                {t("networkHealth.col.left", { year: view.year })}
              </th>
              <th scope="col" className="py-2 pr-4 text-right">
                {t("networkHealth.col.pending")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("networkHealth.col.lastEvent")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("networkHealth.col.nextEvent")}
              </th>
              <th scope="col" className="py-2">
                {t("networkHealth.col.flags")}
              </th>
            </tr>
          </thead>
          <tbody>
            {view.networks.map((network) => (
              <tr key={network.id} className="border-b border-gray-300 align-top">
                <th scope="row" className="py-2 pr-4 text-left">
                  <a href={`#${network.slug}`}>{network.name}</a>
                </th>
                <td className="py-2 pr-4 text-right">{network.members}</td>
                {network.regions.map((r) => (
                  <td key={r.region} className="py-2 pr-4 text-right">
                    {t("networkHealth.librariesOf", { in: r.librariesIn, all: r.libraries })}
                  </td>
                ))}
                <td className="py-2 pr-4 text-right">{network.joinedThisYear}</td>
                <td className="py-2 pr-4 text-right">{network.leftThisYear}</td>
                <td className="py-2 pr-4 text-right">{network.pending}</td>
                <td className="py-2 pr-4">
                  <When at={network.lastEvent} t={t} />
                </td>
                <td className="py-2 pr-4">
                  <When at={network.nextEvent} t={t} />
                </td>
                <td className="py-2">
                  <Flags network={network} t={t} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {view.networks.map((network) => (
        <section key={network.id} aria-labelledby={network.slug} className="mt-8">
          <h2 id={network.slug} className={H2}>
            {network.name}
          </h2>
          <p className="mb-2">
            <Link href={`/verkostot/${network.slug}`}>{t("networkHealth.openNetwork", { network: network.name })}</Link>
          </p>
          {network.quiet ? <p>{t("networkHealth.quietText", { months: 6 })}</p> : null}
          {network.regions.map((r) =>
            r.missing.length > 0 ? (
              <p key={r.region}>
                {t("networkHealth.missingText", { region: regionName(r.region), count: r.missing.length })}{" "}
                {r.missing.join(", ")}
              </p>
            ) : null,
          )}
          {network.byLibrary.length > 0 ? (
            <ScrollRegion label={t("networkHealth.byLibraryCaption", { network: network.name })}>
              <table className="mt-2 w-full max-w-2xl border-collapse">
                <caption className="mb-2 text-left font-semibold">
                  {t("networkHealth.byLibraryCaption", { network: network.name })}
                </caption>
                <thead>
                  <tr className="border-b-2 border-gray-400 text-left">
                    <th scope="col" className="py-2 pr-4">
                      {t("networkHealth.col.library")}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t("networkHealth.col.region")}
                    </th>
                    <th scope="col" className="py-2 text-right">
                      {t("networkHealth.col.members")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {network.byLibrary.map((l) => (
                    <tr key={l.libraryName ?? "-"} className="border-b border-gray-300">
                      <th scope="row" className="py-2 pr-4 text-left font-normal">
                        {l.libraryName ?? t("networkHealth.noLibrary")}
                      </th>
                      <td className="py-2 pr-4">{l.region ? regionName(l.region) : "–"}</td>
                      <td className="py-2 text-right">{l.members}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          ) : (
            <p>{t("networkHealth.noMembers")}</p>
          )}
        </section>
      ))}
    </>
  );
}
