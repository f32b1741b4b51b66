import type { Translate } from "@/lib/i18n/translate";

const LINK = "inline-flex min-h-11 items-center underline";

/** Downloads of the participant list (the route handlers answer with attachments). */
export function ExportLinks({ sessionId, t }: { sessionId: string; t: Translate }) {
  const base = `/api/exports/sessions/${encodeURIComponent(sessionId)}/participants`;
  return (
    <section aria-labelledby="vienti" className="mb-8">
      <h2 id="vienti" className="mb-3 text-2xl font-bold text-brand-900">
        {t("afterSession.export.title")}
      </h2>
      <p className="mb-2 max-w-3xl">{t("afterSession.export.lead")}</p>
      <ul className="space-y-1">
        <li>
          <a href={`${base}.xlsx`} download className={LINK}>
            {t("afterSession.export.xlsx")}
          </a>
        </li>
        <li>
          <a href={`${base}.csv`} download className={LINK}>
            {t("afterSession.export.csv")}
          </a>
        </li>
      </ul>
    </section>
  );
}
