import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { OfferingCard as OfferingCardData } from "@/lib/trainings/data";
import { themeName } from "./theme-names";

/** An offering without upcoming sessions (programme, kit, mentoring, orderable workshop). */
export function OfferingCard({ offering, t, locale }: { offering: OfferingCardData; t: Translate; locale: Locale }) {
  return (
    <li className="flex flex-col break-words rounded border border-gray-300 p-4">
      <p className="text-sm font-semibold uppercase tracking-wide text-gray-700">
        {t(`trainings.kind.${offering.kind}`)}
      </p>
      <h3 className="text-lg font-semibold">
        <Link href={`/koulutukset/${offering.slug}`}>{offering.title}</Link>
      </h3>
      {offering.summary ? <p className="mt-1">{offering.summary}</p> : null}
      {offering.themes.length > 0 ? (
        <p className="mt-2">
          <span className="font-semibold">{t("trainings.themes")}:</span>{" "}
          {offering.themes.map((theme) => themeName(theme, locale)).join(", ")}
        </p>
      ) : null}
      {offering.orderable ? (
        <p className="mt-3">
          <Badge tone="info">{t("trainings.orderable")}</Badge>
        </p>
      ) : null}
    </li>
  );
}
