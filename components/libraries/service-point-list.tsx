import { Badge } from "@/components/ui/badge";
import type { ServicePointView } from "@/lib/libraries/data";
import type { Translate } from "@/lib/i18n/translate";
import Link from "next/link";
import { ServicePointStatusBadge } from "./service-point-status-badge";
import { StatusHistory } from "./status-history";

function addressOf(point: ServicePointView): string | null {
  if (!point.address) return null;
  const place = [point.postalCode, point.city].filter(Boolean).join(" ");
  return place ? `${point.address}, ${place}` : point.address;
}

/** The service points; with `editBase` (the library's address, for its editors) each links to its edit page. */
export function ServicePointList({
  servicePoints,
  t,
  editBase,
}: {
  servicePoints: ServicePointView[];
  t: Translate;
  editBase?: string;
}) {
  if (servicePoints.length === 0) return <p>{t("libraries.servicePointsEmpty")}</p>;
  return (
    <ul className="space-y-3">
      {servicePoints.map((point) => {
        const address = addressOf(point);
        return (
          <li key={point.id} className="rounded border border-gray-300 p-4 break-words">
            <h3 className="text-lg font-semibold text-brand-900">{point.name}</h3>
            <dl className="mt-2 space-y-1 text-sm">
              <div className="flex flex-wrap items-center gap-x-1">
                <dt className="font-semibold after:content-[':']">{t("libraries.field.kind")}</dt>
                <dd>{t(`libraries.servicePointKind.${point.kind}`)}</dd>
              </div>
              <div className="flex flex-wrap items-center gap-x-1">
                <dt className="font-semibold after:content-[':']">{t("libraries.field.status")}</dt>
                <dd>
                  <ServicePointStatusBadge status={point.status} t={t} />
                </dd>
              </div>
              {address ? (
                <div className="flex flex-wrap gap-x-1">
                  <dt className="font-semibold after:content-[':']">{t("libraries.field.address")}</dt>
                  <dd>{address}</dd>
                </div>
              ) : null}
              {point.email ? (
                <div className="flex flex-wrap gap-x-1">
                  <dt className="font-semibold after:content-[':']">{t("libraries.field.email")}</dt>
                  <dd>
                    <a href={`mailto:${point.email}`}>{point.email}</a>
                  </dd>
                </div>
              ) : null}
              {point.phone ? (
                <div className="flex flex-wrap gap-x-1">
                  <dt className="font-semibold after:content-[':']">{t("libraries.field.phone")}</dt>
                  <dd>{point.phone}</dd>
                </div>
              ) : null}
            </dl>
            {point.selfServiceHours ? (
              <p className="mt-2 flex flex-wrap items-center gap-2">
                <Badge tone="info">{t("libraries.selfServiceHours")}</Badge>{" "}
                <span className="text-sm text-gray-700">{t("libraries.selfServiceHoursHelp")}</span>
              </p>
            ) : null}
            {point.note ? (
              <p lang="fi" className="mt-2 max-w-3xl">
                {point.note}
              </p>
            ) : null}
            {/* Only changes are history: a point still in the status it was added in has none to show. */}
            {point.statusHistory.some((change) => change.fromStatus !== null) ? (
              <div className="mt-3">
                <StatusHistory history={point.statusHistory} t={t} />
              </div>
            ) : null}
            {editBase ? (
              <p className="mt-2">
                <Link
                  href={`${editBase}/toimipisteet/${point.id}`}
                  aria-label={`${t("libraries.servicePoint.editLink")}: ${point.name}`}
                >
                  {t("libraries.servicePoint.editLink")}
                </Link>
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
