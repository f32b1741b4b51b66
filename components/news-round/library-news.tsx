import Link from "next/link";
import { Markdown } from "@/components/markdown/markdown";
import { formatDate, isoInstant } from "@/lib/dates";
import type { Translate } from "@/lib/i18n/translate";
import type { LibraryNewsItem } from "@/lib/news-round/data";
import { NEWS_ROUND_FIELDS } from "@/lib/news-round/fields";

/** A library's news-round entries over time (h2 section; meetings h3, fields h4). Plain text, never HTML. */
export function LibraryNews({ items, t }: { items: LibraryNewsItem[]; t: Translate }) {
  return (
    <section aria-labelledby="kuulumiset" className="mt-8 break-words">
      <h2 id="kuulumiset" className="mb-3 text-2xl font-bold text-brand-900">
        {t("newsRound.library.title")}
      </h2>
      {items.length === 0 ? (
        <p>{t("newsRound.library.empty")}</p>
      ) : (
        <>
          <p className="mb-4">{t("newsRound.library.lead")}</p>
          <div className="space-y-4">
            {items.map((item) => (
              <article key={item.id} className="rounded border border-gray-300 p-4">
                <h3 className="mb-2 text-xl font-bold text-brand-900">
                  <Link href={`/kokoukset/${item.meetingId}`}>{item.meetingTitle}</Link>{" "}
                  <span className="font-normal text-gray-800">
                    (<time dateTime={isoInstant(item.meetingStartsAt)}>{formatDate(item.meetingStartsAt)}</time>)
                  </span>
                </h3>
                {NEWS_ROUND_FIELDS.filter((field) => item[field]?.trim()).map((field) => (
                  <div key={field}>
                    <h4 className="mt-3 mb-1 text-lg font-bold text-brand-900">{t(`newsRound.field.${field}`)}</h4>
                    <Markdown breaks source={item[field]} headingLevel={5} />
                  </div>
                ))}
              </article>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
