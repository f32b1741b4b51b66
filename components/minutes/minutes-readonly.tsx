import Link from "next/link";
import { Markdown } from "@/components/markdown/markdown";
import type { Translate } from "@/lib/i18n/translate";
import type { MinutesEditor } from "@/lib/minutes/data";

/** The minutes item by item, read-only (approved minutes are locked until reopened). */
export function MinutesReadOnly({ editor, t }: { editor: MinutesEditor; t: Translate }) {
  const base = `/kokoukset/${editor.meeting.id}/muistio`;
  return (
    <ol className="space-y-8">
      {editor.items.map((item) => (
        <li key={item.id} id={`kohta-${item.position}`} className="scroll-mt-4 border-t-2 border-gray-300 pt-4">
          <h2 className="text-xl font-bold break-words text-brand-900">
            {item.position}. {item.title}
          </h2>
          {item.minutes?.trim() ? (
            <Markdown source={item.minutes} headingLevel={3} className="mt-2" />
          ) : (
            <p className="mt-2 text-gray-700">{t("minutes.noMinutes")}</p>
          )}
          {editor.historyVisible && item.revisionCount > 0 ? (
            <p className="mt-2">
              <Link href={`${base}/${item.id}/historia`}>
                {t("minutes.historyLink", { position: item.position, count: item.revisionCount })}
              </Link>
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
