// A library's address and contact, for sending a kit on.
import type { Translate } from "@/lib/i18n/translate";
import type { LibraryContact } from "@/lib/kits/handovers/data";

export function LibraryContactCard({ library, t }: { library: LibraryContact; t: Translate }) {
  return (
    <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
      <dt className="font-semibold">{t("kitHandovers.contact.address")}</dt>
      <dd className="whitespace-pre-line">{library.address ?? t("kitHandovers.contact.noAddress")}</dd>
      {library.contactEmail ? (
        <>
          <dt className="font-semibold">{t("kitHandovers.contact.email")}</dt>
          <dd>
            <a href={`mailto:${library.contactEmail}`}>{library.contactEmail}</a>
          </dd>
        </>
      ) : null}
      {library.contactPhone ? (
        <>
          <dt className="font-semibold">{t("kitHandovers.contact.phone")}</dt>
          <dd>
            <a href={`tel:${library.contactPhone.replace(/\s+/g, "")}`}>{library.contactPhone}</a>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
