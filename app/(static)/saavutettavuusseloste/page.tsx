import type { Metadata } from "next";
import { env } from "@/lib/env";
import { translator, type MessageKey } from "@/lib/i18n/translate";

const fi = translator("fi");
const en = translator("en");

export const metadata: Metadata = { title: `${fi("a11y.title")} / ${en("a11y.title")}` };

const SECTIONS: [MessageKey, MessageKey][] = [
  ["a11y.statusTitle", "a11y.status"],
  ["a11y.knownIssuesTitle", "a11y.knownIssues"],
];

function Statement({ t, lang, email }: { t: typeof fi; lang: "fi" | "en"; email: string }) {
  const id = `seloste-${lang}`;
  return (
    <section lang={lang} aria-labelledby={id} className="max-w-3xl space-y-4">
      <h2 id={id} className="text-2xl font-bold text-brand-900">
        {t("a11y.title")}
      </h2>
      <p>{t("a11y.intro")}</p>
      {SECTIONS.map(([title, body]) => (
        <div key={title}>
          <h3 className="text-xl font-semibold">{t(title)}</h3>
          <p>{t(body)}</p>
        </div>
      ))}
      <div>
        <h3 className="text-xl font-semibold">{t("a11y.feedbackTitle")}</h3>
        <p>{t("a11y.feedback")}</p>
        <p>
          {t("a11y.feedbackEmail")} <a href={`mailto:${email}`}>{email}</a>
        </p>
      </div>
      <div>
        <h3 className="text-xl font-semibold">{t("a11y.supervisionTitle")}</h3>
        <p>{t("a11y.supervision")}</p>
      </div>
      <div>
        <h3 className="text-xl font-semibold">{t("a11y.dateTitle")}</h3>
        <p>{t("a11y.date")}</p>
      </div>
    </section>
  );
}

/** Prerendered (no database), so it answers even when everything else is down. */
export default function AccessibilityStatementPage() {
  const email = env().FEEDBACK_EMAIL;
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold text-brand-900">
        {fi("a11y.title")} <span lang="en">/ {en("a11y.title")}</span>
      </h1>
      <div className="space-y-10">
        <Statement t={fi} lang="fi" email={email} />
        <Statement t={en} lang="en" email={email} />
      </div>
    </>
  );
}
