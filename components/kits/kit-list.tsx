import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { KitSummary } from "@/lib/kits/data";
import type { KitPhotoRef } from "@/lib/kits/catalogue/data";
import { KitFacts } from "./kit-facts";
import { KitThumbnail } from "./kit-photo";

export function KitList({
  kits,
  photos = {},
  locale,
  t,
}: {
  kits: KitSummary[];
  /** Thumbnails by kit slug. */
  photos?: Record<string, KitPhotoRef>;
  locale: Locale;
  t: Translate;
}) {
  if (kits.length === 0) return <p>{t("kits.empty")}</p>;
  return (
    <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2">
      {kits.map((kit) => (
        <li key={kit.slug} className="rounded border border-gray-300 p-4 break-words">
          {photos[kit.slug] ? <KitThumbnail photo={photos[kit.slug]!} /> : null}
          <h2 className="mb-2 text-xl font-semibold">
            <Link href={`/pike-boksit/${kit.slug}`}>{kit.name}</Link>
          </h2>
          <div className="text-sm">
            <KitFacts kit={kit} locale={locale} t={t} />
          </div>
        </li>
      ))}
    </ul>
  );
}
