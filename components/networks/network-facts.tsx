import type { Translate } from "@/lib/i18n/translate";
import type { NetworkSummary } from "@/lib/networks/data";

/** Chairs by name and library (never their contact details) and the active member count. */
export function NetworkFacts({ network, t }: { network: NetworkSummary; t: Translate }) {
  const chairLabel = network.chairs.length > 1 ? t("networks.field.chairs") : t("networks.field.chair");
  return (
    <dl className="space-y-1">
      <div className="flex flex-wrap gap-x-1">
        <dt className="font-semibold after:content-[':']">{chairLabel}</dt>
        <dd>
          {network.chairs.length === 0 ? (
            t("networks.noChair")
          ) : (
            <ul className="inline">
              {network.chairs.map((chair, index) => (
                <li key={index} className="inline after:content-[';_'] last:after:content-none">
                  {chair.libraryName
                    ? t("networks.chairWithLibrary", { name: chair.name, library: chair.libraryName })
                    : chair.name}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div className="flex flex-wrap gap-x-1">
        <dt className="font-semibold after:content-[':']">{t("networks.field.members")}</dt>
        <dd>{network.memberCount}</dd>
      </div>
    </dl>
  );
}
