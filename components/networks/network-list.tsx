import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import type { NetworkSummary } from "@/lib/networks/data";
import { NetworkFacts } from "./network-facts";

export function NetworkList({ networks, t }: { networks: NetworkSummary[]; t: Translate }) {
  if (networks.length === 0) return <p>{t("networks.empty")}</p>;
  return (
    <ul className="space-y-4">
      {networks.map((network) => (
        <li key={network.slug} className="rounded border border-gray-300 p-4 break-words">
          <h2 className="text-xl font-semibold">
            <Link href={`/verkostot/${network.slug}`}>{network.name}</Link>
          </h2>
          {network.description ? (
            <p lang="fi" className="mt-2 max-w-3xl">
              {network.description}
            </p>
          ) : null}
          <div className="mt-3 text-sm">
            <NetworkFacts network={network} t={t} />
          </div>
        </li>
      ))}
    </ul>
  );
}
