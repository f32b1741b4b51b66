import Link from "next/link";
import { formatDateTime, isoInstant } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { ANNOUNCEMENTS_SHOWN, type AnnouncementView } from "@/lib/networks/announcements/data";
import { displayNameWithLibrary } from "@/lib/users/rules";

/**
 * A network's announcements on its page, newest first, as written (plain
 * text, line breaks kept); for signed-in readers. A chair's link to send one.
 */
export function NetworkAnnouncementsSection({
  slug,
  announcements,
  mayPost,
  t,
  locale,
}: {
  slug: string;
  /** null: signed out, told where the announcements are. */
  announcements: AnnouncementView[] | null;
  mayPost: boolean;
  t: Translate;
  locale: Locale;
}) {
  return (
    <section aria-labelledby="tiedotteet" className="mb-8">
      <h2 id="tiedotteet" className="mb-3 text-2xl font-bold text-brand-900">
        {t("networkAnnouncements.title")}
      </h2>
      {mayPost ? (
        <p className="mb-4">
          <Link href={`/verkostot/${slug}/tiedotteet/uusi`} className="font-semibold">
            {t("networkAnnouncements.new")}
          </Link>
        </p>
      ) : null}
      {announcements === null ? (
        <p>{t("networkAnnouncements.signInToRead")}</p>
      ) : announcements.length === 0 ? (
        <p>{t("networkAnnouncements.none")}</p>
      ) : (
        <>
          <ul className="space-y-4">
            {announcements.map((announcement) => (
              <li key={announcement.id} className="rounded border border-gray-300 p-4">
                <article aria-labelledby={`tiedote-${announcement.id}`}>
                  <h3 id={`tiedote-${announcement.id}`} className="text-lg font-semibold" lang="fi">
                    {announcement.title}
                  </h3>
                  <p className="mb-2 text-sm text-gray-700">
                    {announcement.author ? displayNameWithLibrary(announcement.author, t) : t("minutes.unknownAuthor")}
                    {", "}
                    <time dateTime={isoInstant(announcement.createdAt)}>
                      {formatDateTime(announcement.createdAt, locale)}
                    </time>
                  </p>
                  <p className="whitespace-pre-line" lang="fi">
                    {announcement.body}
                  </p>
                </article>
              </li>
            ))}
          </ul>
          {announcements.length >= ANNOUNCEMENTS_SHOWN ? (
            <p className="mt-2 text-sm text-gray-700">
              {t("networkAnnouncements.latest", { count: ANNOUNCEMENTS_SHOWN })}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
