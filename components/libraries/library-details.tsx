import type { ReactNode } from "react";
import type { LibraryDetail } from "@/lib/libraries/data";
import type { Translate } from "@/lib/i18n/translate";
import { displayName } from "@/lib/users/rules";

/** Only web addresses become links; anything else in the column is shown as text. */
function webLink(url: string): { href: string; label: string } | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
    return { href: parsed.href, label: `${parsed.host}${parsed.pathname === "/" ? "" : parsed.pathname}` };
  } catch {
    return null;
  }
}

export function LibraryDetails({ library, t }: { library: LibraryDetail; t: Translate }) {
  const website = library.website ? webLink(library.website) : null;
  const rows: { label: string; value: ReactNode }[] = [
    { label: t("libraries.field.municipality"), value: library.municipality },
    { label: t("libraries.field.region"), value: t(`libraries.region.${library.region}`) },
    { label: t("libraries.field.consortium"), value: t(`libraries.consortium.${library.consortium}`) },
  ];
  if (library.website) {
    rows.push({
      label: t("libraries.field.website"),
      value: website ? <a href={website.href}>{website.label}</a> : library.website,
    });
  }
  if (library.contactEmail) {
    rows.push({
      label: t("libraries.field.email"),
      value: <a href={`mailto:${library.contactEmail}`}>{library.contactEmail}</a>,
    });
  }
  if (library.contactPhone) {
    rows.push({
      label: t("libraries.field.phone"),
      value: <a href={`tel:${library.contactPhone.replace(/[^\d+]/g, "")}`}>{library.contactPhone}</a>,
    });
  }
  const visiting = [library.streetAddress, [library.postalCode, library.city].filter(Boolean).join(" ")]
    .filter(Boolean)
    .join(", ");
  if (visiting) rows.push({ label: t("libraries.field.streetAddress"), value: visiting });
  if (library.deliveryAddress) {
    rows.push({
      label: t("libraries.field.deliveryAddress"),
      value: <span className="whitespace-pre-line">{library.deliveryAddress}</span>,
    });
  }
  rows.push({
    label: t("libraries.field.representative"),
    value: library.steeringRepresentative
      ? displayName(library.steeringRepresentative, t)
      : t("libraries.representativeNone"),
  });
  return (
    <dl className="grid max-w-2xl grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
      {rows.map((row) => (
        <div key={row.label} className="contents">
          <dt className="font-semibold">{row.label}</dt>
          <dd className="mb-2 break-words sm:mb-0">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
