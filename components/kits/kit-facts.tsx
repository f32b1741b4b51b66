import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { KitSummary } from "@/lib/kits/data";
import { KitStatusBadge } from "./kit-status-badge";

/** Theme, home library, status and shipping time of a kit, for the list and the kit's page. */
export function KitFacts({ kit, locale, t }: { kit: KitSummary; locale: Locale; t: Translate }) {
  const theme = kit.theme ? (locale === "en" ? kit.theme.nameEn : kit.theme.nameFi) : t("kits.noTheme");
  const rows = [
    { label: t("kits.field.theme"), value: theme },
    {
      label: t("kits.field.homeLibrary"),
      value: kit.homeLibrary ? (
        <Link href={`/kirjastot/${kit.homeLibrary.slug}`}>{kit.homeLibrary.name}</Link>
      ) : (
        t("kits.noHomeLibrary")
      ),
    },
    { label: t("kits.field.status"), value: <KitStatusBadge status={kit.status} t={t} /> },
    {
      label: t("kits.field.shipping"),
      value: t("kits.shippingDays", { count: kit.shippingDays }),
    },
  ];
  return (
    <dl className="space-y-1">
      {rows.map((row) => (
        <div key={row.label} className="flex flex-wrap items-center gap-x-1">
          <dt className="font-semibold after:content-[':']">{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
