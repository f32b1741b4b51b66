import Link from "next/link";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { OfferingDetail } from "@/lib/trainings/data";
import { themeName } from "./theme-names";

export function OfferingFacts({ offering, t, locale }: { offering: OfferingDetail; t: Translate; locale: Locale }) {
  const rows: [string, ReactNode][] = [[t("trainings.kind"), t(`trainings.kind.${offering.kind}`)]];
  if (offering.themes.length > 0) {
    rows.push([t("trainings.themes"), offering.themes.map((theme) => themeName(theme, locale)).join(", ")]);
  }
  if (offering.audience) rows.push([t("trainings.audience"), offering.audience]);
  if (offering.trainer) rows.push([t("trainings.trainer"), offering.trainer]);
  rows.push([t("trainings.menu"), offering.menu.title]);
  if (offering.network) {
    rows.push([
      t("trainings.network"),
      <Link key="network" href={`/verkostot/${offering.network.slug}`}>
        {offering.network.name}
      </Link>,
    ]);
  }
  return (
    <dl className="grid max-w-3xl break-words grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd className="mb-2 sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
