import { formatDateTime, isoInstant } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { AgendaMailing } from "@/lib/meetings/admin/data";
import { displayNameWithLibrary, listNames } from "@/lib/users/rules";

/**
 * Who the published agenda was mailed to, by name, and who was not and why
 * (issue 9): what publishing did, on the edit page from then on.
 */
export function AgendaMailingList({ mailing, t, locale }: { mailing: AgendaMailing; t: Translate; locale: Locale }) {
  const names = (people: AgendaMailing["mailed"]) =>
    listNames(
      people.map((p) => displayNameWithLibrary(p, t)),
      locale,
    );
  return (
    <section aria-labelledby="jakelu" className="mt-6 max-w-3xl">
      <h3 id="jakelu" className="mb-2 text-xl font-bold text-brand-900">
        {t("meetingsAdmin.mailing.title")}{" "}
        <time dateTime={isoInstant(mailing.at)} className="text-base font-normal text-gray-700">
          {formatDateTime(mailing.at, locale)}
        </time>
      </h3>
      <p className="mb-2">
        {mailing.mailed.length > 0
          ? t("meetingsAdmin.mailing.mailed", { count: mailing.mailed.length, names: names(mailing.mailed) })
          : t("meetingsAdmin.mailing.noneMailed")}
      </p>
      {mailing.notMailed.length > 0 ? (
        <p className="rounded border-l-4 border-amber-700 bg-amber-50 p-3">
          {t("meetingsAdmin.mailing.notMailed", { count: mailing.notMailed.length, names: names(mailing.notMailed) })}
        </p>
      ) : null}
    </section>
  );
}
