import Link from "next/link";
import { formatDateTime, isoInstant } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { OverviewRow } from "@/lib/news-round/rules";
import { displayName } from "@/lib/users/rules";
import { EntryStatusBadge } from "./entry-status";
import { ScrollRegion } from "@/components/ui/scroll-region";

/**
 * The coordinator's overview: which libraries have submitted their news,
 * which have a draft and which nothing, each with a link to its form.
 */
export function NewsRoundOverviewTable({
  rows,
  meetingId,
  currentLibraryId,
  canWrite,
  t,
  locale,
}: {
  rows: OverviewRow[];
  meetingId: string;
  currentLibraryId: string | null;
  canWrite: boolean;
  t: Translate;
  locale: Locale;
}) {
  if (rows.length === 0) return <p>{t("newsRound.overview.empty")}</p>;
  const expected = rows.filter((row) => row.expected);
  const submitted = expected.filter((row) => row.status === "SUBMITTED").length;
  return (
    <>
      <p className="mb-3">{t("newsRound.overview.summary", { submitted, expected: expected.length })}</p>
      <ScrollRegion label={t("newsRound.overview.caption")}>
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left font-semibold">{t("newsRound.overview.caption")}</caption>
          <thead>
            <tr className="border-b-2 border-gray-400">
              <th scope="col" className="py-2 pr-4">
                {t("newsRound.overview.library")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("newsRound.overview.status")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("newsRound.overview.when")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("newsRound.overview.author")}
              </th>
              {canWrite ? (
                <th scope="col" className="py-2">
                  {t("newsRound.overview.action")}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const when = row.status === "SUBMITTED" ? row.submittedAt : row.updatedAt;
              return (
                <tr key={row.id} className="border-b border-gray-300 align-top">
                  <th scope="row" className="py-2 pr-4 font-semibold">
                    {row.name}
                    {row.expected ? null : (
                      <span className="block text-sm font-normal text-gray-700">
                        {t("newsRound.overview.notExpected")}
                      </span>
                    )}
                  </th>
                  <td className="py-2 pr-4">
                    <EntryStatusBadge status={row.status} t={t} />
                  </td>
                  <td className="py-2 pr-4">
                    {when ? (
                      <time dateTime={isoInstant(when)}>
                        {t(
                          row.status === "SUBMITTED" ? "newsRound.overview.submittedAt" : "newsRound.overview.savedAt",
                          {
                            time: formatDateTime(when, locale),
                          },
                        )}
                      </time>
                    ) : (
                      "–"
                    )}
                  </td>
                  <td className="py-2 pr-4">{row.author ? displayName(row.author, t) : "–"}</td>
                  {canWrite ? (
                    <td className="py-2">
                      {row.id === currentLibraryId ? (
                        <a href="#kuulumislomake">{t("newsRound.overview.current")}</a>
                      ) : (
                        <Link
                          href={`/kokoukset/${meetingId}/kuulumiset?kirjasto=${encodeURIComponent(row.slug)}#kuulumislomake`}
                          aria-label={t(
                            row.status === "MISSING" ? "newsRound.overview.writeLabel" : "newsRound.overview.editLabel",
                            { library: row.name },
                          )}
                        >
                          {t(row.status === "MISSING" ? "newsRound.overview.write" : "newsRound.overview.edit")}
                        </Link>
                      )}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
